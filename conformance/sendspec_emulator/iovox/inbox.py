"""iovox in the inspection API (``/_emulator/messages``, shape in core/inbox.py).

A message is an e-mail accepted by ``send_email`` (the ``emails`` table; bulk-seeded rows
have no request and are not listed): from/to with their names, subject, text, html and the
attachments' names, types and decoded sizes (kept at send time in ``inbox_attachments``).
Its status is the disposition (``sent``, ``received_bounced``, ``noMxRecord``...), then
``read`` once the web bug loaded (``POST /_emulator/read``); the history is received,
delivered (or the disposition without a date) and read, each with its date.

``DELETE /_emulator/messages`` deletes the e-mails (and their kept requests): nothing else
refers to an e-mail, so the search API simply no longer finds them; conversations and proxy
addresses stay.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterable
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from ..core import Call
from ..core.inbox import ATTACHMENTS_SCHEMA, add_attachment, decoded_size, named
from .state import IovoxState

INBOX_SCHEMA = ATTACHMENTS_SCHEMA
_SELECT = (
    "SELECT e.seq, e.message_id, e.receive_date, e.delivery_date, e.sender_address,"
    " e.sender_name, e.recipient_address, e.recipient_name, e.proxy_address, e.link_id,"
    " e.conversation_id, e.disposition, e.read_disposition, e.read_first_date, e.subject,"
    " e.text_content, e.html_content, a.attachments"
    # from the kept requests (CROSS JOIN: that loop order), not every e-mail: bulk-seeded
    # ones (100,000 for a benchmark) are not read at all
    " FROM _sendspec_requests k CROSS JOIN emails e ON e.message_id = k.message_id"
    " LEFT JOIN inbox_attachments a ON a.message_id = e.message_id"
)


def iso(stamp: str | None) -> str | None:
    """The API's "YYYY-MM-DD HH:MM:SS" (UTC) as ISO 8601."""
    return stamp.replace(" ", "T") + "+00:00" if stamp else None


class IovoxInbox(IovoxState):
    inbox_schema = INBOX_SCHEMA

    def keep_request(
        self, conn: sqlite3.Connection, message_ids: Iterable[str], call: Call
    ) -> None:
        body = call.body
        files = body.get("attachments") if isinstance(body, dict) else None
        if not files:  # the usual send: the request alone
            super().keep_request(conn, message_ids, call)
            return
        ids = [str(m) for m in message_ids]
        super().keep_request(conn, ids, call)
        attachments = [
            {
                "name": a.get("filename") or a.get("id"),
                "content_type": a.get("type"),
                "size": decoded_size(a.get("body", "")),
                "disposition": a.get("disposition"),
                **({"content_id": a["id"]} if a.get("id") else {}),
            }
            for a in files
            if isinstance(a, dict)
        ]
        if attachments:
            conn.executemany(
                "INSERT OR REPLACE INTO inbox_attachments VALUES (?, ?)",
                [(m, json.dumps(attachments)) for m in ids],
            )

    def _inbox_summary(self, row: sqlite3.Row) -> dict[str, Any]:
        history = [{"status": "received", "at": iso(row["receive_date"])}]
        delivered = row["delivery_date"]
        history.append({"status": row["disposition"], "at": iso(delivered)})
        status = row["disposition"]
        if row["read_disposition"] == "read":
            history.append({"status": "read", "at": iso(row["read_first_date"])})
            status = "read"
        recipient = named(row["recipient_name"], row["recipient_address"])
        return {
            "id": row["message_id"],
            "kind": "email",
            "operation": "send_email",
            "from": named(row["sender_name"], row["sender_address"]),
            "to": [recipient],
            "subject": row["subject"],
            "text": row["text_content"],
            "html": row["html_content"],
            "metadata": {
                k: row[k]
                for k in ("link_id", "conversation_id", "proxy_address")
                if row[k] is not None
            },
            "attachments": json.loads(row["attachments"]) if row["attachments"] else [],
            "status": status,
            "history": history,
            "created_at": iso(row["receive_date"]),
        }

    def captured_messages(self) -> list[dict[str, Any]]:
        rows = self.db.query(_SELECT + " ORDER BY e.seq DESC")
        return [self._inbox_summary(row) for row in rows]

    def captured_message(self, message_id: str) -> dict[str, Any] | None:
        rows = self.db.query(_SELECT + " WHERE k.message_id = ?", (message_id,))
        if not rows:
            return None
        message = self._inbox_summary(rows[0])
        request = self.kept_request(message_id)
        message["request"] = request
        message["mime"] = _mime(message, request if isinstance(request, dict) else {})
        return message

    def forget_messages(self) -> int:
        with self.db.tx() as conn:
            ids = "SELECT message_id FROM _sendspec_requests WHERE operation = 'send_email'"
            count = conn.execute(f"DELETE FROM emails WHERE message_id IN ({ids})").rowcount
            conn.execute(f"DELETE FROM inbox_attachments WHERE message_id IN ({ids})")
            conn.execute("DELETE FROM _sendspec_requests WHERE operation = 'send_email'")
        return count


def _header(mail: EmailMessage, name: str, value: str) -> None:
    """Set a header, its line breaks folded to spaces (a header cannot hold them)."""
    with contextlib.suppress(ValueError, TypeError):  # a value the email package refuses
        mail[name] = " ".join(str(value).splitlines())


def _mime(message: dict[str, Any], request: dict[str, Any]) -> str:
    mail = EmailMessage()
    _header(mail, "From", message["from"])
    _header(mail, "To", ", ".join(message["to"]))
    _header(mail, "Subject", message["subject"] or "")
    if message["created_at"]:
        mail["Date"] = format_datetime(datetime.fromisoformat(message["created_at"]))
    mail["Message-ID"] = f"<{message['id']}@iovox.emulator.invalid>"
    mail.set_content(message["text"] or "")
    if message["html"]:
        mail.add_alternative(message["html"], subtype="html")
    for attachment in request.get("attachments") or []:
        if not isinstance(attachment, dict):
            continue
        add_attachment(
            mail,
            attachment.get("body", ""),
            attachment.get("type"),
            attachment.get("filename"),
            inline=attachment.get("disposition") == "inline",
            content_id=attachment.get("id") or None,
        )
    return mail.as_string()
