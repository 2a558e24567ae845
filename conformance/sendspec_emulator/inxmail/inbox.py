"""Inxmail in the inspection API (``/_emulator/messages``, shape in core/inbox.py).

Inxmail has no message resource: what it sends is a *sending* of a mailing (``POST
/sendings``: one recipient, or every subscribed member of the mailing's list), and the
sending's protocol keeps one entry per recipient (doc: "For each recipient in a sending there
is a sending protocol entry"). So a message here is

- one protocol entry of a sending created through the API (seeded sendings and protocols are
  not listed): id ``<sendingId>-<recipientId>``, status the protocol state (``SENT``...);
- one test mail of a test sending (``POST /test-sendings``, "send the content of a mailing by
  email to a specified group of recipients"): to each address of the test mail group, once
  per recipient or test profile it is personalised with (without a group: to that
  recipient's or profile's own address); id ``test-<uuid>-<n>``, status ``TEST_SENT``.

From is the list's sender (``senderName <senderAddress>``); subject, text and html are the
mailing's, rendered for the recipient or profile (``[attribute]`` placeholders, as the
previews render them; as the mailing is now); tag the mailing's name; metadata the mailing,
sending, list and recipient (or test profile, test mail group) ids.

``DELETE /_emulator/messages`` forgets the test mails and hides the sendings listed so far
(their kept requests go): the protocol and the sending details count the entries, so they
stay.

Scripted errors are problem documents (``application/problem+json``): ``code`` is the
problem ``type`` (``validation-error``, ``blacklisted``, ``locked-resource``...; default
``validation-error`` for 400, ``about:blank`` otherwise), ``message`` its detail; a 429
carries ``Retry-After: 1`` (unless the rule's headers say otherwise) and the rate-limit headers.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from ..core import Call, Reply
from ..core.inbox import named
from ..core.script import Rule
from .problems import PROBLEM, Problem
from .rules import InxmailRules

INBOX_SCHEMA = """
CREATE TABLE IF NOT EXISTS inbox_test_sendings (key TEXT PRIMARY KEY, created TEXT NOT NULL);
"""
#: sendings are kept under "sending-<id>" (sendings.py), test sendings under "test-<uuid>"
_SELECT = """
SELECT s.id AS sid, s.data AS sdata, p.id AS pid, p.data AS pdata, r.data AS rdata,
       m.data AS mdata, l.data AS ldata, k.message_id AS kept, k.rowid AS kseq
