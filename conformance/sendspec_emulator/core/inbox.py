"""The inspection API's messages (``GET /_emulator/messages``): what an emulator accepted, in
one shape for every provider, filtered and paged here.

Each provider lists its messages through :meth:`Provider.captured_messages` (newest first),
one dict each with these members (absent or empty where the provider has no such thing)::

    id           the emulator's id of the message (unique in it; the provider's message id)
    provider     the provider's slug          kind        "email" or "sms"
    operation    the operationId that accepted it
    from         sender (address or number)   to / cc / bcc   lists of recipients
    subject      text  html  tag  metadata (object)
    attachments  [{"name", "content_type", "size"}]
    status       the current state            history     [{"status", "at"}], oldest first
    created_at   ISO 8601 timestamp (UTC)

:meth:`Provider.captured_message` adds ``request`` (the JSON request body that created it)
and, for email, ``mime`` (the message as RFC 5322 text).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from datetime import UTC, datetime
from email.message import EmailMessage
from typing import Any

from .values import ApiError

SUMMARY_FIELDS = (
    "id", "provider", "kind", "operation", "from", "to", "cc", "bcc", "subject", "text", "html",
    "tag", "metadata", "attachments", "status", "history", "created_at",
)  # fmt: skip
FILTERS = ("to", "from", "subject", "text", "since", "status", "tag", "kind", "operation")
#: a table of the attachments' names, types and sizes by message (iovox and ICOMMKT keep them
#: from the request: their own tables store none); a provider lists it in ``inbox_schema``
ATTACHMENTS_SCHEMA = """
CREATE TABLE IF NOT EXISTS inbox_attachments (
    message_id TEXT PRIMARY KEY, attachments TEXT NOT NULL
);
"""
#: the longest ``wait`` a listing may ask for (seconds)
MAX_WAIT = 30.0


def normalise(message: Mapping[str, Any], provider: str) -> dict[str, Any]:
    """Every summary member present (lists empty, text None), in one order."""
    out: dict[str, Any] = {}
    for name in SUMMARY_FIELDS:
        value = message.get(name)
        if name in ("to", "cc", "bcc", "attachments", "history"):
            value = list(value or [])
        elif name == "metadata":
            value = dict(value or {})
        elif name == "provider":
            value = value or provider
        out[name] = value
    out.update({k: v for k, v in message.items() if k not in out})  # request, mime...
    return out


def decoded_size(data: Any) -> int:
    """The size of an attachment's content given in base64 (its length as text otherwise)."""
    try:
        return len(base64.b64decode(str(data), validate=False))
    except (binascii.Error, ValueError):
        return len(str(data))


def named(name: str | None, address: str) -> str:
    """``Name <address>`` as typed (not RFC 2047-encoded: this is JSON), the name quoted
    when it holds a character that ends a display name; the bare address without one."""
    if not name:
        return address
    if any(c in name for c in ',;:<>@"()[]\\'):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{address}>"


def add_attachment(
    mail: EmailMessage,
    content: Any,
    content_type: Any,
    filename: Any,
    *,
    inline: bool = False,
    content_id: str | None = None,
) -> None:
    """One attachment of a request (content in base64, or as text when it is not) as a part
    of ``mail``, for the detail's ``mime``."""
    maintype, _, subtype = str(content_type or "application/octet-stream").partition("/")
    try:
        data = base64.b64decode(str(content), validate=False)
    except (binascii.Error, ValueError):
        data = str(content).encode()
    mail.add_attachment(
        data,
        maintype=maintype or "application",
        subtype=subtype or "octet-stream",
        filename=filename,
        disposition="inline" if inline else "attachment",
        cid=f"<{content_id}>" if content_id else None,
    )


def check_filters(params: Mapping[str, str]) -> None:
    unknown = sorted(set(params) - {*FILTERS, "limit", "offset", "wait"})
    if unknown:
        raise ApiError(
            400, "validation", message=f"unknown filters {unknown}; known: {list(FILTERS)}"
        )
    if params.get("since"):
        _since(params["since"])


def select(messages: list[dict[str, Any]], params: Mapping[str, str]) -> list[dict[str, Any]]:
    """The messages that pass every filter given (texts match case-insensitively, as parts)."""

    def contains(value: Any, part: str) -> bool:
        return isinstance(value, str) and part.casefold() in value.casefold()

    since = _since(params["since"]) if params.get("since") else None
    out = []
    for m in messages:
        if "to" in params and not any(
            contains(r, params["to"]) for r in (*m["to"], *m["cc"], *m["bcc"])
        ):
            continue
        if "from" in params and not contains(m["from"], params["from"]):
            continue
        if "subject" in params and not contains(m["subject"], params["subject"]):
            continue
        if "text" in params and not (
            contains(m["text"], params["text"]) or contains(m["html"], params["text"])
        ):
            continue
        if "status" in params and str(m["status"] or "").casefold() != params["status"].casefold():
            continue
        if "tag" in params and m["tag"] != params["tag"]:
            continue
        if "kind" in params and m["kind"] != params["kind"]:
            continue
        if "operation" in params and m["operation"] != params["operation"]:
            continue
        if since is not None and (not m["created_at"] or _since(m["created_at"]) < since):
            continue
        out.append(m)
    return out


def page(found: list[dict[str, Any]], params: Mapping[str, str]) -> dict[str, Any]:
    limit = min(_count(params, "limit", 50) or 50, 1000)
    offset = _count(params, "offset", 0)
    return {"total": len(found), "messages": found[offset : offset + limit]}


def wait_seconds(params: Mapping[str, str]) -> float:
    raw = params.get("wait")
    if not raw:
        return 0.0
    try:
        seconds = float(raw)
    except ValueError:
        raise ApiError(400, "validation", message="wait is a number of seconds") from None
    if not 0 <= seconds <= MAX_WAIT:
        raise ApiError(400, "validation", message=f"wait must be from 0 to {MAX_WAIT:g} seconds")
    return seconds


def _count(params: Mapping[str, str], name: str, default: int) -> int:
    raw = params.get(name)
    if not raw:
        return default
    if not raw.isdigit():
        raise ApiError(400, "validation", message=f"{name} must be a non-negative integer")
    return int(raw)


def _since(text: str) -> datetime:
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ApiError(
            400, "validation", message=f"since must be an ISO 8601 timestamp, not {text!r}"
        ) from None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)
