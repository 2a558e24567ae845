"""ICOMMKT Transactional Email emulator, Postmark compatible (specs/icommkt-email.yaml).

Credentials: ``X-Trx-Api-Key: <server token>`` (name and value case-insensitive); the token
defaults to ``demo-server-token``. The documented test token ``ICOMMKT_API_TEST`` is accepted by
the four send operations only: the send is validated exactly like a real one and answered like
one (ErrorCode 0, a fresh MessageID), but nothing is stored, bounced or counted. Every other
operation answers the test token with 401.

Errors: every failure is ``{"ErrorCode": <int>, "Message": <text>}``. A missing or wrong token is
HTTP 401 / ErrorCode 10; every input error is HTTP 422. Schema failures found by the core map to
410 (a batch of more than 500 messages), 403 (a required send field such as From, To,
TemplateModel or Messages is missing), 1120 (a template without Name) and 300 otherwise;
malformed JSON is 402 and a non-JSON Content-Type 409. The core names the operation of a schema
failure (``ApiError.operation_id``), so problems of query or path parameters, and those the
handlers find, use the code of the operation's group (bounces 1000, messages 700, stats 900,
templates 1100, suppressions 300). Routing errors outside the spec: 404 / 405 with ErrorCode
equal to the status; injected 429 ErrorCode 429, 503 ErrorCode 100 (maintenance); an internal
error 500 ErrorCode 500.

Timestamps are stored as integer epoch microseconds and rendered in US Eastern time with seven
fractional digits and the offset (``2014-02-17T07:25:01.4178645-05:00``). Every stored event
gets a distinct, increasing time. Filter dates (``fromdate``/``todate``) are Eastern time and
inclusive (a date-only ``todate`` covers the whole day, a date-time its whole second or minute);
stats days are Eastern dates. A filter date that does not exist (e.g. 2021-02-31) is a 422 (the
spec's patterns refuse it already); an empty value is no filter.

Sending (``/email``, ``/email/batch``, ``/email/withTemplate``, ``/email/batchWithTemplates``)

- ``From`` ("Name <addr>" allowed) must be a sender signature: 400 when unknown, 401 when known
  but unconfirmed. Signatures are seeded with the constructor (``sender_signatures``) and
  ``POST /_emulator/signatures {"add": [...], "unconfirmed": [...], "replace": false}``; an entry
  ``@domain`` confirms the whole domain.
- ``To`` (required), ``Cc``, ``Bcc`` are comma-separated address lists ("Name <addr>" and quoted
  names allowed); an unparsable address is 300 ("Invalid 'To' address: ..."); more than 50
  recipients in total is 300. HtmlBody or TextBody is required (300). An attachment whose name
  has a forbidden extension is 411. A message above 10 MB (bodies and base64 attachments) is 300.
- A recipient suppressed in the message's stream (``MessageStream``, default ``outbound``) is
  406 with the inactive addresses in the Message; nothing is sent.
- Templated sends: TemplateId wins over TemplateAlias; neither is 403; an unknown template 1101;
  a layout cannot be sent (1123). Subject, HtmlBody and TextBody are rendered with the
  TemplateModel (Mustachio: ``{{a.b}}``, ``{{.}}``, ``{{../x}}``, ``{{#x}}…{{/x}}``,
  ``{{#each xs}}…{{/each}}``, ``{{^x}}…{{/x}}``, ``{{{x}}}``/``{{& x}}``); values are HTML-encoded
  in HtmlBody only; a standard template with a layout is wrapped in the layout's
  ``{{{@content}}}``. ``InlineCss`` is accepted without effect.
- Batches answer 200 with one result per message in request order; a failed message has its
  ErrorCode and Message only and stores nothing, the others are stored.
- A stored message (``Status: Sent``) keeps its recipients, tag, metadata, stream, tracking
  options, attachment names, bodies and a generated raw source (the dump).

Bounces are decided at send time by each recipient's local part: ``hardbounce…`` -> HardBounce
(inactive: the address is suppressed in the stream with reason HardBounce), ``softbounce…`` ->
SoftBounce, ``transient…`` -> Transient, ``autoresponder…`` -> AutoResponder,
``spamnotification…`` -> SpamNotification, ``spamcomplaint…`` -> SpamComplaint (inactive,
suppression SpamComplaint, cannot be activated: 1003). ``POST /_emulator/bounce {"MessageID",
"Recipient"?, "Type"}`` adds one for any recipient. An unknown bounce ID is 1001. Activating a
bounce marks it active and lifts the HardBounce suppression of its address in its stream; the
dump of a bounce older than 30 days is "". Bounce searches are newest first and default to the
``outbound`` stream; ``emailFilter`` is a case-insensitive substring.

Opens and clicks exist only through ``POST /_emulator/open`` / ``/_emulator/click``
(``{"MessageID", "Recipient"?, "Platform"?, "UserAgent"?, "Client"?, "OS"?, "Geo"?,
"ReadSeconds"?}``, clicks also ``"Link"?``, ``"ClickLocation"?``), for messages sent with
TrackOpens / a TrackLinks other than None. Every open and click is counted by the stats; the open
lists show only the first open per message and recipient, the click lists the first click per
message, recipient and link. Every record carries RecordType, Client, OS, Platform, UserAgent and
Geo as the documentation's samples do: without a UserAgent they are the samples' reader (Chrome 34
on OS X Lion, WebMail, Novi Sad), with a UserAgent but no Client/OS/Platform those are "Unknown";
an object given is stored as given. Opens carry ReadSeconds (0 when none was given), clicks
ClickLocation and OriginalLink. Read times count every open in buckets "0s" .. "19s", "20s+",
and "unknown" for opens recorded without ReadSeconds. Spam complaints have ``From: ""`` ("spam
complaints do not include the original sender address").

Searches (bounces, outbound, inbound, opens) need count + offset <= 10,000 (1000 for bounces, 700
otherwise); results carry TotalCount of every match and are newest first. Messages older than 45
days are no longer found by the message search, details and dump (stats keep them).

Stats are computed from stored data, filtered by message tag, stream (all when omitted) and
inclusive Eastern dates of the event (send, bounce, open, click). Days without data and zero
counts are left out of ``Days``; the totals are always present for the fixed-key answers.

Inbound messages are seeded with ``POST /_emulator/inbound`` (Postmark fields; ``Status``
defaults to Processed); a From matching an inbound rule (address, or domain) is Blocked with a
BlockedReason. Bypass releases a Blocked message (Processed), otherwise 702; retry reschedules a
Failed message (Scheduled), otherwise 703; unknown messages 701. Inbound rules: an address or a
domain (813 otherwise), duplicates 810 (case-insensitive), unknown ID 812.

Templates: Name, Alias (unique, case-insensitive, 1100 when taken), Subject (required for
standard templates, 1120; refused on layouts, 1123), HtmlBody/TextBody (one required, 1120),
TemplateType (immutable), LayoutTemplate (an existing layout's alias, 1101; refused on layouts,
1123; "" removes it). A layout needs exactly one ``{{{@content}}}`` in each body it has (1131)
and cannot be deleted while templates use it (1130). Syntax errors are 1122. At most 300
templates (1105). Validate reports each given part with its errors (line and character) and its
rendering with the suggested model (``<name>_Value`` placeholders) overlaid with TestRenderModel.

Suppressions are kept per message stream: create adds ManualSuppression (origin Customer); an
invalid address is Failed; delete removes any suppression but a SpamComplaint (Failed) and lifts
the inactive flag of the address's bounces in that stream.
"""

from __future__ import annotations

import html
import json
import math
import re
import secrets
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime, getaddresses, parseaddr
from typing import Any
from zoneinfo import ZoneInfo

from ..specs import load_spec
from .core import (
    FORMAT_CHECKER,
    JSON,
    ApiError,
    Call,
    Clock,
    Database,
    Handler,
    Provider,
    Reply,
    new_uuid,
)

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
EASTERN = ZoneInfo("America/New_York")
TEST_TOKEN = "ICOMMKT_API_TEST"
SERVER_ID = 1
MAX_RECIPIENTS = 50
MAX_MESSAGE_BYTES = 10 * 1024 * 1024
MAX_TEMPLATES = 300
SEARCH_WINDOW = 10_000
US_PER_DAY = 86_400_000_000
MESSAGE_TTL_US = 45 * US_PER_DAY
DUMP_TTL_US = 30 * US_PER_DAY
MAX_SQL_INT = 2**62
FORBIDDEN_EXTENSIONS = frozenset({
    "vbs", "exe", "bin", "bat", "chm", "com", "cpl", "crt", "hlp", "hta", "inf", "ins", "isp",
    "jse", "lnk", "mdb", "pcd", "pif", "reg", "scr", "sct", "shs", "vbe", "vba", "wsf", "wsh",
    "wsl", "msc", "msi", "msp", "mst",
})  # fmt: skip
SEND_OPERATIONS = frozenset(
    {
        "send_email",
        "send_email_batch",
        "send_email_with_template",
        "send_email_batch_with_templates",
    }
)
LINK = re.compile(r"https?://[^\s\"'<>]+")
ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")

#: spec tag -> the ErrorCode of input problems in that group of operations
GROUP_CODES = {
    "bounces": 1000,
    "messages": 700,
    "stats": 900,
    "templates": 1100,
    "suppressions": 300,
}


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

INACTIVE_MESSAGE = (
    "You tried to send to recipient(s) that have been marked as inactive. Found inactive "
    "addresses: {}. Inactive recipients are ones that have generated a hard bounce or a spam "
    "complaint, or that were suppressed manually."
)
QUERY_MESSAGE = "You provided invalid querystring parameters in your request."

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


class IcommktError(ApiError):
    """An error with the provider's own ErrorCode (HTTP 422 unless told)."""

    def __init__(self, code: int, message: str, status: int = 422) -> None:
        super().__init__(status, "icommkt", message=message)
        self.code = code


# --------------------------------------------------------------------------------------------
# time


def stamp(us: int) -> str:
    """Eastern time, seven fractional digits and the offset: 2014-02-17T07:25:01.4178645-05:00."""
    moment = (EPOCH + timedelta(microseconds=us)).astimezone(EASTERN)
    offset = moment.utcoffset() or timedelta()
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"{moment:%Y-%m-%dT%H:%M:%S}.{moment.microsecond:06d}0{sign}{hours:02d}:{mins:02d}"


def eastern_day(us: int) -> str:
    return (EPOCH + timedelta(microseconds=us)).astimezone(EASTERN).strftime("%Y-%m-%d")


def to_us(moment: datetime) -> int:
    return (moment - EPOCH) // timedelta(microseconds=1)


