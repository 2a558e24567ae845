"""iovox E-Mail Tracking emulator (specs/iovox-email.yaml).

State (SQLite): links (seedable; an e-mail may only be sent through an existing link),
conversations (one per proxy address), e-mails and number pools.

Delivery is decided when an e-mail is accepted, by the recipient address, so tests can reach
every disposition the search can filter on:

- domain ``*.invalid``                   -> ``noMxRecord`` (no delivery_date)
- local part starting with ``bounce``    -> ``received_bounced``
- local part starting with ``undeliverable`` -> ``undeliverable``
- local part starting with ``queued``    -> ``queued`` (no delivery_date)
- anything else                          -> ``sent``, delivery_date = receive_date

Every e-mail starts ``unread``; ``POST /_emulator/read {"message_id": ...}`` simulates the web
bug loading (``read`` + ``read_first_date``).

Credentials default to ``username: demo`` / ``secureKey: demo-secure-key``.
"""

from __future__ import annotations

import secrets
import string
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from .core import (
    JSON,
    ApiError,
    Call,
    Clock,
    Database,
    Handler,
    Provider,
    Reply,
    Violation,
    new_uuid,
)

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
    subject TEXT, text_content TEXT, html_content TEXT, attachments INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS emails_receive ON emails (receive_date);
CREATE TABLE IF NOT EXISTS pools (seq INTEGER PRIMARY KEY AUTOINCREMENT, body TEXT NOT NULL);
"""


def fmt(ts: datetime) -> str:
    """The API's date format: "YYYY-MM-DD HH:MM:SS" in UTC."""
    return ts.strftime("%Y-%m-%d %H:%M:%S")


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def disposition_for(recipient: str) -> str:
    local, _, domain = recipient.rpartition("@")
    local = local.lower()
    if domain.lower().endswith(".invalid"):
        return "noMxRecord"
    for prefix in ("bounce", "undeliverable", "queued"):
        if local.startswith(prefix):
            return {"bounce": "received_bounced"}.get(prefix, prefix)
    return "sent"


