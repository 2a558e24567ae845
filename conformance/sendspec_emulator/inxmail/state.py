"""Inxmail state: the SQLite tables (items of every collection, id sequences, list memberships,
documents such as list settings), the records' storage, the checks on seeded rows and the
rate-limit window. No HTTP here: the rules (``rules.py``), the HAL rendering (``hal.py``) and the
resource modules build on this class.

- Ids ascend per collection and are never reused.
- Cost flat in stored data: items are read through ``scan`` (a ``query.Select``: keyset chunks
  ``ORDER BY id LIMIT`` from an index), never whole collections on a request's path; indexes on
  ``(coll, <field>, id)`` (partial: the items having the field) for the ids and types the
  listings filter on, memberships by list and state, and ``folded`` (names and addresses
  lower-cased by Python, as the case-insensitive rules compare them) for unique names and
  recipients by email.
- Stateful: lists (unique names, settings, (un)subscription settings), attributes (unique names,
  TEXT needs ``maxLength``), recipients (unique email, attribute values parsed by attribute type,
  merge-patch per RFC 7396, blacklist check), memberships, (un)subscription events,
  tracking permissions (+ events), mailings of every type (regular mailings: CRUD, approvals,
  schedule, sending, copy), HTTP datasources, target groups, text modules, test profiles,
  blacklist entries, recipient imports (see ``imports.py``)."""

from __future__ import annotations

import heapq
import json
import math
from collections.abc import Callable, Iterator
from datetime import UTC
from itertools import chain
from typing import Any

from ..core import Clock, Database, Provider
from .problems import not_found
from .query import INDEXED, SQL_INT, Select
from .values import PREFIX, SCHEMAS, fmt

_full_decode = json.JSONDecoder().decode  # json.loads without its per-call argument checks
#: its C scanner (``decode`` calls it after matching whitespace; typeshed omits it)
_scan_once: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]


def _decode(text: str) -> Any:
    """``json.loads`` of a stored ``data`` column. ``json.dumps`` wrote it with no surrounding
    whitespace, so the decoder's C scanner reads it whole from offset 0 (a third of
    ``decode``'s time, the same value); any other text goes through ``decode``, which
    answers or raises as ``json.loads`` does."""
    try:
        value, end = _scan_once(text, 0)
    except StopIteration:
        return _full_decode(text)
    return value if end == len(text) else _full_decode(text)


DOCUMENTED_LIMIT = 600
_LIMIT_TEXT = str(DOCUMENTED_LIMIT)


#: the spec's schema of an item of each seedable collection (mailings: by their type too)
SEED_SCHEMAS: dict[str, str] = {
    "lists": "MailingList",
    "mailings": "Mailing",
    "approvals": "Approval",
    "links": "MailingLink",
    "datasources": "HttpDatasource",
    "actions": "ActionTrigger",
    "sendings": "Sending",
    "protocol": "SendingProtocolEntry",
    "attributes": "RecipientAttribute",
    "recipients": "Recipient",
    "test-profiles": "TestProfile",
    "subscription-events": "SubscriptionEvent",
    "unsubscription-events": "UnsubscriptionEvent",
    "target-groups": "TargetGroup",
    "tracking-permissions": "TrackingPermission",
    "tracking-permission-events": "TrackingPermissionEvent",
    "imports": "RecipientImport",
    "import-files": "RecipientImportFile",
    "import-errors": "RecipientImportError",
    "bounces": "Bounce",
    "clicks": "Click",
    "web-beacon-hits": "WebBeaconHit",
    "blacklist-entries": "BlacklistEntry",
    "text-modules": "TextModule",
    "test-mail-groups": "TestMailGroup",
    "design-collections": "DesignCollection",
    "response-statistics": "ResponseStatistics",
    "sending-statistics": "SendingStatistics",
    "sending-details": "SendingDetails",
}


TYPED_MAILING_SCHEMAS = {
    "REGULAR_MAILING": "RegularMailing",
    "SPLIT_TEST_MAILING": "SplitTestMailing",
    "ACTION_MAILING": "ActionMailing",
    "TIME_TRIGGER_MAILING": "TriggerMailing",
    "SUBSCRIPTION_TRIGGER_MAILING": "SubscriptionMailing",
}


