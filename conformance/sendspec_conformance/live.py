"""Safe and honest runs against a live API: credentials, a preflight, pacing, side effects.

Everything here is read from the provider's spec or the environment, never from lists in
code:

========================================  =================================================
``x-sendspec-rate-limit`` (``info``)       the documented requests per minute of the whole
                                           API; every request of a live run is paced to it
                                           (:class:`Pacer`); none documented: 600
``x-sendspec-side-effects`` (operation)    a read that changes what the API returns next
                                           (SMS delivery reports are returned once): left
                                           out of live runs unless ``allow_destructive()``
``SENDSPEC_RATE_LIMIT``                    requests per minute instead (``--rate-limit``);
                                           also paces a run against an emulator
``SENDSPEC_ALLOW_DESTRUCTIVE=1``           keep the operations with side effects
                                           (``--allow-destructive``)
========================================  =================================================

:func:`preflight` makes one harmless authenticated read (the spec's first GET that needs no
parameter and has no side effect) and raises :class:`Unreachable` (no connection, no answer
within 5 s, or no API at that URL) or :class:`Unauthenticated` (401/403); ``sendspec
conform`` and the harness turn either into exit code 3 with the one-line message, which
never holds a credential (user info and query are cut from URLs, values never shown).

This module imports neither pytest nor schemathesis: the CLI calls it before it starts one.
"""

from __future__ import annotations

import base64
import math
import os
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx

#: the spec extensions this module reads
RATE_LIMIT_EXTENSION = "x-sendspec-rate-limit"
SIDE_EFFECTS_EXTENSION = "x-sendspec-side-effects"

#: requests per minute for a provider whose spec documents no limit (Inxmail's, the one
#: limit any of these providers documents)
UNDOCUMENTED_RATE_LIMIT = 600.0

#: the preflight's whole budget, connection to status line (seconds)
PREFLIGHT_TIMEOUT = 5.0

ACCEPT_HAL = "application/hal+json,application/problem+json"

#: the environment variables that carry each provider's credentials (named in messages)
CREDENTIAL_VARIABLES: dict[str, tuple[str, ...]] = {
    "iovox-email": ("SENDSPEC_IOVOX_USERNAME", "SENDSPEC_IOVOX_SECURE_KEY"),
    "icomm-sms": ("SENDSPEC_SMS_API_KEY",),
    "icommkt-email": ("SENDSPEC_ICOMMKT_TOKEN",),
    "inxmail": ("SENDSPEC_INXMAIL_CLIENT_ID", "SENDSPEC_INXMAIL_SECRET"),
}


def credentials(slug: str) -> tuple[dict[str, str], dict[str, str]]:
    """(headers, params) for ``slug``: the environment's, or the emulator defaults."""
    env = os.environ.get
    if slug == "iovox-email":
        headers = {
            "username": env("SENDSPEC_IOVOX_USERNAME", "demo"),
            "secureKey": env("SENDSPEC_IOVOX_SECURE_KEY", "demo-secure-key"),
        }
        return headers, {"link_id": env("SENDSPEC_IOVOX_LINK_ID", "1234")}
    if slug == "icomm-sms":
        return {"Authorization": f"App {env('SENDSPEC_SMS_API_KEY', 'demo-api-key')}"}, {}
    if slug == "inxmail":
        user = env("SENDSPEC_INXMAIL_CLIENT_ID", "demo-client")
        secret = env("SENDSPEC_INXMAIL_SECRET", "demo-secret")
        token = base64.b64encode(f"{user}:{secret}".encode()).decode()
        return {"Authorization": f"Basic {token}", "Accept": ACCEPT_HAL}, {}
    if slug == "icommkt-email":
        headers = {"X-Trx-Api-Key": env("SENDSPEC_ICOMMKT_TOKEN", "demo-server-token")}
        return headers, {"sender": env("SENDSPEC_ICOMMKT_SENDER", "sender@example.com")}
    raise KeyError(slug)


def _spec(slug: str) -> dict[str, Any]:
    from sendspec_emulator.specs import load_spec

    return load_spec(slug)


def shown(url: str) -> str:
    """``url`` without user info and query (where credentials go), nor a trailing ``/``, for
    messages (the webhook rule's :func:`~sendspec_emulator.core.webhooks.shown`)."""
    from sendspec_emulator.core.webhooks import shown as without_secrets

    text = without_secrets(url)
    query = "?…" if text.endswith("?…") else ""
    return text.removesuffix(query).rstrip("/") + query


# ---------------------------------------------------------------------------- side effects

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def operations(spec: Mapping[str, Any]) -> list[tuple[str, str, dict[str, Any], list[Any]]]:
    """(method, path, operation, parameters) in the spec's order."""
    found = []
    for path, item in (spec.get("paths") or {}).items():
        shared = list(item.get("parameters") or [])
        for method in _METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                found.append((method.upper(), path, op, shared + list(op.get("parameters") or [])))
    return found


