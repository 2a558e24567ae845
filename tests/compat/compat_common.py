"""Shared by the compat drivers (stdlib only: each driver runs in its library's own venv).

A driver calls every public method of its library that maps to an operation of our spec and
reports each call as one JSON line on stdout:

    {"library": ..., "call": ..., "status": "ok" | "failed" | "expected_failure" |
     "stale_exception" | "out_of_scope" | "setup_failed", "error": ..., "http_status": ...,
     "body": ..., "request": ..., "reason": ..., "evidence": ...}

``failed`` is an in-scope call that did not work; ``expected_failure`` a call listed in the
driver's exception table (library strictness, named, with doc evidence) that still fails the
way the table says; ``stale_exception``: such a call worked or failed differently (the table
is stale).
``out_of_scope`` calls (no counterpart in our spec) are reported, never counted. Fixtures are
created with plain HTTP (``Raw``) so that every library call is tried on its own, not only when
the calls before it worked; a fixture that cannot be created is ``setup_failed``.

The HTTP exchange of a failed call (status, body snippet, what the library sent) is observed
through the library's own hooks (the driver calls ``Recorder.saw``), never changed.
"""

from __future__ import annotations

import json
import re
import sys
import traceback
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

SNIPPET = 400


def snippet(text: Any, limit: int = SNIPPET) -> str:
    text = text if isinstance(text, str) else repr(text)
    return text if len(text) <= limit else text[:limit] + "..."


def describe(exc: BaseException) -> str:
    """The exception as text, without the response headers some SDKs put in it (the status
    and body are reported separately)."""
    text = re.sub(r"HTTP response headers: [^\n]*\n?", "", str(exc))
    return f"{type(exc).__name__}: {text.strip()}"


@dataclass(frozen=True)
class Expected:
    """A call the library makes stricter than the documented service allows.

    ``match`` is a regular expression searched in the error text (or the response body) the call
    must still fail with; ``evidence`` quotes the provider doc (file and line) showing the service
    accepts/omits what the library insists on.
    """

    reason: str
    evidence: str
    match: str


@dataclass
class Exchange:
    method: str
    url: str
    status: int
    body: str
    sent: str


