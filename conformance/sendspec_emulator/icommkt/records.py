"""ICOMMKT's tables and fixed records: the SQL schema, limits and retention, the bounce
types, the documentation's sample reader of opens and clicks, a prepared send. No HTTP
here."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import orjson

from ..core.app import parse_json

SERVER_ID = 1
SEARCH_WINDOW = 10_000
US_PER_DAY = 86_400_000_000
MESSAGE_TTL_US = 45 * US_PER_DAY
DUMP_TTL_US = 30 * US_PER_DAY
MAX_SQL_INT = 2**62


def row_id(text: str) -> int | None:
    """An id from a path or a template key: ASCII digits only, clamped to SQLite's integer
    range (a larger id finds nothing instead of overflowing); None for anything else."""
    if not (text.isascii() and text.isdigit()):
        return None
    return min(int(text), 2**63 - 1)


LINK = re.compile(r"https?://[^\s\"'<>]+")


def stored_json(text: str) -> Any:
    """``json.loads`` of a JSON column this emulator wrote (json.dumps), faster with the same
    value: the empty list and object without parsing, the rest through the core's
    ``parse_json`` (orjson where it gives json.loads's value)."""
    if text == "[]":
        return []
    if text == "{}":
        return {}
    return parse_json(text)


def stored_strings(text: str) -> Any:
    """stored_json() of a column holding strings only (address pairs, attachment names):
    no number that orjson could round, so no digit test."""
    if text == "[]":
        return []
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:  # lone surrogates: json.loads decides
        return json.loads(text)


@dataclass(frozen=True)
class BounceType:
    code: int
    name: str
    description: str
    inactive: bool
    can_activate: bool
    details: str


BOUNCE_TYPES: dict[str, BounceType] = {
    "HardBounce": BounceType(
        1, "Hard bounce",
        "The server was unable to deliver your message (ex: unknown user, mailbox not found).",
        True, True, "smtp;550 5.1.1 The email account that you tried to reach does not exist.",
    ),
    "Transient": BounceType(
        2, "Message delayed",
        "The server could not temporarily deliver your message (ex: Message is delayed due to "
        "network troubles).",
        False, True, "smtp;421 4.4.2 Connection timed out, please try again later.",
    ),
    "AutoResponder": BounceType(
        64, "Auto responder",
        'Automatic email responder (ex: "Out of Office" or "On Vacation").',
        False, True, "Auto-Submitted: auto-replied",
    ),
    "SpamNotification": BounceType(
        512, "Spam notification",
        "The message was delivered, but was either blocked by the user, or classified as spam, "
        "bulk mail, or had rejected content.",
        False, True, "smtp;550 5.7.1 Message rejected as spam.",
    ),
    "SoftBounce": BounceType(
        4096, "Soft bounce",
        "Unable to temporarily deliver message (i.e. mailbox full, account disabled, exceeds "
        "quota, out of disk space).",
        False, True, "smtp;452 4.2.2 The email account that you tried to reach is over quota.",
    ),
    "SpamComplaint": BounceType(
        100001, "Spam complaint",
        "The subscriber explicitly marked this message as spam.",
        True, False, "The recipient marked the message as spam.",
    ),
    "SMTPApiError": BounceType(
        100007, "SMTP API error",
        "An error occurred while accepting an email through the SMTP API.",
        False, True, "smtp;500 SMTP API error.",
    ),
}  # fmt: skip
BOUNCE_PREFIXES = (
    ("hardbounce", "HardBounce"),
    ("softbounce", "SoftBounce"),
    ("transient", "Transient"),
    ("autoresponder", "AutoResponder"),
    ("spamnotification", "SpamNotification"),
    ("spamcomplaint", "SpamComplaint"),
)
SUPPRESSION_OF = {"HardBounce": "HardBounce", "SpamComplaint": "SpamComplaint"}

#: the reader of the documentation's open and click samples, the default of control actions
SAMPLE_AGENT = (
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_7_5) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/34.0.1847.131 Safari/537.36"
)
SAMPLE_CLIENT = {"Name": "Chrome 34.0.1847.131", "Company": "Google Inc.", "Family": "Chrome"}
SAMPLE_OS = {"Name": "OS X 10.7 Lion", "Company": "Apple Computer, Inc.", "Family": "OS X"}
SAMPLE_GEO = {
    "CountryISOCode": "RS", "Country": "Serbia", "RegionISOCode": "VO",
    "Region": "Autonomna Pokrajina Vojvodina", "City": "Novi Sad", "Zip": "21000",
    "Coords": "45.2517,19.8369", "IP": "188.2.95.4",
}  # fmt: skip
UNKNOWN_AGENT = {"Name": "Unknown", "Company": "Unknown", "Family": "Unknown"}

