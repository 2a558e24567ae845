"""icomm SMS emulator, Infobip SMS v3 compatible (specs/icomm-sms.yaml).

Credentials: ``Authorization: App <api key>``; the key defaults to ``demo-api-key``.
Every error is the Infobip v3 ``ApiError`` body.

The package: ``state`` (tables, status and error catalog, message/part counting, timestamps),
``messages`` (sending), ``reports`` (delivery reports), ``logs``, ``delivery`` (delivery
simulation and webhook pushes).

Control plane: ``POST /_emulator/advance``, ``POST /_emulator/messages`` (every stored message
with its report state) and ``POST /_emulator/reports_pending`` (reports a pull can still return).

icomm SMS sending (``POST /sms/3/messages``).

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

icomm SMS delivery reports (``GET /sms/3/reports``): latest first, each returned only once,
only reports produced (doneAt) in the last 48 h; ``limit`` 1-1000 (default 50; more is a 400).

icomm SMS logs (``GET /sms/3/logs``): latest sentAt first, only messages sent in the last
48 h; the bulkId, messageId and campaignReferenceId filters take repeated and/or comma-separated
values (match any; bulkId and messageId at most 2048 characters comma-joined); sentSince/sentUntil
are exclusive; ``limit`` 1-1000 (default 50; more is a 400). The emulator has no network data:
mcc/mnc are stored as null, so a request filtering by ``mcc`` returns no logs and logs carry no
``mccMnc``; ``mnc`` without ``mcc`` is a 400.
"""

from __future__ import annotations

import asyncio
import json
import secrets
from collections.abc import Mapping, Sequence
from typing import Any

from ..core import JSON, ApiError, Call, Reply, Violation, handles, new_uuid
from .delivery import SmsDelivery, webhook_allowed
from .state import (
    DEST,
    MAX_SCHEDULE_MS,
    MS_48H,
    PULLABLE,
    STATUSES,
    SmsState,
    _marks,
    binary_message_count,
    binary_octets,
    binary_valid,
    fmt_ms,
    message_count,
    parse_ns,
)

# HTTP error bodies: (description, action, resources) per status, texts of the spec's examples
_AUTH_DOCS = "https://www.infobip.com/docs/essentials/api-authentication"
_SCOPES_DOCS = "https://www.infobip.com/docs/essentials/api-essentials/api-authorization#api-scopes"
_THROTTLING_DOCS = (
    "https://www.infobip.com/docs/essentials/integration-best-practices#throttling-handling-errors"
)
HTTP_ERRORS: dict[int, tuple[str, str, tuple[tuple[str, str], ...]]] = {
    400: ("Request cannot be processed.",
          "Check the syntax, violations and adjust the request.", ()),
    401: ("The request lacks valid authentication credentials for the requested resource.",
          "Check the resources and adjust authentication credentials.",
          (("API Authentication", _AUTH_DOCS),)),
    403: ("Insufficient permissions to access the requested resource.",
          "Repeat the request with new or different credentials.", (("API Scopes", _SCOPES_DOCS),)),
    404: ("Requested resource not found.",
          "Check the request URL against the API endpoint documentation.", ()),
    405: ("Request method is not supported by the requested resource.",
          "Check the request method against the API endpoint documentation.", ()),
    429: ("Too many requests sent.",
          "Check request rate limit specified in the API endpoint documentation resource.",
          (("Throttling handling errors", _THROTTLING_DOCS),)),
    500: ("Something went wrong.", "Contact the support.", ()),
    503: ("Service temporarily unavailable.", "Retry the request later.", ()),
}  # fmt: skip
#: the spec refuses text and hex together with ``dependentSchemas: {hex: {type: "null"}}`` (a
#: type error, so the core reports the binary branch's own violations for an object with hex);
#: that violation on a content object, said plainly
_BOTH_CONTENTS = {"must be of type null": "must have either text or hex, not both"}
#: the property a violation-less 400 is about
_KIND_PROPERTY = {"content_type": "Content-Type"}

#: the logs filters whose values, joined by commas, may be at most 2048 characters long
MAX_FILTER_LENGTH = 2048


