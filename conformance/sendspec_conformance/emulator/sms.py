"""icomm SMS emulator, Infobip SMS v3 compatible (specs/icomm-sms.yaml).

Credentials: ``Authorization: App <api key>``; the key defaults to ``demo-api-key``.

State (SQLite): ``messages`` (one row per destination) and ``reports`` (one final delivery
report per message). Every error is the Infobip v3 ``ApiError`` body.

Sending (``POST /sms/3/messages``)

- One bulkId per request: ``options.schedule.bulkId`` when given (and not empty), otherwise a
  generated 19-digit numeric string. The bulkId is present in every report and log, also for a
  request with a single destination.
- messageId: ``destinations[].messageId`` when given (and not empty), otherwise a UUID. An id
  used twice in the request or already stored is a 400 and nothing of the request is stored.
- Timestamps are stored as integer epoch milliseconds (UTC) and rendered as
  ``yyyy-MM-dd'T'HH:mm:ss.SSS+0000``. The messages of one request get ``sentAt = now + index``
  milliseconds, and a request never starts before the previous request's last message plus
  1 ms, so every message has a distinct sentAt and sentSince/sentUntil windows are exact.
- A destination that is not 3 to 15 digits (one leading ``+`` allowed) is ``REJECTED_DESTINATION``
  in the response and gets its final report at once; it is never delivered or charged.
- messageCount: GSM-7 (extension characters count twice) 160 characters in one part, else 153
  per part; any other text is UCS-2, 70 UTF-16 units in one part, else 67 per part. Transliteration
  and language options are not applied when counting.
- Binary content (``content: {hex, dataCoding, esmClass}``, the spec checks the hex digits) is
  stored with the defaults filled in (dataCoding 0, esmClass 0) and logged as such. Parts: with
  esmclass:64 (UDH) one part as given; dataCoding 0 160/153 octets, any other 140/134. An ESM class
  that is no octet (0-255), or esmclass:64 with a UDH longer than the content or content longer
  than 140 octets, is ``REJECTED_INVALID_UDH`` (Infobip status catalog) in the response and gets
  its final report at once, like a rejected destination.
- ``options.schedule.sendAt`` must be a real date at most 180 days ahead. Validity period,
  delivery time window, tracking, regional options, ``intermediateReport`` and ``contentType``
  are accepted and (partly) stored, but have no effect: there are no intermediate reports, no
  expiry, and webhooks are always JSON.

Delivery simulation

A message becomes final at ``max(sentAt, sendAt) + delivery_delay`` on the emulator clock (doneAt
is that moment): a destination ending in ``0000`` is ``UNDELIVERABLE_NOT_DELIVERED`` with error
``EC_ABSENT_SUBSCRIBER``, any other ``DELIVERED_TO_HANDSET``; both cost 0.01 EUR per message.
:meth:`SmsProvider.advance` finalises every due message in one transaction and creates the
reports; it runs every 50 ms in the background, at the start of every reports/logs request and
on ``POST /_emulator/advance``, which also finalises every pending message that is not scheduled
for later at once (doneAt = now) and waits for the resulting webhook pushes.

Webhooks: a report of a message with ``webhooks.delivery.url`` (and ``notify`` not false) is
POSTed as ``{"results": [...]}``, one POST per URL per batch, timeout 5 s, 2 attempts, without
proxies or redirects. Only loopback hosts (127.0.0.0/8, ::1, localhost) are contacted unless
``allow_external_webhooks=True``; other URLs are skipped. A report pushed with a 2xx answer is
never returned by ``GET /sms/3/reports``; one whose push failed or was skipped stays pullable.

Reports (``GET /sms/3/reports``): latest first, each returned only once, only reports produced
(doneAt) in the last 48 h. Logs (``GET /sms/3/logs``): latest sentAt first, only messages sent in
the last 48 h; the bulkId, messageId and campaignReferenceId filters take repeated and/or
comma-separated values (match any; bulkId and messageId at most 2048 characters comma-joined);
sentSince/sentUntil are exclusive. Both take ``limit`` 1-1000 (default 50; more is a 400).
The emulator has no network data: mcc/mnc are stored as null, so a request filtering by ``mcc``
returns no logs and logs carry no ``mccMnc``; ``mnc`` without ``mcc`` is a 400.

Control plane: ``POST /_emulator/advance``, ``POST /_emulator/messages`` (every stored message
with its report state) and ``POST /_emulator/reports_pending`` (reports a pull can still return).
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import logging
import math
import re
import secrets
import sqlite3
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlsplit

import httpx

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

log = logging.getLogger("sendspec.emulator.sms")

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MS_48H = 48 * 3600 * 1000
MAX_SCHEDULE_MS = 180 * 24 * 3600 * 1000
PRICE = 0.01
CURRENCY = "EUR"
DEST = re.compile(r"\+?[0-9]{3,15}", re.ASCII)
TIMESTAMP = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})", re.ASCII
)

# statuses and errors (ids and names from the Infobip catalog; texts of the spec's examples)
STATUSES: dict[str, dict[str, Any]] = {
    "PENDING_ACCEPTED": {
        "groupId": 1, "groupName": "PENDING", "id": 26, "name": "PENDING_ACCEPTED",
        "description": "Message sent to next instance",
    },
    "DELIVERED_TO_HANDSET": {
        "groupId": 3, "groupName": "DELIVERED", "id": 5, "name": "DELIVERED_TO_HANDSET",
        "description": "Message delivered to handset",
    },
    "UNDELIVERABLE_NOT_DELIVERED": {
        "groupId": 2, "groupName": "UNDELIVERABLE", "id": 9, "name": "UNDELIVERABLE_NOT_DELIVERED",
        "description": "Message was not delivered to the intended recipient and considered "
        "undeliverable, typically due to factors such as an invalid or unreachable destination "
        "number.",
    },
    "REJECTED_DESTINATION": {
        "groupId": 5, "groupName": "REJECTED", "id": 52, "name": "REJECTED_DESTINATION",
        "description": "The request has been received, but the destination is invalid—the number "
        "prefix is incorrect as it does not match a valid number prefix by any mobile operator.",
    },
    "REJECTED_INVALID_UDH": {
        "groupId": 5, "groupName": "REJECTED", "id": 24, "name": "REJECTED_INVALID_UDH",
        "description": "Message has been received and our system detected the message was "
        "formatted incorrectly because of either an invalid ESM class parameter or an inaccurate "
        "amount of characters when using esmclass:64 (UDH).",
    },
}  # fmt: skip
ERRORS: dict[str, dict[str, Any]] = {
    "NO_ERROR": {
        "groupId": 0, "groupName": "OK", "id": 0, "name": "NO_ERROR",
        "description": "No Error", "permanent": False,
    },
    "EC_ABSENT_SUBSCRIBER": {
        "groupId": 1, "groupName": "HANDSET_ERRORS", "id": 27, "name": "EC_ABSENT_SUBSCRIBER",
        "description": "Indicates the destination numbers were unreachable, powered off, or in an "
        "area with limited coverage.",
        "permanent": False,
    },
}  # fmt: skip

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

PULLABLE = ("none", "skipped", "failed")  # push states a pull may return

SCHEMA = """
CREATE TABLE IF NOT EXISTS messages (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id TEXT UNIQUE NOT NULL, bulk_id TEXT NOT NULL,
    sender TEXT, destination TEXT NOT NULL, content TEXT NOT NULL, message_count INTEGER NOT NULL,
    entity_id TEXT, application_id TEXT, campaign_reference_id TEXT,
    webhook_url TEXT, callback_data TEXT, notify INTEGER, intermediate_report INTEGER,
    send_at INTEGER, validity_seconds INTEGER,
    sent_at INTEGER NOT NULL, due_at INTEGER, done_at INTEGER,
    status TEXT NOT NULL, error TEXT NOT NULL, general_status TEXT NOT NULL, price REAL NOT NULL,
    mcc TEXT, mnc TEXT
);
CREATE INDEX IF NOT EXISTS messages_sent ON messages (sent_at);
CREATE INDEX IF NOT EXISTS messages_bulk ON messages (bulk_id);
CREATE INDEX IF NOT EXISTS messages_due ON messages (due_at) WHERE done_at IS NULL;
CREATE TABLE IF NOT EXISTS reports (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    message_seq INTEGER UNIQUE NOT NULL REFERENCES messages (seq),
    done_at INTEGER NOT NULL,
    fetched INTEGER NOT NULL DEFAULT 0,
    push TEXT NOT NULL  -- none | skipped | pushing | pushed | failed
);
CREATE INDEX IF NOT EXISTS reports_open ON reports (fetched, push, done_at);
"""

# --------------------------------------------------------------------------------------------
# helpers

_GSM_BASIC = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "ÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM_EXTENDED = set("^{}\\[~]|€\f")


#: esm_class bit telling that the binary content starts with a User Data Header (esmclass:64)
UDHI = 0x40
#: octets of one SMS part (binary), and of one part of a concatenated message (6-octet UDH)
OCTETS, OCTETS_PART = 140, 134
#: the logs filters whose values, joined by commas, may be at most 2048 characters long
MAX_FILTER_LENGTH = 2048


def binary_octets(hex_text: str) -> bytes:
    """The bytes of a binary content's ``hex`` (groups of hex digits separated by spaces)."""
    return bytes.fromhex(hex_text.replace(" ", ""))


