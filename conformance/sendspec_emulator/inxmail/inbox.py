"""Inxmail in the inspection API (``/_emulator/messages``, shape in core/inbox.py).

Inxmail has no message resource: what it sends is a *sending* of a mailing (``POST
/sendings``: one recipient, or every subscribed member of the mailing's list), and the
sending's protocol keeps one entry per recipient (doc: "For each recipient in a sending there
is a sending protocol entry"). So a message here is one protocol entry of a sending created
through the API (seeded sendings and protocols are not listed): id ``<sendingId>-<recipientId>``,
from the list's sender (``senderName <senderAddress>``), to the recipient's address, subject,
text and html of the mailing rendered for that recipient (``[attribute]`` placeholders, as
the previews render them), status the protocol state (``SENT``...) at the sending's start,
metadata the mailing, sending, list and recipient ids and the sending type. Test sendings
(``POST /test-sendings``, 202) store nothing in the emulator and are not listed.

``DELETE /_emulator/messages`` hides the sendings listed so far (their kept requests go):
the protocol and the sending details count the entries, so they stay.

Scripted errors are problem documents (``application/problem+json``): ``code`` is the
problem ``type`` (``validation-error``, ``blacklisted``, ``locked-resource``...; default
``validation-error`` for 400, ``about:blank`` otherwise), ``message`` its detail; a 429
carries ``Retry-After: 1`` (unless the rule's headers say otherwise) and the rate-limit headers.
"""

from __future__ import annotations

import json
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from typing import Any

from ..core import Call, Reply
from ..core.script import Rule
from .problems import PROBLEM, Problem
from .rules import InxmailRules

#: the key a sending's request is kept under (``Provider.keep_request``)
SENDING_KEY = "sending-{}"
_SELECT = """
SELECT s.id AS sid, s.data AS sdata, p.id AS pid, p.data AS pdata, r.data AS rdata,
       m.data AS mdata, l.data AS ldata, k.message_id AS kept
FROM _sendspec_requests k
JOIN items s ON s.coll = 'sendings' AND s.id = CAST(substr(k.message_id, 9) AS INTEGER)
JOIN items p ON p.coll = 'protocol' AND json_extract(p.data, '$.sendingId') = s.id
LEFT JOIN items r ON r.coll = 'recipients' AND r.id = json_extract(p.data, '$.recipientId')
LEFT JOIN items m ON m.coll = 'mailings' AND m.id = json_extract(s.data, '$.mailingId')
LEFT JOIN items l ON l.coll = 'lists' AND l.id = json_extract(m.data, '$.listId')
WHERE k.operation = 'create_sending'
"""


def iso(stamp: Any) -> str | None:
    if not isinstance(stamp, str) or not stamp:
        return None
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")).isoformat()
    except ValueError:
        return stamp


class InxmailInbox(InxmailRules):
    def _inbox_summary(self, row: Any) -> dict[str, Any]:
        sending, entry = json.loads(row["sdata"]), json.loads(row["pdata"])
        recipient = json.loads(row["rdata"]) if row["rdata"] else {}
        mailing = json.loads(row["mdata"]) if row["mdata"] else {}
        mlist = json.loads(row["ldata"]) if row["ldata"] else {}
        values = {**(recipient.get("attributes") or {}), "email": recipient.get("email")}
        sender = mlist.get("senderAddress")
        at = iso(sending.get("startDate"))
        rid = entry.get("recipientId")
        return {
            "id": f"{row['sid']}-{rid}",
            "kind": "email",
            "operation": "create_sending",
            "from": formataddr((mlist.get("senderName") or "", sender)) if sender else None,
            "to": [recipient["email"]] if recipient.get("email") else [],
            "subject": self._render(mailing.get("subject"), values),
            "text": self._render(mailing.get("text"), values),
            "html": self._render(mailing.get("html"), values),
            "tag": mailing.get("name"),
            "metadata": {
                "mailingId": sending.get("mailingId"),
                "sendingId": row["sid"],
                "listId": sending.get("listId"),
                "recipientId": rid,
                "sendingType": sending.get("type"),
            },
            "status": entry.get("state"),
            "history": [{"status": entry.get("state"), "at": at}],
            "created_at": at,
        }

    def captured_messages(self) -> list[dict[str, Any]]:
        rows = self.db.query(_SELECT + " ORDER BY s.id DESC, p.id DESC")
        return [self._inbox_summary(row) for row in rows]

    def captured_message(self, message_id: str) -> dict[str, Any] | None:
        sid, _, rid = message_id.partition("-")
        if not (sid.isascii() and sid.isdigit() and rid.isascii() and rid.isdigit()):
            return None
        if max(int(sid), int(rid)) >= 2**63:
            return None
        rows = self.db.query(
            _SELECT + " AND s.id = ? AND json_extract(p.data, '$.recipientId') = ?",
            (int(sid), int(rid)),
        )
        if not rows:
            return None
        message = self._inbox_summary(rows[0])
        message["request"] = self.kept_request(rows[0]["kept"])
        message["mime"] = _mime(message)
        return message

    def forget_messages(self) -> int:
        count = len(self.db.query(_SELECT))
        with self.db.tx() as conn:
            conn.execute("DELETE FROM _sendspec_requests WHERE operation = 'create_sending'")
        return count

    def scripted_reply(self, rule: Rule, call: Call | None = None) -> Reply:
        status = rule.status or 500
        if rule.has_body or status < 400:
            return super().scripted_reply(rule, call)
        if rule.code is not None:
            kind = str(rule.code)
        else:
            kind = "validation-error" if status == 400 else "about:blank"
        extra: dict[str, Any] = {}
        if kind == "validation-error":
            extra = {"generalErrors": [], "invalidFields": []}
        reply = self.error_response(Problem(status, kind, rule.message, **extra))
        reply.status = status
        reply.media_type = PROBLEM
        if status == 429:
            reply.headers.setdefault("Retry-After", "1")
        reply.headers.update(rule.headers)
        return reply


def _mime(message: dict[str, Any]) -> str:
    mail = EmailMessage()
    for name, value in (
        ("From", message["from"] or ""),
        ("To", ", ".join(message["to"])),
        ("Subject", message["subject"] or ""),
    ):
        try:
            mail[name] = " ".join(str(value).splitlines())
        except (ValueError, TypeError):  # a value the email package refuses
            continue
    if message["created_at"]:
        mail["Date"] = format_datetime(datetime.fromisoformat(message["created_at"]))
    mail["Message-ID"] = f"<{message['id']}@inxmail.emulator.invalid>"
    mail.set_content(message["text"] or "")
    if message["html"]:
        mail.add_alternative(message["html"], subtype="html")
    return mail.as_string()
