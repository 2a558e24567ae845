"""Inxmail rules that several resources share: unique names, the list and mailing a request
refers to, sendings and their statistics, recipient attributes, the blacklist, memberships,
(un)subscription and tracking-permission events, placeholder rendering. No HTTP here."""

from __future__ import annotations

import fnmatch
import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

from .problems import Problem, invalid_fields, not_found
from .query import MAX_VALUES, Select
from .state import InxmailState, folded
from .values import is_attribute_datetime, is_date, is_time


class InxmailRules(InxmailState):
    """The rules on the records that more than one resource module applies."""

    def _unique(
        self,
        coll: str,
        field: str,
        value: Any,
        *,
        skip: int | None = None,
        scope: tuple[str, Any] | None = None,
    ) -> None:
        for other in self.by_folded(coll, value, field):  # the same name ignoring case: indexed
            if other["id"] == skip:
                continue
            if scope and other.get(scope[0]) != scope[1]:
                continue
            if str(other.get(field, "")).lower() == str(value).lower():
                raise Problem(
                    409,
                    "duplicate-resource",
                    f"A resource with the {field} {value!r} already exists",
                )

    @staticmethod
    def _no_padding(body: Mapping[str, Any], *fields: str) -> None:
        bad = [
            (f, "must not have padding whitespace")
            for f in fields
            if isinstance(body.get(f), str) and body[f] != body[f].strip()
        ]
        if bad:
            raise invalid_fields(*bad)

    def _check_list(self, list_id: Any, field: str = "listId") -> dict[str, Any]:
        item = self.get("lists", list_id)
        if item is None:
            raise invalid_fields((field, f"no list with id {list_id}"))
        return item

    def mailing(self, ident: Any, typed: str | None = None) -> dict[str, Any]:
        item = self.must("mailings", ident, "mailing")
        if typed and item.get("type") != typed:
            raise not_found("mailing", ident)
        return item

    def of(self, coll: str, name: str, value: Any) -> list[dict[str, Any]]:
        """The items of ``coll`` whose ``name`` equals ``value`` (an indexed field)."""
        return self.find(Select(coll, lambda i: i.get(name) == value).eq(name, value))

    def sendings_of(self, mailing_id: int) -> list[dict[str, Any]]:
        return self.of("sendings", "mailingId", mailing_id)

    def compute_sending_statistics(self, mailing_id: int) -> dict[str, Any]:
        seeded = self.of("sending-statistics", "mailingId", mailing_id)
        if seeded:
            return {k: v for k, v in seeded[-1].items() if k not in ("id", "mailingId")}
        sendings = self.sendings_of(mailing_id)
        sids = {s["id"] for s in sendings}
        protocol = Select("protocol", lambda p: p.get("sendingId") in sids)
        states = [p.get("state") for p in self.find(protocol.among("sendingId", sids))]
        starts = sorted(s["startDate"] for s in sendings if s.get("startDate"))
        ends = sorted(s["endDate"] for s in sendings if s.get("endDate"))
        return {
            "recipientsCount": len(states),
            "deliveredMailsCount": states.count("SENT"),
            "bounceCount": sum(
                s.endswith("BOUNCE") or s == "ADDRESS_REJECTED" for s in states if s
            ),
            "sentErrorCount": states.count("ERROR"),
            "notSentMailsCount": states.count("NOT_SENT") + states.count("NO_MAIL"),
            "mailsPerHour": 0.0,
            "averageMailSize": 0.0,
            "startDate": starts[0] if starts else None,
            "endDate": ends[-1] if ends else None,
        }

    def compute_response_statistics(self, mailing_id: int) -> dict[str, Any]:
        seeded = self.of("response-statistics", "mailingId", mailing_id)
        if seeded:
            return {k: v for k, v in seeded[-1].items() if k not in ("id", "mailingId")}
        clicks = self.of("clicks", "mailingId", mailing_id)
        hits = self.of("web-beacon-hits", "mailingId", mailing_id)
        net = max(1, self.compute_sending_statistics(mailing_id)["deliveredMailsCount"])
        openers = {h.get("recipientId") for h in hits} | {c.get("recipientId") for c in clicks}
        clickers = {c.get("recipientId") for c in clicks}
        return {
            "openingRecipients": len(openers),
            "botInteractions": 0,
            "openingRate": round(len(openers) / net, 4),
            "totalClicks": len(clicks),
            "clickingRecipients": len(clickers),
            "uniqueClickRate": round(len(clickers) / net, 4),
            "ctor": round(len(clickers) / len(openers), 4) if openers else 0.0,
            "unsubscribeClicks": 0,
            "listUnsubscribeClicks": 0,
            "unsubscribeRate": 0.0,
        }

    def attributes_by_name(self, names: Iterable[str] | None = None) -> dict[str, dict[str, Any]]:
        """The recipient attributes by name: all of them, or only those of ``names`` (read
        through the folded-name index, not the whole collection)."""
        if names is None:
            return {str(a.get("name")): a for a in self.all("attributes")}
        found: dict[int, dict[str, Any]] = {}
        for name in set(names):
            for a in self.by_folded("attributes", name, "name"):
                if str(a.get("name")) == name:
                    found[a["id"]] = a
        return {str(a.get("name")): a for _, a in sorted(found.items())}

    def parse_attributes(
        self, values: Mapping[str, Any], field: str = "attributes"
    ) -> dict[str, Any]:
        if not values:  # no attribute to look up (most new recipients)
            return {}
        known = self.attributes_by_name(values)
        out: dict[str, Any] = {}
        for name, value in values.items():
            attr = known.get(name)
            if attr is None:
                raise Problem(
                    400, "unknown-recipient-attribute", f"unknown recipient attribute '{name}'"
                )
            if value is None:
                out[name] = None
                continue
            type_ = attr.get("type")
            ok = {
                "TEXT": isinstance(value, str) and len(value) <= int(attr.get("maxLength") or 255),
                "INTEGER": isinstance(value, int)
                and not isinstance(value, bool)
                and -(2**31) <= value < 2**31,
                "FLOATING_POINT_NUMBER": isinstance(value, (int, float))
                and not isinstance(value, bool),
                "BOOLEAN": isinstance(value, bool),
                "DATE_ONLY": isinstance(value, str) and is_date(value),
                "DATE_AND_TIME": isinstance(value, str) and is_attribute_datetime(value),
                "TIME_ONLY": isinstance(value, str) and is_time(value),
            }.get(str(type_), True)
            if not ok:
                extra: dict[str, Any] = {"expectedDataType": type_}
                if type_ == "TEXT":
                    extra["maxStringLength"] = int(attr.get("maxLength") or 255)
                raise Problem(
                    400,
                    "unparseable-recipient-attribute",
                    f"the value for recipient attribute '{name}' could not be parsed",
                    **extra,
                )
            out[name] = value
        return out

    def blacklisted(self, email: str) -> bool:
        """Whether an entry blocks ``email``: its pattern is the address, ``@`` + the address's
        end, or a wildcard pattern. Read: the entries equal to the address or to one of its
        ``@...`` ends (the folded index) and the wildcard ones, not every entry."""
        address = email.lower()
        ends = _ends(address)
        # one read, ascending ids: the entries equal to an end, and the wildcard ones
        if len(ends) <= MAX_VALUES:
            rows = self.db.rows(_BLACKLIST_READ + _marks(ends) + _BLACKLIST_TAIL, ends)
        else:  # too many ends to name: every entry (the loop below decides)
            rows = self.db.rows(
                "SELECT id, data FROM items WHERE coll = 'blacklist-entries' ORDER BY id"
            )
        return _blocks(address, rows)

    def new_recipient_refusal(self, email: str) -> str | None:
        """What refuses a new recipient of ``email``, in the order checked: ``"duplicate"``
        (a recipient has it, ignoring case: ``has_folded``), ``"blacklisted"``
        (``blacklisted``), or None. One read where the address's ends can be named: the
        duplicate check and the blacklist entries in one compound statement (a send's
        statements are most of its cost)."""
        address = email.lower()
        ends = _ends(address)
        if len(ends) > MAX_VALUES:
            if self.has_folded("recipients", email):
                return "duplicate"
            return "blacklisted" if self.blacklisted(email) else None
        rows = self.db.rows(
            "SELECT 0, 0, NULL WHERE EXISTS (SELECT 1 FROM folded f CROSS JOIN items i"
            " WHERE f.coll = 'recipients' AND f.field = 'email' AND f.value = ?"
            " AND i.coll = f.coll AND i.id = f.id)"
            " UNION ALL SELECT 1, i.id, i.data FROM folded f CROSS JOIN items i"
            " WHERE f.coll = 'blacklist-entries' AND f.field = 'pattern'"
            f" AND (f.value IN ({_marks(ends)}) OR f.value GLOB '*[*?[]*')"
            " AND i.coll = f.coll AND i.id = f.id",  # (unordered: any entry that blocks)
            [folded(email), *ends],
        )
        if any(r[0] == 0 for r in rows):
            return "duplicate"
        return "blacklisted" if _blocks(address, [r[1:] for r in rows]) else None

    def by_email(self, email: str) -> list[dict[str, Any]]:
        return self.by_folded("recipients", email)

    def memberships(self, recipient_id: int) -> list[Any]:
        return self.db.query(
            "SELECT * FROM memberships WHERE recipient_id = ? ORDER BY list_id", (recipient_id,)
        )

    def _set_membership(self, recipient_id: int, list_id: int, state: str) -> None:
        now = self.now()
        with self.db.tx() as conn:
            if state == "SUBSCRIBED":
                conn.execute(
                    "INSERT INTO memberships (recipient_id, list_id, state, subscribed) "
                    "VALUES (?, ?, 'SUBSCRIBED', ?) ON CONFLICT(recipient_id, list_id) DO UPDATE "
                    "SET state = 'SUBSCRIBED', subscribed = excluded.subscribed",
                    (recipient_id, list_id, now),
                )
            else:
                conn.execute(
                    "UPDATE memberships SET state = 'UNSUBSCRIBED', unsubscribed = ? "
                    "WHERE recipient_id = ? AND list_id = ?",
                    (now, recipient_id, list_id),
                )

    def _event(self, coll: str, data: dict[str, Any]) -> dict[str, Any]:
        data.setdefault("timestamp", self.now())
        return self.insert(coll, data)

    def _grant(
        self, list_id: int, recipient_id: int, state: str, remote: str | None = None
    ) -> tuple[dict[str, Any], bool]:
        existing = self.find(
            Select(
                "tracking-permissions",
                lambda p: p.get("listId") == list_id and p.get("recipientId") == recipient_id,
            )
            .eq("recipientId", recipient_id)
            .eq("listId", list_id)
        )
        if existing:
            item = existing[0]
            item["trackingPermissionState"] = state
            self.save("tracking-permissions", item)
            new = False
        else:
            item = self.insert(
                "tracking-permissions",
                {"listId": list_id, "recipientId": recipient_id, "trackingPermissionState": state},
            )
            new = True
        self._event(
            "tracking-permission-events",
            {
                "listId": list_id,
                "recipientId": recipient_id,
                "newTrackingPermissionState": state,
                "originator": {
                    "type": "REST_API",
                    "entity": "REST_API",
                    "action": "MANUAL_CHANGE",
                    "identity": self.client_id,
                    "determinedRemoteAddress": None,
                    "suppliedRemoteAddress": remote,
                    "message": None,
                },
            },
        )
        return item, new

    def _render(self, text: Any, values: Mapping[str, Any]) -> Any:
        if not isinstance(text, str):
            return text
        return re.sub(
            r"\[([^\]\[]+)\]",
            lambda m: (
                str(values.get(m.group(1), m.group(0))) if m.group(1) in values else m.group(0)
            ),
            text,
        )