SCHEMA = """
CREATE TABLE IF NOT EXISTS signatures (email TEXT PRIMARY KEY, confirmed INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS messages (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id TEXT UNIQUE NOT NULL, stream TEXT NOT NULL,
    from_text TEXT NOT NULL, from_email TEXT NOT NULL,
    to_text TEXT NOT NULL, to_json TEXT NOT NULL, cc_json TEXT NOT NULL, bcc_json TEXT NOT NULL,
    reply_to TEXT, subject TEXT NOT NULL, html_body TEXT, text_body TEXT, tag TEXT,
    metadata_json TEXT NOT NULL, headers_json TEXT NOT NULL, attachments_json TEXT NOT NULL,
    track_opens INTEGER NOT NULL, track_links TEXT NOT NULL, tracked_links INTEGER NOT NULL,
    status TEXT NOT NULL, received_us INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS messages_received ON messages (received_us);
-- a stream's page read from an index (newest first), and the stream's size kept by triggers:
-- the default listing costs the same however many messages are stored (stream_count())
CREATE INDEX IF NOT EXISTS messages_stream ON messages (stream, received_us);
CREATE TABLE IF NOT EXISTS message_counts (stream TEXT PRIMARY KEY, n INTEGER NOT NULL);
CREATE TRIGGER IF NOT EXISTS messages_counted AFTER INSERT ON messages BEGIN
    INSERT INTO message_counts VALUES (NEW.stream, 1)
    ON CONFLICT (stream) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER IF NOT EXISTS messages_uncounted AFTER DELETE ON messages BEGIN
    UPDATE message_counts SET n = n - 1 WHERE stream = OLD.stream;
END;
CREATE TRIGGER IF NOT EXISTS messages_recounted AFTER UPDATE OF stream ON messages BEGIN
    UPDATE message_counts SET n = n - 1 WHERE stream = OLD.stream;
    INSERT INTO message_counts VALUES (NEW.stream, 1)
    ON CONFLICT (stream) DO UPDATE SET n = n + 1;
END;
CREATE TABLE IF NOT EXISTS recipients (
    message_seq INTEGER NOT NULL REFERENCES messages (seq), kind TEXT NOT NULL,
    email TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS recipients_email ON recipients (email);
CREATE TABLE IF NOT EXISTS bounces (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    message_seq INTEGER NOT NULL REFERENCES messages (seq), message_id TEXT NOT NULL,
    type TEXT NOT NULL, stream TEXT NOT NULL, tag TEXT, email TEXT NOT NULL, email_lower TEXT
    NOT NULL, from_email TEXT, subject TEXT, details TEXT NOT NULL, content TEXT NOT NULL,
    inactive INTEGER NOT NULL, can_activate INTEGER NOT NULL, bounced_us INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS suppressions (
    stream TEXT NOT NULL, email TEXT NOT NULL, reason TEXT NOT NULL, origin TEXT NOT NULL,
    created_us INTEGER NOT NULL, PRIMARY KEY (stream, email)
);
CREATE TABLE IF NOT EXISTS opens (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    message_seq INTEGER NOT NULL REFERENCES messages (seq), recipient TEXT NOT NULL,
    first INTEGER NOT NULL, platform TEXT, user_agent TEXT NOT NULL, client_json TEXT,
    os_json TEXT, geo_json TEXT, read_seconds INTEGER, received_us INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS clicks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    message_seq INTEGER NOT NULL REFERENCES messages (seq), recipient TEXT NOT NULL,
    first INTEGER NOT NULL, link TEXT NOT NULL, location TEXT NOT NULL, platform TEXT,
    user_agent TEXT NOT NULL, client_json TEXT, os_json TEXT, geo_json TEXT,
    received_us INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS templates (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL, alias TEXT, alias_lower TEXT UNIQUE, subject TEXT, html_body TEXT,
    text_body TEXT, type TEXT NOT NULL, layout TEXT
);
CREATE TABLE IF NOT EXISTS inbound (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id TEXT UNIQUE NOT NULL, from_email TEXT NOT NULL, body_json TEXT NOT NULL,
    recipients TEXT NOT NULL, tag TEXT NOT NULL, subject TEXT NOT NULL,
    mailbox_hash TEXT NOT NULL, status TEXT NOT NULL, blocked_reason TEXT,
    received_us INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS inbound_rules (
    id INTEGER PRIMARY KEY AUTOINCREMENT, rule TEXT NOT NULL, rule_lower TEXT UNIQUE NOT NULL
);
"""


@dataclass
class Prepared:
    """A send that passed every check, ready to store."""

    body: dict[str, Any]
    from_email: str
    to: list[tuple[str, str]]
    cc: list[tuple[str, str]]
    bcc: list[tuple[str, str]]
    stream: str
    subject: str
    html_body: str | None
    text_body: str | None