def binary_message_count(octets: bytes, data_coding: int, esm_class: int) -> int:
    """SMS parts of binary content: with a UDH (esm_class 64) the content is one part as given;
    data coding 0 (GSM7, one septet per octet) 160/153, any other 140/134 octets."""
    if esm_class & UDHI:
        return 1
    single, part = (160, 153) if data_coding == 0 else (OCTETS, OCTETS_PART)
    return 1 if len(octets) <= single else math.ceil(len(octets) / part)


def binary_valid(octets: bytes, esm_class: int) -> bool:
    """Whether the ESM class is an octet and, with esmclass:64, the UDH length fits the content
    (a single part of at most 140 octets); else the message is REJECTED_INVALID_UDH."""
    if not 0 <= esm_class <= 255:
        return False
    if esm_class & UDHI:
        return 1 + octets[0] <= len(octets) <= OCTETS
    return True


def message_count(text: str) -> int:
    """The number of SMS parts ``text`` needs (GSM-7 160/153, otherwise UCS-2 70/67)."""
    if all(c in _GSM_BASIC or c in _GSM_EXTENDED for c in text):
        units = sum(2 if c in _GSM_EXTENDED else 1 for c in text)
        single, part = 160, 153
    else:
        units = len(text.encode("utf-16-le")) // 2
        single, part = 70, 67
    return 1 if units <= single else math.ceil(units / part)