_BLACKLIST_READ = (
    "SELECT i.id AS id, i.data AS data FROM folded f CROSS JOIN items i"
    " WHERE f.coll = 'blacklist-entries' AND f.field = 'pattern'"
    " AND (f.value IN ("
)
_BLACKLIST_TAIL = ") OR f.value GLOB '*[*?[]*') AND i.coll = f.coll AND i.id = f.id ORDER BY i.id"


def _ends(address: str) -> list[str]:
    """The blacklist patterns that name (a lower-cased) ``address`` exactly: itself and each
    ``@...`` end of it."""
    ends = [address]
    at = address.find("@")
    while at >= 0:
        ends.append(address[at:])
        at = address.find("@", at + 1)
    return list(dict.fromkeys(ends))  # (an address starting with "@" is its own first end)


def _marks(values: list[str]) -> str:
    return ", ".join("?" * len(values))


def _blocks(address: str, rows: Iterable[tuple[Any, str]]) -> bool:
    """Whether one of the blacklist entries ``rows`` ((id, data) each) blocks ``address``."""
    for _, data in rows:
        entry = json.loads(data)
        pattern = str(entry.get("pattern", "")).lower()
        if not pattern:
            continue
        if (
            fnmatch.fnmatchcase(address, pattern)
            or (pattern.startswith("@") and address.endswith(pattern))
            or address == pattern
        ):
            return True
    return False