def seed_violations(coll: str, row: Any) -> list[str]:
    """Why a seeded row could never be answered as the spec says (empty: it can be).

    Seeds are checked at input, so that a value the spec forbids (an impossible date, a
    string where a number belongs) is refused instead of surfacing later in a reply."""
    if not isinstance(row, dict):
        return ["a row must be an object"]
    if coll == "memberships":
        row.setdefault("state", "SUBSCRIBED")
        ok = all(isinstance(row.get(k), int) for k in ("recipientId", "listId"))
        if not ok or row["state"] not in ("SUBSCRIBED", "UNSUBSCRIBED"):
            return ["a membership is {recipientId, listId, state: SUBSCRIBED|UNSUBSCRIBED}"]
        return []
    if "id" in row and (not isinstance(row["id"], int) or isinstance(row["id"], bool)):
        return ["id must be an integer"]
    item = {**row, "id": row.get("id", 1), "_links": {"self": {"href": "http://localhost/"}}}
    names = [SEED_SCHEMAS[coll]]
    if coll == "mailings" and row.get("type") in TYPED_MAILING_SCHEMAS:
        names.append(TYPED_MAILING_SCHEMAS[row["type"]])
    found: list[str] = []
    for name in names:
        found += [v.text() for v in SCHEMAS.violations(f"/components/schemas/{name}", item)]
    return list(dict.fromkeys(found))


SCHEMA = """
CREATE TABLE IF NOT EXISTS items (
    coll TEXT NOT NULL, id INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (coll, id)
);
CREATE TABLE IF NOT EXISTS sequences (
    coll TEXT PRIMARY KEY, last INTEGER NOT NULL DEFAULT 0, changed TEXT
);
CREATE TABLE IF NOT EXISTS memberships (
    recipient_id INTEGER NOT NULL, list_id INTEGER NOT NULL, state TEXT NOT NULL,
    subscribed TEXT, unsubscribed TEXT, PRIMARY KEY (recipient_id, list_id)
);
CREATE TABLE IF NOT EXISTS documents (key TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS memberships_by_list ON memberships (list_id, state, recipient_id);
CREATE TABLE IF NOT EXISTS folded (
    coll TEXT NOT NULL, field TEXT NOT NULL, id INTEGER NOT NULL, value TEXT NOT NULL,
    PRIMARY KEY (coll, field, id)
);
CREATE INDEX IF NOT EXISTS folded_by_value ON folded (coll, field, value, id);
""" + "".join(
    # partial: only the items that have the field (an item without it costs no index write;
    # ``<field> = ?`` and ``<field> IS NOT NULL`` imply the condition, so they read these);
    # the full indexes of an older ``--db`` (items_by_<field>) are dropped
    f"DROP INDEX IF EXISTS items_by_{name};\n"
    f"CREATE INDEX IF NOT EXISTS items_with_{name} ON items"
    f" (coll, json_extract(data, '$.{name}'), id)"
    f" WHERE json_extract(data, '$.{name}') IS NOT NULL;\n"
    for name in INDEXED
)

#: the fields looked up ignoring case (unique names, recipients by email), kept lower-cased in
#: ``folded`` as ``str(item.get(field, "")).lower()``: Python's case folding, which SQLite's
#: ``lower()`` (ASCII only) does not match, so no expression index can serve them
FOLDED: dict[str, str] = {
    "recipients": "email",
    "lists": "name",
    "attributes": "name",
    "datasources": "name",
    "target-groups": "name",
    "text-modules": "name",
    "blacklist-entries": "pattern",
}


def folded(value: Any) -> str:
    """The case-insensitive key of a field's value, as the rules compare them."""
    return str(value).lower()