def fmt_ms(ms: int) -> str:
    """Epoch milliseconds as ``yyyy-MM-dd'T'HH:mm:ss.SSS+0000``."""
    moment = EPOCH + timedelta(milliseconds=ms)
    return f"{moment:%Y-%m-%dT%H:%M:%S}.{ms % 1000:03d}+0000"


def parse_ns(value: str) -> int:
    """``yyyy-MM-dd'T'HH:mm:ss[.S…]`` plus ``Z``/``+0100``/``+01:00`` as epoch nanoseconds.

    Raises ValueError for anything that is not a real moment (month 13, offset +25:00, ...).
    """
    match = TIMESTAMP.fullmatch(value)
    if not match:
        raise ValueError("not a timestamp")
    year, month, day, hour, minute, second = (int(match[i]) for i in range(1, 7))
    fraction = int((match[7] or "").ljust(9, "0"))
    offset = match[8]
    shift = timedelta()
    if offset != "Z":
        digits = offset[1:].replace(":", "")
        hours, minutes = int(digits[:2]), int(digits[2:])
        if hours > 23 or minutes > 59:
            raise ValueError("invalid offset")
        shift = timedelta(hours=hours, minutes=minutes) * (-1 if offset[0] == "-" else 1)
    try:
        moment = datetime(year, month, day, hour, minute, second, tzinfo=timezone(shift))
        seconds = (moment - EPOCH) // timedelta(seconds=1)
    except OverflowError as exc:
        raise ValueError("out of range") from exc
    return seconds * 1_000_000_000 + fraction


