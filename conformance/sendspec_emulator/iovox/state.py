"""iovox state: the SQLite tables (links, conversations, e-mails, number pools), how an
e-mail's disposition is decided, and seeding. No HTTP here: the resource modules read and
write through this class."""

from __future__ import annotations

import secrets
import string
from collections.abc import Mapping
from datetime import datetime
from typing import Any

import orjson

from ..core import JSON, ApiError, Clock, Database, Provider, new_uuid

FIELDS = (
    "message_id",
    "receive_date",
    "delivery_date",
    "node_id",
    "node_name",
    "node_type",
    "link_id",
    "link_name",
    "link_type",
    "sender_address",
    "sender_name",
    "recipient_address",
    "recipient_name",
    "proxy_address",
    "proxy_name",
    "conversation_id",
    "disposition",
    "read_disposition",
    "read_first_date",
)
FILTERS = (
    "message_id",
    "node_id",
    "node_name",
    "node_type",
    "link_id",
    "link_name",
    "link_type",
    "sender_address",
    "recipient_address",
    "proxy_address",
    "conversation_id",
    "disposition",
    "read_disposition",
)
DEFAULT_ORDER = "receive_date_ASC,delivery_date_DESC"
#: a search record's members that never change once the e-mail is stored (all but the read
#: state, the last two FIELDS): kept with the e-mail as JSON (its ``doc``), so a page of every
#: field decodes one text per e-mail instead of reading each column
STORED_FIELDS = FIELDS[:-2]
#: the members an e-mail copies from its link, in FIELDS' order
LINK_FIELDS = ("node_id", "node_name", "node_type", "link_id", "link_name", "link_type")
#: SQL of the link's members in an e-mail's doc, each with its leading comma (read from the
#: links row the e-mail copies its columns from)
LINK_MEMBERS = " || ".join(
    f"CASE WHEN {k} IS NULL THEN '' ELSE ',\"{k}\":' || json_quote({k}) END" for k in LINK_FIELDS
)

#: the e-mails received from the first parameter to the second (see _count_in_range)
RANGE_COUNT = (
    "COALESCE((SELECT n FROM email_count), 0)"
    " - (SELECT COUNT(*) FROM emails WHERE receive_date < ?)"
    " - (SELECT COUNT(*) FROM emails WHERE receive_date > ?)"
)

#: the links of the documentation's examples; more can be seeded
DEFAULT_LINKS: tuple[dict[str, str], ...] = (
    {
        "link_id": "1234",
        "link_name": "Honda Civic",
        "link_type": "Vehicle",
        "node_id": "abc123",
        "node_name": "Bobs automotive",
        "node_type": "Dealer",
    },
    {
        "link_id": "abc1234",
        "link_name": "Honda Civic",
        "link_type": "Vehicle",
        "node_id": "abc123",
        "node_name": "Bobs automotive",
        "node_type": "Dealer",
    },
    {
        "link_id": "xyz789",
        "link_name": "Honda Civic",
        "link_type": "Vehicle",
        "node_id": "abc123",
        "node_name": "Bobs automotive",
        "node_type": "Dealer",
    },
)