def _items(values: Sequence[str]) -> list[str]:
    """The values of an array filter (the core split ``a,b`` and collected ``a&a``), blanks
    around each value dropped and blank values ignored."""
    return [item.strip() for item in values if item.strip()]


def _new_bulk_id() -> str:
    return str(10**18 + secrets.randbelow(9 * 10**18))


class SmsProvider(SmsDelivery):
    slug = "icomm-sms"
    #: the logs filters bulkId, messageId, campaignReferenceId take ``a,b`` as well as ``a&a``
    comma_separated_arrays = True

    def authenticate(self, headers: Mapping[str, str]) -> None:
        value = headers.get("authorization")
        if not value:
            raise ApiError(401, "auth", message="The Authorization header is missing")
        scheme, _, key = value.strip().partition(" ")
        if scheme.lower() != "app" or not key.strip():
            raise ApiError(401, "auth", message="The Authorization header must be 'App <api key>'")
        if not secrets.compare_digest(key.strip().encode(), self.api_key.encode()):
            raise ApiError(401, "auth", message="Invalid API key")

    def error_response(self, error: ApiError) -> Reply:
        status = error.status
        fallback = 500 if status >= 500 else 400
        description, action, resources = HTTP_ERRORS.get(status, HTTP_ERRORS[fallback])
        violations = [
            {"property": v.where or "body", "violation": _BOTH_CONTENTS.get(v.message, v.message)
             if v.where.endswith("content") else v.message}
            for v in error.violations
        ]  # fmt: skip
        if status == 400 and not violations:
            violations = [
                {"property": _KIND_PROPERTY.get(error.kind, "body"), "violation": error.message}
            ]
        return Reply(status, {
            "errorCode": f"E{status}",
            "description": description,
            "action": action,
            "violations": violations,
            "resources": [{"name": name, "url": url} for name, url in resources],
        })  # fmt: skip

    def control(self, action: str, body: JSON) -> JSON:
        if action == "advance":
            return self._control_advance()
        if action == "messages":
            return {"messages": self.stored_messages()}
        if action == "reports_pending":
            return {"reports_pending": self.reports_pending()}
        return super().control(action, body)

    async def startup(self) -> None:
        self._ticker = asyncio.get_running_loop().create_task(self._tick())

    async def shutdown(self) -> None:
        tasks = [*self._pushes, *([self._ticker] if self._ticker else [])]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._ticker = None

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
                stored_content = {"hex": content["hex"], "dataCoding": coding, "esmClass": esm}
                count = binary_message_count(octets, coding, esm)
                if not binary_valid(octets, esm):
                    rejection = "REJECTED_INVALID_UDH"
            else:
                stored_content = {
                    key: content[key]
                    for key in ("text", "transliteration", "language")
                    if key in content
                }
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
                    message_id, bulk_id, message.get("sender"), to,
                    json.dumps(stored_content, ensure_ascii=False), count,
                    platform.get("entityId"), platform.get("applicationId"),
                    msg_options.get("campaignReferenceId"), delivery.get("url"),
                    webhooks.get("callbackData"), None if notify is None else int(notify),
                    None if intermediate is None else int(intermediate), send_at,
                    validity_seconds, sent_at, due_at, None if valid else sent_at, status,
                    "NO_ERROR", STATUSES[status]["groupName"], 0.0,
                ))  # fmt: skip
                results.append({
                    "messageId": message_id,
                    "status": dict(STATUSES[status]),
                    "destination": to,
                    "details": {"messageCount": count},
                })  # fmt: skip

        batches: dict[str, list[int]] = {}
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
            conn.executemany(
                "INSERT INTO messages (message_id, bulk_id, sender, destination, content,"
                " message_count, entity_id, application_id, campaign_reference_id, webhook_url,"
                " callback_data, notify, intermediate_report, send_at, validity_seconds, sent_at,"
                " due_at, done_at, status, error, general_status, price)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            rejected = conn.execute(
                "SELECT seq, done_at, webhook_url, notify FROM messages"
                " WHERE bulk_id = ? AND sent_at >= ? AND general_status = 'REJECTED'"
                " ORDER BY seq",
                (bulk_id, start),
            ).fetchall()
            for row in rejected:
                self._add_report(conn, row, row["done_at"], batches)
        self._last_sent_ms = start + index - 1
        self._start_pushes(batches)
        return Reply(200, {"bulkId": bulk_id, "messages": results})

    @handles("get_outbound_sms_message_delivery_reports")
    def get_reports(self, call: Call) -> Reply:
        self.advance()
        q = call.query
        now = self.now_ms()
        placeholders = ", ".join("?" for _ in PULLABLE)
        where = ["r.fetched = 0", f"r.push IN ({placeholders})", "r.done_at >= ?"]
        params: list[Any] = [*PULLABLE, now - MS_48H]
        for name, column in (
            ("bulkId", "bulk_id"), ("messageId", "message_id"), ("entityId", "entity_id"),
            ("applicationId", "application_id"), ("campaignReferenceId", "campaign_reference_id"),
        ):  # fmt: skip
            if name in q:
                where.append(f"m.{column} = ?")
                params.append(q[name])
        with self.db.tx() as conn:
            rows = conn.execute(
                "SELECT m.*, r.seq AS report_seq FROM reports r JOIN messages m"
                f" ON m.seq = r.message_seq WHERE {' AND '.join(where)}"
                " ORDER BY r.done_at DESC, r.seq DESC LIMIT ?",
                [*params, int(q.get("limit", 50))],
            ).fetchall()
            conn.execute(
                "UPDATE reports SET fetched = 1 WHERE seq IN (SELECT value FROM json_each(?))",
                (json.dumps([row["report_seq"] for row in rows]),),
            )
        return Reply(200, {"results": [self._report(row) for row in rows]})

    @handles("get_outbound_sms_message_logs")
    def get_logs(self, call: Call) -> Reply:
        self.advance()
        q = call.query
        if "mnc" in q and "mcc" not in q:
            raise ApiError(400, "validation", [Violation("mnc", "requires mcc to be set as well")])
        where = ["m.sent_at >= ?"]
        params: list[Any] = [self.now_ms() - MS_48H]
        violations: list[Violation] = []
        for name, op in (("sentSince", ">"), ("sentUntil", "<")):
            if name not in q:
                continue
            try:
                ns = parse_ns(q[name])
            except ValueError:
                violations.append(Violation(name, "is not a valid date"))
                continue
            # sentAt is whole milliseconds: > since <=> > floor(since); < until <=> < ceil(until)
            bound = ns // 1_000_000 if op == ">" else -(-ns // 1_000_000)
            where.append(f"m.sent_at {op} ?")
            params.append(bound)
        if violations:
            raise ApiError(400, "validation", violations)
        for name, column in (
            ("mcc", "mcc"), ("mnc", "mnc"), ("sender", "sender"), ("destination", "destination"),
            ("generalStatus", "general_status"), ("entityId", "entity_id"),
            ("applicationId", "application_id"),
        ):  # fmt: skip
            if name in q:
                where.append(f"m.{column} = ?")
                params.append(q[name])
        for name, column in (
            ("bulkId", "bulk_id"), ("messageId", "message_id"),
            ("campaignReferenceId", "campaign_reference_id"),
        ):  # fmt: skip
            if name not in q:
                continue
            items = _items(q[name])
            if name != "campaignReferenceId" and len(",".join(items)) > MAX_FILTER_LENGTH:
                violations.append(Violation(
                    name, f"must be at most {MAX_FILTER_LENGTH} characters long in all"
                ))  # fmt: skip
                continue
            where.append(f"m.{column} IN ({_marks(items)})")
            params.extend(items)
        if violations:
            raise ApiError(400, "validation", violations)
        rows = self.db.query(
            f"SELECT m.* FROM messages m WHERE {' AND '.join(where)}"
            " ORDER BY m.sent_at DESC, m.seq DESC LIMIT ?",
            [*params, int(q.get("limit", 50))],
        )
        return Reply(200, {"results": [self._log(row) for row in rows]})


__all__ = [
    "SmsDelivery",
    "SmsProvider",
    "SmsState",
    "fmt_ms",
    "message_count",
    "parse_ns",
    "webhook_allowed",
]