#: collection -> path of an item under the base URL
HREFS: dict[str, str] = {
    "lists": "/lists/{id}",
    "mailings": "/mailings/{id}",
    "approvals": "/mailings/{mailingId}/approvals/{id}",
    "links": "/links/{id}",
    "datasources": "/datasources/http/{id}",
    "actions": "/actions/{id}",
    "sendings": "/sendings/{id}",
    "protocol": "/sendings/{sendingId}/protocol?afterId={before}&pageSize=1",
    "attributes": "/attributes/{id}",
    "recipients": "/recipients/{id}",
    "test-profiles": "/test-profiles/{id}",
    "subscription-events": "/events/subscriptions/{id}",
    "unsubscription-events": "/events/unsubscriptions/{id}",
    "target-groups": "/target-groups/{id}",
    "tracking-permissions": "/tracking-permissions/{id}",
    "tracking-permission-events": "/events/tracking-permissions/{id}",
    "imports": "/imports/recipients/{id}",
    "import-files": "/imports/recipients/{importId}/files/{id}",
    "import-errors": (
        "/imports/recipients/{importId}/files/{fileId}/errors?afterId={before}&pageSize=1"
    ),
    "bounces": "/bounces/{id}",
    "clicks": "/clicks/{id}",
    "web-beacon-hits": "/web-beacon-hits/{id}",
    "blacklist-entries": "/blacklist-entries/{id}",
    "text-modules": "/text-modules/{id}",
    "test-mail-groups": "/test-mail-groups/{id}",
    "design-collections": "/design-collections/{id}",
}
#: collections that may be seeded (besides the stateful ones)
SEEDABLE = set(HREFS) | {"response-statistics", "sending-statistics", "sending-details"}