def side_effects(spec: Mapping[str, Any]) -> dict[str, str]:
    """operationId -> what reading it changes, for every operation marked
    ``x-sendspec-side-effects`` (a string says what; ``true`` marks it plainly)."""
    marked: dict[str, str] = {}
    for method, path, op, _ in operations(spec):
        value = op.get(SIDE_EFFECTS_EXTENSION)
        if value:
            what = value if isinstance(value, str) else "a read changes the API's state"
            marked[str(op.get("operationId") or f"{method} {path}")] = what
    return marked


def allow_destructive() -> bool:
    return os.environ.get("SENDSPEC_ALLOW_DESTRUCTIVE") == "1"


# ---------------------------------------------------------------------------- pacing


def documented_rate_limit(slug: str) -> int | None:
    """The requests per minute ``slug``'s spec gives in ``info.x-sendspec-rate-limit``."""
    return spec_rate_limit(_spec(slug))


def spec_rate_limit(spec: Mapping[str, Any]) -> int | None:
    """``info.x-sendspec-rate-limit`` of ``spec`` (a whole number of requests per minute)."""
    value = (spec.get("info") or {}).get(RATE_LIMIT_EXTENSION)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        title = (spec.get("info") or {}).get("title")
        raise ValueError(f"{RATE_LIMIT_EXTENSION} of {title}: requests per minute, not {value!r}")
    return value


def _override() -> float | None:
    """``SENDSPEC_RATE_LIMIT`` as requests per minute; 0 is 0 (no pacing), unset None."""
    text = os.environ.get("SENDSPEC_RATE_LIMIT", "").strip()
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        number = math.nan
    if not math.isfinite(number) or number < 0:
        raise ValueError(f"SENDSPEC_RATE_LIMIT={text!r}: requests per minute (0: unpaced)")
    return number


def rate_limit(slug: str, *, live: bool) -> float | None:
    """Requests per minute for a run of ``slug``'s suite, None for an unpaced one:
    ``SENDSPEC_RATE_LIMIT`` when set (0: unpaced), else for a live run the spec's
    ``x-sendspec-rate-limit`` (or :data:`UNDOCUMENTED_RATE_LIMIT`); an emulator is unpaced
    unless told."""
    override = _override()
    if override is not None:
        return override or None
    if not live:
        return None
    documented = documented_rate_limit(slug)
    return UNDOCUMENTED_RATE_LIMIT if documented is None else float(documented)


def _positive(value: float, what: str) -> float:
    if not math.isfinite(value) or value <= 0:
        raise ValueError(f"{what} must be a positive number of requests per minute, not {value!r}")
    return value


_ROUNDING = 1e-9