def filter_time(value: str, *, end: bool, code: int) -> int:
    """A ``fromdate``/``todate`` value (Eastern, inclusive) as epoch microseconds."""
    try:
        if "T" in value:
            moment = datetime.fromisoformat(value)
            span = timedelta(seconds=1) if value.count(":") == 2 else timedelta(minutes=1)
        else:
            moment = datetime.combine(date.fromisoformat(value), datetime.min.time())
            span = timedelta(days=1)
        local = moment.replace(tzinfo=EASTERN)
        us = to_us(local)
        return us + (span // timedelta(microseconds=1)) - 1 if end else us
    except (ValueError, OverflowError) as exc:
        raise IcommktError(code, f"{QUERY_MESSAGE} Invalid date: {value!r}.") from exc


def stats_day(value: str | None, code: int = 900) -> str | None:
    if not value:  # absent, or empty: ASP.NET binds "" to no value
        return None
    try:
        if not ISO_DATE.match(value):
            raise ValueError(value)
        return date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise IcommktError(code, f"{QUERY_MESSAGE} Invalid date: {value!r}.") from exc


# --------------------------------------------------------------------------------------------
# addresses


def is_email(value: str) -> bool:
    return bool(value) and FORMAT_CHECKER.conforms(value, "email")


def parse_addresses(value: str | None, field_name: str) -> list[tuple[str, str]]:
    """(name, email) pairs of a comma-separated list; 300 for anything unparsable."""
    if value is None or not value.strip():
        return []
    pairs = []
    for part in _split_list(value):
        name, addr = parseaddr(part)
        if not is_email(addr):
            raise IcommktError(300, f"Invalid '{field_name}' address: '{part.strip()}'.")
        pairs.append((name, addr))
    return pairs


def _split_list(value: str) -> list[str]:
    """Split on commas outside double quotes and angle brackets."""
    parts, current, quoted, angle = [], [], False, False
    escaped = False
    for char in value:
        if escaped:
            current.append(char)
            escaped = False
            continue
        if char == "\\" and quoted:
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif char == "<" and not quoted:
            angle = True
        elif char == ">" and not quoted:
            angle = False
        elif char == "," and not quoted and not angle:
            parts.append("".join(current))
            current = []
            continue
        current.append(char)
    parts.append("".join(current))
    return parts


def invalid_address(address: str) -> dict[str, Any]:
    return {
        "EmailAddress": address,
        "Status": "Failed",
        "Message": "An invalid email address was provided.",
    }


def _sanitize(value: Any) -> Any:
    """JSON that can be written back: non-finite floats become null."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _sanitize(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_sanitize(v) for v in value]
    return value


# --------------------------------------------------------------------------------------------
# Mustachio templates

_TAG = re.compile(r"\{\{\{\s*(.*?)\s*\}\}\}|\{\{\s*([#^/&!]?)\s*(.*?)\s*\}\}", re.S)
_MISSING = object()


@dataclass
class Node:
    kind: str  # text | var | section | inverted | each
    value: str = ""
    escape: bool = True
    children: list[Node] = field(default_factory=list)


@dataclass
class TemplateSyntaxError:
    message: str
    line: int
    position: int

    def as_json(self) -> dict[str, Any]:
        return {"Message": self.message, "Line": self.line, "CharacterPosition": self.position}


def _where(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def parse_template(text: str) -> tuple[list[Node], list[TemplateSyntaxError]]:
    root = Node("section")
    stack: list[tuple[Node, str, int]] = [(root, "", 0)]
    errors: list[TemplateSyntaxError] = []
    pos = 0
    for match in _TAG.finditer(text):
        if match.start() > pos:
            stack[-1][0].children.append(Node("text", text[pos : match.start()]))
        pos = match.end()
        line, col = _where(text, match.start())
        if match.group(1) is not None:
            name = match.group(1)
            if not name:
                errors.append(TemplateSyntaxError("An empty tag was found.", line, col))
                continue
            stack[-1][0].children.append(Node("var", name, escape=False))
            continue
        sigil, name = match.group(2), match.group(3)
        if sigil == "!":
            continue
        if not name:
            errors.append(TemplateSyntaxError("An empty tag was found.", line, col))
            continue
        words = name.split()
        if sigil == "#" or (sigil == "" and len(words) == 2 and words[0] == "each"):
            if len(words) == 2 and words[0] == "each":
                node = Node("each", words[1])
            elif len(words) == 1:
                node = Node("section", name)
            else:
                errors.append(TemplateSyntaxError(f"'{name}' is not a valid section.", line, col))
                continue
            stack[-1][0].children.append(node)
            stack.append((node, "each" if node.kind == "each" else name, match.start()))
        elif sigil == "^":
            node = Node("inverted", name)
            stack[-1][0].children.append(node)
            stack.append((node, name, match.start()))
        elif sigil == "/":
            if len(stack) == 1:
                errors.append(
                    TemplateSyntaxError(f"The closing tag '{name}' has no opening tag.", line, col)
                )
            elif stack[-1][1] != name and not (stack[-1][0].kind == "each" and name == "each"):
                errors.append(
                    TemplateSyntaxError(
                        f"The closing tag '{name}' does not match the open '{stack[-1][1]}'.",
                        line,
                        col,
                    )
                )
            else:
                stack.pop()
        else:
            if len(words) != 1:
                errors.append(TemplateSyntaxError(f"'{name}' is not a valid name.", line, col))
                continue
            stack[-1][0].children.append(Node("var", name, escape=sigil != "&"))
    if pos < len(text):
        stack[-1][0].children.append(Node("text", text[pos:]))
    for _node, name, start in stack[1:]:
        line, col = _where(text, start)
        errors.append(TemplateSyntaxError(f"The section '{name}' is never closed.", line, col))
    return root.children, errors


def _get(scope: Any, parts: list[str]) -> Any:
    value = scope
    for part in parts:
        if isinstance(value, dict) and part in value:
            value = value[part]
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return _MISSING
    return value


def _lookup(stack: list[Any], path: str) -> Any:
    if path == ".":
        return stack[-1]
    ups = 0
    while path.startswith("../"):
        ups += 1
        path = path[3:]
    level = max(len(stack) - 1 - ups, 0)
    parts = path.split(".")
    for index in range(level, -1, -1) if ups else (level,):
        found = _get(stack[index], parts)
        if found is not _MISSING:
            return found
    return _MISSING


def _scalar(value: Any) -> str:
    if value is _MISSING or value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return str(int(value))
    if isinstance(value, dict | list):
        return json.dumps(_sanitize(value), ensure_ascii=False)
    return str(value)


def _truthy(value: Any) -> bool:
    return value is not _MISSING and value is not None and value is not False and value != []


def render_nodes(nodes: list[Node], stack: list[Any], escape: bool) -> str:
    out: list[str] = []
    for node in nodes:
        if node.kind == "text":
            out.append(node.value)
        elif node.kind == "var":
            text = _scalar(_lookup(stack, node.value))
            out.append(html.escape(text) if escape and node.escape else text)
        elif node.kind == "inverted":
            value = _lookup(stack, node.value)
            if not _truthy(value) or value in ("", {}):
                out.append(render_nodes(node.children, stack, escape))
        else:
            value = _lookup(stack, node.value)
            if node.kind == "each" or isinstance(value, list):
                for item in value if isinstance(value, list) else []:
                    out.append(render_nodes(node.children, [*stack, item], escape))
            elif _truthy(value):
                out.append(render_nodes(node.children, [*stack, value], escape))
    return "".join(out)


def render(text: str | None, model: Any, *, escape: bool) -> str | None:
    if text is None:
        return None
    nodes, _ = parse_template(text)
    return render_nodes(nodes, [model], escape)


def suggest_model(nodes: list[Node], stack: list[dict[str, Any]]) -> None:
    """Fill ``stack[-1]`` with the shape the template expects (``<name>_Value`` leaves)."""
    for node in nodes:
        if node.kind == "text" or node.value == "." or node.value.startswith("@"):
            continue
        path = node.value
        ups = 0
        while path.startswith("../"):
            ups += 1
            path = path[3:]
        scope = stack[max(len(stack) - 1 - ups, 0)]
        parts = [p for p in path.split(".") if p]
        if not parts:
            continue
        for part in parts[:-1]:
            if not isinstance(scope.get(part), dict):
                scope[part] = {}
            scope = scope[part]
        last = parts[-1]
        if node.kind == "var":
            scope.setdefault(last, f"{last}_Value")
        elif node.kind == "inverted":
            suggest_model(node.children, stack)
        elif node.kind == "each":
            current = scope.get(last)
            if not (isinstance(current, list) and current and isinstance(current[0], dict)):
                current = [{}]
                scope[last] = current
            suggest_model(node.children, [*stack, current[0]])
        else:
            if not isinstance(scope.get(last), dict):
                scope[last] = {}
            suggest_model(node.children, [*stack, scope[last]])


def merge(base: Any, over: Any) -> Any:
    if isinstance(base, dict) and isinstance(over, dict):
        out = dict(base)
        for key, value in over.items():
            out[key] = merge(base.get(key), value) if key in base else value
        return out
    return over


# --------------------------------------------------------------------------------------------
# the provider


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


class IcommktProvider(Provider):
    slug = "icommkt-email"
    #: the service runs on ASP.NET: paths match with a trailing "/" and in any letter case,
    #: query names in any case (the doc writes /email/withTemplate/ and Count=/Offset=), and
    #: postmarker sends JSON null for every unset field, which the service takes as absent;
    #: boolean parameters in any case (.NET's bool.Parse; postmarker sends inactive=True)
    trailing_slash = True
    case_insensitive_paths = True
    case_insensitive_query = True
    case_insensitive_booleans = True
    nulls_as_absent = True

    def __init__(
        self,
        db: Database,
        clock: Clock,
        *,
        server_token: str = "demo-server-token",
        sender_signatures: tuple[str, ...] = ("sender@example.com",),
    ) -> None:
        super().__init__(db, clock)
        self.server_token = server_token
        self._last_us = 0
        self._default_signatures = list(sender_signatures)
        with db.lock:
            db.conn.executescript(SCHEMA)
        self.seed_defaults()
        spec = load_spec(self.slug)
        #: operationId -> first tag, to give schema failures their group's ErrorCode
        self._tags = {
            op["operationId"]: (op.get("tags") or [""])[0]
            for item in spec["paths"].values()
            for op in item.values()
            if isinstance(op, dict) and "operationId" in op
        }
        #: an inbound rule's form: an address or a domain (the spec is the one definition)
        self._rule_form = re.compile(
            spec["components"]["schemas"]["CreateInboundRuleRequest"]["properties"]["Rule"][
                "pattern"
            ]
        )

    def seed_defaults(self) -> None:
        self.set_signatures(self._default_signatures, [], replace=True)

    # ------------------------------------------------------------------------------ provider
    def handlers(self) -> dict[str, Handler]:
        table: dict[str, Callable[[Call], Reply]] = {
            "send_email": self.send_email,
            "send_email_batch": self.send_email_batch,
            "send_email_with_template": self.send_email_with_template,
            "send_email_batch_with_templates": self.send_email_batch_with_templates,
            "get_delivery_stats": self.get_delivery_stats,
            "list_bounces": self.list_bounces,
            "list_bounce_tags": self.list_bounce_tags,
            "get_bounce": self.get_bounce,
            "get_bounce_dump": self.get_bounce_dump,
            "activate_bounce": self.activate_bounce,
            "list_templates": self.list_templates,
            "create_template": self.create_template,
            "validate_template": self.validate_template,
            "get_template": self.get_template,
            "edit_template": self.edit_template,
            "delete_template": self.delete_template,
            "list_outbound_messages": self.list_outbound_messages,
            "get_outbound_message_details": self.get_outbound_message_details,
            "get_outbound_message_dump": self.get_outbound_message_dump,
            "list_inbound_messages": self.list_inbound_messages,
            "get_inbound_message_details": self.get_inbound_message_details,
            "bypass_inbound_message": self.bypass_inbound_message,
            "retry_inbound_message": self.retry_inbound_message,
            "list_message_opens": self.list_message_opens,
            "list_opens_for_message": self.list_opens_for_message,
            "list_message_clicks": self.list_message_clicks,
            "list_clicks_for_message": self.list_clicks_for_message,
            "get_outbound_overview": self.get_outbound_overview,
            "get_sent_counts": self.get_sent_counts,
            "get_bounce_counts": self.get_bounce_counts,
            "get_spam_complaint_counts": self.get_spam_complaint_counts,
            "get_tracked_email_counts": self.get_tracked_email_counts,
            "get_email_open_counts": self.get_email_open_counts,
            "get_email_platform_usage": self.get_email_platform_usage,
            "get_email_client_usage": self.get_email_client_usage,
            "get_email_read_times": self.get_email_read_times,
            "get_click_counts": self.get_click_counts,
            "get_browser_usage": self.get_browser_usage,
            "get_browser_platform_usage": self.get_browser_platform_usage,
            "get_click_location": self.get_click_location,
            "dump_suppressions": self.dump_suppressions,
            "create_suppressions": self.create_suppressions,
            "delete_suppressions": self.delete_suppressions,
            "list_inbound_rules": self.list_inbound_rules,
            "create_inbound_rule": self.create_inbound_rule,
            "delete_inbound_rule": self.delete_inbound_rule,
        }
        return {
            op: (handler if op in SEND_OPERATIONS else self._no_test_token(handler))
            for op, handler in table.items()
        }

    def _no_test_token(self, handler: Callable[[Call], Reply]) -> Handler:
        def guarded(call: Call) -> Reply:
            if self._is_test(call.headers):
                raise IcommktError(
                    10, f"The test token {TEST_TOKEN} can only be used to send emails.", 401
                )
            return handler(call)

        return guarded

    @staticmethod
    def _is_test(headers: Mapping[str, str]) -> bool:
        return (headers.get("x-trx-api-key") or "").strip().lower() == TEST_TOKEN.lower()

    def authenticate(self, headers: Mapping[str, str]) -> None:
        token = (headers.get("x-trx-api-key") or "").strip().lower()
        if not token:
            raise IcommktError(10, "Bad or missing API token: the X-Trx-Api-Key header.", 401)
        if not (
            secrets.compare_digest(token.encode(), self.server_token.lower().encode())
            or token == TEST_TOKEN.lower()
        ):
            raise IcommktError(10, "Bad or missing API token.", 401)

    def error_response(self, error: ApiError) -> Reply:
        if isinstance(error, IcommktError):
            return Reply(error.status, {"ErrorCode": error.code, "Message": error.message})
        status, code = {
            "auth": (401, 10),
            "malformed_json": (422, 402),
            "content_type": (422, 409),
            "not_found": (404, 404),
            "method": (405, 405),
            "rate_limited": (429, 429),
            "unavailable": (503, 100),
            "server": (500, 500),
        }.get(error.kind, (422, 300))
        message = error.message
        if error.kind == "content_type":
            message = (
                "Your HTTP request doesn't have the Accept and Content-Type headers set to "
                f"application/json. ({error.message})"
            )
        elif error.kind == "malformed_json":
            message = f"The JSON data you provided is syntactically incorrect. ({error.message})"
        elif error.kind == "validation":
            code = self._validation_code(error)
        return Reply(status, {"ErrorCode": code, "Message": message})

    def _validation_code(self, error: ApiError) -> int:
        violations = error.violations
        group = GROUP_CODES.get(self._tags.get(error.operation_id or "", ""))
        body_problem = any(v.where == "" or v.where[0].isupper() for v in violations)
        if group is not None and not body_problem:  # query or path parameters only
            return group
        if violations and all(
            v.where == "Rule" and v.message != "is required" for v in violations
        ):  # the spec's pattern: neither an address nor a domain
            return 813
        if any(
            v.where in ("", "Messages") and v.message.startswith("must have at most 500")
            for v in violations
        ):
            return 410
        required = [v for v in violations if v.message == "is required"]
        if required and len(required) == len(violations):
            fields = {re.sub(r"^(Messages)?(\[\d+\]\.)?", "", v.where) for v in required}
            if fields <= {"From", "To", "TemplateModel", "Messages"}:
                return 403
            if fields == {"Name"}:
                return 1120
        return 300

    def control(self, action: str, body: JSON) -> JSON:
        if action == "signatures":
            add = list(body.get("add", []))
            unconfirmed = list(body.get("unconfirmed", []))
            return {
                "signatures": self.set_signatures(
                    add, unconfirmed, replace=bool(body.get("replace"))
                )
            }
        if action == "open":
            return self.record_open(body)
        if action == "click":
            return self.record_click(body)
        if action == "inbound":
            return self.record_inbound(body)
        if action == "bounce":
            return self.record_bounce(body)
        return super().control(action, body)

    # ------------------------------------------------------------------------------ helpers
    def now_us(self) -> int:
        """The clock in microseconds, strictly increasing across calls."""
        us = max(to_us(self.clock.now()), self._last_us + 1)
        self._last_us = us
        return us

    def set_signatures(
        self, confirmed: list[str], unconfirmed: list[str], *, replace: bool
    ) -> list[str]:
        with self.db.tx() as conn:
            if replace:
                conn.execute("DELETE FROM signatures")
            for items, flag in ((unconfirmed, 0), (confirmed, 1)):
                for email in items:
                    conn.execute(
                        "INSERT OR REPLACE INTO signatures VALUES (?, ?)",
                        (str(email).strip().lower(), flag),
                    )
        return [row[0] for row in self.db.query("SELECT email FROM signatures ORDER BY email")]

    def _message_row(self, message_id: str, *, live_only: bool = False) -> sqlite3.Row:
        rows = self.db.query("SELECT * FROM messages WHERE message_id = ?", (message_id,))
        if not rows or (
            live_only and rows[0]["received_us"] < to_us(self.clock.now()) - MESSAGE_TTL_US
        ):
            raise IcommktError(701, "This message doesn't exist.")
        return rows[0]

    @staticmethod
    def _window(query: Mapping[str, Any], code: int, *, ceiling: bool = True) -> tuple[int, int]:
        count, offset = int(query["count"]), int(query["offset"])
        if ceiling and count + offset > SEARCH_WINDOW:
            raise IcommktError(
                code,
                f"{QUERY_MESSAGE} Count + Offset cannot exceed {SEARCH_WINDOW:,}; use fromdate "
                "and todate to reach further.",
            )
        return min(count, MAX_SQL_INT), min(offset, MAX_SQL_INT)

    @staticmethod
    def _dates(
        query: Mapping[str, Any], column: str, where: list[str], params: list[Any], code: int
    ) -> None:
        if query.get("fromdate"):
            where.append(f"{column} >= ?")
            params.append(filter_time(query["fromdate"], end=False, code=code))
        if query.get("todate"):
            where.append(f"{column} <= ?")
            params.append(filter_time(query["todate"], end=True, code=code))

    # ------------------------------------------------------------------------------ sending
    def _check_common(
        self, body: Mapping[str, Any], conn: sqlite3.Connection
    ) -> tuple[Prepared, int]:
        _, from_email = parseaddr(body["From"])
        if not is_email(from_email):
            raise IcommktError(300, f"Invalid 'From' address: '{body['From']}'.")
        signature = self._signature(conn, from_email)
        if signature is None:
            raise IcommktError(
                400,
                f"The 'From' address you supplied ({from_email}) is not a Sender Signature on "
                "your account. Please add and confirm this address in order to be able to use "
                "it in the 'From' field of your messages.",
            )
        if not signature:
            raise IcommktError(
                401, f"The sender signature {from_email} has not been confirmed yet."
            )
        to = parse_addresses(body["To"], "To")
        cc = parse_addresses(body.get("Cc"), "Cc")
        bcc = parse_addresses(body.get("Bcc"), "Bcc")
        if not to:
            raise IcommktError(300, "Invalid 'To' address: ''.")
        if len(to) + len(cc) + len(bcc) > MAX_RECIPIENTS:
            raise IcommktError(
                300,
                f"Invalid email request: a message may have at most {MAX_RECIPIENTS} recipients "
                "(To, Cc and Bcc together).",
            )
        size = 0
        for attachment in body.get("Attachments") or []:
            name = attachment["Name"]
            extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
            if extension in FORBIDDEN_EXTENSIONS:
                raise IcommktError(
                    411, f"The file type of the attachment isn't allowed: {attachment['Name']}."
                )
            size += len(attachment["Content"])
        stream = body.get("MessageStream") or "outbound"
        addresses = [addr.lower() for _, addr in (*to, *cc, *bcc)]
        placeholders = ",".join("?" * len(addresses))
        inactive = conn.execute(
            f"SELECT email FROM suppressions WHERE stream = ? AND email IN ({placeholders})",
            (stream, *addresses),
        ).fetchall()
        if inactive:
            found = sorted({row[0] for row in inactive})
            raise IcommktError(406, INACTIVE_MESSAGE.format(", ".join(found)))
        return Prepared(dict(body), from_email, to, cc, bcc, stream, "", None, None), size

    def _signature(self, conn: sqlite3.Connection, email: str) -> bool | None:
        email = email.lower()
        domain = "@" + email.rpartition("@")[2]
        rows = conn.execute(
            "SELECT confirmed FROM signatures WHERE email IN (?, ?) ORDER BY confirmed DESC",
            (email, domain),
        ).fetchall()
        return bool(rows[0][0]) if rows else None

    def _prepare_plain(self, body: Mapping[str, Any], conn: sqlite3.Connection) -> Prepared:
        if not body.get("HtmlBody") and not body.get("TextBody"):
            raise IcommktError(300, "Provide either email TextBody or HtmlBody or both.")
        prepared, size = self._check_common(body, conn)
        prepared.subject = body.get("Subject") or ""
        prepared.html_body = body.get("HtmlBody")
        prepared.text_body = body.get("TextBody")
        self._check_size(prepared, size)
        return prepared

    def _prepare_templated(self, body: Mapping[str, Any], conn: sqlite3.Connection) -> Prepared:
        if "TemplateId" in body:
            template = self._template_by(conn, str(body["TemplateId"]))
        elif "TemplateAlias" in body:
            template = self._template_by(conn, body["TemplateAlias"])
        else:
            raise IcommktError(403, "A TemplateId or a TemplateAlias is required.")
        if template["type"] == "Layout":
            raise IcommktError(1123, "A layout template cannot be used to send an email.")
        prepared, size = self._check_common(body, conn)
        model = body["TemplateModel"]
        try:
            subject = render(template["subject"], model, escape=False) or ""
            html_body = render(template["html_body"], model, escape=True)
            text_body = render(template["text_body"], model, escape=False)
            if template["layout"]:
                layout = self._template_by(conn, template["layout"])
                html_body = self._wrap(layout["html_body"], html_body, model, escape=True)
                text_body = self._wrap(layout["text_body"], text_body, model, escape=False)
        except RecursionError as exc:
            raise IcommktError(1122, "The TemplateModel is nested too deeply.") from exc
        prepared.subject, prepared.html_body, prepared.text_body = subject, html_body, text_body
        self._check_size(prepared, size)
        return prepared

    @staticmethod
    def _wrap(layout: str | None, content: str | None, model: Any, *, escape: bool) -> str | None:
        if layout is None or content is None:
            return content
        scope = {**model, "@content": content} if isinstance(model, dict) else {"@content": content}
        return render(layout, scope, escape=escape)

    @staticmethod
    def _check_size(prepared: Prepared, attachment_size: int) -> None:
        size = attachment_size + sum(
            len(part.encode()) for part in (prepared.html_body, prepared.text_body) if part
        )
        if size > MAX_MESSAGE_BYTES:
            raise IcommktError(300, "The message exceeds the 10 MB size limit.")

    def _store(
        self, conn: sqlite3.Connection, prepared: Prepared, message_id: str, now: int
    ) -> None:
        body = prepared.body
        track_links = body.get("TrackLinks") or "None"
        links: set[str] = set()
        if track_links in ("HtmlAndText", "HtmlOnly"):
            links.update(LINK.findall(prepared.html_body or ""))
        if track_links in ("HtmlAndText", "TextOnly"):
            links.update(LINK.findall(prepared.text_body or ""))
        cur = conn.execute(
            "INSERT INTO messages (message_id, stream, from_text, from_email, to_text, to_json,"
            " cc_json, bcc_json, reply_to, subject, html_body, text_body, tag, metadata_json,"
            " headers_json, attachments_json, track_opens, track_links, tracked_links, status,"
            " received_us) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " 'Sent', ?)",
            (
                message_id,
                prepared.stream,
                body["From"],
                prepared.from_email,
                body["To"],
                json.dumps(prepared.to),
                json.dumps(prepared.cc),
                json.dumps(prepared.bcc),
                body.get("ReplyTo"),
                prepared.subject,
                prepared.html_body,
                prepared.text_body,
                body.get("Tag") or None,
                json.dumps(body.get("Metadata") or {}),
                json.dumps(body.get("Headers") or []),
                json.dumps([a["Name"] for a in body.get("Attachments") or []]),
                int(bool(body.get("TrackOpens"))),
                track_links,
                len(links),
                now,
            ),
        )
        seq = cur.lastrowid
        for kind, pairs in (("To", prepared.to), ("Cc", prepared.cc), ("Bcc", prepared.bcc)):
            for _, addr in pairs:
                conn.execute("INSERT INTO recipients VALUES (?, ?, ?)", (seq, kind, addr.lower()))
                local = addr.rpartition("@")[0].lower()
                for prefix, bounce_type in BOUNCE_PREFIXES:
                    if local.startswith(prefix):
                        self._insert_bounce(conn, seq, addr, bounce_type, now + 1)
                        break

    def _insert_bounce(
        self, conn: sqlite3.Connection, seq: int | None, email: str, type_name: str, now: int
    ) -> int:
        message = conn.execute("SELECT * FROM messages WHERE seq = ?", (seq,)).fetchone()
        kind = BOUNCE_TYPES[type_name]
        content = (
            "Return-Path: <>\r\nReceived: from mx.emulator.invalid\r\n"
            f"From: Mail Delivery System <mailer-daemon@{email.rpartition('@')[2]}>\r\n"
            f"To: {message['from_email']}\r\nSubject: Undelivered Mail: {message['subject']}\r\n"
            f"X-PM-Message-Id: {message['message_id']}\r\n\r\n{kind.details}\r\n"
        )
        cur = conn.execute(
            "INSERT INTO bounces (message_seq, message_id, type, stream, tag, email, email_lower,"
            " from_email, subject, details, content, inactive, can_activate, bounced_us)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                seq,
                message["message_id"],
                type_name,
                message["stream"],
                message["tag"],
                email,
                email.lower(),
                # "spam complaints do not include the original sender address": From is ""
                "" if type_name == "SpamComplaint" else message["from_email"],
                message["subject"],
                kind.details,
                content,
                int(kind.inactive),
                int(kind.can_activate),
                now,
            ),
        )
        reason = SUPPRESSION_OF.get(type_name)
        if reason:
            conn.execute(
                "INSERT OR REPLACE INTO suppressions VALUES (?, ?, ?, 'Recipient', ?)",
                (message["stream"], email.lower(), reason, now),
            )
        return int(cur.lastrowid or 0)

    def _send(self, call: Call, bodies: list[Any], templated: bool) -> list[dict[str, Any]]:
        test = self._is_test(call.headers)
        results: list[dict[str, Any]] = []
        prepare = self._prepare_templated if templated else self._prepare_plain
        with self.db.tx() as conn:
            for body in bodies:
                try:
                    prepared = prepare(body, conn)
                except IcommktError as exc:
                    results.append({"ErrorCode": exc.code, "Message": exc.message})
                    continue
                message_id = new_uuid()
                now = self.now_us()
                if not test:
                    self._store(conn, prepared, message_id, now)
                    self._last_us = max(self._last_us, now + 1)
                results.append(
                    {
                        "ErrorCode": 0,
                        "Message": "Test job accepted" if test else "OK",
                        "MessageID": message_id,
                        "SubmittedAt": stamp(now),
                        "To": body["To"],
                    }
                )
        return results

    def send_email(self, call: Call) -> Reply:
        return self._single(call, templated=False)

    def send_email_with_template(self, call: Call) -> Reply:
        return self._single(call, templated=True)

    def _single(self, call: Call, *, templated: bool) -> Reply:
        (result,) = self._send(call, [call.body], templated)
        if result["ErrorCode"]:
            raise IcommktError(result["ErrorCode"], result["Message"])
        return Reply(200, result)

    def send_email_batch(self, call: Call) -> Reply:
        return Reply(200, self._send(call, list(call.body), templated=False))

    def send_email_batch_with_templates(self, call: Call) -> Reply:
        return Reply(200, self._send(call, list(call.body["Messages"]), templated=True))

    # ------------------------------------------------------------------------------ bounces
    def _bounce_json(self, row: sqlite3.Row, *, content: bool = False) -> dict[str, Any]:
        kind = BOUNCE_TYPES.get(row["type"])
        out: dict[str, Any] = {
            "ID": row["id"],
            "Type": row["type"],
            "TypeCode": kind.code if kind else 2048,
            "Name": kind.name if kind else row["type"],
        }
        if row["tag"]:
            out["Tag"] = row["tag"]
        out.update(
            {
                "MessageID": row["message_id"],
                "ServerID": SERVER_ID,
                "MessageStream": row["stream"],
                "Description": kind.description if kind else "",
                "Details": row["details"],
                "Email": row["email"],
            }
        )
        if row["from_email"] is not None:
            out["From"] = row["from_email"]
        out.update(
            {
                "BouncedAt": stamp(row["bounced_us"]),
                "DumpAvailable": self._dump_available(row),
                "Inactive": bool(row["inactive"]),
                "CanActivate": bool(row["can_activate"]),
                "Subject": row["subject"] or "",
            }
        )
        if content:
            out["Content"] = row["content"]
        return out

    def _dump_available(self, row: sqlite3.Row) -> bool:
        return bool(row["bounced_us"] >= to_us(self.clock.now()) - DUMP_TTL_US)

    def _bounce_row(self, bounce_id: Any) -> sqlite3.Row:
        text = str(bounce_id)
        if not text.isascii() or not text.isdigit() or int(text) < 1:
            raise IcommktError(1000, f"{QUERY_MESSAGE} Invalid BounceID: {text!r}.")
        rows = self.db.query("SELECT * FROM bounces WHERE id = ?", (min(int(text), 2**63 - 1),))
        if not rows:
            raise IcommktError(1001, "The BounceID or MessageID you are searching with is invalid.")
        return rows[0]

    def get_delivery_stats(self, call: Call) -> Reply:
        counts = dict(
            (row[0], row[1])
            for row in self.db.query("SELECT type, COUNT(*) FROM bounces GROUP BY type")
        )
        inactive = self.db.query(
            "SELECT COUNT(DISTINCT email_lower) FROM bounces WHERE inactive = 1"
        )[0][0]
        bounces: list[dict[str, Any]] = [{"Name": "All", "Count": sum(counts.values())}]
        for type_name, kind in BOUNCE_TYPES.items():
            if counts.get(type_name):
                bounces.append({"Type": type_name, "Name": kind.name, "Count": counts[type_name]})
        return Reply(200, {"InactiveMails": inactive, "Bounces": bounces})

    def list_bounces(self, call: Call) -> Reply:
        q = call.query
        count, offset = self._window(q, 1000)
        where = ["stream = ?"]
        params: list[Any] = [q.get("messagestream") or "outbound"]
        if q.get("type"):
            where.append("type = ?")
            params.append(q["type"])
        if "inactive" in q:
            where.append("inactive = ?")
            params.append(int(q["inactive"]))
        if q.get("emailFilter"):
            where.append("instr(email_lower, ?) > 0")
            params.append(q["emailFilter"].lower())
        if q.get("tag"):
            where.append("tag = ?")
            params.append(q["tag"])
        if q.get("messageID"):
            where.append("message_id = ?")
            params.append(q["messageID"])
        self._dates(q, "bounced_us", where, params, 1000)
        condition = " AND ".join(where)
        total, rows = self.db.page(
            "bounces", condition, params, "bounced_us DESC, id DESC", count, offset
        )
        return Reply(200, {"TotalCount": total, "Bounces": [self._bounce_json(r) for r in rows]})

    def list_bounce_tags(self, call: Call) -> Reply:
        rows = self.db.query(
            "SELECT DISTINCT tag FROM bounces WHERE tag IS NOT NULL AND tag != '' ORDER BY tag"
        )
        return Reply(200, [row[0] for row in rows])

    def get_bounce(self, call: Call) -> Reply:
        return Reply(
            200, self._bounce_json(self._bounce_row(call.path_params["bounceid"]), content=True)
        )

    def get_bounce_dump(self, call: Call) -> Reply:
        row = self._bounce_row(call.path_params["bounceid"])
        return Reply(200, {"Body": row["content"] if self._dump_available(row) else ""})

    def activate_bounce(self, call: Call) -> Reply:
        row = self._bounce_row(call.path_params["bounceid"])
        if not row["can_activate"]:
            raise IcommktError(
                1003, "Certain bounces and SPAM complaints cannot be activated by the user."
            )
        with self.db.tx() as conn:
            conn.execute(
                "UPDATE bounces SET inactive = 0 WHERE email_lower = ? AND stream = ?"
                " AND can_activate = 1",
                (row["email_lower"], row["stream"]),
            )
            conn.execute(
                "DELETE FROM suppressions WHERE stream = ? AND email = ? AND reason = 'HardBounce'",
                (row["stream"], row["email_lower"]),
            )
        fresh = self._bounce_row(row["id"])
        return Reply(200, {"Message": "OK", "Bounce": self._bounce_json(fresh, content=True)})

    # ------------------------------------------------------------------------------ templates
    def _template_by(self, conn: sqlite3.Connection | None, key: str) -> sqlite3.Row:
        param: int | str
        if key.isascii() and key.isdigit():
            sql, param = "SELECT * FROM templates WHERE id = ?", min(int(key), 2**63 - 1)
        else:
            sql, param = "SELECT * FROM templates WHERE alias_lower = ?", key.lower()
        rows = conn.execute(sql, (param,)).fetchall() if conn else self.db.query(sql, (param,))
        if not rows:
            raise IcommktError(
                1101,
                "The TemplateId, LayoutTemplate, or Alias references a Template that does "
                "not exist.",
            )
        return rows[0]

    @staticmethod
    def _summary(row: sqlite3.Row) -> dict[str, Any]:
        return {
            "Active": True,
            "TemplateId": row["id"],
            "Name": row["name"],
            "Alias": row["alias"],
            "TemplateType": row["type"],
            "LayoutTemplate": row["layout"],
        }

    def _check_template(
        self, conn: sqlite3.Connection, t: dict[str, Any], own_id: int | None
    ) -> None:
        if not t.get("html_body") and not t.get("text_body"):
            raise IcommktError(1120, "A required Template field is missing: HtmlBody or TextBody.")
        if t["type"] == "Layout":
            if t.get("subject") is not None:
                raise IcommktError(1123, "The Subject field is not allowed on a layout template.")
            if t.get("layout"):
                raise IcommktError(
                    1123, "The LayoutTemplate field is not allowed on a layout template."
                )
            for part in ("html_body", "text_body"):
                text = t.get(part)
                if text and len(re.findall(r"\{\{\{\s*@content\s*\}\}\}", text)) != 1:
                    raise IcommktError(
                        1131,
                        "The layout content placeholder must be present exactly once in "
                        "HtmlBody and TextBody.",
                    )
        else:
            if t.get("subject") is None:
                raise IcommktError(1120, "A required Template field is missing: Subject.")
            if t.get("layout"):
                layout = None if t["layout"].isdigit() else self._template_by(conn, t["layout"])
                if layout is None or layout["type"] != "Layout":
                    raise IcommktError(
                        1101,
                        "The TemplateId, LayoutTemplate, or Alias references a Template "
                        "that does not exist.",
                    )
                t["layout"] = layout["alias"]
        for part, label in (
            ("subject", "Subject"),
            ("html_body", "HtmlBody"),
            ("text_body", "TextBody"),
        ):
            if t.get(part):
                _, errors = parse_template(t[part])
                if errors:
                    raise IcommktError(
                        1122, f"The {label} field has a syntax error: {errors[0].message}"
                    )
        if t.get("alias"):
            clash = conn.execute(
                "SELECT id FROM templates WHERE alias_lower = ? AND id != ?",
                (t["alias"].lower(), own_id or 0),
            ).fetchone()
            if clash:
                raise IcommktError(
                    1100, f"The Alias '{t['alias']}' is already in use by another template."
                )

    def list_templates(self, call: Call) -> Reply:
        q = call.query
        count, offset = self._window(q, 1100, ceiling=False)
        where, params = ["1 = 1"], []
        if q.get("TemplateType") in ("Standard", "Layout"):
            where.append("type = ?")
            params.append(q["TemplateType"])
        if q.get("LayoutTemplate"):
            where.append("lower(layout) = ?")
            params.append(q["LayoutTemplate"].lower())
        condition = " AND ".join(where)
        total, rows = self.db.page("templates", condition, params, "id", count, offset)
        return Reply(200, {"TotalCount": total, "Templates": [self._summary(r) for r in rows]})

    def create_template(self, call: Call) -> Reply:
        body = call.body
        t = {
            "name": body["Name"],
            "alias": body.get("Alias"),
            "subject": body.get("Subject"),
            "html_body": body.get("HtmlBody"),
            "text_body": body.get("TextBody"),
            "type": body.get("TemplateType") or "Standard",
            "layout": body.get("LayoutTemplate") or None,
        }
        with self.db.tx() as conn:
            if conn.execute("SELECT COUNT(*) FROM templates").fetchone()[0] >= MAX_TEMPLATES:
                raise IcommktError(1105, "Template limit would be exceeded.")
            self._check_template(conn, t, None)
            cur = conn.execute(
                "INSERT INTO templates (name, alias, alias_lower, subject, html_body, text_body,"
                " type, layout) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    t["name"], t["alias"], t["alias"].lower() if t["alias"] else None,
                    t["subject"], t["html_body"], t["text_body"], t["type"], t["layout"],
                ),
            )  # fmt: skip
            row = conn.execute("SELECT * FROM templates WHERE id = ?", (cur.lastrowid,)).fetchone()
        return Reply(200, self._summary(row))

    def get_template(self, call: Call) -> Reply:
        row = self._template_by(None, call.path_params["templateIdOrAlias"])
        return Reply(
            200,
            {
                "TemplateId": row["id"],
                "Name": row["name"],
                "Subject": row["subject"],
                "HtmlBody": row["html_body"],
                "TextBody": row["text_body"],
                "AssociatedServerId": SERVER_ID,
                "Active": True,
                "Alias": row["alias"],
                "TemplateType": row["type"],
                "LayoutTemplate": row["layout"],
            },
        )

    def edit_template(self, call: Call) -> Reply:
        body = call.body
        with self.db.tx() as conn:
            row = self._template_by(conn, call.path_params["templateIdOrAlias"])
            t = {
                "name": body["Name"],
                "alias": body.get("Alias", row["alias"]),
                "subject": body.get("Subject", row["subject"]),
                "html_body": body.get("HtmlBody", row["html_body"]),
                "text_body": body.get("TextBody", row["text_body"]),
                "type": row["type"],
                "layout": body.get("LayoutTemplate", row["layout"]) or None,
            }
            self._check_template(conn, t, row["id"])
            conn.execute(
                "UPDATE templates SET name = ?, alias = ?, alias_lower = ?, subject = ?,"
                " html_body = ?, text_body = ?, layout = ? WHERE id = ?",
                (
                    t["name"], t["alias"], t["alias"].lower() if t["alias"] else None,
                    t["subject"], t["html_body"], t["text_body"], t["layout"], row["id"],
                ),
            )  # fmt: skip
            if row["type"] == "Layout" and row["alias"] and t["alias"] != row["alias"]:
                conn.execute(
                    "UPDATE templates SET layout = ? WHERE lower(layout) = ?",
                    (t["alias"], row["alias"].lower()),
                )
            fresh = conn.execute("SELECT * FROM templates WHERE id = ?", (row["id"],)).fetchone()
        return Reply(200, self._summary(fresh))

    def delete_template(self, call: Call) -> Reply:
        with self.db.tx() as conn:
            row = self._template_by(conn, call.path_params["templateIdOrAlias"])
            if row["type"] == "Layout" and row["alias"]:
                users = conn.execute(
                    "SELECT COUNT(*) FROM templates WHERE lower(layout) = ?",
                    (row["alias"].lower(),),
                ).fetchone()[0]
                if users:
                    raise IcommktError(
                        1130,
                        "The layout template cannot be deleted because it has dependent "
                        "templates using it.",
                    )
            conn.execute("DELETE FROM templates WHERE id = ?", (row["id"],))
        return Reply(200, {"ErrorCode": 0, "Message": f"Template {row['id']} removed."})

    def validate_template(self, call: Call) -> Reply:
        body = call.body
        parts = [p for p in ("Subject", "HtmlBody", "TextBody") if p in body]
        if not parts:
            raise IcommktError(1109, "Provide at least one of Subject, HtmlBody and TextBody.")
        template_type = body.get("TemplateType") or "Standard"
        if template_type == "Layout" and "Subject" in body:
            raise IcommktError(1123, "The Subject field is not allowed on a layout template.")
        layout = None
        if body.get("LayoutTemplate") and template_type == "Standard":
            layout = self._template_by(None, body["LayoutTemplate"])
        test_model = _sanitize(body.get("TestRenderModel") or {})
        try:
            parsed = {p: parse_template(body[p]) for p in parts}
            suggested: dict[str, Any] = {}
            for p in parts:
                suggest_model(parsed[p][0], [suggested])
            model = merge(suggested, test_model)
            out: dict[str, Any] = {"AllContentIsValid": True}
            for p in parts:
                nodes, errors = parsed[p]
                if template_type == "Layout" and p != "Subject":
                    found = len(re.findall(r"\{\{\{\s*@content\s*\}\}\}", body[p]))
                    if found != 1:
                        errors = [
                            *errors,
                            TemplateSyntaxError(
                                "The layout content placeholder must be present exactly once.",
                                1,
                                1,
                            ),
                        ]
                rendered = None
                if not errors:
                    rendered = render_nodes(nodes, [model], p == "HtmlBody")
                    if layout is not None and p != "Subject":
                        source = layout["html_body" if p == "HtmlBody" else "text_body"]
                        rendered = self._wrap(source, rendered, model, escape=p == "HtmlBody")
                out[p] = {
                    "ContentIsValid": not errors,
                    "ValidationErrors": [e.as_json() for e in errors],
                    "RenderedContent": rendered,
                }
                out["AllContentIsValid"] = out["AllContentIsValid"] and not errors
            out["SuggestedTemplateModel"] = merge(suggested, test_model)
        except RecursionError as exc:
            raise IcommktError(1122, "The template or its model is nested too deeply.") from exc
        return Reply(200, out)

    # ------------------------------------------------------------------------------ messages
    @staticmethod
    def _addresses(raw: str) -> list[dict[str, Any]]:
        return [{"Email": addr, "Name": name or None} for name, addr in json.loads(raw)]

    def _message_json(self, row: sqlite3.Row) -> dict[str, Any]:
        to, cc, bcc = (self._addresses(row[k]) for k in ("to_json", "cc_json", "bcc_json"))
        out: dict[str, Any] = {}
        if row["tag"]:
            out["Tag"] = row["tag"]
        out.update(
            {
                "MessageID": row["message_id"],
                "MessageStream": row["stream"],
                "To": to,
                "Cc": cc,
                "Bcc": bcc,
                "Recipients": [a["Email"] for a in (*to, *cc, *bcc)],
                "ReceivedAt": stamp(row["received_us"]),
                "From": row["from_text"],
                "Subject": row["subject"],
                "Attachments": json.loads(row["attachments_json"]),
                "Status": row["status"],
                "TrackOpens": bool(row["track_opens"]),
                "TrackLinks": row["track_links"],
                "Metadata": json.loads(row["metadata_json"]),
                "Sandboxed": False,
            }
        )
        return out

    @staticmethod
    def _raw_source(row: sqlite3.Row) -> str:
        moment = (EPOCH + timedelta(microseconds=row["received_us"])).astimezone(EASTERN)
        lines = [f"From: {row['from_text']}", f"To: {row['to_text']}"]
        cc = json.loads(row["cc_json"])
        if cc:
            lines.append("Cc: " + ", ".join(addr for _, addr in cc))
        if row["reply_to"]:
            lines.append(f"Reply-To: {row['reply_to']}")
        lines += [
            f"Date: {format_datetime(moment)}",
            f"Subject: {row['subject']}",
            "MIME-Version: 1.0",
        ]
        if row["tag"]:
            lines.append(f"X-PM-Tag: {row['tag']}")
        lines.append(f"X-PM-Message-Id: {row['message_id']}")
        for header in json.loads(row["headers_json"]):
            lines.append(f"{header['Name']}: {header['Value']}")
        for key, value in json.loads(row["metadata_json"]).items():
            lines.append(f"X-PM-Metadata-{key}: {value}")
        html_body, text_body = row["html_body"], row["text_body"]
        if html_body and text_body:
            boundary = f"=_{row['message_id']}"
            lines += [
                f'Content-Type: multipart/alternative; boundary="{boundary}"',
                "",
                f"--{boundary}",
                "Content-Type: text/plain; charset=UTF-8",
                "",
                text_body,
                f"--{boundary}",
                "Content-Type: text/html; charset=UTF-8",
                "",
                html_body,
                f"--{boundary}--",
            ]
        else:
            kind = "html" if html_body else "plain"
            lines += [f"Content-Type: text/{kind}; charset=UTF-8", "", html_body or text_body or ""]
        return "\r\n".join(lines) + "\r\n"

    def list_outbound_messages(self, call: Call) -> Reply:
        q = call.query
        count, offset = self._window(q, 700)
        where = ["m.stream = ?", "m.received_us >= ?"]
        params: list[Any] = [
            q.get("messagestream") or "outbound",
            to_us(self.clock.now()) - MESSAGE_TTL_US,
        ]
        if q.get("recipient"):
            where.append(
                "EXISTS (SELECT 1 FROM recipients r WHERE r.message_seq = m.seq AND r.email = ?)"
            )
            params.append(q["recipient"].strip().lower())
        if q.get("fromemail"):
            where.append("lower(m.from_email) = ?")
            params.append(q["fromemail"].strip().lower())
        if q.get("tag"):
            where.append("m.tag = ?")
            params.append(q["tag"])
        if q.get("status") == "queued":
            where.append("m.status = 'Queued'")
        if q.get("subject"):
            where.append("instr(lower(m.subject), ?) > 0")
            params.append(q["subject"].lower())
        self._dates(q, "m.received_us", where, params, 700)
        metadata = [(k, v) for k, v in call.raw_query.items() if k.startswith("metadata_")]
        if len(metadata) > 1:
            raise IcommktError(700, f"{QUERY_MESSAGE} Search by one metadata field at a time.")
        if metadata:
            where.append(
                "EXISTS (SELECT 1 FROM json_each(m.metadata_json) j"
                " WHERE j.key = ? AND j.type = 'text' AND j.value = ?)"
            )
            params += [metadata[0][0].removeprefix("metadata_"), metadata[0][1]]
        total, page = self.db.page(
            "messages m",
            " AND ".join(where),
            params,
            "m.received_us DESC, m.seq DESC",
            count,
            offset,
            "m.*",
        )
        return Reply(200, {"TotalCount": total, "Messages": [self._message_json(r) for r in page]})

    def _events(self, row: sqlite3.Row) -> list[tuple[int, dict[str, Any]]]:
        events: list[tuple[int, dict[str, Any]]] = []
        bounces = {
            b["email_lower"]: b
            for b in self.db.query(
                "SELECT * FROM bounces WHERE message_seq = ? ORDER BY id", (row["seq"],)
            )
        }
        recipients = [addr for _, addr in (
            *json.loads(row["to_json"]), *json.loads(row["cc_json"]), *json.loads(row["bcc_json"])
        )]  # fmt: skip
        for addr in recipients:
            bounce = bounces.get(addr.lower())
            if bounce is None or bounce["type"] in ("AutoResponder", "SpamNotification"):
                domain = addr.rpartition("@")[2]
                events.append((row["received_us"] + 1, {
                    "Recipient": addr, "Type": "Delivered",
                    "ReceivedAt": stamp(row["received_us"] + 1),
                    "Details": {
                        "DeliveryMessage": "smtp;250 2.0.0 OK",
                        "DestinationServer": f"mx.{domain}",
                        "DestinationIP": "127.0.0.1",
                    },
                }))  # fmt: skip
            if bounce is None:
                continue
            at = bounce["bounced_us"]
            kind = "Transient" if bounce["type"] in ("Transient", "SoftBounce") else "Bounced"
            events.append((at, {
                "Recipient": addr, "Type": kind, "ReceivedAt": stamp(at),
                "Details": {"Summary": bounce["details"], "BounceID": str(bounce["id"])},
            }))  # fmt: skip
            if BOUNCE_TYPES[bounce["type"]].inactive:
                events.append((at, {
                    "Recipient": addr, "Type": "SubscriptionChanged", "ReceivedAt": stamp(at),
                    "Details": {"Origin": "Recipient", "SuppressSending": "True"},
                }))  # fmt: skip
        for o in self.db.query("SELECT * FROM opens WHERE message_seq = ?", (row["seq"],)):
            events.append((o["received_us"], {
                "Recipient": o["recipient"], "Type": "Opened",
                "ReceivedAt": stamp(o["received_us"]),
                "Details": {"Summary": f"Email opened with {o['user_agent']}"},
            }))  # fmt: skip
        for c in self.db.query("SELECT * FROM clicks WHERE message_seq = ?", (row["seq"],)):
            where = "HTMLBody" if c["location"] == "HTML" else "TextBody"
            events.append((c["received_us"], {
                "Recipient": c["recipient"], "Type": "LinkClicked",
                "ReceivedAt": stamp(c["received_us"]),
                "Details": {
                    "Summary": f"Tracked Link '{c['link']}' was clicked from the {where}.",
                    "Link": c["link"], "ClickLocation": c["location"],
                },
            }))  # fmt: skip
        return sorted(events, key=lambda e: e[0])

    def get_outbound_message_details(self, call: Call) -> Reply:
        row = self._message_row(call.path_params["messageid"], live_only=True)
        out: dict[str, Any] = {}
        if row["text_body"] is not None:
            out["TextBody"] = row["text_body"]
        if row["html_body"] is not None:
            out["HtmlBody"] = row["html_body"]
        out["Body"] = self._raw_source(row)
        out.update(self._message_json(row))
        out["MessageEvents"] = [event for _, event in self._events(row)]
        return Reply(200, out)

    def get_outbound_message_dump(self, call: Call) -> Reply:
        row = self._message_row(call.path_params["messageid"], live_only=True)
        return Reply(200, {"Body": self._raw_source(row)})

    # ------------------------------------------------------------------------------ inbound
    def record_inbound(self, body: JSON) -> JSON:
        if not isinstance(body, dict):
            raise ValueError("the inbound message must be an object")
        from_email = str(body.get("From", "sender@example.org"))
        to = str(body.get("To", "inbound@inbound.icommapp.com"))
        status = str(body.get("Status", "Processed"))
        if status not in ("Blocked", "Processed", "Queued", "Failed", "Scheduled"):
            raise ValueError("Status must be Blocked, Processed, Queued, Failed or Scheduled")
        blocked_reason = None
        domain = from_email.rpartition("@")[2].lower()
        for rule in self.db.query("SELECT rule, rule_lower FROM inbound_rules ORDER BY id"):
            if rule["rule_lower"] in (from_email.lower(), domain):
                kind = "email" if "@" in rule["rule_lower"] else "domain"
                blocked_reason = f"Inbound request blocked by {kind} rule: {rule['rule']}"
                status = "Blocked"
                break
        now = self.now_us()
        message_id = str(body.get("MessageID") or new_uuid())
        mailbox_hash = str(body.get("MailboxHash", ""))
        cc = str(body.get("Cc", ""))
        moment = (EPOCH + timedelta(microseconds=now)).astimezone(EASTERN)

        def full(text: str) -> list[dict[str, str]]:
            return [
                {"Email": addr, "Name": name, "MailboxHash": mailbox_hash}
                for name, addr in getaddresses([text])
                if addr
            ]

        original = str(body.get("OriginalRecipient", to))
        record = {
            "From": from_email,
            "FromName": str(body.get("FromName", "")),
            "FromFull": {"Email": from_email, "Name": str(body.get("FromName", ""))},
            "To": to,
            "ToFull": full(to),
            "CcFull": full(cc),
            "Cc": cc,
            "ReplyTo": str(body.get("ReplyTo", "")),
            "OriginalRecipient": original,
            "Subject": str(body.get("Subject", "")),
            "Date": str(body.get("Date") or format_datetime(moment)),
            "MailboxHash": mailbox_hash,
            "TextBody": str(body.get("TextBody", "")),
            "HtmlBody": str(body.get("HtmlBody", "")),
            "Tag": str(body.get("Tag", "")),
            "Headers": list(body.get("Headers", [])),
            "Attachments": list(body.get("Attachments", [])),
            "MessageID": message_id,
        }
        recipients = " ".join(addr.lower() for _, addr in getaddresses([to, cc, original]))
        with self.db.tx() as conn:
            conn.execute(
                "INSERT INTO inbound (message_id, from_email, body_json, recipients, tag, subject,"
                " mailbox_hash, status, blocked_reason, received_us)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    message_id, from_email.lower(), json.dumps(record), f" {recipients} ",
                    record["Tag"], record["Subject"], mailbox_hash, status, blocked_reason, now,
                ),
            )  # fmt: skip
        return {"MessageID": message_id, "Status": status}

    def _inbound_row(self, message_id: str) -> sqlite3.Row:
        rows = self.db.query(
            "SELECT * FROM inbound WHERE message_id = ? AND received_us >= ?",
            (message_id, to_us(self.clock.now()) - MESSAGE_TTL_US),
        )
        if not rows:
            raise IcommktError(701, "This message doesn't exist.")
        return rows[0]

    def _inbound_json(self, row: sqlite3.Row, *, details: bool) -> dict[str, Any]:
        record: dict[str, Any] = json.loads(row["body_json"])
        if not details:
            for key in ("TextBody", "HtmlBody", "Headers"):
                record.pop(key, None)
        elif row["blocked_reason"]:
            record["BlockedReason"] = row["blocked_reason"]
        record["Status"] = row["status"]
        return record

    def list_inbound_messages(self, call: Call) -> Reply:
        q = call.query
        count, offset = self._window(q, 700)
        where = ["received_us >= ?"]
        params: list[Any] = [to_us(self.clock.now()) - MESSAGE_TTL_US]
        if q.get("recipient"):
            where.append("instr(recipients, ?) > 0")
            params.append(f" {q['recipient'].strip().lower()} ")
        if q.get("fromemail"):
            where.append("from_email = ?")
            params.append(q["fromemail"].strip().lower())
        if q.get("tag"):
            where.append("tag = ?")
            params.append(q["tag"])
        if q.get("subject"):
            where.append("instr(lower(subject), ?) > 0")
            params.append(q["subject"].lower())
        if q.get("mailboxhash"):
            where.append("mailbox_hash = ?")
            params.append(q["mailboxhash"])
        if q.get("status"):
            where.append("lower(status) = ?")
            params.append(q["status"])
        self._dates(q, "received_us", where, params, 700)
        condition = " AND ".join(where)
        total, rows = self.db.page(
            "inbound", condition, params, "received_us DESC, seq DESC", count, offset
        )
        return Reply(
            200,
            {
                "TotalCount": total,
                "InboundMessages": [self._inbound_json(r, details=False) for r in rows],
            },
        )

    def get_inbound_message_details(self, call: Call) -> Reply:
        return Reply(
            200, self._inbound_json(self._inbound_row(call.path_params["messageid"]), details=True)
        )

    def bypass_inbound_message(self, call: Call) -> Reply:
        row = self._inbound_row(call.path_params["messageid"])
        if row["status"] != "Blocked":
            raise IcommktError(
                702, "Could not bypass this blocked inbound message, please contact support."
            )
        with self.db.tx() as conn:
            conn.execute("UPDATE inbound SET status = 'Processed' WHERE seq = ?", (row["seq"],))
        return Reply(
            200,
            {"ErrorCode": 0, "Message": f"Successfully bypassed message: {row['message_id']}."},
        )

    def retry_inbound_message(self, call: Call) -> Reply:
        row = self._inbound_row(call.path_params["messageid"])
        if row["status"] != "Failed":
            raise IcommktError(
                703, "Could not retry this failed inbound message, please contact support."
            )
        with self.db.tx() as conn:
            conn.execute("UPDATE inbound SET status = 'Scheduled' WHERE seq = ?", (row["seq"],))
        return Reply(
            200,
            {
                "ErrorCode": 0,
                "Message": f"Successfully rescheduled failed message: {row['message_id']}.",
            },
        )

    # ------------------------------------------------------------------------------ tracking
    def _tracked_message(self, body: JSON) -> tuple[sqlite3.Row, str]:
        if not isinstance(body, dict) or "MessageID" not in body:
            raise ValueError("MessageID is required")
        rows = self.db.query("SELECT * FROM messages WHERE message_id = ?", (body["MessageID"],))
        if not rows:
            raise ApiError(404, "not_found", message=f"no message {body['MessageID']}")
        row = rows[0]
        recipients = [a for _, a in (*json.loads(row["to_json"]), *json.loads(row["cc_json"]),
                                     *json.loads(row["bcc_json"]))]  # fmt: skip
        recipient = str(body.get("Recipient") or recipients[0])
        if recipient.lower() not in {r.lower() for r in recipients}:
            raise ValueError(f"{recipient} is not a recipient of the message")
        return row, recipient

    @staticmethod
    def _agent(body: Mapping[str, Any]) -> tuple[Any, ...]:
        """Platform, UserAgent, Client, OS and Geo of an open or click. Without a UserAgent
        the record is the documentation's sample reader (Chrome 34 on OS X Lion, WebMail);
        with one but without Client/OS/Platform those are "Unknown", as when the agent is
        not recognised; without Geo, the sample's location."""

        def obj(key: str, default: dict[str, str]) -> str:
            value = body.get(key)
            if value is None:
                return json.dumps(default)
            if not isinstance(value, dict):
                raise ValueError(f"{key} must be an object")
            return json.dumps({k: str(v) for k, v in value.items()})

        sample = body.get("UserAgent") is None
        platform = body.get("Platform")
        return (
            str(platform) if platform is not None else ("WebMail" if sample else "Unknown"),
            str(body.get("UserAgent") or SAMPLE_AGENT),
            obj("Client", SAMPLE_CLIENT if sample else UNKNOWN_AGENT),
            obj("OS", SAMPLE_OS if sample else UNKNOWN_AGENT),
            obj("Geo", SAMPLE_GEO),
        )

    def record_open(self, body: JSON) -> JSON:
        row, recipient = self._tracked_message(body)
        if not row["track_opens"]:
            raise ApiError(409, "conflict", message="the message was sent without TrackOpens")
        read = body.get("ReadSeconds")
        read_seconds = None if read is None else max(0, int(read))
        now = self.now_us()
        with self.db.tx() as conn:
            first = not conn.execute(
                "SELECT 1 FROM opens WHERE message_seq = ? AND lower(recipient) = ?",
                (row["seq"], recipient.lower()),
            ).fetchone()
            conn.execute(
                "INSERT INTO opens (message_seq, recipient, first, platform, user_agent,"
                " client_json, os_json, geo_json, read_seconds, received_us)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (row["seq"], recipient, int(first), *self._agent(body), read_seconds, now),
            )
        return {"MessageID": row["message_id"], "Recipient": recipient, "FirstOpen": first}

    def record_click(self, body: JSON) -> JSON:
        row, recipient = self._tracked_message(body)
        track = row["track_links"]
        if track == "None":
            raise ApiError(409, "conflict", message="the message was sent without TrackLinks")
        location = str(body.get("ClickLocation") or ("Text" if track == "TextOnly" else "HTML"))
        if location not in ("HTML", "Text"):
            raise ValueError("ClickLocation must be HTML or Text")
        source = row["html_body"] if location == "HTML" else row["text_body"]
        links = LINK.findall(source or "")
        link = str(body.get("Link") or (links[0] if links else "https://example.com"))
        now = self.now_us()
        with self.db.tx() as conn:
            first = not conn.execute(
                "SELECT 1 FROM clicks WHERE message_seq = ? AND lower(recipient) = ? AND link = ?",
                (row["seq"], recipient.lower(), link),
            ).fetchone()
            conn.execute(
                "INSERT INTO clicks (message_seq, recipient, first, link, location, platform,"
                " user_agent, client_json, os_json, geo_json, received_us)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (row["seq"], recipient, int(first), link, location, *self._agent(body), now),
            )
        return {"MessageID": row["message_id"], "Recipient": recipient, "Link": link}

    def record_bounce(self, body: JSON) -> JSON:
        row, recipient = self._tracked_message(body)
        type_name = str(body.get("Type", "HardBounce"))
        if type_name not in BOUNCE_TYPES:
            raise ValueError(f"Type must be one of {', '.join(BOUNCE_TYPES)}")
        now = self.now_us()
        with self.db.tx() as conn:
            bounce_id = self._insert_bounce(conn, row["seq"], recipient, type_name, now)
        return {"ID": bounce_id}

    def _tracking_json(self, row: sqlite3.Row, *, click: bool) -> dict[str, Any]:
        out: dict[str, Any] = {"RecordType": "Click" if click else "Open"}
        if click:
            out["ClickLocation"] = row["location"]
        for key, column in (("Client", "client_json"), ("OS", "os_json")):
            if row[column]:
                out[key] = json.loads(row[column])
        if row["platform"] is not None:
            out["Platform"] = row["platform"]
        out["UserAgent"] = row["user_agent"]
        if click:
            out["OriginalLink"] = row["link"]
        else:  # 0 when the read time is unknown (counted as "unknown" by the read-time stats)
            out["ReadSeconds"] = row["read_seconds"] or 0
        if row["geo_json"]:
            out["Geo"] = json.loads(row["geo_json"])
        out["MessageID"] = row["message_id"]
        out["MessageStream"] = row["stream"]
        out["ReceivedAt"] = stamp(row["received_us"])
        if row["tag"]:
            out["Tag"] = row["tag"]
        out["Recipient"] = row["recipient"]
        return out

    def _tracking_list(self, call: Call, table: str, *, by_message: bool) -> Reply:
        q = call.query
        click = table == "clicks"
        where = ["t.first = 1"]
        params: list[Any] = []
        if by_message:
            message = self._message_row(call.path_params["messageid"])
            count, offset = self._window(q, 700, ceiling=False)
            where.append("t.message_seq = ?")
            params.append(message["seq"])
        else:
            count, offset = self._window(q, 700, ceiling=not click)
            where.append("m.stream = ?")
            params.append(q.get("messagestream") or "outbound")
            if q.get("recipient"):
                where.append("lower(t.recipient) = ?")
                params.append(q["recipient"].strip().lower())
            if q.get("tag"):
                where.append("m.tag = ?")
                params.append(q["tag"])
            if q.get("platform"):
                where.append("lower(t.platform) = ?")
                params.append(q["platform"].lower())
            for name, column, key in (
                ("client_name", "client_json", "Name"),
                ("client_company", "client_json", "Company"),
                ("client_family", "client_json", "Family"),
                ("os_name", "os_json", "Name"),
                ("os_family", "os_json", "Family"),
                ("os_company", "os_json", "Company"),
                ("country", "geo_json", "Country"),
                ("region", "geo_json", "Region"),
                ("city", "geo_json", "City"),
            ):
                if q.get(name):
                    where.append(f"lower(json_extract(t.{column}, '$.{key}')) = ?")
                    params.append(q[name].lower())
        condition = " AND ".join(where)
        base = f"FROM {table} t JOIN messages m ON m.seq = t.message_seq WHERE {condition}"
        total = self.db.query(f"SELECT COUNT(*) {base}", params)[0][0]
        rows = self.db.query(
            f"SELECT t.*, m.message_id, m.stream, m.tag {base}"
            " ORDER BY t.received_us DESC, t.id DESC LIMIT ? OFFSET ?",
            [*params, count, offset],
        )
        key = "Clicks" if click else "Opens"
        return Reply(
            200, {"TotalCount": total, key: [self._tracking_json(r, click=click) for r in rows]}
        )

    def list_message_opens(self, call: Call) -> Reply:
        return self._tracking_list(call, "opens", by_message=False)

    def list_opens_for_message(self, call: Call) -> Reply:
        return self._tracking_list(call, "opens", by_message=True)

    def list_message_clicks(self, call: Call) -> Reply:
        return self._tracking_list(call, "clicks", by_message=False)

    def list_clicks_for_message(self, call: Call) -> Reply:
        return self._tracking_list(call, "clicks", by_message=True)

    # ------------------------------------------------------------------------------ stats
    def _stat_rows(self, call: Call, table: str, time_column: str) -> list[sqlite3.Row]:
        """Rows of ``table`` (joined with their message as ``m``) within the stats filters."""
        q = call.query
        start, end = stats_day(q.get("fromdate")), stats_day(q.get("todate"))
        where, params = ["1 = 1"], []
        if q.get("tag"):
            where.append("m.tag = ?")
            params.append(q["tag"])
        if q.get("messagestream"):
            where.append("m.stream = ?")
            params.append(q["messagestream"])
        if start:
            where.append(f"{time_column} >= ?")
            params.append(filter_time(start, end=False, code=900))
        if end:
            where.append(f"{time_column} <= ?")
            params.append(filter_time(end, end=True, code=900))
        condition = " AND ".join(where)
        if table == "messages":
            sql = f"SELECT m.*, m.received_us AS at FROM messages m WHERE {condition}"
        else:
            sql = (
                f"SELECT t.*, {time_column} AS at, m.track_opens, m.track_links"
                f" FROM {table} t JOIN messages m ON m.seq = t.message_seq WHERE {condition}"
            )
        return self.db.query(sql, params)

    @staticmethod
    def _by_day(
        items: Iterable[tuple[int, str, int]], fixed: tuple[str, ...] = ()
    ) -> dict[str, Any]:
        """``(at_us, key, amount)`` -> ``{"Days": [...], key: total, ...}`` (zeros left out)."""
        days: dict[str, dict[str, int]] = {}
        totals: dict[str, int] = dict.fromkeys(fixed, 0)
        for at, key, amount in items:
            if not amount:
                continue
            day = days.setdefault(eastern_day(at), {})
            day[key] = day.get(key, 0) + amount
            totals[key] = totals.get(key, 0) + amount
        out: dict[str, Any] = {
            "Days": [{"Date": d, **counts} for d, counts in sorted(days.items())]
        }
        out.update(totals)
        return out

    @staticmethod
    def _name_key(name: str | None) -> str:
        if not name or name in ("Days", "Date"):
            return "Unknown"
        return name

    def get_outbound_overview(self, call: Call) -> Reply:
        messages = self._stat_rows(call, "messages", "m.received_us")
        bounces = self._stat_rows(call, "bounces", "t.bounced_us")
        opens = self._stat_rows(call, "opens", "t.received_us")
        clicks = self._stat_rows(call, "clicks", "t.received_us")
        sent = len(messages)
        spam = sum(1 for b in bounces if b["type"] == "SpamComplaint")
        smtp = sum(1 for b in bounces if b["type"] == "SMTPApiError")
        bounced = len(bounces) - spam - smtp

        def rate(n: int) -> float:
            return round(n * 100 / sent, 3) if sent else 0.0

        with_links = sum(1 for m in messages if m["track_links"] != "None")
        with_opens = sum(1 for m in messages if m["track_opens"])
        tracked = sum(1 for m in messages if m["track_links"] != "None" or m["track_opens"])
        opened_with_client = {
            o["message_seq"] for o in opens if self._client_name(o["client_json"]) != "Unknown"
        }
        opened_with_platform = {
            o["message_seq"] for o in opens if (o["platform"] or "Unknown") != "Unknown"
        }
        return Reply(
            200,
            {
                "Sent": sent,
                "Bounced": bounced,
                "SMTPApiErrors": smtp,
                "BounceRate": rate(bounced),
                "SpamComplaints": spam,
                "SpamComplaintsRate": rate(spam),
                "Opens": len(opens),
                "UniqueOpens": len({(o["message_seq"], o["recipient"].lower()) for o in opens}),
                "TotalClicks": len(clicks),
                "UniqueLinksClicked": sum(1 for c in clicks if c["first"]),
                "TotalTrackedLinksSent": sum(m["tracked_links"] for m in messages),
                "Tracked": tracked,
                "WithLinkTracking": with_links,
                "WithOpenTracking": with_opens,
                "WithClientRecorded": len(opened_with_client),
                "WithPlatformRecorded": len(opened_with_platform),
            },
        )

    def get_sent_counts(self, call: Call) -> Reply:
        rows = self._stat_rows(call, "messages", "m.received_us")
        return Reply(200, self._by_day(((r["at"], "Sent", 1) for r in rows), ("Sent",)))

    def get_bounce_counts(self, call: Call) -> Reply:
        rows = self._stat_rows(call, "bounces", "t.bounced_us")
        keys = ("HardBounce", "SMTPApiError", "SoftBounce", "Transient")
        items = ((r["at"], r["type"], 1) for r in rows if r["type"] in keys)
        return Reply(200, self._by_day(items, keys))

    def get_spam_complaint_counts(self, call: Call) -> Reply:
        rows = self._stat_rows(call, "bounces", "t.bounced_us")
        items = ((r["at"], "SpamComplaint", 1) for r in rows if r["type"] == "SpamComplaint")
        return Reply(200, self._by_day(items, ("SpamComplaint",)))

    def get_tracked_email_counts(self, call: Call) -> Reply:
        rows = self._stat_rows(call, "messages", "m.received_us")
        items = (
            (r["at"], "Tracked", 1) for r in rows if r["track_opens"] or r["track_links"] != "None"
        )
        return Reply(200, self._by_day(items, ("Tracked",)))

    def get_email_open_counts(self, call: Call) -> Reply:
        rows = self._stat_rows(call, "opens", "t.received_us")
        items: list[tuple[int, str, int]] = []
        for r in rows:
            items.append((r["at"], "Opens", 1))
            items.append((r["at"], "Unique", int(r["first"])))
        return Reply(200, self._by_day(items, ("Opens", "Unique")))

    def get_email_platform_usage(self, call: Call) -> Reply:
        rows = self._stat_rows(call, "opens", "t.received_us")
        names = {"desktop": "Desktop", "mobile": "Mobile", "webmail": "WebMail"}
        items = ((r["at"], names.get((r["platform"] or "").lower(), "Unknown"), 1) for r in rows)
        return Reply(200, self._by_day(items, ("Desktop", "Mobile", "Unknown", "WebMail")))

    def _client_name(self, raw: str | None) -> str:
        client = json.loads(raw) if raw else {}
        return self._name_key(client.get("Family") or client.get("Name"))

    def get_email_client_usage(self, call: Call) -> Reply:
        rows = self._stat_rows(call, "opens", "t.received_us")
        return Reply(
            200, self._by_day((r["at"], self._client_name(r["client_json"]), 1) for r in rows)
        )

    @staticmethod
    def _read_bucket(seconds: int | None) -> str:
        if seconds is None:
            return "unknown"
        return "20s+" if seconds >= 20 else f"{seconds}s"

    def get_email_read_times(self, call: Call) -> Reply:
        rows = self._stat_rows(call, "opens", "t.received_us")
        items = ((r["at"], self._read_bucket(r["read_seconds"]), 1) for r in rows)
        return Reply(200, self._by_day(items))

    def get_click_counts(self, call: Call) -> Reply:
        rows = self._stat_rows(call, "clicks", "t.received_us")
        items: list[tuple[int, str, int]] = []
        for r in rows:
            items.append((r["at"], "Clicks", 1))
            items.append((r["at"], "Unique", int(r["first"])))
        return Reply(200, self._by_day(items, ("Clicks", "Unique")))

    def get_browser_usage(self, call: Call) -> Reply:
        rows = self._stat_rows(call, "clicks", "t.received_us")
        return Reply(
            200, self._by_day((r["at"], self._client_name(r["client_json"]), 1) for r in rows)
        )

    def get_browser_platform_usage(self, call: Call) -> Reply:
        rows = self._stat_rows(call, "clicks", "t.received_us")
        names = {"desktop": "Desktop", "mobile": "Mobile"}
        items = ((r["at"], names.get((r["platform"] or "").lower(), "Unknown"), 1) for r in rows)
        return Reply(200, self._by_day(items, ("Desktop", "Mobile", "Unknown")))

    def get_click_location(self, call: Call) -> Reply:
        rows = self._stat_rows(call, "clicks", "t.received_us")
        return Reply(
            200, self._by_day(((r["at"], r["location"], 1) for r in rows), ("HTML", "Text"))
        )

    # ------------------------------------------------------------------------------ suppressions
    def dump_suppressions(self, call: Call) -> Reply:
        q = call.query
        where = ["stream = ?"]
        params: list[Any] = [call.path_params["stream_id"]]
        if q.get("SuppressionReason"):
            where.append("reason = ?")
            params.append(q["SuppressionReason"])
        if q.get("Origin"):
            where.append("origin = ?")
            params.append(q["Origin"])
        start, end = stats_day(q.get("fromdate"), 300), stats_day(q.get("todate"), 300)
        if start:
            where.append("created_us >= ?")
            params.append(filter_time(start, end=False, code=300))
        if end:
            where.append("created_us <= ?")
            params.append(filter_time(end, end=True, code=300))
        if q.get("EmailAddress"):
            where.append("email = ?")
            params.append(q["EmailAddress"].strip().lower())
        rows = self.db.query(
            f"SELECT * FROM suppressions WHERE {' AND '.join(where)} ORDER BY created_us DESC",
            params,
        )
        return Reply(
            200,
            {
                "Suppressions": [
                    {
                        "EmailAddress": r["email"],
                        "SuppressionReason": r["reason"],
                        "Origin": r["origin"],
                        "CreatedAt": stamp(r["created_us"]),
                    }
                    for r in rows
                ]
            },
        )

    def create_suppressions(self, call: Call) -> Reply:
        stream = call.path_params["stream_id"]
        results = []
        with self.db.tx() as conn:
            for entry in call.body["Suppressions"]:
                address = entry["EmailAddress"]
                if not is_email(address.strip()):
                    results.append(invalid_address(address))
                    continue
                conn.execute(
                    "INSERT OR IGNORE INTO suppressions VALUES (?, ?, 'ManualSuppression',"
                    " 'Customer', ?)",
                    (stream, address.strip().lower(), self.now_us()),
                )
                results.append({"EmailAddress": address, "Status": "Suppressed", "Message": None})
        return Reply(200, {"Suppressions": results})

    def delete_suppressions(self, call: Call) -> Reply:
        stream = call.path_params["stream_id"]
        results = []
        with self.db.tx() as conn:
            for entry in call.body["Suppressions"]:
                address = entry["EmailAddress"]
                email = address.strip().lower()
                if not is_email(email):
                    results.append(invalid_address(address))
                    continue
                row = conn.execute(
                    "SELECT reason FROM suppressions WHERE stream = ? AND email = ?",
                    (stream, email),
                ).fetchone()
                if row and row[0] == "SpamComplaint":
                    results.append({
                        "EmailAddress": address, "Status": "Failed",
                        "Message": "You do not have the required authority to change this "
                        "suppression.",
                    })  # fmt: skip
                    continue
                conn.execute(
                    "DELETE FROM suppressions WHERE stream = ? AND email = ?", (stream, email)
                )
                conn.execute(
                    "UPDATE bounces SET inactive = 0 WHERE stream = ? AND email_lower = ?"
                    " AND type = 'HardBounce'",
                    (stream, email),
                )
                results.append({"EmailAddress": address, "Status": "Deleted", "Message": None})
        return Reply(200, {"Suppressions": results})

    # ------------------------------------------------------------------------------ inbound rules
    def list_inbound_rules(self, call: Call) -> Reply:
        count, offset = self._window(call.query, 800, ceiling=False)
        total, rows = self.db.page("inbound_rules", "1", [], "id", count, offset, "id, rule")
        return Reply(
            200, {"TotalCount": total, "InboundRules": [{"ID": r[0], "Rule": r[1]} for r in rows]}
        )

    def create_inbound_rule(self, call: Call) -> Reply:
        rule = call.body["Rule"].strip()
        if not self._rule_form.search(rule) or len(rule) > 253:  # the spec's own pattern
            raise IcommktError(813, "Not a valid email address or domain.")
        with self.db.tx() as conn:
            if conn.execute(
                "SELECT 1 FROM inbound_rules WHERE rule_lower = ?", (rule.lower(),)
            ).fetchone():
                raise IcommktError(810, "This inbound rule already exists.")
            cur = conn.execute(
                "INSERT INTO inbound_rules (rule, rule_lower) VALUES (?, ?)", (rule, rule.lower())
            )
        return Reply(200, {"ID": cur.lastrowid, "Rule": rule})

    def delete_inbound_rule(self, call: Call) -> Reply:
        text = call.path_params["triggerid"]
        if not text.isascii() or not text.isdigit() or int(text) < 1:
            raise IcommktError(800, f"Invalid trigger ID: {text!r}.")
        rule_id = min(int(text), 2**63 - 1)
        with self.db.tx() as conn:
            row = conn.execute("SELECT rule FROM inbound_rules WHERE id = ?", (rule_id,)).fetchone()
            if row is None:
                raise IcommktError(812, "This inbound rule was not found.")
            conn.execute("DELETE FROM inbound_rules WHERE id = ?", (rule_id,))
        return Reply(200, {"ErrorCode": 0, "Message": f"Rule {row[0]} removed."})
