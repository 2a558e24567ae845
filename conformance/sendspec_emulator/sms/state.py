"""icomm SMS state: the SQLite tables, the Infobip status and error catalog, message and part
counting, and the timestamp formats. No HTTP here: the resource modules read and write through
this class.

State (SQLite): ``messages`` (one row per destination) and ``reports`` (one final delivery
report per message).

- Timestamps are stored as integer epoch milliseconds (UTC) and rendered as
  ``yyyy-MM-dd'T'HH:mm:ss.SSS+0000``.
- messageCount: GSM-7 (extension characters count twice) 160 characters in one part, else 153
  per part; any other text is UCS-2, 70 UTF-16 units in one part, else 67 per part. Transliteration
  and language options are not applied when counting.
- Binary content parts: with esmclass:64 (UDH) one part as given; dataCoding 0 160/153 octets,
  any other 140/134.
"""

from __future__ import annotations

import asyncio
import json
import math
import re
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta, timezone
from functools import lru_cache
from typing import Any

from ..core import Clock, Database, Provider
from ..core.rendered import RawJSON, Renderings

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_ONE_MS = timedelta(milliseconds=1)
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
-- a logs page filtered by destination reads from an index, newest first, however many
-- messages the 48 h window holds
CREATE INDEX IF NOT EXISTS messages_destination ON messages (destination, sent_at);
-- the reports a pull may return, newest first: a pull reads its page, not every pending
-- report (the WHERE is PULLABLE, which the pull writes out as literals to use this index)
CREATE INDEX IF NOT EXISTS reports_pullable ON reports (done_at)
    WHERE fetched = 0 AND push IN ('none', 'skipped', 'failed');