class InxmailState(Provider):
    """The records of one emulator: storage by collection, documents, the rate window."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        *,
        client_id: str = "demo-client",
        secret: str = "demo-secret",
        rate_limit: int | None = None,
        max_import_bytes: int = 128 * 1024 * 1024,
    ) -> None:
        super().__init__(db, clock)
        self.max_import_bytes = max_import_bytes
        self.client_id = client_id
        self.secret = secret
        self.rate_limit = rate_limit
        self.prefix = PREFIX
        self._window = -1
        self._count = 0
        self._base = f"http://localhost{PREFIX}"
        #: the last second ``now`` formatted (its fields, its text): a pure function of it
        self._now_key: tuple[int, ...] | None = None
        self._now_text = ""
        db.script(SCHEMA)
        self._backfill_folded()

    def _backfill_folded(self) -> None:
        """Fold the rows of a ``--db`` written before ``folded`` existed (a no-op otherwise)."""
        with self.db.tx() as conn:
            for coll, name in FOLDED.items():
                rows = conn.execute(
                    "SELECT i.id, i.data FROM items i WHERE i.coll = ? AND NOT EXISTS (SELECT 1"
                    " FROM folded f WHERE f.coll = i.coll AND f.field = ? AND f.id = i.id)",
                    (coll, name),
                ).fetchall()
                for row in rows:
                    self._fold(conn, coll, row["id"], json.loads(row["data"]))

    def _rate_tick(self, consume: bool) -> float:
        """Move the fixed window to now (counting this request if ``consume``); now."""
        now: float = self.clock.now().timestamp()
        window = int(now // 60)
        if window != self._window:
            self._window, self._count = window, 0
        if consume:
            self._count += 1
        return now

    def _rate_headers(self, consume: bool, now: float | None = None) -> dict[str, str]:
        """The X-RateLimit headers (``now``: the window already moved at that moment)."""
        if now is None:
            now = self._rate_tick(consume)
        window = self._window
        limit = self.rate_limit if self.rate_limit is not None else DOCUMENTED_LIMIT
        reset = max(1, math.ceil((window + 1) * 60 - now))
        return {
            "X-RateLimit-Limit": _LIMIT_TEXT if self.rate_limit is None else str(limit),
            "X-RateLimit-Remaining": str(max(0, limit - self._count)),
            "X-RateLimit-Reset": str(reset),
        }

    # ------------------------------------------------------------------ storage
    def now(self) -> str:
        ts = self.clock.now()
        if ts.tzinfo is not UTC:
            return fmt(ts)
        key = (ts.year, ts.month, ts.day, ts.hour, ts.minute, ts.second)
        if key != self._now_key:
            self._now_key, self._now_text = key, fmt(ts)
        return self._now_text

    def insert(self, coll: str, data: dict[str, Any]) -> dict[str, Any]:
        if "id" in data:
            return self.insert_many(coll, [data])[0]
        # one row, the next id: the sequence's upsert hands it over (as insert_many would)
        with self.db.tx() as conn:
            last = conn.execute(
                "INSERT INTO sequences (coll, last, changed) VALUES (?, 1, ?) ON CONFLICT(coll)"
                " DO UPDATE SET last = last + 1, changed = excluded.changed RETURNING last",
                (coll, self.now()),
            ).fetchall()[0][0]
            conn.execute(
                "INSERT INTO items (coll, id, data) VALUES (?, ?, ?)",
                (coll, last, json.dumps(data)),
            )
            self._fold(conn, coll, last, data)
        return {"id": last, **data}

    def insert_many(self, coll: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Store ``rows`` (in order, ids ascending; a row's own ``id`` is kept when it is past
        the last one) in one transaction: all of them or, on an error, none."""
        out = []
        with self.db.tx() as conn:
            row = conn.execute("SELECT last FROM sequences WHERE coll = ?", (coll,)).fetchone()
            last = row["last"] if row else 0
            for data in rows:
                wanted = data.pop("id", None)
                last = int(wanted) if isinstance(wanted, int) and wanted > last else last + 1
                conn.execute(
                    "INSERT INTO items (coll, id, data) VALUES (?, ?, ?)",
                    (coll, last, json.dumps(data)),
                )
                self._fold(conn, coll, last, data)
                out.append({"id": last, **data})
            if out:
                conn.execute(
                    "INSERT INTO sequences (coll, last, changed) VALUES (?, ?, ?) ON CONFLICT(coll)"
                    " DO UPDATE SET last = excluded.last, changed = excluded.changed",
                    (coll, last, self.now()),
                )
        return out

    @staticmethod
    def _fold(conn: Any, coll: str, ident: int, data: dict[str, Any]) -> None:
        name = FOLDED.get(coll)
        if name is not None:
            conn.execute(
                "INSERT OR REPLACE INTO folded (coll, field, id, value) VALUES (?, ?, ?, ?)",
                (coll, name, ident, folded(data.get(name, ""))),
            )

    def get(self, coll: str, ident: Any) -> dict[str, Any] | None:
        try:
            key = int(ident)
        except (TypeError, ValueError):
            return None
        if not -(2**63) <= key < 2**63:
            return None
        rows = self.db.rows("SELECT data FROM items WHERE coll = ? AND id = ?", (coll, key))
        return {"id": key, **_decode(rows[0][0])} if rows else None

    def must(self, coll: str, ident: Any, what: str) -> dict[str, Any]:
        item = self.get(coll, ident)
        if item is None:
            raise not_found(what, ident)
        return item

    def save(self, coll: str, item: dict[str, Any]) -> None:
        data = {k: v for k, v in item.items() if k != "id"}
        with self.db.tx() as conn:
            conn.execute(
                "UPDATE items SET data = ? WHERE coll = ? AND id = ?",
                (json.dumps(data), coll, item["id"]),
            )
            self._fold(conn, coll, item["id"], data)
            conn.execute("UPDATE sequences SET changed = ? WHERE coll = ?", (self.now(), coll))

    def remove(self, coll: str, ident: int) -> None:
        with self.db.tx() as conn:
            conn.execute("DELETE FROM items WHERE coll = ? AND id = ?", (coll, ident))
            conn.execute("DELETE FROM folded WHERE coll = ? AND id = ?", (coll, ident))
            conn.execute("UPDATE sequences SET changed = ? WHERE coll = ?", (self.now(), coll))

    def all(self, coll: str) -> list[dict[str, Any]]:
        """Every item of a collection: only for the small ones (attributes, blacklist entries)
        that a rule has to see whole; listings and lookups go through :meth:`scan`."""
        rows = self.db.query("SELECT id, data FROM items WHERE coll = ? ORDER BY id", (coll,))
        return [{"id": r["id"], **json.loads(r["data"])} for r in rows]

    def scan(
        self, sel: Select, *, after: int | None = None, upto: int | None = None, chunk: int = 64
    ) -> Iterator[dict[str, Any]]:
        """The items ``sel`` selects with ``after < id <= upto``, ascending by id, read in
        keyset chunks (``ORDER BY id LIMIT``) from its indexed branches, merged, and passed
        through its residual predicate. Stop iterating and nothing more is read."""
        pred = sel.pred
        for ident, data in self.scan_rows(sel, after=after, upto=upto, chunk=chunk):
            item = {"id": ident, **_decode(data)}
            if pred is None or pred(item):
                yield item

    def scan_rows(
        self, sel: Select, *, after: int | None = None, upto: int | None = None, chunk: int = 64
    ) -> Iterator[tuple[int, str]]:
        """The (id, stored data) rows that ``scan`` decodes, before its predicate (a listing
        without one renders from these); read as lazily."""
        # ids are SQLite integers: a bound outside their range selects all of them or none
        if (after is not None and after >= SQL_INT - 1) or (upto is not None and upto < -SQL_INT):
            return iter(())
        lo = None if after is None else max(after, -SQL_INT)
        hi = None if upto is None else min(upto, SQL_INT - 1)
        if lo is not None and hi is not None and lo >= hi:
            return iter(())
        # each branch's rows, chunk after chunk (chain: no Python frame resumed per row)
        streams = [chain.from_iterable(self._chunks(sel, b, lo, hi, chunk)) for b in sel.branches()]
        if len(streams) == 1:  # one branch: its keyset chunks name each id once, ascending
            return streams[0]
        return _distinct(heapq.merge(*streams, key=lambda r: r[0]))

    def _chunks(
        self, sel: Select, branch: Any, lo: int | None, hi: int | None, chunk: int
    ) -> Iterator[list[tuple[int, str]]]:
        """One branch's (id, data) rows, ascending, a keyset chunk at a time (the next one
        read only when the previous one has been used up)."""
        source, key, conditions, params = branch
        where = " AND ".join(["i.coll = ?", *conditions, *sel.where])
        head = f"SELECT i.id AS id, i.data AS data FROM {source} WHERE {where}"
        while True:
            sql, args = head, [sel.coll, *params, *sel.params]
            if lo is not None:
                sql += f" AND {key} > ?"
                args.append(lo)
            if hi is not None:
                sql += f" AND {key} <= ?"
                args.append(hi)
            # (id, data) tuples, read by position: no sqlite3.Row per item
            rows = self.db.rows(f"{sql} ORDER BY {key} LIMIT ?", [*args, chunk])
            yield rows
            if len(rows) < chunk:
                return
            lo, chunk = rows[-1][0], min(chunk * 4, 1024)

    def find(self, sel: Select) -> list[dict[str, Any]]:
        """Every item ``sel`` selects (for lookups whose answer is small by nature)."""
        return list(self.scan(sel))

    def by_folded(self, coll: str, value: Any, name: str | None = None) -> list[dict[str, Any]]:
        """The items whose folded field (``FOLDED``) equals ``value`` ignoring case."""
        if name is not None and FOLDED.get(coll) != name:
            raise KeyError(f"{coll}.{name} is not folded")
        return self.find(Select(coll).folded(FOLDED[coll], [folded(value)]))

    def has_folded(self, coll: str, value: Any) -> bool:
        """Whether an item's folded field (``FOLDED``) equals ``value`` ignoring case (what
        ``bool(by_folded(coll, value))`` says, without reading the items)."""
        return bool(
            self.db.query(
                "SELECT 1 FROM folded f CROSS JOIN items i WHERE f.coll = ? AND f.field = ?"
                " AND f.value = ? AND i.coll = f.coll AND i.id = f.id LIMIT 1",
                (coll, FOLDED[coll], folded(value)),
            )
        )

    def doc(self, key: str) -> Any:
        rows = self.db.query("SELECT data FROM documents WHERE key = ?", (key,))
        return json.loads(rows[0]["data"]) if rows else None

    def set_doc(self, key: str, value: Any) -> None:
        with self.db.tx() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO documents (key, data) VALUES (?, ?)",
                (key, json.dumps(value)),
            )


def _distinct(rows: Iterator[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """Merged branches' rows, each id once (a recipient in two of the lists a filter names)."""
    last = None
    for row in rows:
        if row[0] != last:
            last = row[0]
            yield row
