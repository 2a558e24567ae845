"""icomm SMS in the inspection API (``/_emulator/messages``, shape in core/inbox.py).

A message is one destination of a ``send_sms_messages`` request (one row of ``messages``):
from = the sender, to = [the destination], text (binary content: no text, its hex, data
coding and ESM class in ``metadata.binary``), metadata = bulkId, callbackData, entityId,
applicationId, campaignReferenceId when given. Its status is the report's group (``PENDING``,
``DELIVERED``, ``UNDELIVERABLE``, ``REJECTED``) with ``status_name`` the Infobip status
(``DELIVERED_TO_HANDSET``...); the history is accepted (PENDING at sentAt) then the final
state at doneAt (a rejected message is REJECTED at once).

``DELETE /_emulator/messages`` deletes the messages with their reports and kept requests:
nothing else refers to them, so logs and reports simply no longer return them (sentAt stays
ascending for the next sends).

Scripted errors are Infobip v3 ``ApiError`` bodies (the spec's error schema): ``code`` is the
``errorCode`` (default ``E<status>``), ``message`` the description; a 429 carries
``Retry-After`` (1 s unless the rule's headers say otherwise).
"""

from __future__ import annotations

import json
from datetime import UTC, timedelta
from typing import Any

from ..core import Call, Reply
from ..core.script import Rule
from .state import EPOCH, SmsState

_SELECT = (
    "SELECT seq, message_id, bulk_id, sender, destination, content, message_count, entity_id,"
    " application_id, campaign_reference_id, callback_data, send_at, sent_at, done_at,"
    " status, error, general_status FROM messages"
)


def iso_ms(ms: int | None) -> str | None:
    if ms is None:
        return None
    return (EPOCH + timedelta(milliseconds=ms)).astimezone(UTC).isoformat(timespec="milliseconds")


class SmsInbox(SmsState):
    def _inbox_summary(self, row: Any) -> dict[str, Any]:
        content = json.loads(row["content"])
        metadata: dict[str, Any] = {"bulkId": row["bulk_id"], "messageCount": row["message_count"]}
        for key, column in (
            ("callbackData", "callback_data"),
            ("entityId", "entity_id"),
            ("applicationId", "application_id"),
            ("campaignReferenceId", "campaign_reference_id"),
        ):
            if row[column] is not None:
                metadata[key] = row[column]
        if "hex" in content:
            metadata["binary"] = content
        if row["send_at"] is not None:
            metadata["sendAt"] = iso_ms(row["send_at"])
        group = row["general_status"]
        history = []
        if group != "REJECTED":
            history.append({"status": "PENDING", "at": iso_ms(row["sent_at"])})
        if row["done_at"] is not None:
            history.append({"status": group, "at": iso_ms(row["done_at"]), "name": row["status"]})
        return {
            "id": row["message_id"],
            "kind": "sms",
            "operation": "send_sms_messages",
            "from": row["sender"],
            "to": [row["destination"]],
            "text": content.get("text"),
            "metadata": metadata,
            "status": group,
            "status_name": row["status"],
            "error": row["error"],
            "history": history,
            "created_at": iso_ms(row["sent_at"]),
        }

    def captured_messages(self) -> list[dict[str, Any]]:
        return [self._inbox_summary(row) for row in self.db.query(_SELECT + " ORDER BY seq DESC")]

    def captured_message(self, message_id: str) -> dict[str, Any] | None:
        rows = self.db.query(_SELECT + " WHERE message_id = ?", (message_id,))
        if not rows:
            return None
        message = self._inbox_summary(rows[0])
        message["request"] = self.kept_request(message_id)
        return message

    def forget_messages(self) -> int:
        with self.db.tx() as conn:
            conn.execute("DELETE FROM reports")
            count = conn.execute("DELETE FROM messages").rowcount
            conn.execute("DELETE FROM _sendspec_requests")
        return count

    def scripted_reply(self, rule: Rule, call: Call | None = None) -> Reply:
        reply = super().scripted_reply(rule, call)
        status = rule.status or 500
        if rule.has_body or status < 400 or not isinstance(reply.body, dict):
            return reply
        if rule.code is not None:
            reply.body["errorCode"] = str(rule.code)
        if rule.message is not None:
            reply.body["description"] = rule.message
        if status == 429 and not any(k.lower() == "retry-after" for k in reply.headers):
            reply.headers["Retry-After"] = "1"
        return reply