"""

# --------------------------------------------------------------------------------------------
# helpers

_GSM_BASIC = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "ÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM_EXTENDED = set("^{}\\[~]|€\f")
_GSM = frozenset(_GSM_BASIC | _GSM_EXTENDED)


#: esm_class bit telling that the binary content starts with a User Data Header (esmclass:64)
UDHI = 0x40
#: octets of one SMS part (binary), and of one part of a concatenated message (6-octet UDH)
OCTETS, OCTETS_PART = 140, 134


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
    if _GSM.issuperset(text):
        units = len(text) + sum(map(_GSM_EXTENDED.__contains__, text))
        single, part = 160, 153
    else:
        units = len(text.encode("utf-16-le")) // 2
        single, part = 70, 67
    return 1 if units <= single else math.ceil(units / part)


def fmt_ms(ms: int) -> str:
    """Epoch milliseconds as ``yyyy-MM-dd'T'HH:mm:ss.SSS+0000``."""
    seconds, millis = divmod(ms, 1000)
    return _utc_second(seconds) + _MILLIS[millis]


#: ``.SSS+0000`` for each millisecond of a second
_MILLIS = tuple(f".{millis:03d}+0000" for millis in range(1000))


@lru_cache(maxsize=8192)
def _utc_second(seconds: int) -> str:
    """A whole second as ``yyyy-MM-dd'T'HH:mm:ss`` (a page of logs shares a few seconds)."""
    return f"{EPOCH + timedelta(seconds=seconds):%Y-%m-%dT%H:%M:%S}"


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


def _marks(values: Sequence[Any]) -> str:
    """``?, ?, ...`` for ``IN (...)``: strings are bound one by one (NUL characters survive)."""
    return ", ".join("?" for _ in values)


class SmsState(Provider):
    """The records of one emulator and the rules on them."""

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
        db.script(SCHEMA)
        self._last_sent_ms: int = db.query("SELECT MAX(sent_at) FROM messages")[0][0] or 0
        self._ticker: asyncio.Task[None] | None = None
        self._pushes: set[asyncio.Task[tuple[int, bool]]] = set()

    # ------------------------------------------------------------------------------ time
    def now_ms(self) -> int:
        return (self.clock.now() - EPOCH) // _ONE_MS

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
    # a report and a log read the RENDERED columns of a message, by position (a select of
    # ``RENDERED_COLUMNS``, optionally followed by more columns): a page renders each row
    # with no lookup by column name
    def _reports(self, rows: Sequence[Sequence[Any]]) -> list[dict[str, Any]]:
        """The delivery reports of these rows, in their order."""
        page = _Page()
        out = []
        for row in rows:
            report = page.rendered(row, "to")
            if (callback_data := row[13]) is not None:
                report["callbackData"] = callback_data
            out.append(report)
        return out

    def _logs(self, rows: Sequence[tuple[Any, ...]]) -> list[RawJSON]:
        """The logs of these rows (of RENDERED's columns), in their order: each rendered
        once while its row stays as it is (a status change is another row)."""
        return [_LOGS(row) for row in rows]


#: the messages columns a report or a log renders, in the order :func:`_rendered` reads them
RENDERED = (
    "destination", "bulk_id", "message_id", "sent_at", "done_at", "message_count", "price",
    "status", "error", "sender", "entity_id", "application_id", "campaign_reference_id",
    "callback_data", "content",
)  # fmt: skip
#: RENDERED as the select list of ``messages m``
RENDERED_COLUMNS = ", ".join(f"m.{column}" for column in RENDERED)


class _Page:
    """Renders the rows of one page: a page's records share one copy of each status and
    error object they show (of the few there are), and one parse of each stored content
    (a page of logs of one send mostly repeats it), not a copy of their own each."""

    __slots__ = ("contents", "errors", "statuses")

    def __init__(self) -> None:
        self.statuses: dict[str, dict[str, Any]] = {}
        self.errors: dict[str, dict[str, Any]] = {}
        self.contents: dict[str, Any] = {}

    def content(self, stored: str) -> Any:
        """A stored content's value (:func:`_content`), one per distinct text in a page."""
        contents = self.contents
        if (value := contents.get(stored)) is None:
            value = contents[stored] = _content(stored)
        return value

    def rendered(self, row: Sequence[Any], to_key: str) -> dict[str, Any]:
        """The fields a report and a log share, after the destination (as ``to_key``)."""
        (to, bulk_id, message_id, sent_at, done_at, count, price, status, error, sender,
         entity_id, application_id, campaign_reference_id) = row[:13]  # fmt: skip
        statuses, errors = self.statuses, self.errors
        status_object = statuses.get(status) or statuses.setdefault(status, STATUSES[status].copy())
        error_object = errors.get(error) or errors.setdefault(error, ERRORS[error].copy())
        # one dict display per case, not key by key (a dict grown key by key is resized as
        # it grows); fmt_ms written out (two calls a record)
        sent = _utc_second(sent_at // 1000) + _MILLIS[sent_at % 1000]
        out: dict[str, Any]
        if done_at is None:
            out = {
                to_key: to, "bulkId": bulk_id, "messageId": message_id, "sentAt": sent,
                "messageCount": count, "price": {"pricePerMessage": price, "currency": CURRENCY},
                "status": status_object, "error": error_object,
            }  # fmt: skip
        else:
            out = {
                to_key: to, "bulkId": bulk_id, "messageId": message_id, "sentAt": sent,
                "doneAt": _utc_second(done_at // 1000) + _MILLIS[done_at % 1000],
                "messageCount": count, "price": {"pricePerMessage": price, "currency": CURRENCY},
                "status": status_object, "error": error_object,
            }  # fmt: skip
        if sender is not None:
            out["sender"] = sender
        if entity_id is not None or application_id is not None:
            platform = {}
            if entity_id is not None:
                platform["entityId"] = entity_id
            if application_id is not None:
                platform["applicationId"] = application_id
            out["platform"] = platform
        if campaign_reference_id is not None:
            out["campaignReferenceId"] = campaign_reference_id
        return out


def _log(row: tuple[Any, ...]) -> dict[str, Any]:
    """A log, from its row of RENDERED's columns."""
    page = _Page()
    log = page.rendered(row, "destination")
    log["content"] = page.content(row[14])
    return log


#: a log's text by its row (``_logs``)
_LOGS = Renderings(_log)


def _content(stored: str) -> Any:
    """A stored content (JSON text) as its value: a fresh copy of the parse of that text, which
    a page of logs of one send mostly repeats (long texts are parsed each time: the cache
    holds at most 1024 short ones)."""
    if len(stored) <= _CACHED_CONTENT:
        parsed, flat = _parsed_content(stored)
        if flat:
            return parsed.copy()
    return json.loads(stored)  # nested values (a language object): a parse of their own


#: the longest stored content kept parsed (a few SMS parts' worth of text)
_CACHED_CONTENT = 2048


@lru_cache(maxsize=1024)
def _parsed_content(stored: str) -> tuple[Any, bool]:
    """(parse of a stored content, whether a shallow copy of it is a copy of all of it)."""
    parsed = json.loads(stored)
    flat = isinstance(parsed, dict) and not any(
        isinstance(value, dict | list) for value in parsed.values()
    )
    return parsed, flat