FROM _sendspec_requests k
JOIN items s ON s.coll = 'sendings' AND s.id = CAST(substr(k.message_id, 9) AS INTEGER)
JOIN items p ON p.coll = 'protocol' AND json_extract(p.data, '$.sendingId') = s.id
LEFT JOIN items r ON r.coll = 'recipients' AND r.id = json_extract(p.data, '$.recipientId')
LEFT JOIN items m ON m.coll = 'mailings' AND m.id = json_extract(s.data, '$.mailingId')
LEFT JOIN items l ON l.coll = 'lists' AND l.id = json_extract(m.data, '$.listId')
WHERE k.operation = 'create_sending'
"""
_TESTS = """
SELECT k.message_id AS kept, k.rowid AS kseq, k.body, t.created
FROM _sendspec_requests k JOIN inbox_test_sendings t ON t.key = k.message_id
WHERE k.operation = 'create_test_sending'
"""


def iso(stamp: Any) -> str | None:
    if not isinstance(stamp, str) or not stamp:
        return None
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")).isoformat()
    except ValueError:
        return stamp


def _json(data: Any) -> dict[str, Any]:
    value = json.loads(data) if data else {}
    return value if isinstance(value, dict) else {}


class InxmailInbox(InxmailRules):
    inbox_schema = INBOX_SCHEMA

    def keep_request(
        self, conn: sqlite3.Connection, message_ids: Iterable[str], call: Call
    ) -> None:
        ids = [str(m) for m in message_ids]
        super().keep_request(conn, ids, call)
        if call.operation_id == "create_test_sending":  # when: a test sending stores nothing
            conn.executemany(
                "INSERT OR REPLACE INTO inbox_test_sendings VALUES (?, ?)",
                [(key, self.now()) for key in ids],
            )

    def _inbox_mail(
        self,
        mailing: dict[str, Any],
        mlist: dict[str, Any],
        values: dict[str, Any],
        **fields: Any,
    ) -> dict[str, Any]:
        sender = mlist.get("senderAddress")
        return {
            "kind": "email",
            "from": named(mlist.get("senderName"), sender) if sender else None,
            "subject": self._render(mailing.get("subject"), values),
            "text": self._render(mailing.get("text"), values),
            "html": self._render(mailing.get("html"), values),
            "tag": mailing.get("name"),
            **fields,
        }

    def _inbox_sending(self, row: Any) -> dict[str, Any]:
        sending, entry = _json(row["sdata"]), _json(row["pdata"])
        recipient = _json(row["rdata"])
        values = {**(recipient.get("attributes") or {}), "email": recipient.get("email")}
        at = iso(sending.get("startDate"))
        rid = entry.get("recipientId")
        return self._inbox_mail(
            _json(row["mdata"]),
            _json(row["ldata"]),
            values,
            id=f"{row['sid']}-{rid}",
            operation="create_sending",
            to=[recipient["email"]] if recipient.get("email") else [],
            metadata={
                "mailingId": sending.get("mailingId"),
                "sendingId": row["sid"],
                "listId": sending.get("listId"),
                "recipientId": rid,
                "sendingType": sending.get("type"),
            },
            status=entry.get("state"),
            history=[{"status": entry.get("state"), "at": at}],
            created_at=at,
            _order=(row["kseq"], row["pid"]),
        )

    def _inbox_tests(self, row: Any) -> list[dict[str, Any]]:
        """The test mails of one test sending, in the order they were sent."""
        body = _json(row["body"])
        mailing = self.get("mailings", body.get("mailingId")) or {}
        mlist = self.get("lists", mailing.get("listId")) or {}
        group_id = body.get("testMailGroupId")
        group = self.get("test-mail-groups", group_id) if group_id is not None else None
        people: list[tuple[str | None, Any, dict[str, Any] | None]] = [
            ("recipientId", rid, self.get("recipients", rid))
            for rid in body.get("recipientIds") or []
        ] + [
            ("testProfileId", pid, self.get("test-profiles", pid))
            for pid in body.get("testProfileIds") or []
        ]
        people = [p for p in people if p[2] is not None] or [(None, None, None)]
        at = iso(row["created"])
        out: list[dict[str, Any]] = []
        for name, ident, item in people:
            values = {**(item.get("attributes") or {}), "email": item.get("email")} if item else {}
            if group is not None:
                addresses = [str(a) for a in group.get("emails") or []]
            else:
                addresses = [str(item["email"])] if item and item.get("email") else []
            for address in addresses:
                metadata = {"mailingId": mailing.get("id"), "listId": mailing.get("listId")}
                if group_id is not None:
                    metadata["testMailGroupId"] = group_id
                if name is not None:
                    metadata[name] = ident
                out.append(
                    self._inbox_mail(
                        mailing,
                        mlist,
                        values,
                        id=f"{row['kept']}-{len(out) + 1}",
                        operation="create_test_sending",
                        to=[address],
                        metadata=metadata,
                        status="TEST_SENT",
                        history=[{"status": "TEST_SENT", "at": at}],
                        created_at=at,
                        _order=(row["kseq"], len(out) + 1),
                    )
                )
        return out

    def captured_messages(self) -> list[dict[str, Any]]:
        found = [self._inbox_sending(row) for row in self.db.query(_SELECT)]
        for row in self.db.query(_TESTS):
            found += self._inbox_tests(row)
        found.sort(key=lambda m: m["_order"], reverse=True)  # newest first: request, then entry
        for m in found:
            del m["_order"]
        return found

    def captured_message(self, message_id: str) -> dict[str, Any] | None:
        if message_id.startswith("test-"):
            key = message_id.rpartition("-")[0]
            tests = self.db.query(_TESTS + " AND k.message_id = ?", (key,))
            found = [m for row in tests for m in self._inbox_tests(row) if m["id"] == message_id]
            if not found:
                return None
            message = found[0]
        else:
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
            message = self._inbox_sending(rows[0])
            key = rows[0]["kept"]
        message.pop("_order", None)
        message["request"] = self.kept_request(key)
        message["mime"] = _mime(message)
        return message

    def forget_messages(self) -> int:
        count = len(self.captured_messages())
        with self.db.tx() as conn:
            conn.execute(
                "DELETE FROM _sendspec_requests"
                " WHERE operation IN ('create_sending', 'create_test_sending')"
            )
            conn.execute("DELETE FROM inbox_test_sendings")
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