SCHEMA = """
CREATE TABLE IF NOT EXISTS links (
    link_id TEXT PRIMARY KEY, link_name TEXT, link_type TEXT,
    node_id TEXT, node_name TEXT, node_type TEXT
);
CREATE TABLE IF NOT EXISTS conversations (
    conversation_id TEXT PRIMARY KEY, proxy_address TEXT UNIQUE NOT NULL, proxy_name TEXT,
    link_id TEXT NOT NULL, sender_address TEXT NOT NULL, recipient_address TEXT NOT NULL,
    created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS emails (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id TEXT UNIQUE NOT NULL, receive_date TEXT NOT NULL, delivery_date TEXT,
    node_id TEXT, node_name TEXT, node_type TEXT,
    link_id TEXT NOT NULL, link_name TEXT, link_type TEXT,
    sender_address TEXT NOT NULL, sender_name TEXT, recipient_address TEXT NOT NULL,
    recipient_name TEXT, proxy_address TEXT, proxy_name TEXT, conversation_id TEXT,
    disposition TEXT NOT NULL, read_disposition TEXT NOT NULL, read_first_date TEXT,
    subject TEXT, text_content TEXT, html_content TEXT, attachments INTEGER NOT NULL DEFAULT 0,
    -- the search record's STORED_FIELDS as a JSON object (NULL: read from the columns)
    doc TEXT
);
-- the default order (receive_date_ASC,delivery_date_DESC, then seq) read from an index: a page
-- costs the same however many e-mails are stored (no sort of every match)
CREATE INDEX IF NOT EXISTS emails_order ON emails (receive_date, delivery_date DESC);
-- (emails_order serves every range and count on receive_date too)
DROP INDEX IF EXISTS emails_receive;
CREATE TABLE IF NOT EXISTS pools (seq INTEGER PRIMARY KEY AUTOINCREMENT, body TEXT NOT NULL);
-- how many e-mails are stored, kept by triggers: a search's count reads one row, not every
-- e-mail (SQLite's COUNT(*) of a table visits each row: 8 us at 20,000); a database from
-- before this table gets its row counted once, when it is opened (a database with the row
-- is not counted again; no row: none stored, as after a reset, which empties every table)
CREATE TABLE IF NOT EXISTS email_count (
    one INTEGER PRIMARY KEY CHECK (one = 1), n INTEGER NOT NULL
);
INSERT INTO email_count SELECT 1, (SELECT COUNT(*) FROM emails)
WHERE NOT EXISTS (SELECT 1 FROM email_count);
CREATE TRIGGER IF NOT EXISTS emails_counted AFTER INSERT ON emails BEGIN
    INSERT INTO email_count VALUES (1, 1) ON CONFLICT (one) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER IF NOT EXISTS emails_uncounted AFTER DELETE ON emails BEGIN
    UPDATE email_count SET n = n - 1;
END;
"""


def fmt(ts: datetime) -> str:
    """The API's date format: "YYYY-MM-DD HH:MM:SS" in UTC."""
    if ts.year >= 1000:  # isoformat's 4-digit year is strftime's %Y (half its time)
        return ts.isoformat(" ", "seconds")[:19]
    return ts.strftime("%Y-%m-%d %H:%M:%S")


def record_members(values: Mapping[str, Any]) -> str | None:
    """``values``' JSON members (no braces), the null ones left out as a search record leaves
    them; None when a value is not text (as stored in a TEXT column, it would read back as
    text: such an e-mail's record is read from its columns)."""
    present = {k: v for k, v in values.items() if v is not None}
    if not all(type(v) is str for v in present.values()):
        return None
    return orjson.dumps(present).decode()[1:-1]


def default_range(now: datetime) -> tuple[str, str]:
    """The search's range without dates: the current month up to the end of today."""
    if now.year >= 1000:  # fmt's fixed width: the day and the time at known places
        today = fmt(now)
        return today[:8] + "01 00:00:00", today[:11] + "23:59:59"
    return (
        fmt(now.replace(day=1, hour=0, minute=0, second=0)),
        fmt(now.replace(hour=23, minute=59, second=59)),
    )


def disposition_for(recipient: str) -> str:
    local, _, domain = recipient.rpartition("@")
    if domain.lower().endswith(".invalid"):
        return "noMxRecord"
    local = local.lower()
    if local.startswith("bounce"):
        return "received_bounced"
    if local.startswith("undeliverable"):
        return "undeliverable"
    if local.startswith("queued"):
        return "queued"
    return "sent"


