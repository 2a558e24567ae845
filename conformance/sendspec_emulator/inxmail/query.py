"""What an Inxmail listing or lookup reads, as SQL over the ``items`` table: indexed branches
(each yields its rows ascending by id, so a page reads ``ORDER BY id LIMIT``), conditions every
branch adds, and the residual predicate (the rule in Python, applied to each row read).

The SQL only narrows: every condition it adds is implied by the predicate it accompanies, so
the predicate keeps the exact meaning and the SQL decides how few rows are read. One filter
drives (an indexed field, the memberships of a list, a folded value); the others are
conditions on the rows it reaches. ``InxmailState.scan`` runs a ``Select``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

#: SQLite's integers: -2**63 .. 2**63 - 1
SQL_INT = 2**63
#: item fields with an index ``(coll, json_extract(data, '$.<field>'), id)`` of the items that
#: have the field: the ids, lists, mailings, sendings and types that the listings filter on
INDEXED = ("listId", "mailingId", "sendingId", "recipientId", "importId", "fileId", "type")
#: more values than this in one filter: a condition on the rows read, not one branch each
MAX_BRANCHES = 32
#: more values than this: no SQL at all (the predicate alone decides)
MAX_VALUES = 500

Branch = tuple[str, str, list[str], list[Any]]  # (FROM, key column, conditions, params)
ITEMS: Branch = ("items i", "i.id", [], [])


def _sql_value(value: Any) -> bool:
    """A value SQLite compares as Python does (an int in range, or text)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return -SQL_INT <= value < SQL_INT
    return isinstance(value, str)


def field(name: str) -> str:
    """The SQL of an item's field (``id`` is the key column, the rest is JSON)."""
    return "i.id" if name == "id" else f"json_extract(i.data, '$.{name}')"


class Select:
    """The items of one collection a request reads (see the module doc)."""

    def __init__(self, coll: str, pred: Callable[[dict[str, Any]], bool] | None = None) -> None:
        self.coll = coll
        self.pred = pred
        self.where: list[str] = []
        self.params: list[Any] = []
        self._branches: list[Branch] | None = None

    def branches(self) -> list[Branch]:
        return self._branches if self._branches is not None else [ITEMS]

    def also(self, pred: Callable[[dict[str, Any]], bool]) -> Select:
        """Add a residual rule (both must hold)."""
        first = self.pred
        self.pred = pred if first is None else (lambda i: first(i) and pred(i))
        return self

    def condition(self, sql: str, *params: Any) -> Select:
        self.where.append(sql)
        self.params.extend(params)
        return self

    def _drive(self, branches: list[Branch]) -> bool:
        if self._branches is not None:
            return False
        self._branches = branches
        return True

    def eq(self, name: str, value: Any) -> Select:
        """``item[name] == value``."""
        if _sql_value(value):
            if name in INDEXED and self._drive(
                [("items i", "i.id", [f"{field(name)} = ?"], [value])]
            ):
                return self
            self.condition(f"{field(name)} = ?", value)
        return self

    def among(self, name: str, values: Iterable[Any]) -> Select:
        """``item[name] in values`` (no value: nothing matches)."""
        wanted = list(dict.fromkeys(values))
        if len(wanted) > MAX_VALUES or not all(_sql_value(v) for v in wanted):
            return self
        if not wanted:
            return self.condition("0")
        if len(wanted) == 1:
            return self.eq(name, wanted[0])
        if name in INDEXED and len(wanted) <= MAX_BRANCHES:
            branches = [("items i", "i.id", [f"{field(name)} = ?"], [v]) for v in wanted]
            if self._drive(branches):
                return self
        marks = ", ".join("?" * len(wanted))
        return self.condition(f"{field(name)} IN ({marks})", *wanted)

    def present(self, name: str) -> Select:
        """``item.get(name) is not None``."""
        return self.condition(f"{field(name)} IS NOT NULL")

    def member(self, lists: Iterable[Any], state: str) -> Select:
        """Recipients whose membership of one of ``lists`` is in ``state``."""
        wanted = list(dict.fromkeys(lists))
        if len(wanted) > MAX_VALUES or not all(_sql_value(v) for v in wanted):
            return self
        if not wanted:
            return self.condition("0")
        source = "memberships m CROSS JOIN items i"
        on = ["m.list_id = ?", "m.state = ?", "i.id = m.recipient_id"]
        if len(wanted) <= MAX_BRANCHES and self._drive(
            [(source, "m.recipient_id", on, [lid, state]) for lid in wanted]
        ):
            return self
        marks = ", ".join("?" * len(wanted))
        return self.condition(
            "EXISTS (SELECT 1 FROM memberships m WHERE m.recipient_id = i.id"
            f" AND m.state = ? AND m.list_id IN ({marks}))",
            state,
            *wanted,
        )

    def folded(self, name: str, values: Iterable[str]) -> Select:
        """Items whose ``folded`` key of ``name`` is one of ``values`` (already folded)."""
        wanted = list(dict.fromkeys(values))
        if len(wanted) > MAX_VALUES:
            return self
        if not wanted:
            return self.condition("0")
        source = "folded f CROSS JOIN items i"
        on = ["f.coll = ?", "f.field = ?", "f.value = ?", "i.id = f.id"]
        if len(wanted) <= MAX_BRANCHES and self._drive(
            [(source, "f.id", on, [self.coll, name, v]) for v in wanted]
        ):
            return self
        marks = ", ".join("?" * len(wanted))
        return self.condition(
            "EXISTS (SELECT 1 FROM folded f WHERE f.coll = i.coll AND f.id = i.id"
            f" AND f.field = ? AND f.value IN ({marks}))",
            name,
            *wanted,
        )
