"""ICOMMKT in the inspection API (``/_emulator/messages``, shape in core/inbox.py).

A message is one stored outbound message of a single, batch or templated send (the
``messages`` table; test-token sends store nothing and are not listed): from, to/cc/bcc as
the addresses given ("Name <addr>"), subject, text and html as sent (templates rendered),
tag, metadata, the stream, attachments' names, types and decoded sizes. The status follows
the message's events: ``Sent`` at submission, then ``Bounced`` (a bounce of a recipient,
with its type), ``Opened`` and ``Clicked`` (control actions ``open``/``click``), each in the
history with its recipient; the status is the latest event.

``DELETE /_emulator/messages`` hides the messages listed so far (only messages with a kept
request are listed; it drops those requests): bounces, opens, clicks, stats and suppressions
refer to the stored messages, so the provider's own API keeps answering as before.

Scripted errors are ``{"ErrorCode", "Message"}``: ``code`` is the ErrorCode (default by
status, as the provider's own errors: 401 → 10, 422 → 300, 429 → 429, 503 → 100, 5xx → 500);
a known code without a ``message`` gets the service's text (406 names the request's
recipients as the inactive addresses, as a real 406 does).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterable
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from ..core import Call, Reply
from ..core.inbox import ATTACHMENTS_SCHEMA, add_attachment, decoded_size
from ..core.script import Rule
from .addresses import parse_addresses
from .email import INACTIVE_MESSAGE
from .errors import IcommktError
from .state import IcommktState
from .times import EPOCH

INBOX_SCHEMA = ATTACHMENTS_SCHEMA
_SELECT = (
    "SELECT m.seq, m.message_id, m.stream, m.from_text, m.to_json, m.cc_json, m.bcc_json,"
    " m.reply_to, m.subject, m.html_body, m.text_body, m.tag, m.metadata_json, m.headers_json,"
    " m.attachments_json, m.received_us, k.operation, a.attachments"
    " FROM _sendspec_requests k CROSS JOIN messages m ON m.message_id = k.message_id"
    " LEFT JOIN inbox_attachments a ON a.message_id = m.message_id"
)
#: texts of the service's ErrorCodes, for scripted errors without a message
CODE_TEXTS = {
    10: "Bad or missing API token.",
    100: "Maintenance: the API is offline for maintenance.",
    300: "Invalid email request.",
    400: "Sender signature not found.",
    401: "Sender signature not confirmed.",
    402: "The JSON data you provided is syntactically incorrect.",
    403: "Incompatible JSON: the JSON you provided does not match the expected format.",
    405: "Not allowed to send: you ran out of credits.",
    409: "Your HTTP request doesn't have the Accept and Content-Type headers set to "
    "application/json.",
    410: "Too many batch messages: you may send up to 500 messages in one batch.",
    411: "The file type of the attachment isn't allowed.",
    429: "Rate limit exceeded: too many requests.",
    500: "Internal server error.",
    701: "This message doesn't exist.",
    1101: "The TemplateId, LayoutTemplate, or Alias references a Template that does not exist.",
}
DEFAULT_CODES = {401: 10, 403: 10, 404: 404, 405: 405, 413: 300, 429: 429, 503: 100}


def iso_us(us: int) -> str:
    return (EPOCH + timedelta(microseconds=us)).isoformat()


def _pairs(raw: str) -> list[str]:
    return [f"{name} <{addr}>" if name else addr for name, addr in json.loads(raw)]


class IcommktInbox(IcommktState):
    inbox_schema = INBOX_SCHEMA

    def keep_request(
        self, conn: sqlite3.Connection, message_ids: Iterable[str], call: Call
    ) -> None:
        """Also keeps the message's attachments (``call.body`` is the message itself, also in
        a batch, whose whole body is the kept request)."""
        ids = [str(m) for m in message_ids]
        super().keep_request(conn, ids, call)
        body = call.body if isinstance(call.body, dict) else {}
        attachments = [a for a in body.get("Attachments") or [] if isinstance(a, dict)]
        if attachments:
            conn.executemany(
                "INSERT OR REPLACE INTO inbox_attachments VALUES (?, ?)",
                [(m, json.dumps(attachments)) for m in ids],
            )

    def _inbox_summary(self, row: sqlite3.Row, events: list[dict[str, Any]]) -> dict[str, Any]:
        history = [{"status": "Sent", "at": iso_us(row["received_us"])}, *events]
        history.sort(key=lambda e: e["at"])
        attachments = json.loads(row["attachments"]) if row["attachments"] else []
        return {
            "id": row["message_id"],
            "kind": "email",
            "operation": row["operation"],
            "from": row["from_text"],
            "to": _pairs(row["to_json"]),
            "cc": _pairs(row["cc_json"]),
            "bcc": _pairs(row["bcc_json"]),
            "subject": row["subject"],
            "text": row["text_body"],
            "html": row["html_body"],
            "tag": row["tag"],
            "metadata": json.loads(row["metadata_json"]),
            "stream": row["stream"],
            "attachments": [
                {
                    "name": a.get("Name"),
                    "content_type": a.get("ContentType"),
                    "size": decoded_size(a.get("Content", "")),
                    **({"content_id": a["ContentID"]} if a.get("ContentID") else {}),
                }
                for a in attachments
            ]
            or [
                {"name": name, "content_type": None, "size": None}
                for name in json.loads(row["attachments_json"])
            ],
            "status": history[-1]["status"],
            "history": history,
            "created_at": iso_us(row["received_us"]),
        }

    def _inbox_events(self, seq: int | None = None) -> dict[int, list[dict[str, Any]]]:
        """Bounces, opens and clicks by message seq (of one message, or of every listed one)."""
        listed = (
            "SELECT m.seq FROM _sendspec_requests k CROSS JOIN messages m"
            " ON m.message_id = k.message_id"
        )
        where = "message_seq = ?" if seq is not None else f"message_seq IN ({listed})"
        params = (seq,) * 3 if seq is not None else ()
        rows = self.db.query(
            f"SELECT message_seq, 'Bounced' AS status, bounced_us AS at, email AS recipient,"
            f" type AS detail FROM bounces WHERE {where}"
            f" UNION ALL SELECT message_seq, 'Opened', received_us, recipient, platform"
            f" FROM opens WHERE {where}"
            f" UNION ALL SELECT message_seq, 'Clicked', received_us, recipient, link"
            f" FROM clicks WHERE {where}",
            params,
        )
        out: dict[int, list[dict[str, Any]]] = {}
        for r in rows:
            out.setdefault(r["message_seq"], []).append(
                {
                    "status": r["status"],
                    "at": iso_us(r["at"]),
                    "recipient": r["recipient"],
                    "detail": r["detail"],
                }
            )
        return out

    def captured_messages(self) -> list[dict[str, Any]]:
        rows = self.db.query(_SELECT + " ORDER BY m.seq DESC")
        events = self._inbox_events() if rows else {}
        return [self._inbox_summary(row, events.get(row["seq"], [])) for row in rows]

    def captured_message(self, message_id: str) -> dict[str, Any] | None:
        rows = self.db.query(_SELECT + " WHERE k.message_id = ?", (message_id,))
        if not rows:
            return None
        row = rows[0]
        message = self._inbox_summary(row, self._inbox_events(row["seq"]).get(row["seq"], []))
        message["request"] = self.kept_request(message_id)
        attachments = json.loads(row["attachments"]) if row["attachments"] else []
        message["mime"] = _mime(message, row, attachments)
        return message

    def forget_messages(self) -> int:
        with self.db.tx() as conn:
            listed = conn.execute(
                "SELECT COUNT(*) FROM messages m JOIN _sendspec_requests k"
                " ON k.message_id = m.message_id"
            ).fetchone()[0]
            conn.execute("DELETE FROM _sendspec_requests")
            conn.execute("DELETE FROM inbox_attachments")
        return int(listed)

    def scripted_reply(self, rule: Rule, call: Call | None = None) -> Reply:
        reply = super().scripted_reply(rule, call)
        status = rule.status or 500
        if rule.has_body or status < 400:
            return reply
        code = rule.code
        if code is None:
            code = DEFAULT_CODES.get(status, 500 if status >= 500 else 300)
        message = rule.message
        if message is None:
            if code == 406:
                message = INACTIVE_MESSAGE.format(", ".join(_recipients(call)) or "(none)")
            else:
                message = CODE_TEXTS.get(code, f"Scripted answer ({status}).")
        reply.body = {"ErrorCode": code, "Message": message}
        return reply


def _recipients(call: Call | None) -> list[str]:
    """The lower-cased addresses a send request names (every message of a batch)."""
    if call is None:
        return []
    body = call.body
    items = body.get("Messages") if isinstance(body, dict) and "Messages" in body else body
    found: list[str] = []
    for item in items if isinstance(items, list) else [items]:
        if not isinstance(item, dict):
            continue
        for name in ("To", "Cc", "Bcc"):
            try:
                pairs = parse_addresses(item.get(name), name)
            except IcommktError:
                continue
            found += [addr.lower() for _, addr in pairs if addr.lower() not in found]
    return found


def _header(mail: EmailMessage, name: str, value: str) -> None:
    """Set a header, its line breaks folded to spaces (a header cannot hold them)."""
    with contextlib.suppress(ValueError, TypeError):  # a name or value the email package refuses
        mail[name] = " ".join(str(value).splitlines())


def _mime(message: dict[str, Any], row: sqlite3.Row, attachments: list[dict[str, Any]]) -> str:
    mail = EmailMessage()
    _header(mail, "From", message["from"])
    _header(mail, "To", ", ".join(message["to"]))
    if message["cc"]:
        _header(mail, "Cc", ", ".join(message["cc"]))
    if row["reply_to"]:
        _header(mail, "Reply-To", row["reply_to"])
    _header(mail, "Subject", message["subject"] or "")
    mail["Date"] = format_datetime(datetime.fromisoformat(message["created_at"]))
    mail["Message-ID"] = f"<{message['id']}@icommkt.emulator.invalid>"
    if message["tag"]:
        _header(mail, "X-PM-Tag", message["tag"])
    for header in json.loads(row["headers_json"]):
        if isinstance(header, dict) and header.get("Name") and header.get("Value") is not None:
            name = str(header["Name"])
            if name.lower() not in ("from", "to", "cc", "subject", "date", "message-id"):
                _header(mail, name, str(header["Value"]))
    if message["text"] is not None:
        mail.set_content(message["text"])
        if message["html"] is not None:
            mail.add_alternative(message["html"], subtype="html")
    else:
        mail.set_content(message["html"] or "", subtype="html")
    for a in attachments:
        cid = a.get("ContentID")
        add_attachment(
            mail,
            a.get("Content", ""),
            a.get("ContentType"),
            a.get("Name"),
            inline=bool(cid),
            content_id=str(cid).removeprefix("cid:") if cid else None,
        )
    return mail.as_string()