class Recorder:
    def __init__(self, library: str, expected: dict[str, Expected]) -> None:
        self.library = library
        self.expected = dict(expected)
        self.exchanges: list[Exchange] = []
        self.seen: set[str] = set()

    # ----------------------------------------------------------------- observation hooks
    def saw(self, method: str, url: str, status: int, body: str, sent: str = "") -> None:
        self.exchanges.append(Exchange(method, url, status, snippet(body), snippet(sent, 300)))

    # ----------------------------------------------------------------------- reporting
    def emit(self, call: str, status: str, **fields: Any) -> None:
        line = {"library": self.library, "call": call, "status": status}
        line.update({k: v for k, v in fields.items() if v is not None})
        sys.stdout.write(json.dumps(line, sort_keys=False) + "\n")
        sys.stdout.flush()

    def out_of_scope(self, call: str, reason: str) -> None:
        self.emit(call, "out_of_scope", reason=reason)

    def setup_failed(self, what: str, error: str) -> None:
        self.emit(f"setup: {what}", "setup_failed", error=snippet(error, 600))

    def call(self, name: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run one library call; returns its result, or None when it failed."""
        if name in self.seen:
            raise AssertionError(f"call name used twice: {name}")
        self.seen.add(name)
        self.exchanges.clear()
        try:
            result = fn(*args, **kwargs)
        except Exception as exc:  # every failure of the library is a result line
            self._failed(name, describe(exc), exc)
            return None
        self._passed(name)
        return result

    async def acall(self, name: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """``call`` for a coroutine function (or an async generator function, collected)."""
        if name in self.seen:
            raise AssertionError(f"call name used twice: {name}")
        self.seen.add(name)
        self.exchanges.clear()
        try:
            produced = fn(*args, **kwargs)
            if hasattr(produced, "__aiter__"):
                result = [item async for item in produced]
            else:
                result = await produced
        except Exception as exc:
            self._failed(name, describe(exc), exc)
            return None
        self._passed(name)
        return result

    def _passed(self, name: str) -> None:
        expected = self.expected.get(name)
        if expected is not None:
            self.emit(
                name,
                "stale_exception",
                error="listed as a library strictness exception but it worked: remove the entry",
                reason=expected.reason,
            )
        else:
            self.emit(name, "ok", requests=len(self.exchanges))

    def _failed(self, name: str, error: str, exc: BaseException) -> None:
        last = self.exchanges[-1] if self.exchanges else None
        http = {}
        if last is not None:
            http = {
                "http_status": last.status,
                "body": last.body,
                "request": f"{last.method} {last.url} {last.sent}".strip(),
            }
        expected = self.expected.get(name)
        if expected is not None:
            if re.search(expected.match, error) or re.search(
                expected.match, last.body if last else ""
            ):
                self.emit(
                    name,
                    "expected_failure",
                    error=snippet(error),
                    reason=expected.reason,
                    evidence=expected.evidence,
                    **http,
                )
            else:
                self.emit(
                    name,
                    "stale_exception",
                    error=f"fails differently than the strictness table says "
                    f"(expected {expected.match!r}): {snippet(error)}",
                    reason=expected.reason,
                    **http,
                )
            return
        where = "".join(traceback.format_exception_only(type(exc), exc)).strip()
        self.emit(name, "failed", error=snippet(error), detail=snippet(where, 200), **http)

    def finish(self) -> None:
        stale = sorted(set(self.expected) - self.seen)
        for name in stale:
            self.emit(name, "stale_exception", error="strictness table names a call never made")
        self.emit("<done>", "done")


class Raw:
    """Plain HTTP for fixtures and the emulator control plane (not the library under test)."""

    def __init__(self, base_url: str, root_url: str, headers: dict[str, str]) -> None:
        self.base_url = base_url.rstrip("/")
        self.root_url = root_url.rstrip("/")
        self.headers = headers

    def _send(self, method: str, url: str, body: Any, headers: dict[str, str]) -> Any:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(url, data=data, method=method)
        request.add_header("Accept", "application/json")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        for key, value in headers.items():
            request.add_header(key, value)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                text = response.read().decode()
        except urllib.error.HTTPError as err:
            raise RuntimeError(
                f"{method} {url} -> {err.code}: {snippet(err.read().decode(errors='replace'))}"
            ) from None
        return json.loads(text) if text else None

    def api(self, method: str, path: str, body: Any = None) -> Any:
        return self._send(method, self.base_url + path, body, self.headers)

    def control(self, action: str, body: Any = None) -> Any:
        return self._send("POST", f"{self.root_url}/_emulator/{action}", body or {}, {})


def nonempty(items: Any) -> Any:
    """For list calls whose fixtures guarantee results: an empty answer is a failure too."""
    if not items:
        raise AssertionError(f"expected at least one item, got {items!r}")
    return items


def all_sent(results: Any) -> Any:
    """Batch sends answer 200 with a result per message: each must have ErrorCode 0."""
    nonempty(results)
    failed = []
    for item in results:
        code = item.get("ErrorCode") if isinstance(item, dict) else item.error_code
        if code != 0:
            message = item.get("Message") if isinstance(item, dict) else item.message
            failed.append(f"ErrorCode {code}: {message}")
    if failed:
        raise AssertionError("batch items failed: " + "; ".join(failed))
    return results


def args_from_argv() -> dict[str, str]:
    """``--base-url U --root-url R --key K`` (the test passes them)."""
    argv = sys.argv[1:]
    out: dict[str, str] = {}
    for flag, value in zip(argv[::2], argv[1::2], strict=True):
        out[flag.removeprefix("--").replace("-", "_")] = value
    return out