class IovoxProvider(Provider):
    slug = "iovox-email"

    # none of the core's leniencies: the documentation shows no trailing "/", no other letter
    # case, no repeated parameter and no null member (see the spec's info.description)
    trailing_slash = False
    case_insensitive_paths = False
    case_insensitive_query = False
    comma_separated_arrays = False
    nulls_as_absent = False

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
        with db.lock:
            db.conn.executescript(SCHEMA)
        self.seed_defaults()

    def seed_defaults(self) -> None:
        self.seed_links(self._default_links)

    # ------------------------------------------------------------------------------ provider
    def handlers(self) -> dict[str, Handler]:
        return {
            "send_email": self.send_email,
            "create_proxy_addresses": self.create_proxy_addresses,
            "search_emails": self.search_emails,
            "create_number_pool": self.create_number_pool,
        }

    def authenticate(self, headers: Mapping[str, str]) -> None:
        user, key = headers.get("username"), headers.get("securekey")
        if not user or not key:
            raise ApiError(401, "auth", message="The username and secureKey headers are required")
        # compared as bytes: compare_digest raises TypeError on non-ASCII text, and header
        # values are any latin-1 text (a secureKey "\xe9" was a 500)
        if not (
            secrets.compare_digest(_utf8(user), _utf8(self.username))
            and secrets.compare_digest(_utf8(key), _utf8(self.secure_key))
        ):
            raise ApiError(401, "auth", message="Invalid username or secureKey")

    def error_response(self, error: ApiError) -> Reply:
        messages = [v.text() for v in error.violations] or [error.message]
        return Reply(error.status, {"errors": messages})

    def control(self, action: str, body: JSON) -> JSON:
        if action == "links":
            links = body if isinstance(body, list) else [body]
            self.seed_links(links)
            return {"links": len(links)}
        if action == "read":
            return self.mark_read(str(body["message_id"]))
        if action == "emails":  # bulk seeding, e.g. for pagination benchmarks
            return {"created": self.seed_emails(body)}
        return super().control(action, body)

    # ------------------------------------------------------------------------------ state
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

    def _link(self, link_id: Any) -> Any:
        rows = self.db.query("SELECT * FROM links WHERE link_id = ?", (str(link_id),))
        return rows[0] if rows else None

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
        rows = (
            (
                new_uuid(),
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
                disposition_for(recipient),
            )
            for _ in range(count)
        )
        with self.db.tx() as conn:
            conn.executemany(
                "INSERT INTO emails (message_id, receive_date, delivery_date, node_id, node_name,"
                " node_type, link_id, link_name, link_type, sender_address, sender_name,"
                " recipient_address, recipient_name, disposition, read_disposition)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'unread')",
                rows,
            )
        return count

    # ------------------------------------------------------------------------------ handlers
    def send_email(self, call: Call) -> Reply:
        body = call.body
        link = self._link(body["link_id"])
        if link is None:
            raise ApiError(400, "validation", [Violation("", "link_id does not exist")])
        now = fmt(self.clock.now())
        message_id = new_uuid()
        conversation_id = proxy_address = None
        proxy_name = body.get("proxy_name")
        if body.get("proxy_domain"):
            conversation_id = new_uuid()
            proxy_address = self._new_proxy_address(body["proxy_domain"])
            proxy_name = proxy_name or body["sender_name"]
        disposition = disposition_for(body["recipient_address"])
        delivered = disposition in ("sent", "received_bounced", "undeliverable")
        with self.db.tx() as conn:
            if conversation_id:
                conn.execute(
                    "INSERT INTO conversations VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        conversation_id,
                        proxy_address,
                        proxy_name,
                        link["link_id"],
                        body["sender_address"],
                        body["recipient_address"],
                        now,
                    ),
                )
            conn.execute(
                "INSERT INTO emails (message_id, receive_date, delivery_date, node_id, node_name,"
                " node_type, link_id, link_name, link_type, sender_address, sender_name,"
                " recipient_address, recipient_name, proxy_address, proxy_name, conversation_id,"
                " disposition, read_disposition, subject, text_content, html_content, attachments)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'unread', ?, ?, ?, ?)",
                (
                    message_id,
                    now,
                    now if delivered else None,
                    link["node_id"],
                    link["node_name"],
                    link["node_type"],
                    link["link_id"],
                    link["link_name"],
                    link["link_type"],
                    body["sender_address"],
                    body["sender_name"],
                    body["recipient_address"],
                    body["recipient_name"],
                    proxy_address,
                    proxy_name,
                    conversation_id,
                    disposition,
                    body["subject"],
                    body["text_content"],
                    body["html_content"],
                    len(body.get("attachments") or []),
                ),
            )
        result: dict[str, str] = {"message_id": message_id}
        if conversation_id and proxy_address:
            result["conversation_id"] = conversation_id
            result["proxy_address"] = proxy_address
        return Reply(201, result)

    def create_proxy_addresses(self, call: Call) -> Reply:
        items: list[dict[str, Any]] = call.body
        missing = [
            Violation(f"[{i}].link_id", "does not exist")
            for i, item in enumerate(items)
            if self._link(item["link_id"]) is None
        ]
        if missing:  # all or nothing: a failed request creates no address
            raise ApiError(400, "validation", missing)
        now = fmt(self.clock.now())
        out = []
        with self.db.tx() as conn:
            for item in items:
                conversation_id = new_uuid()
                address = self._new_proxy_address(item["proxy_domain"])
                conn.execute(
                    "INSERT INTO conversations VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        conversation_id,
                        address,
                        item.get("proxy_name"),
                        str(item["link_id"]),
                        item["sender_address"],
                        item["recipient_address"],
                        now,
                    ),
                )
                out.append(
                    {
                        "link_id": item["link_id"],  # "the original link_id", as sent
                        "sender_address": item["sender_address"],
                        "recipient_address": item["recipient_address"],
                        "proxy_address": address,
                        "conversation_id": conversation_id,
                    }
                )
        return Reply(201, out)

    def search_emails(self, call: Call) -> Reply:
        q = call.query
        now = self.clock.now()
        start = q.get("start_date") or fmt(now.replace(day=1, hour=0, minute=0, second=0))
        end = q.get("end_date") or fmt(now.replace(hour=23, minute=59, second=59))
        # "YYYY-MM-DD HH:MM:SS" is fixed-width, so text order is time order
        where = ["receive_date >= ?", "receive_date <= ?"]
        params: list[Any] = [start, end]
        for name in FILTERS:
            if name in q:
                where.append(f"{name} = ?")
                params.append(q[name])
        order = []
        for term in (q.get("order") or DEFAULT_ORDER).split(","):
            name, _, direction = term.rpartition("_")
            order.append(f"{name} {'ASC' if direction == 'ASC' else 'DESC'}")
        order.append("seq ASC")  # stable pages
        fields = q["fields"].split(",") if q.get("fields") else list(FIELDS)
        page, limit = int(q.get("page", 1)), int(q.get("limit", 20000))
        condition = " AND ".join(where)
        total, rows = self.db.page(
            "emails",
            condition,
            params,
            ", ".join(order),
            limit,
            (page - 1) * limit,
            columns=", ".join(dict.fromkeys(fields)),
        )
        keys = rows[0].keys() if rows else []  # sqlite3.Row: not a dict
        results = [{k: row[k] for k in keys if row[k] is not None} for row in rows]
        return Reply(
            200,
            {
                "current_page": page,
                "total_pages": -(-total // limit),
                "total_results": total,
                "results": results,
            },
        )

    def create_number_pool(self, call: Call) -> Reply:
        import json

        with self.db.tx() as conn:
            conn.execute("INSERT INTO pools (body) VALUES (?)", (json.dumps(call.body),))
        return Reply(201, None)
