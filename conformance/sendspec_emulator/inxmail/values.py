"""What the Inxmail emulator reads from its spec (the document, its schemas, its operations, the
server path) and the value formats of the API: dates, times and date-times, multi-valued query
parameters, JSON merge patch (RFC 7396)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

from ..core import Call, SchemaSet, build_operations
from ..specs import load_spec

SPEC = load_spec("inxmail")
SCHEMAS = SchemaSet(SPEC)
OPS = {op.operation_id: op for op in build_operations(SPEC)}


def _server_prefix() -> str:
    server = SPEC["servers"][0]
    path = urlsplit(server["url"]).path
    for name, var in (server.get("variables") or {}).items():
        path = path.replace("{" + name + "}", str(var.get("default", name)))
    return str(path).rstrip("/")


PREFIX = _server_prefix()


def _filter_value(type_: str, raw: str) -> Any:
    """A wildcard filter's text as a value of the attribute type; ValueError if it is not."""
    if type_ == "INTEGER":
        if not re.fullmatch(r"[+-]?\d+", raw):
            raise ValueError(raw)
        return int(raw)
    if type_ == "BOOLEAN":
        if raw not in ("true", "false"):
            raise ValueError(raw)
        return raw == "true"
    check = {"DATE_ONLY": is_date, "DATE_AND_TIME": is_attribute_datetime}.get(type_)
    if check is not None and not check(raw):
        raise ValueError(raw)
    return raw


#: the spec's date-time pattern (real calendar dates and times, offsets hh 00-23 / mm 00-59)
DATETIME = re.compile(SPEC["components"]["schemas"]["DateTimeParam"]["pattern"])
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_TIME = re.compile(r"^(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z?$")


def is_date(value: str) -> bool:
    """A real calendar date ``YYYY-MM-DD`` (year 0001-9999)."""
    try:
        return bool(_DATE.match(value)) and bool(date.fromisoformat(value))
    except ValueError:
        return False


def is_attribute_datetime(value: str) -> bool:
    """A DATE_AND_TIME attribute value: a real date and time as ``DateTimeParam``; the zone may
    be left out (the documented recipient sample sends ``2022-04-03T14:33:00``: UTC)."""
    return bool(DATETIME.match(value) or DATETIME.match(value + "Z"))


def is_time(value: str) -> bool:
    """A TIME_ONLY value ``HH:MM:SS`` with an optional ``Z`` (the documented sample omits it)."""
    return bool(_TIME.match(value))


def fmt(ts: datetime) -> str:
    """``ts`` in UTC as ``YYYY-MM-DDTHH:MM:SSZ`` (years zero-padded); a moment whose UTC date
    falls outside years 1-9999 (0001-01-01T00:00:00+01:00) keeps its own offset instead."""
    try:
        return ts.astimezone(UTC).replace(microsecond=0, tzinfo=None).isoformat() + "Z"
    except OverflowError:
        return ts.replace(microsecond=0).isoformat()


def parse_ts(value: str) -> datetime | None:
    try:
        ts = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        try:
            ts = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    return ts if ts.tzinfo else ts.replace(tzinfo=UTC)


def many(value: Any) -> list[str]:
    """A multi-valued query parameter as its values: the core hands over arrays (repeated
    and comma-separated values alike); a single-valued one is split at commas."""
    if value is None:
        return []
    parts = value if isinstance(value, list) else str(value).split(",")
    return [str(v) for v in parts if str(v) != ""]


def _pairs(call: Call) -> list[tuple[str, str]]:
    """The request's query parameters in order, repeated ones as often as given."""
    multi = getattr(call.raw_query, "multi_items", None)
    return list(multi()) if multi else list(call.raw_query.items())


def ids(value: Any) -> set[int]:
    return {int(v) for v in many(value) if v.strip().isdigit()}


def merge_patch(target: Any, patch: Any) -> Any:
    """RFC 7396."""
    if not isinstance(patch, dict):
        return patch
    out = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            out.pop(key, None)
        else:
            out[key] = merge_patch(out.get(key), value)
    return out
