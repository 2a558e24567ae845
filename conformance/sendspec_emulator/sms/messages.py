"""icomm SMS sending (``POST /sms/3/messages``).

- One bulkId per request: ``options.schedule.bulkId`` when given (and not empty), otherwise a
  generated 19-digit numeric string. The bulkId is present in every report and log, also for a
  request with a single destination.
- messageId: ``destinations[].messageId`` when given (and not empty), otherwise a UUID. An id
  used twice in the request or already stored is a 400 and nothing of the request is stored.
- The messages of one request get ``sentAt = now + index`` milliseconds (timestamps: see
  ``state``), and a request never starts before the previous request's last message plus
  1 ms, so every message has a distinct sentAt and sentSince/sentUntil windows are exact.
- A destination that is not 3 to 15 digits (one leading ``+`` allowed) is ``REJECTED_DESTINATION``
  in the response and gets its final report at once; it is never delivered or charged.
- messageCount and the parts of binary content are counted as ``state`` says.
- Binary content (``content: {hex, dataCoding, esmClass}``, the spec checks the hex digits) is
  stored with the defaults filled in (dataCoding 0, esmClass 0) and logged as such. An ESM class
  that is no octet (0-255), or esmclass:64 with a UDH longer than the content or content longer
  than 140 octets, is ``REJECTED_INVALID_UDH`` (Infobip status catalog) in the response and gets
  its final report at once, like a rejected destination.
- ``options.schedule.sendAt`` must be a real date at most 180 days ahead. Validity period,
  delivery time window, tracking, regional options, ``intermediateReport`` and ``contentType``
  are accepted and (partly) stored, but have no effect: there are no intermediate reports, no
  expiry, and webhooks are always JSON.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from functools import lru_cache
from itertools import groupby
from typing import Any

from ..core import ApiError, Call, Reply, Violation, handles, new_uuid
from .delivery import SmsDelivery
from .state import (
    DEST,
    MAX_SCHEDULE_MS,
    STATUSES,
    _marks,
    binary_message_count,
    binary_octets,
    binary_valid,
    message_count,
    parse_ns,
)

#: ``json.dumps(value, ensure_ascii=False)`` without building an encoder for each call
_store_json = json.JSONEncoder(ensure_ascii=False).encode
#: what that encoder writes for a string (``{"text": ...}`` is written out with it)
_store_string = json.encoder.encode_basestring

#: the columns of a stored message, in the order of a row the handler builds
_COLUMNS = (
    "message_id", "bulk_id", "sender", "destination", "content", "message_count",
    "entity_id", "application_id", "campaign_reference_id", "webhook_url", "callback_data",
    "notify", "intermediate_report", "send_at", "validity_seconds", "sent_at", "due_at",
    "done_at", "status", "error", "general_status", "price",
)  # fmt: skip


@lru_cache(maxsize=256)
def _insert_sql(present: tuple[bool, ...]) -> str:
    """The INSERT of the columns a row has values for: a column left out is NULL, as a bound
    None would make it (binding None costs sqlite3 an adaptation attempt, ~1 µs each)."""
    names = [name for name, given in zip(_COLUMNS, present, strict=True) if given]
    return f"INSERT INTO messages ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"


def _insert(conn: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> None:
    """Insert the rows in their order (each run of rows with the same NULL columns in one
    statement)."""
    if len(rows) == 1:  # the usual send: one statement, without groupby or executemany
        row = rows[0]
        conn.execute(
            _insert_sql(tuple([v is not None for v in row])), [v for v in row if v is not None]
        )
        return
    for present, run in groupby(rows, key=lambda row: tuple([v is not None for v in row])):
        values = [tuple([v for v in row if v is not None]) for row in run]
        if len(values) == 1:  # (one statement, without executemany's setup)
            conn.execute(_insert_sql(present), values[0])
        else:
            conn.executemany(_insert_sql(present), values)


def _new_bulk_id() -> str:
    return str(10**18 + secrets.randbelow(9 * 10**18))


class MessageHandlers(SmsDelivery):
    @handles("send_sms_messages")
    def send_sms_messages(self, call: Call) -> Reply:
        body = call.body
        now = self.now_ms()
        options = body.get("options") or {}
        schedule = options.get("schedule") or {}
        violations: list[Violation] = []
        send_at: int | None = None
        if "sendAt" in schedule:
            try:
                send_at = parse_ns(schedule["sendAt"]) // 1_000_000
            except ValueError:
                violations.append(Violation("options.schedule.sendAt", "is not a valid date"))
            else:
                if send_at > now + MAX_SCHEDULE_MS:
                    violations.append(Violation(
                        "options.schedule.sendAt", "must be at most 180 days in the future"
                    ))  # fmt: skip
        bulk_id = schedule.get("bulkId") or _new_bulk_id()

        given: dict[str, str] = {}  # messageId -> where
        for i, message in enumerate(body["messages"]):
            for j, destination in enumerate(message["destinations"]):
                message_id = destination.get("messageId")
                if not message_id:
                    continue
                where = f"messages[{i}].destinations[{j}].messageId"
                if message_id in given:
                    violations.append(Violation(where, "must be unique within the request"))
                else:
                    given[message_id] = where

        start = max(now, self._last_sent_ms + 1)
        rows: list[tuple[Any, ...]] = []
        results: list[dict[str, Any]] = []
        index = 0
        for message in body["messages"]:
            content = message["content"]
            rejection = None
            if "hex" in content:  # binary content (the spec refuses text and hex together)
                octets = binary_octets(content["hex"])
                # JSON Schema integers include 1.0: stored and logged as 1
                coding, esm = int(content.get("dataCoding", 0)), int(content.get("esmClass", 0))
                stored = _store_json({"hex": content["hex"], "dataCoding": coding, "esmClass": esm})
                count = binary_message_count(octets, coding, esm)
                if not binary_valid(octets, esm):
                    rejection = "REJECTED_INVALID_UDH"
            elif len(content) == 1 and "text" in content:  # text alone (the usual send)
                text = content["text"]
                stored = '{"text": ' + _store_string(text) + "}"  # its JSON written out
                count = message_count(text)
            else:
                stored = _store_json({
                    key: content[key]
                    for key in ("text", "transliteration", "language")
                    if key in content
                })  # fmt: skip
                count = message_count(content["text"])
            msg_options = message.get("options") or {}
            platform = msg_options.get("platform") or {}
            validity = msg_options.get("validityPeriod")
            validity_seconds = None
            if validity is not None:
                unit = {"SECONDS": 1, "MINUTES": 60, "HOURS": 3600}[
                    validity.get("timeUnit", "MINUTES")
                ]
                validity_seconds = min(validity["amount"] * unit, 48 * 3600)
            webhooks = message.get("webhooks") or {}
            delivery = webhooks.get("delivery") or {}
            notify = delivery.get("notify")
            intermediate = delivery.get("intermediateReport")
            # what every destination of the message stores alike
            sender = message.get("sender")
            entity_id, application_id = platform.get("entityId"), platform.get("applicationId")
            campaign_reference_id = msg_options.get("campaignReferenceId")
            webhook_url, callback_data = delivery.get("url"), webhooks.get("callbackData")
            notify_flag = None if notify is None else int(notify)
            intermediate_flag = None if intermediate is None else int(intermediate)
            for destination in message["destinations"]:
                to = destination["to"]
                sent_at = start + index
                index += 1
                valid = DEST.fullmatch(to) is not None and rejection is None
                status = (
                    "PENDING_ACCEPTED" if valid
                    else "REJECTED_DESTINATION" if rejection is None else rejection
                )  # fmt: skip
                due_at = max(sent_at, send_at or 0) + self.delay_ms if valid else None
                message_id = destination.get("messageId") or new_uuid()
                rows.append((
                    message_id, bulk_id, sender, to, stored, count, entity_id, application_id,
                    campaign_reference_id, webhook_url, callback_data, notify_flag,
                    intermediate_flag, send_at, validity_seconds, sent_at, due_at,
                    None if valid else sent_at, status, "NO_ERROR", STATUSES[status]["groupName"],
                    0.0,
                ))  # fmt: skip
                results.append({
                    "messageId": message_id,
                    "status": dict(STATUSES[status]),
                    "destination": to,
                    "details": {"messageCount": count},
                })  # fmt: skip

        batches: dict[str, list[int]] = {}
        rejected = any(row[17] is not None for row in rows)  # done_at: final at once
        with self.db.tx() as conn:
            ids = list(given)
            for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
                taken = conn.execute(
                    f"SELECT message_id FROM messages WHERE message_id IN ({_marks(chunk)})", chunk
                ).fetchall()
                violations.extend(
                    Violation(given[row[0]], "is already used by another message") for row in taken
                )
            if violations:
                raise ApiError(400, "validation", violations)
            _insert(conn, rows)
            self.keep_request(conn, [row[0] for row in rows], call)
            if rejected:  # (else the select finds nothing)
                final = conn.execute(
                    "SELECT seq, done_at, webhook_url, notify FROM messages"
                    " WHERE bulk_id = ? AND sent_at >= ? AND general_status = 'REJECTED'"
                    " ORDER BY seq",
                    (bulk_id, start),
                ).fetchall()
                self._add_reports(conn, final, [row["done_at"] for row in final], batches)
        self._last_sent_ms = start + index - 1
        self._start_pushes(batches)
        return Reply(200, {"bulkId": bulk_id, "messages": results})
