"""The request journal: every API request an emulator answered, for "was this called N times"
assertions (``GET /_emulator/requests``), kept in memory, newest last, bounded."""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from .values import ApiError

#: the journal keeps this many requests (the oldest are forgotten first)
JOURNAL_SIZE = 10_000

#: an entry as recorded (every API request makes one, so it is a plain tuple, and its time
#: is written out only when listed): (seq, time, method, path, query, status, operationId)
Entry = tuple[int, datetime, str, str, str, int, "str | None"]
_METHOD, _PATH, _STATUS, _OPERATION = 2, 3, 5, 6


def _as_dict(entry: Entry) -> dict[str, Any]:
    seq, when, method, path, query, status, operation_id = entry
    return {
        "seq": seq,
        "time": when.isoformat(),
        "method": method,
        "path": path,
        "query": query,
        "status": status,
        "operationId": operation_id,
    }


class Journal:
    def __init__(self, size: int = JOURNAL_SIZE) -> None:
        self._entries: deque[Entry] = deque(maxlen=size)
        self._seq = itertools.count(1)

    def record(
        self,
        when: datetime,
        method: str,
        path: str,
        query: str,
        status: int,
        operation_id: str | None,
    ) -> None:
        self._entries.append((next(self._seq), when, method, path, query, status, operation_id))

    def clear(self) -> int:
        count = len(self._entries)
        self._entries.clear()
        return count

    def listing(self, params: Mapping[str, str]) -> dict[str, Any]:
        """Filtered by ``operationId``, ``method``, ``path`` (exact), ``status``; oldest first
        (the order they arrived), paged by ``limit`` (default 100, at most 1000) and
        ``offset``."""
        wanted_status = _int(params, "status", None)
        method = params.get("method", "").upper()
        found = [
            e
            for e in self._entries
            if (not params.get("operationId") or e[_OPERATION] == params["operationId"])
            and (not method or e[_METHOD] == method)
            and (not params.get("path") or e[_PATH] == params["path"])
            and (wanted_status is None or e[_STATUS] == wanted_status)
        ]
        limit = min(_int(params, "limit", 100) or 100, 1000)
        offset = _int(params, "offset", 0) or 0
        return {
            "total": len(found),
            "requests": [_as_dict(e) for e in found[offset : offset + limit]],
        }


def _int(params: Mapping[str, str], name: str, default: int | None) -> int | None:
    value = params.get(name)
    if value is None or value == "":
        return default
    try:
        number = int(value)
    except ValueError:
        raise ApiError(400, "validation", message=f"{name} must be an integer") from None
    if number < 0:
        raise ApiError(400, "validation", message=f"{name} must not be negative")
    return number