class TokenBucket:
    """A token bucket on a monotonic clock: ``capacity`` tokens at most, refilled at
    ``per_second``; :meth:`acquire` takes one, sleeping first until there is one.

    Thread-safe (one lock; a waiter holds it while it sleeps, so tokens go in arrival
    order). ``clock`` and ``sleep`` are injectable for tests (a fake clock whose sleep moves
    it makes every test exact).
    """

    def __init__(
        self,
        capacity: float,
        per_second: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if capacity < 1 or per_second <= 0:
            raise ValueError("a token bucket needs capacity >= 1 and a positive rate")
        self.capacity = capacity
        self.per_second = per_second
        self._clock = clock
        self._sleep = sleep
        self._tokens = capacity
        self._stamp = clock()
        self._lock = threading.Lock()
        #: tokens handed out and seconds slept for them (for reports and tests)
        self.acquired = 0
        self.waited = 0.0

    def _refill(self) -> None:
        now = self._clock()
        elapsed = max(0.0, now - self._stamp)  # monotonic; max() guards a non-monotonic fake
        self._tokens = min(self.capacity, self._tokens + elapsed * self.per_second)
        self._stamp = now

    def wait_time(self) -> float:
        """Seconds until a token is there (0: now), taking none."""
        with self._lock:
            self._refill()
            return 0.0 if self._tokens >= 1 - _ROUNDING else (1 - self._tokens) / self.per_second

    def acquire(self) -> float:
        """Take a token, sleeping until there is one; returns the seconds slept."""
        with self._lock:
            slept = 0.0
            self._refill()
            # a token within rounding of whole is whole: the sleep computed for it is done
            # (a clock that cannot show the last femtoseconds must not loop forever)
            while self._tokens < 1 - _ROUNDING:
                pause = (1 - self._tokens) / self.per_second
                self._sleep(pause)
                slept += pause
                self._refill()
            self._tokens -= 1
            self.acquired += 1
            self.waited += slept
            return slept


class Pacer(TokenBucket):
    """At most ``per_minute`` requests reach the API in any minute, counting from any moment
    (a server's fixed windows or a sliding one alike).

    A bucket of one token refilled every ``60 / budget`` seconds, where the budget keeps a
    margin below the limit (2 %, at least one request) for the one request still in flight:
    requests start at least that far apart, so any 60 s sees at most ``budget`` of them start
    and at most ``budget + 1`` arrive (a request sent before the window can arrive in it).
    """

    def __init__(
        self,
        per_minute: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.per_minute = _positive(per_minute, "a rate limit")
        self.budget = budget(self.per_minute)
        super().__init__(1, self.budget / 60.0, clock=clock, sleep=sleep)


def budget(per_minute: float) -> float:
    """The requests per minute a :class:`Pacer` starts for a limit of ``per_minute``."""
    margin = max(1.0, per_minute * 0.02)
    return per_minute - margin if per_minute - margin >= 1 else per_minute / 2


# ---------------------------------------------------------------------------- preflight


class PreflightError(Exception):
    """The live API cannot be tested; ``message`` is one line, without credentials."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Unreachable(PreflightError):
    """No connection, no answer in time, or no API at the URL."""


class Unauthenticated(PreflightError):
    """The API refused the credentials (401/403)."""


def preflight_operation(spec: Mapping[str, Any]) -> tuple[str, str]:
    """(operationId, path) of the preflight read: the spec's first GET without path
    templates, required parameters, a request body or side effects."""
    for method, path, op, params in operations(spec):
        if method != "GET" or "{" in path or op.get(SIDE_EFFECTS_EXTENSION):
            continue
        if any(isinstance(p, dict) and p.get("required") for p in params):
            continue
        return str(op.get("operationId") or f"GET {path}"), path
    raise LookupError(f"{spec.get('info', {}).get('title')}: no GET without parameters")


def connection_reason(exc: BaseException) -> str:
    """A connection error's cause in a few words (no URL, no internals)."""
    text = str(exc).lower()
    for needle, words in (
        ("refused", "connection refused"),
        ("timed out", "timed out"),
        ("reset by peer", "connection reset"),
        ("remotedisconnected", "connection closed without an answer"),
        ("connection broken", "connection closed mid-answer"),
        ("incompleteread", "connection closed mid-answer"),
        ("connection aborted", "connection closed without an answer"),
        ("name or service not known", "unknown host"),
        ("nodename nor servname", "unknown host"),
        ("temporary failure in name resolution", "unknown host"),
        ("no address associated", "unknown host"),
        ("network is unreachable", "network unreachable"),
        ("no route to host", "no route to host"),
        ("certificate verify failed", "TLS certificate not accepted"),
        ("sslerror", "TLS handshake failed"),
        ("[ssl", "TLS handshake failed"),
    ):
        if needle in text:
            return words
    if isinstance(exc, httpx.TimeoutException):
        return "timed out"
    return type(exc).__name__


def preflight(
    slug: str,
    base_url: str,
    *,
    timeout: float = PREFLIGHT_TIMEOUT,
    pacer: TokenBucket | None = None,
) -> None:
    """One harmless authenticated read against ``base_url`` with ``slug``'s credentials
    from the environment; raises :class:`Unreachable` or :class:`Unauthenticated`.

    Bounded by ``timeout`` in all (the request runs in a daemon thread that is given up
    on); only the status line is read. ``pacer``: take the request's token from it."""
    spec = _spec(slug)
    operation, path = preflight_operation(spec)
    headers, _ = credentials(slug)
    url = base_url.rstrip("/") + path
    where = f"GET {shown(url)}"
    if pacer is not None:
        pacer.acquire()
    outcome: dict[str, Any] = {}

    def attempt() -> None:
        limit = httpx.Timeout(timeout, connect=min(timeout, 3.0))
        try:
            with (
                httpx.Client(timeout=limit, follow_redirects=False) as client,
                client.stream("GET", url, headers=headers) as response,
            ):
                outcome["status"] = response.status_code
        except (httpx.HTTPError, OSError, ValueError) as exc:  # ValueError: a malformed URL
            outcome["error"] = exc

    worker = threading.Thread(target=attempt, name=f"preflight-{slug}", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise Unreachable(
            f"{slug}: cannot connect to {shown(base_url)}: no answer within {timeout:g} s"
        )
    if "error" in outcome:
        error = outcome["error"]
        if isinstance(error, httpx.UnsupportedProtocol | httpx.InvalidURL | ValueError):
            raise Unreachable(f"{slug}: {shown(base_url)} is not an http(s) URL")
        raise Unreachable(
            f"{slug}: cannot connect to {shown(base_url)}: {connection_reason(error)}"
        )
    status = int(outcome["status"])
    variables = " and ".join(CREDENTIAL_VARIABLES.get(slug, ()))
    if status in (401, 403):
        raise Unauthenticated(
            f"{slug}: the API refused the credentials ({where} answered {status}"
            f" to {operation}); check {variables}"
        )
    if status in (404, 405):
        raise Unreachable(
            f"{slug}: no {slug} API at {shown(base_url)} ({where} answered {status});"
            " check the base URL"
        )