class IovoxState(Provider):
    """The records of one emulator and the rules on them."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        *,
        username: str = "demo",
        secure_key: str = "demo-secure-key",
        links: tuple[Mapping[str, str], ...] = DEFAULT_LINKS,
    ) -> None:
        super().__init__(db, clock)
        self.username = username
        self.secure_key = secure_key
        self._default_links = links
        db.script(SCHEMA)
        self._add_docs()
        if db.new:  # a restart on an existing database keeps its state
            self.seed_defaults()

    def seed_defaults(self) -> None:
        self.seed_links(self._default_links)

    def seed_links(self, links: Any) -> None:
        rows = []
        for link in links:
            if not isinstance(link, Mapping) or "link_id" not in link:
                raise ValueError("each link needs a link_id")
            rows.append(
                tuple(
                    str(link.get(k, "")) or None
                    for k in (
                        "link_id",
                        "link_name",
                        "link_type",
                        "node_id",
                        "node_name",
                        "node_type",
                    )
                )
            )
        with self.db.tx() as conn:
            conn.executemany("INSERT OR REPLACE INTO links VALUES (?, ?, ?, ?, ?, ?)", rows)

    def _add_docs(self) -> None:
        """A database from before the e-mails' ``doc``: add it and fill it in (once)."""

        def missing() -> bool:
            return "doc" not in {row[1] for row in self.db.query("PRAGMA table_info(emails)")}

        if not missing():
            return
        with self.db.tx() as conn:
            if not missing():  # another process on this database added it meanwhile
                return
            conn.execute("ALTER TABLE emails ADD COLUMN doc TEXT")
            rows = conn.execute(f"SELECT seq, {', '.join(STORED_FIELDS)} FROM emails")
            docs = []
            for row in rows.fetchall():
                members = record_members({k: row[k] for k in STORED_FIELDS})
                docs.append((None if members is None else "{" + members + "}", row[0]))
            conn.executemany("UPDATE emails SET doc = ? WHERE seq = ?", docs)

    def _link(self, link_id: Any) -> Any:
        rows = self.db.query("SELECT * FROM links WHERE link_id = ?", (str(link_id),))
        return rows[0] if rows else None

    def _count_in_range(self, start: str, end: str) -> int:
        """E-mails received from ``start`` to ``end``: all of them less those outside, so
        the usual search (every e-mail inside the default month) counts no row one by one
        (the total is ``email_count``'s, a range is counted row by row)."""
        if start > end:  # fixed-width text: no e-mail is in an empty range
            return 0
        return int(self.db.rows(f"SELECT {RANGE_COUNT}", (start, end))[0][0])

    def _new_proxy_address(self, domain: str) -> str:
        alphabet = string.ascii_lowercase + string.digits
        while True:
            address = "".join(secrets.choice(alphabet) for _ in range(14)) + "@" + domain.lower()
            if not self.db.query("SELECT 1 FROM conversations WHERE proxy_address = ?", (address,)):
                return address

    def mark_read(self, message_id: str) -> JSON:
        now = fmt(self.clock.now())
        with self.db.tx() as conn:
            cur = conn.execute(
                "UPDATE emails SET read_disposition = 'read', read_first_date = "
                "COALESCE(read_first_date, ?) WHERE message_id = ?",
                (now, message_id),
            )
        if cur.rowcount == 0:
            raise ApiError(404, "not_found", message=f"no e-mail {message_id}")
        return {"message_id": message_id, "read_disposition": "read"}

    def seed_emails(self, body: JSON) -> int:
        """``{"count": N, "link_id": ..., "recipient_address": ...}``: N e-mails at once."""
        count = int(body.get("count", 0))
        if not 0 < count <= 1_000_000:
            raise ValueError("count must be between 1 and 1000000")
        link = self._link(body.get("link_id", "1234"))
        if link is None:
            raise ValueError("link_id does not exist")
        now = fmt(self.clock.now())
        recipient = str(body.get("recipient_address", "seed@customer.com"))
        disposition = disposition_for(recipient)
        head = record_members({"receive_date": now, "delivery_date": now})
        tail = record_members(
            {
                "sender_address": "seed@iovox.com",
                "sender_name": "Seed",
                "recipient_address": recipient,
                "recipient_name": "Seed",
                "disposition": disposition,
            }
        )
        members = record_members({k: link[k] for k in LINK_FIELDS})
        # each doc: the message_id (a uuid: nothing to escape), then what all of them share
        shared = None if members is None else f",{head},{members},{tail}}}"
        rows = (
            (
                message_id,
                now,
                now,
                link["node_id"],
                link["node_name"],
                link["node_type"],
                link["link_id"],
                link["link_name"],
                link["link_type"],
                "seed@iovox.com",
                "Seed",
                recipient,
                "Seed",
                disposition,
                None if shared is None else f'{{"message_id":"{message_id}"{shared}',
            )
            for message_id in (new_uuid() for _ in range(count))
        )
        with self.db.tx() as conn:
            conn.executemany(
                "INSERT INTO emails (message_id, receive_date, delivery_date, node_id, node_name,"
                " node_type, link_id, link_name, link_type, sender_address, sender_name,"
                " recipient_address, recipient_name, disposition, read_disposition, doc)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'unread', ?)",
                rows,
            )
        return count
