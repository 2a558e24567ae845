"""ICOMMKT state: the SQLite tables and the rules on their records (no HTTP objects; the
resource modules read and write through this class): sender signatures, stored messages
and the bounces decided at send time, inbound messages, opens and clicks (control
actions), the search window and date filters.

Bounces are decided at send time by each recipient's local part: ``hardbounce…`` -> HardBounce
(inactive: the address is suppressed in the stream with reason HardBounce), ``softbounce…`` ->
SoftBounce, ``transient…`` -> Transient, ``autoresponder…`` -> AutoResponder,
``spamnotification…`` -> SpamNotification, ``spamcomplaint…`` -> SpamComplaint (inactive,
suppression SpamComplaint, cannot be activated: 1003). ``POST /_emulator/bounce {"MessageID",
"Recipient"?, "Type"}`` adds one for any recipient.

Opens and clicks exist only through ``POST /_emulator/open`` / ``/_emulator/click``
(``{"MessageID", "Recipient"?, "Platform"?, "UserAgent"?, "Client"?, "OS"?, "Geo"?,
"ReadSeconds"?}``, clicks also ``"Link"?``, ``"ClickLocation"?``), for messages sent with
TrackOpens / a TrackLinks other than None. Every open and click is counted by the stats; the open
lists show only the first open per message and recipient, the click lists the first click per
message, recipient and link. Every record carries RecordType, Client, OS, Platform, UserAgent and
Geo as the documentation's samples do: without a UserAgent they are the samples' reader (Chrome 34
on OS X Lion, WebMail, Novi Sad), with a UserAgent but no Client/OS/Platform those are "Unknown";
an object given is stored as given. Opens carry ReadSeconds (0 when none was given), clicks
ClickLocation and OriginalLink. Read times count every open in buckets "0s" .. "19s", "20s+",
and "unknown" for opens recorded without ReadSeconds. Spam complaints have ``From: ""`` ("spam
complaints do not include the original sender address").

Searches (bounces, outbound, inbound, opens) need count + offset <= 10,000 (1000 for bounces, 700
otherwise); results carry TotalCount of every match and are newest first. Messages older than 45
days are no longer found by the message search, details and dump (stats keep them).

Inbound messages are seeded with ``POST /_emulator/inbound`` (Postmark fields; ``Status``
defaults to Processed); a From matching an inbound rule (address, or domain) is Blocked with a
BlockedReason.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Mapping
from datetime import timedelta
from email.utils import format_datetime, getaddresses
from typing import Any

from ..core import JSON, ApiError, Clock, Database, Provider, new_uuid
from ..specs import load_spec
from .errors import QUERY_MESSAGE, IcommktError
from .records import (
    BOUNCE_PREFIXES,
    BOUNCE_TYPES,
    LINK,
    MAX_SQL_INT,
    MESSAGE_TTL_US,
    SAMPLE_AGENT,
    SAMPLE_CLIENT,
    SAMPLE_GEO,
    SAMPLE_OS,
    SCHEMA,
    SEARCH_WINDOW,
    SUPPRESSION_OF,
    UNKNOWN_AGENT,
    Prepared,
    row_id,
)
from .rendering import render
from .times import EASTERN, EPOCH, filter_time, to_us

#: the local parts that bounce start so (one test for the usual recipient)
BOUNCE_STARTS = tuple(prefix for prefix, _ in BOUNCE_PREFIXES)


def _dumps(value: Any) -> str:
    """``json.dumps(value)``; the empty list and object (most of a send's columns) as is."""
    if value == [] and type(value) is list:
        return "[]"
    if value == {} and type(value) is dict:
        return "{}"
    return json.dumps(value)


#: text that is its own JSON string body: printable ASCII but the quote and the backslash
_JSON_PLAIN = re.compile(r"[ !#-\[\]-~]*").fullmatch


def _dumps_pairs(pairs: list[tuple[str, str]]) -> str:
    """``json.dumps(pairs)`` of (name, address) pairs. The usual names and addresses need no
    escaping, so their text is formatted here (json.dumps sets up an encoder for each call);
    anything else goes through json.dumps."""
    if not pairs:
        return "[]"
    items = []
    for name, addr in pairs:
        if not (_JSON_PLAIN(name) and _JSON_PLAIN(addr)):
            return json.dumps(pairs)
        items.append(f'["{name}", "{addr}"]')
    return f"[{', '.join(items)}]"


class IcommktState(Provider):
    """The records of one emulator and the rules on them."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        *,
        server_token: str = "demo-server-token",
        sender_signatures: tuple[str, ...] = ("sender@example.com",),
    ) -> None:
        super().__init__(db, clock)
        self.server_token = server_token
        self._last_us = 0
        self._default_signatures = list(sender_signatures)
        db.script(SCHEMA)
        with db.tx() as conn:  # a database from before the counts (or edited by hand)
            conn.execute("DELETE FROM message_counts")
            conn.execute(
                "INSERT INTO message_counts SELECT stream, COUNT(*) FROM messages GROUP BY stream"
            )
        if db.new:  # a restart on an existing database keeps its state
            self.seed_defaults()
        spec = load_spec(self.slug)
        #: operationId -> first tag, to give schema failures their group's ErrorCode
        self._tags = {
            op["operationId"]: (op.get("tags") or [""])[0]
            for item in spec["paths"].values()
            for op in item.values()
            if isinstance(op, dict) and "operationId" in op
        }
        #: an inbound rule's form: an address or a domain (the spec is the one definition)
        self._rule_form = re.compile(
            spec["components"]["schemas"]["CreateInboundRuleRequest"]["properties"]["Rule"][
                "pattern"
            ]
        )

    def stream_count(self, stream: str, since_us: int) -> int:
        """Messages of ``stream`` received from ``since_us`` on: the stream's size (kept by
        triggers) less the older ones, so the default listing counts only the messages past
        the retention window one by one, never every stored one."""
        with self.db.lock:
            size = self.db.conn.execute(
                "SELECT n FROM message_counts WHERE stream = ?", (stream,)
            ).fetchone()
            if size is None:
                return 0
            older = self.db.conn.execute(
                "SELECT COUNT(*) FROM messages WHERE stream = ? AND received_us < ?",
                (stream, since_us),
            ).fetchone()[0]
        return int(size[0]) - int(older)

    def seed_defaults(self) -> None:
        self.set_signatures(self._default_signatures, [], replace=True)

    # ------------------------------------------------------------------------------ helpers
    def now_us(self) -> int:
        """The clock in microseconds, strictly increasing across calls."""
        us = max(to_us(self.clock.now()), self._last_us + 1)
        self._last_us = us
        return us

    def set_signatures(
        self, confirmed: list[str], unconfirmed: list[str], *, replace: bool
    ) -> list[str]:
        with self.db.tx() as conn:
            if replace:
                conn.execute("DELETE FROM signatures")
            for items, flag in ((unconfirmed, 0), (confirmed, 1)):
                for email in items:
                    conn.execute(
                        "INSERT OR REPLACE INTO signatures VALUES (?, ?)",
                        (str(email).strip().lower(), flag),
                    )
        return [row[0] for row in self.db.query("SELECT email FROM signatures ORDER BY email")]

    def _message_row(self, message_id: str, *, live_only: bool = False) -> sqlite3.Row:
        rows = self.db.query("SELECT * FROM messages WHERE message_id = ?", (message_id,))
        if not rows or (
            live_only and rows[0]["received_us"] < to_us(self.clock.now()) - MESSAGE_TTL_US
        ):
            raise IcommktError(701, "This message doesn't exist.")
        return rows[0]

    @staticmethod
    def _window(query: Mapping[str, Any], code: int, *, ceiling: bool = True) -> tuple[int, int]:
        count, offset = int(query["count"]), int(query["offset"])
        if ceiling and count + offset > SEARCH_WINDOW:
            raise IcommktError(
                code,
                f"{QUERY_MESSAGE} Count + Offset cannot exceed {SEARCH_WINDOW:,}; use fromdate "
                "and todate to reach further.",
            )
        return min(count, MAX_SQL_INT), min(offset, MAX_SQL_INT)

    @staticmethod
    def _dates(
        query: Mapping[str, Any], column: str, where: list[str], params: list[Any], code: int
    ) -> None:
        if query.get("fromdate"):
            where.append(f"{column} >= ?")
            params.append(filter_time(query["fromdate"], end=False, code=code))
        if query.get("todate"):
            where.append(f"{column} <= ?")
            params.append(filter_time(query["todate"], end=True, code=code))

    # ------------------------------------------------------------------------------ templates
    def _template_by(self, conn: sqlite3.Connection | None, key: str) -> sqlite3.Row:
        param: int | str | None = row_id(key)
        if param is not None:
            sql = "SELECT * FROM templates WHERE id = ?"
        else:
            sql, param = "SELECT * FROM templates WHERE alias_lower = ?", key.lower()
        rows = conn.execute(sql, (param,)).fetchall() if conn else self.db.query(sql, (param,))
        if not rows:
            raise IcommktError(
                1101,
                "The TemplateId, LayoutTemplate, or Alias references a Template that does "
                "not exist.",
            )
        return rows[0]

    @staticmethod
    def _wrap(layout: str | None, content: str | None, model: Any, *, escape: bool) -> str | None:
        if layout is None or content is None:
            return content
        scope = {**model, "@content": content} if isinstance(model, dict) else {"@content": content}
        return render(layout, scope, escape=escape)

    # ------------------------------------------------------------------------------ messages
    def _store(
        self, conn: sqlite3.Connection, prepared: Prepared, message_id: str, now: int
    ) -> None:
        body = prepared.body
        track_links = body.get("TrackLinks") or "None"
        links: set[str] = set()
        if track_links != "None":
            if track_links in ("HtmlAndText", "HtmlOnly"):
                links.update(LINK.findall(prepared.html_body or ""))
            if track_links in ("HtmlAndText", "TextOnly"):
                links.update(LINK.findall(prepared.text_body or ""))
        cur = conn.execute(
            "INSERT INTO messages (message_id, stream, from_text, from_email, to_text, to_json,"
            " cc_json, bcc_json, reply_to, subject, html_body, text_body, tag, metadata_json,"
            " headers_json, attachments_json, track_opens, track_links, tracked_links, status,"
            " received_us) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " 'Sent', ?)",
            (
                message_id,
                prepared.stream,
                body["From"],
                prepared.from_email,
                body["To"],
                _dumps_pairs(prepared.to),
                _dumps_pairs(prepared.cc),
                _dumps_pairs(prepared.bcc),
                body.get("ReplyTo"),
                prepared.subject,
                prepared.html_body,
                prepared.text_body,
                body.get("Tag") or None,
                _dumps(body.get("Metadata") or {}),
                _dumps(body.get("Headers") or []),
                _dumps([a["Name"] for a in body.get("Attachments") or []]),
                int(bool(body.get("TrackOpens"))),
                track_links,
                len(links),
                now,
            ),
        )
        seq = cur.lastrowid
        for kind, pairs in (("To", prepared.to), ("Cc", prepared.cc), ("Bcc", prepared.bcc)):
            for _, addr in pairs:
                conn.execute("INSERT INTO recipients VALUES (?, ?, ?)", (seq, kind, addr.lower()))
                local = addr.rpartition("@")[0].lower()
                if not local.startswith(BOUNCE_STARTS):  # the usual recipient
                    continue
                for prefix, bounce_type in BOUNCE_PREFIXES:
                    if local.startswith(prefix):
                        self._insert_bounce(conn, seq, addr, bounce_type, now + 1)
                        break

    def _insert_bounce(
        self, conn: sqlite3.Connection, seq: int | None, email: str, type_name: str, now: int
    ) -> int:
        message = conn.execute("SELECT * FROM messages WHERE seq = ?", (seq,)).fetchone()
        kind = BOUNCE_TYPES[type_name]
        content = (
            "Return-Path: <>\r\nReceived: from mx.emulator.invalid\r\n"
            f"From: Mail Delivery System <mailer-daemon@{email.rpartition('@')[2]}>\r\n"
            f"To: {message['from_email']}\r\nSubject: Undelivered Mail: {message['subject']}\r\n"
            f"X-PM-Message-Id: {message['message_id']}\r\n\r\n{kind.details}\r\n"
        )
        cur = conn.execute(
            "INSERT INTO bounces (message_seq, message_id, type, stream, tag, email, email_lower,"
            " from_email, subject, details, content, inactive, can_activate, bounced_us)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                seq,
                message["message_id"],
                type_name,
                message["stream"],
                message["tag"],
                email,
                email.lower(),
                # "spam complaints do not include the original sender address": From is ""
                "" if type_name == "SpamComplaint" else message["from_email"],
                message["subject"],
                kind.details,
                content,
                int(kind.inactive),
                int(kind.can_activate),
                now,
            ),
        )
        reason = SUPPRESSION_OF.get(type_name)
        if reason:
            conn.execute(
                "INSERT OR REPLACE INTO suppressions VALUES (?, ?, ?, 'Recipient', ?)",
                (message["stream"], email.lower(), reason, now),
            )
        return int(cur.lastrowid or 0)

    # ------------------------------------------------------------------------------ inbound
    def record_inbound(self, body: JSON) -> JSON:
        if not isinstance(body, dict):
            raise ValueError("the inbound message must be an object")
        from_email = str(body.get("From", "sender@example.org"))
        to = str(body.get("To", "inbound@inbound.icommapp.com"))
        status = str(body.get("Status", "Processed"))
        if status not in ("Blocked", "Processed", "Queued", "Failed", "Scheduled"):
            raise ValueError("Status must be Blocked, Processed, Queued, Failed or Scheduled")
        blocked_reason = None
        domain = from_email.rpartition("@")[2].lower()
        for rule in self.db.query("SELECT rule, rule_lower FROM inbound_rules ORDER BY id"):
            if rule["rule_lower"] in (from_email.lower(), domain):
                kind = "email" if "@" in rule["rule_lower"] else "domain"
                blocked_reason = f"Inbound request blocked by {kind} rule: {rule['rule']}"
                status = "Blocked"
                break
        now = self.now_us()
        message_id = str(body.get("MessageID") or new_uuid())
        mailbox_hash = str(body.get("MailboxHash", ""))
        cc = str(body.get("Cc", ""))
        moment = (EPOCH + timedelta(microseconds=now)).astimezone(EASTERN)

        def full(text: str) -> list[dict[str, str]]:
            return [
                {"Email": addr, "Name": name, "MailboxHash": mailbox_hash}
                for name, addr in getaddresses([text])
                if addr
            ]

        original = str(body.get("OriginalRecipient", to))
        record = {
            "From": from_email,
            "FromName": str(body.get("FromName", "")),
            "FromFull": {"Email": from_email, "Name": str(body.get("FromName", ""))},
            "To": to,
            "ToFull": full(to),
            "CcFull": full(cc),
            "Cc": cc,
            "ReplyTo": str(body.get("ReplyTo", "")),
            "OriginalRecipient": original,
            "Subject": str(body.get("Subject", "")),
            "Date": str(body.get("Date") or format_datetime(moment)),
            "MailboxHash": mailbox_hash,
            "TextBody": str(body.get("TextBody", "")),
            "HtmlBody": str(body.get("HtmlBody", "")),
            "Tag": str(body.get("Tag", "")),
            "Headers": list(body.get("Headers", [])),
            "Attachments": list(body.get("Attachments", [])),
            "MessageID": message_id,
        }
        recipients = " ".join(addr.lower() for _, addr in getaddresses([to, cc, original]))
        with self.db.tx() as conn:
            conn.execute(
                "INSERT INTO inbound (message_id, from_email, body_json, recipients, tag, subject,"
                " mailbox_hash, status, blocked_reason, received_us)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    message_id, from_email.lower(), json.dumps(record), f" {recipients} ",
                    record["Tag"], record["Subject"], mailbox_hash, status, blocked_reason, now,
                ),
            )  # fmt: skip
        return {"MessageID": message_id, "Status": status}

    # ------------------------------------------------------------------------------ tracking
    def _tracked_message(self, body: JSON) -> tuple[sqlite3.Row, str]:
        if not isinstance(body, dict) or "MessageID" not in body:
            raise ValueError("MessageID is required")
        rows = self.db.query("SELECT * FROM messages WHERE message_id = ?", (body["MessageID"],))
        if not rows:
            raise ApiError(404, "not_found", message=f"no message {body['MessageID']}")
        row = rows[0]
        recipients = [a for _, a in (*json.loads(row["to_json"]), *json.loads(row["cc_json"]),
                                     *json.loads(row["bcc_json"]))]  # fmt: skip
        recipient = str(body.get("Recipient") or recipients[0])
        if recipient.lower() not in {r.lower() for r in recipients}:
            raise ValueError(f"{recipient} is not a recipient of the message")
        return row, recipient

    @staticmethod
    def _agent(body: Mapping[str, Any]) -> tuple[Any, ...]:
        """Platform, UserAgent, Client, OS and Geo of an open or click. Without a UserAgent
        the record is the documentation's sample reader (Chrome 34 on OS X Lion, WebMail);
        with one but without Client/OS/Platform those are "Unknown", as when the agent is
        not recognised; without Geo, the sample's location."""

        def obj(key: str, default: dict[str, str]) -> str:
            value = body.get(key)
            if value is None:
                return json.dumps(default)
            if not isinstance(value, dict):
                raise ValueError(f"{key} must be an object")
            return json.dumps({k: str(v) for k, v in value.items()})

        sample = body.get("UserAgent") is None
        platform = body.get("Platform")
        return (
            str(platform) if platform is not None else ("WebMail" if sample else "Unknown"),
            str(body.get("UserAgent") or SAMPLE_AGENT),
            obj("Client", SAMPLE_CLIENT if sample else UNKNOWN_AGENT),
            obj("OS", SAMPLE_OS if sample else UNKNOWN_AGENT),
            obj("Geo", SAMPLE_GEO),
        )

    def record_open(self, body: JSON) -> JSON:
        row, recipient = self._tracked_message(body)
        if not row["track_opens"]:
            raise ApiError(409, "conflict", message="the message was sent without TrackOpens")
        read = body.get("ReadSeconds")
        read_seconds = None if read is None else max(0, int(read))
        now = self.now_us()
        with self.db.tx() as conn:
            first = not conn.execute(
                "SELECT 1 FROM opens WHERE message_seq = ? AND lower(recipient) = ?",
                (row["seq"], recipient.lower()),
            ).fetchone()
            conn.execute(
                "INSERT INTO opens (message_seq, recipient, first, platform, user_agent,"
                " client_json, os_json, geo_json, read_seconds, received_us)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (row["seq"], recipient, int(first), *self._agent(body), read_seconds, now),
            )
        return {"MessageID": row["message_id"], "Recipient": recipient, "FirstOpen": first}

    def record_click(self, body: JSON) -> JSON:
        row, recipient = self._tracked_message(body)
        track = row["track_links"]
        if track == "None":
            raise ApiError(409, "conflict", message="the message was sent without TrackLinks")
        location = str(body.get("ClickLocation") or ("Text" if track == "TextOnly" else "HTML"))
        if location not in ("HTML", "Text"):
            raise ValueError("ClickLocation must be HTML or Text")
        source = row["html_body"] if location == "HTML" else row["text_body"]
        links = LINK.findall(source or "")
        link = str(body.get("Link") or (links[0] if links else "https://example.com"))
        now = self.now_us()
        with self.db.tx() as conn:
            first = not conn.execute(
                "SELECT 1 FROM clicks WHERE message_seq = ? AND lower(recipient) = ? AND link = ?",
                (row["seq"], recipient.lower(), link),
            ).fetchone()
            conn.execute(
                "INSERT INTO clicks (message_seq, recipient, first, link, location, platform,"
                " user_agent, client_json, os_json, geo_json, received_us)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (row["seq"], recipient, int(first), link, location, *self._agent(body), now),
            )
        return {"MessageID": row["message_id"], "Recipient": recipient, "Link": link}

    def record_bounce(self, body: JSON) -> JSON:
        row, recipient = self._tracked_message(body)
        type_name = str(body.get("Type", "HardBounce"))
        if type_name not in BOUNCE_TYPES:
            raise ValueError(f"Type must be one of {', '.join(BOUNCE_TYPES)}")
        now = self.now_us()
        with self.db.tx() as conn:
            bounce_id = self._insert_bounce(conn, row["seq"], recipient, type_name, now)
        return {"ID": bounce_id}