def webhook_allowed(url: str, allow_external: bool) -> bool:
    """Whether the emulator may POST to ``url``: http(s), and a loopback host unless allowed."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not host:
        return False
    if allow_external:
        return True
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _items(values: Sequence[str]) -> list[str]:
    """The values of an array filter (the core split ``a,b`` and collected ``a&a``), blanks
    around each value dropped and blank values ignored."""
    return [item.strip() for item in values if item.strip()]


def _marks(values: Sequence[Any]) -> str:
    """``?, ?, ...`` for ``IN (...)``: strings are bound one by one (NUL characters survive)."""
    return ", ".join("?" for _ in values)


def _new_bulk_id() -> str:
    return str(10**18 + secrets.randbelow(9 * 10**18))


# --------------------------------------------------------------------------------------------
# the provider


class SmsProvider(Provider):
    slug = "icomm-sms"
    #: the logs filters bulkId, messageId, campaignReferenceId take ``a,b`` as well as ``a&a``
    comma_separated_arrays = True

    def __init__(
        self,
        db: Database,
        clock: Clock,
        *,
        api_key: str = "demo-api-key",
        delivery_delay: float = 0.2,
        allow_external_webhooks: bool = False,
    ) -> None:
        super().__init__(db, clock)
        self.api_key = api_key
        self.delay_ms = max(0, round(delivery_delay * 1000))
        self.allow_external_webhooks = allow_external_webhooks
        with db.lock:
            db.conn.executescript(SCHEMA)
            row = db.conn.execute("SELECT MAX(sent_at) FROM messages").fetchone()
        self._last_sent_ms: int = row[0] or 0
        self._ticker: asyncio.Task[None] | None = None
        self._pushes: set[asyncio.Task[tuple[int, bool]]] = set()

    # ------------------------------------------------------------------------------ provider
    def handlers(self) -> dict[str, Handler]:
        return {
            "send_sms_messages": self.send_sms_messages,
            "get_outbound_sms_message_delivery_reports": self.get_reports,
            "get_outbound_sms_message_logs": self.get_logs,
        }

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

    # ------------------------------------------------------------------------------ time
    def now_ms(self) -> int:
        return (self.clock.now() - EPOCH) // timedelta(milliseconds=1)

    # ------------------------------------------------------------------------------ delivery
    async def _tick(self) -> None:
        while True:
            await asyncio.sleep(0.05)
            try:
                self.advance()
            except Exception:
                log.exception("icomm-sms: delivery simulation failed")

    def advance(self, *, force: bool = False) -> dict[str, int]:
        """Finalise every due message (with ``force``: every one not scheduled for later)."""
        counts, _ = self._advance(force)
        return counts

    def _advance(self, force: bool) -> tuple[dict[str, int], list[asyncio.Task[tuple[int, bool]]]]:
        now = self.now_ms()
        condition = "due_at <= ?"
        params: list[Any] = [now]
        if force:
            condition += " OR send_at IS NULL OR send_at <= ?"
            params.append(now)
        batches: dict[str, list[int]] = {}
        with self.db.tx() as conn:
            rows = conn.execute(
                "SELECT seq, destination, due_at, webhook_url, notify FROM messages"
                f" WHERE done_at IS NULL AND ({condition}) ORDER BY due_at, seq",
                params,
            ).fetchall()
            for row in rows:
                done = min(now, row["due_at"])
                undeliverable = row["destination"].endswith("0000")
                status = "UNDELIVERABLE_NOT_DELIVERED" if undeliverable else "DELIVERED_TO_HANDSET"
                conn.execute(
                    "UPDATE messages SET done_at = ?, status = ?, error = ?, general_status = ?,"
                    " price = ? WHERE seq = ?",
                    (done, status, "EC_ABSENT_SUBSCRIBER" if undeliverable else "NO_ERROR",
                     STATUSES[status]["groupName"], PRICE, row["seq"]),
                )  # fmt: skip
                self._add_report(conn, row, done, batches)
        tasks = self._start_pushes(batches)
        return {"finalised": len(rows), "reports": len(rows)}, tasks

    def _add_report(
        self, conn: sqlite3.Connection, row: Any, done: int, batches: dict[str, list[int]]
    ) -> None:
        url, notify = row["webhook_url"], row["notify"]
        if not url or notify == 0:
            push = "none"
        elif webhook_allowed(url, self.allow_external_webhooks) and _loop() is not None:
            push = "pushing"
        else:
            push = "skipped"
        cur = conn.execute(
            "INSERT INTO reports (message_seq, done_at, push) VALUES (?, ?, ?)",
            (row["seq"], done, push),
        )
        if push == "pushing":
            assert cur.lastrowid is not None
            batches.setdefault(url, []).append(cur.lastrowid)

    def _start_pushes(self, batches: dict[str, list[int]]) -> list[asyncio.Task[tuple[int, bool]]]:
        loop = _loop()
        if loop is None or not batches:
            return []
        tasks = []
        for url, report_seqs in batches.items():
            task = loop.create_task(self._push(url, report_seqs))
            self._pushes.add(task)
            task.add_done_callback(self._pushes.discard)
            tasks.append(task)
        return tasks

    async def _push(self, url: str, report_seqs: list[int]) -> tuple[int, bool]:
        """POST one batch of reports; returns (reports, delivered)."""
        rows = self.db.query(
            "SELECT m.*, r.done_at AS report_done FROM reports r JOIN messages m"
            " ON m.seq = r.message_seq WHERE r.seq IN (SELECT value FROM json_each(?))"
            " ORDER BY r.seq",
            (json.dumps(report_seqs),),
        )
        payload = {"results": [self._report(row) for row in rows]}
        delivered = False
        async with httpx.AsyncClient(
            timeout=5.0, trust_env=False, follow_redirects=False
        ) as client:
            for attempt in range(2):
                try:
                    response = await client.post(url, json=payload)
                    if 200 <= response.status_code < 300:
                        delivered = True
                        break
                except Exception as exc:  # connection refused, timeout, invalid URL, ...
                    log.debug("icomm-sms: webhook %s failed: %s", url, exc)
                if attempt == 0:
                    await asyncio.sleep(0.1)
        with self.db.tx() as conn:
            conn.execute(
                "UPDATE reports SET push = ? WHERE seq IN (SELECT value FROM json_each(?))",
                ("pushed" if delivered else "failed", json.dumps(report_seqs)),
            )
        return len(report_seqs), delivered

    async def _control_advance(self) -> JSON:
        earlier = set(self._pushes)  # pushes the background ticker started and still runs
        counts, tasks = self._advance(force=True)
        pushed = failed = 0
        if earlier:  # when advance answers, no push is in flight any more
            await asyncio.wait(earlier)
        if tasks:
            await asyncio.wait(tasks)
            for task in tasks:
                if task.cancelled() or task.exception() is not None:
                    continue
                n, ok = task.result()
                pushed, failed = (pushed + n, failed) if ok else (pushed, failed + n)
        return {**counts, "pushed": pushed, "push_failed": failed}

    # ------------------------------------------------------------------------------ control
    def stored_messages(self) -> list[dict[str, Any]]:
        rows = self.db.query(
            "SELECT m.*, r.fetched, r.push FROM messages m LEFT JOIN reports r"
            " ON r.message_seq = m.seq ORDER BY m.seq"
        )
        return [
            {
                "messageId": row["message_id"], "bulkId": row["bulk_id"],
                "destination": row["destination"], "sender": row["sender"],
                "text": json.loads(row["content"]).get("text"),
                "content": json.loads(row["content"]),
                "status": row["status"], "error": row["error"],
                "sentAt": fmt_ms(row["sent_at"]),
                "sendAt": fmt_ms(row["send_at"]) if row["send_at"] is not None else None,
                "dueAt": fmt_ms(row["due_at"]) if row["due_at"] is not None else None,
                "doneAt": fmt_ms(row["done_at"]) if row["done_at"] is not None else None,
                "webhookUrl": row["webhook_url"], "callbackData": row["callback_data"],
                "report": None if row["push"] is None
                else {"fetched": bool(row["fetched"]), "push": row["push"]},
            }
            for row in rows
        ]  # fmt: skip

    def reports_pending(self) -> int:
        placeholders = ", ".join("?" for _ in PULLABLE)
        rows = self.db.query(
            f"SELECT COUNT(*) FROM reports WHERE fetched = 0 AND push IN ({placeholders})",
            PULLABLE,
        )
        return int(rows[0][0])

    # ------------------------------------------------------------------------------ rendering
    @staticmethod
    def _platform(row: Any) -> dict[str, str] | None:
        platform = {
            key: row[column]
            for key, column in (("entityId", "entity_id"), ("applicationId", "application_id"))
            if row[column] is not None
        }
        return platform or None

    def _common(self, row: Any) -> dict[str, Any]:
        out: dict[str, Any] = {
            "bulkId": row["bulk_id"],
            "messageId": row["message_id"],
            "sentAt": fmt_ms(row["sent_at"]),
        }
        if row["done_at"] is not None:
            out["doneAt"] = fmt_ms(row["done_at"])
        out.update({
            "messageCount": row["message_count"],
            "price": {"pricePerMessage": row["price"], "currency": CURRENCY},
            "status": dict(STATUSES[row["status"]]),
            "error": dict(ERRORS[row["error"]]),
        })  # fmt: skip
        if row["sender"] is not None:
            out["sender"] = row["sender"]
        if (platform := self._platform(row)) is not None:
            out["platform"] = platform
        if row["campaign_reference_id"] is not None:
            out["campaignReferenceId"] = row["campaign_reference_id"]
        return out

    def _report(self, row: Any) -> dict[str, Any]:
        out = {"to": row["destination"], **self._common(row)}
        if row["callback_data"] is not None:
            out["callbackData"] = row["callback_data"]
        return out

    def _log(self, row: Any) -> dict[str, Any]:
        content = json.loads(row["content"])
        return {"destination": row["destination"], **self._common(row), "content": content}

    # ------------------------------------------------------------------------------ handlers
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


def _loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None
