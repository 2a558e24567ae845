"""The client runtime every provider overlay is built on.

The generated clients (openapi-python-client) set no timeout, know no auth scheme, retry
nothing and crash on non-standard status codes. ``build_client`` fixes all of that around a
generated ``Client`` without touching generated code:

- ``auth``: an :class:`httpx.Auth` that adds the provider's headers; credentials are checked
  when the client is built (:func:`check_credential`: never echoed in the message) and
  masked in the request once the call is over, so no repr, pickle or log holds them;
- ``timeout``: :data:`DEFAULT_TIMEOUT` unless overridden, per attempt (httpx's meaning);
- ``deadline``: :data:`DEFAULT_DEADLINE` seconds for the whole call (every attempt, backoff
  and Retry-After wait), then :class:`~sendspec.errors.DeadlineExceeded`;
- retries: :class:`RetryTransport` / :class:`AsyncRetryTransport` wrap the (optionally
  injected) transport and apply a :class:`RetryPolicy`;
- errors: a response hook turns every error response into a typed
  :mod:`sendspec.errors` exception before the generated code parses it;
- :func:`with_options`: the same client with another timeout, retry policy or deadline,
  sharing its connection pool (per-call overrides).

Sync and async calls share the policy; both httpx clients are configured the same way.
"""

from __future__ import annotations

import asyncio
import dataclasses
import email.utils
import json
import random
import time
import unicodedata
import weakref
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any, Protocol, TypedDict, TypeVar

import httpx

from .errors import (
    ApiError,
    DeadlineExceeded,
    RateLimitedError,
    UnexpectedResponse,
    decode_body,
    error_class,
)

#: the generated clients have no timeout at all; these are the defaults of every factory.
#: They apply to each attempt (connect, each read, each write, the pool wait), as in httpx.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
#: seconds a whole call may take by default: every attempt, backoff and Retry-After wait
DEFAULT_DEADLINE = 60.0
#: headers masked in every request the runtime hands back (besides the auth's own headers)
SENSITIVE_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "securekey",
        "x-api-key",
        "x-trx-api-key",
        "x-trx-account-token",
        "x-postmark-server-token",
        "x-postmark-account-token",
        "x-sendspec-control-token",
    }
)
#: what a masked header's value becomes (httpx shows ``Authorization`` the same way)
MASK = "[secure]"
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
STANDARD_STATUSES = frozenset(int(s) for s in HTTPStatus)


# ------------------------------------------------------------------------------------------ auth


def check_credential(name: str, value: object, *, header: bool = True) -> str:
    """Refuse a credential that cannot be right, naming it but never showing it.

    Empty values, leading or trailing whitespace (a copy-paste slip) and control or
    invisible formatting characters (NUL, tab, CR/LF: header injection) are refused; so is
    non-ASCII text when ``header`` (the value is sent as a header as it is). Raised here, at
    client construction, instead of by h11 or the header encoder mid-request, whose messages
    and DEBUG logs quote the value.
    """
    if not isinstance(value, str):
        raise TypeError(f"the {name} credential must be a str, not {type(value).__name__}")
    if not value:
        raise ValueError(f"the {name} credential must not be empty")
    if value != value.strip():
        raise ValueError(f"the {name} credential must not start or end with whitespace")
    if any(unicodedata.category(c) in ("Cc", "Cf") for c in value):
        raise ValueError(f"the {name} credential must not contain control characters")
    if header and not value.isascii():
        raise ValueError(f"the {name} credential must be ASCII text (it is sent as a header)")
    return value


def mask_headers(headers: httpx.Headers, names: frozenset[str] = SENSITIVE_HEADERS) -> None:
    """Replace the value of every header in ``names`` (lower case) by :data:`MASK`."""
    for name in {key for key in headers if key.lower() in names}:
        headers[name] = MASK


class HeaderAuth(httpx.Auth):
    """Adds fixed headers to every request; ``repr`` names the headers, never their values.

    The values are checked at construction (:func:`check_credential`). When the call is over
    (answered, failed or raised), the request's credential headers, and any header of
    :data:`SENSITIVE_HEADERS`, are replaced by :data:`MASK`: the request a user meets later
    (``exc.request``, ``response.request``, a pickled error) holds no secret. Retries happen
    inside the call (in the transport), so every attempt is sent with the real values.
    """

    def __init__(self, headers: Mapping[str, str]) -> None:
        for name, value in headers.items():
            check_credential(name, value)
        self._headers = dict(headers)
        #: the headers this auth sets on every request (lower case), over any given
        self.header_names = frozenset(name.lower() for name in headers)
        self._masked = SENSITIVE_HEADERS | self.header_names

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        return self.sync_auth_flow(request)

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers.update(self._headers)
        try:
            yield request
        finally:  # after the response, or when httpx closes the flow on an exception
            mask_headers(request.headers, self._masked)

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        request.headers.update(self._headers)
        try:
            yield request
        finally:
            mask_headers(request.headers, self._masked)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(headers={sorted(self._headers)}, values=<hidden>)"


# --------------------------------------------------------------------------------------- retries


@dataclass(frozen=True)
class RetryPolicy:
    """When and how long to wait before trying a request again.

    - Connection failures before the request was sent (connect errors and timeouts) are
      retried for every method.
    - 429 is retried for every method: the server refused the request without acting on it.
    - 408, 5xx and failures after the request was sent (read errors, dropped connections,
      read timeouts) are retried only for idempotent methods, unless ``retry_non_idempotent``
      (the caller accepts that a send may happen twice).
    - The wait is exponential backoff with full jitter, or the server's ``Retry-After``
      (seconds or HTTP date) / ``X-RateLimit-Reset`` when it gives one; a wait that would
      exceed ``max_total_wait``, or end past the call's ``deadline``, ends the retries and the
      last answer (or error) stands.

    ``retry_non_idempotent=True`` trades duplicates for delivery: a POST whose connection
    dropped after the server acted on it (the send was stored, the answer was lost) is sent
    again, so the provider gets it twice. The default never resends a POST that may have
    reached the server; the caller sees the transport error and decides (e.g. looks the
    message up before sending again).
    """

    max_attempts: int = 4
    backoff_base: float = 0.25
    backoff_max: float = 8.0
    max_total_wait: float = 30.0
    retry_statuses: frozenset[int] = frozenset({408, 429, 500, 502, 503, 504})
    retry_non_idempotent: bool = False
    rng: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        if self.backoff_base < 0 or self.backoff_max < 0 or self.max_total_wait < 0:
            raise ValueError("waits must not be negative")

    def backoff(self, attempt: int) -> float:
        """Full-jitter exponential backoff for the given (1-based) failed attempt."""
        return self.rng.uniform(0, min(self.backoff_max, self.backoff_base * 2 ** (attempt - 1)))

    def may_retry_status(self, method: str, status: int) -> bool:
        if status not in self.retry_statuses:
            return False
        return status == 429 or method in IDEMPOTENT_METHODS or self.retry_non_idempotent

    def may_retry_exception(self, method: str, exc: Exception) -> bool:
        if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
            return True  # nothing reached the server
        if isinstance(exc, httpx.TransportError):
            return method in IDEMPOTENT_METHODS or self.retry_non_idempotent
        return False

    def delay(
        self, attempt: int, response: httpx.Response | None, now: float | None = None
    ) -> float:
        hinted = retry_after(response, now) if response is not None else None
        return hinted if hinted is not None else self.backoff(attempt)


NO_RETRIES = RetryPolicy(max_attempts=1)


def retry_after(response: httpx.Response, now: float | None = None) -> float | None:
    """Seconds to wait as the server says: ``Retry-After`` (seconds or HTTP date) or
    ``X-RateLimit-Reset`` (seconds, or an epoch timestamp when larger than a day)."""
    now = time.time() if now is None else now
    value = response.headers.get("retry-after")
    if value is not None:
        value = value.strip()
        if value.isdigit():
            return float(value)
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            when = None
        if when is not None and when.tzinfo is not None:
            return max(0.0, when.timestamp() - now)
    reset = response.headers.get("x-ratelimit-reset")
    if reset is not None:
        try:
            seconds = float(reset)
        except ValueError:
            return None
        if seconds > 86_400:  # an epoch timestamp
            seconds -= now
        return max(0.0, seconds)
    return None


_TIMEOUT_KEYS = ("connect", "read", "write", "pool")
_TIMEOUT_KEY_OF: tuple[tuple[type[httpx.TimeoutException], str], ...] = (
    (httpx.ConnectTimeout, "connect"),
    (httpx.ReadTimeout, "read"),
    (httpx.WriteTimeout, "write"),
    (httpx.PoolTimeout, "pool"),
)


class _Plan:
    """The retry and deadline bookkeeping of one call, shared by the sync and async
    transports."""

    def __init__(
        self,
        policy: RetryPolicy,
        request: httpx.Request,
        deadline: float | None,
        clock: Callable[[], float],
        provider: str | None = None,
    ) -> None:
        self.provider = provider
        self.policy = policy
        self.request = request
        self.method = request.method.upper()
        self.attempt = 0
        self.waited = 0.0
        self.deadline = deadline
        self.clock = clock
        self.started = clock()
        #: the per-attempt timeouts the caller asked for (httpx puts them in the extensions)
        self.timeouts: dict[str, float | None] = dict(request.extensions.get("timeout") or {})
        #: the timeouts of the current attempt that the deadline cut short
        self.cut: set[str] = set()
        self.started_attempts = 0
        #: the retries ended because the next wait would end past the deadline
        self.out_of_time = False

    def elapsed(self) -> float:
        return self.clock() - self.started

    def remaining(self) -> float | None:
        return None if self.deadline is None else self.deadline - self.elapsed()

    def exceeded(self, last: Exception | None = None) -> DeadlineExceeded:
        """The error for a call out of time (``last``: the timeout that ended it early)."""
        attempts, elapsed = self.started_attempts, self.elapsed()
        tried = f"{attempts} attempt{'s' if attempts != 1 else ''}"
        what = f"{self.method} {self.request.url.path}: deadline of {self.deadline:g} s exceeded"
        if last is None:
            detail = f"after {tried} in {elapsed:.2f} s"
        else:
            left = max(0.0, self.remaining() or 0.0)
            detail = (
                f"after {tried} in {elapsed:.2f} s ({type(last).__name__}; "
                f"no retry fits in the {left:.2f} s left)"
            )
        return DeadlineExceeded(
            f"{self.provider + ': ' if self.provider else ''}{what} {detail}",
            request=self.request,
            deadline=self.deadline,
            attempts=attempts,
            elapsed=elapsed,
        )

    def arm(self) -> None:
        """Before an attempt: fit its timeouts into the time left, or raise DeadlineExceeded."""
        self.cut = set()
        left = self.remaining()
        if left is not None and left <= 0:
            raise self.exceeded()
        self.started_attempts += 1
        if left is None:
            return
        timeouts: dict[str, float | None] = {}
        for key in _TIMEOUT_KEYS:
            asked = self.timeouts.get(key)
            if asked is None or asked >= left:
                timeouts[key] = left
                self.cut.add(key)
            else:
                timeouts[key] = asked
        self.request.extensions["timeout"] = timeouts

    def deadline_error(self, exc: Exception) -> DeadlineExceeded | None:
        """The DeadlineExceeded that ``exc`` stands for, when the deadline caused it: a
        timeout that the deadline had cut short, or any timeout once no time is left."""
        if isinstance(exc, DeadlineExceeded):
            return exc
        if self.deadline is None or not isinstance(exc, httpx.TimeoutException):
            return None
        cut = any(isinstance(exc, cls) and key in self.cut for cls, key in _TIMEOUT_KEY_OF)
        left = self.remaining()
        return self.exceeded() if cut or (left is not None and left <= 0) else None

    def next_wait(self, response: httpx.Response | None, exc: Exception | None) -> float | None:
        """Seconds to wait before the next attempt, or None to stop here."""
        self.attempt += 1
        self.cut = set()
        if self.attempt >= self.policy.max_attempts:
            return None
        if exc is not None:
            if not self.policy.may_retry_exception(self.method, exc):
                return None
            wait = self.policy.backoff(self.attempt)
        else:
            assert response is not None
            if not self.policy.may_retry_status(self.method, response.status_code):
                return None
            wait = self.policy.delay(self.attempt, response)
        if self.waited + wait > self.policy.max_total_wait:
            return None
        left = self.remaining()
        if left is not None and wait >= left:  # the next attempt could not start in time
            self.out_of_time = True
            return None
        self.waited += wait
        return wait

    def check_body(self) -> None:
        """Between the chunks of a response body: stop once the deadline has passed."""
        left = self.remaining()
        if left is not None and left <= 0:
            raise self.exceeded()


class _DeadlineStream(httpx.SyncByteStream):
    def __init__(self, stream: httpx.SyncByteStream, plan: _Plan) -> None:
        self.stream = stream
        self.plan = plan

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.stream:
            self.plan.check_body()
            yield chunk

    def close(self) -> None:
        self.stream.close()


class _AsyncDeadlineStream(httpx.AsyncByteStream):
    def __init__(self, stream: httpx.AsyncByteStream, plan: _Plan) -> None:
        self.stream = stream
        self.plan = plan

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self.stream:
            self.plan.check_body()
            yield chunk

    async def aclose(self) -> None:
        await self.stream.aclose()


class RetryTransport(httpx.BaseTransport):
    """Applies a :class:`RetryPolicy` and a total ``deadline`` (seconds, None for none) to
    every request sent through ``transport``.

    Each attempt gets the request's own timeouts (per attempt, as httpx means them), cut to
    the time left before the deadline; a wait that would end past the deadline ends the
    retries (the last answer or transport error stands). A timeout caused by the deadline or
    ending the retries that way, and a body still arriving when the deadline passes, raise
    :class:`~sendspec.errors.DeadlineExceeded`. The
    response body is read inside the retries, so a connection dropped mid-body is retried
    as the policy allows. ``owns_transport=False`` leaves ``transport`` open on close (a
    client made by :func:`with_options` shares its original's); ``provider`` prefixes the
    DeadlineExceeded message, as in the typed errors.
    """

    def __init__(
        self,
        policy: RetryPolicy,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        *,
        deadline: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        owns_transport: bool = True,
        provider: str | None = None,
    ) -> None:
        self.provider = provider
        self.policy = policy
        self.transport = transport or httpx.HTTPTransport()
        self.sleep = sleep
        self.deadline = _check_deadline(deadline)
        self.clock = clock
        self.owns_transport = owns_transport

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        plan = _Plan(self.policy, request, self.deadline, self.clock, self.provider)
        request.read()  # a body must be replayable
        while True:
            plan.arm()
            response = None
            try:
                response = self.transport.handle_request(request)
                if plan.deadline is not None:
                    assert isinstance(response.stream, httpx.SyncByteStream)
                    response.stream = _DeadlineStream(response.stream, plan)
                response.read()  # a connection dropped mid-body fails here, inside the retries
            except httpx.TransportError as exc:
                if response is not None:  # a body cut short: give the connection back
                    response.close()
                late = plan.deadline_error(exc)
                if late is not None:
                    raise late from (None if late is exc else exc)
                wait = plan.next_wait(None, exc)
                if wait is None:
                    if plan.out_of_time and isinstance(exc, httpx.TimeoutException):
                        raise plan.exceeded(exc) from exc
                    raise
            else:
                wait = plan.next_wait(response, None)
                if wait is None:
                    return response
                response.close()
            self.sleep(wait)

    def close(self) -> None:
        if self.owns_transport:
            self.transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async :class:`RetryTransport` (``sleep`` is awaited)."""

    def __init__(
        self,
        policy: RetryPolicy,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Any] = asyncio.sleep,
        *,
        deadline: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        owns_transport: bool = True,
        provider: str | None = None,
    ) -> None:
        self.provider = provider
        self.policy = policy
        self.transport = transport or httpx.AsyncHTTPTransport()
        self.sleep = sleep
        self.deadline = _check_deadline(deadline)
        self.clock = clock
        self.owns_transport = owns_transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        plan = _Plan(self.policy, request, self.deadline, self.clock, self.provider)
        await request.aread()
        while True:
            plan.arm()
            response = None
            try:
                response = await self.transport.handle_async_request(request)
                if plan.deadline is not None:
                    assert isinstance(response.stream, httpx.AsyncByteStream)
                    response.stream = _AsyncDeadlineStream(response.stream, plan)
                await response.aread()
            except httpx.TransportError as exc:
                if response is not None:
                    await response.aclose()
                late = plan.deadline_error(exc)
                if late is not None:
                    raise late from (None if late is exc else exc)
                wait = plan.next_wait(None, exc)
                if wait is None:
                    if plan.out_of_time and isinstance(exc, httpx.TimeoutException):
                        raise plan.exceeded(exc) from exc
                    raise
            else:
                wait = plan.next_wait(response, None)
                if wait is None:
                    return response
                await response.aclose()
            await self.sleep(wait)

    async def aclose(self) -> None:
        if self.owns_transport:
            await self.transport.aclose()


def _check_deadline(deadline: float | None) -> float | None:
    if deadline is not None and not deadline > 0:
        raise ValueError("deadline must be a positive number of seconds, or None for none")
    return deadline


# ---------------------------------------------------------------------------------------- errors

ErrorParser = Callable[[Any], tuple[list[str], Any]]
"""Provider hook: decoded error body -> (messages, generated error model or None)."""


ErrorRefiner = Callable[[ApiError], ApiError]
"""Provider hook: the generic typed error -> a more specific one (e.g. by error code)."""


def check_response(
    response: httpx.Response,
    provider: str,
    parse_error: ErrorParser,
    refine: ErrorRefiner | None = None,
) -> None:
    """Raise the typed error for ``response`` (already read), or return when it is usable."""
    status = response.status_code
    if status not in STANDARD_STATUSES:
        raise UnexpectedResponse(
            f"{provider}: {response.request.method} {response.request.url.path} answered with "
            f"non-standard status {status}",
            response,
        )
    if status >= 400:
        body = decode_body(response)
        try:
            messages, model = parse_error(body)
        except Exception:  # an error body of an unexpected shape still gives a typed error
            messages, model = ([body] if isinstance(body, str) and body else []), None
        error = error_class(status)(provider, response, messages, body, model)
        if isinstance(error, RateLimitedError):
            error.retry_after = retry_after(response)
        raise refine(error) if refine is not None else error
    content_type = response.headers.get("content-type", "")
    if response.content and ("json" in content_type or not content_type):
        try:
            parsed = json.loads(response.content)
        except (ValueError, UnicodeDecodeError) as exc:
            raise UnexpectedResponse(
                f"{provider}: {response.request.method} {response.request.url.path} answered "
                f"{status} with a body that is not valid JSON ({exc})",
                response,
            ) from exc
        # the generated parser calls response.json() next: hand it this parse, not a second
        response.json = lambda **_: parsed  # type: ignore[method-assign]


# --------------------------------------------------------------------------------------- factory

T = TypeVar("T")


def expect(value: object, cls: type[T]) -> T:
    """Narrow a generated ``sync()``/``asyncio()`` result to its success model.

    Those functions are typed ``Success | ErrorModel | None``; with the clients built here an
    error response raises before parsing, so anything but ``cls`` is a bug worth a loud error.
    """
    if not isinstance(value, cls):
        raise UnexpectedResponse(f"expected {cls.__name__}, got {type(value).__name__}")
    return value


class ClientOptions(TypedDict, total=False):
    """The keyword options every provider's ``client()`` factory takes (see build_client)."""

    base_url: str
    timeout: httpx.Timeout | float | None
    deadline: float | None
    retry: RetryPolicy | None
    transport: httpx.BaseTransport | None
    async_transport: httpx.AsyncBaseTransport | None
    httpx_client: httpx.Client | None
    async_httpx_client: httpx.AsyncClient | None


class GeneratedClient(Protocol):
    def set_httpx_client(self, client: httpx.Client) -> Any: ...
    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Any: ...


C = TypeVar("C", bound=GeneratedClient)


@dataclass
class _Setup:
    """What :func:`with_options` needs to make another client sharing a built one's pool."""

    client_cls: Callable[..., Any]
    provider: str
    base_url: str
    headers: httpx.Headers
    auth: httpx.Auth
    hook: Callable[[httpx.Response], None]
    ahook: Callable[[httpx.Response], Any]
    transport: httpx.BaseTransport
    async_transport: httpx.AsyncBaseTransport
    timeout: httpx.Timeout
    policy: RetryPolicy
    deadline: float | None
    cookies: httpx.Cookies | None = None


#: the setup of every client build_client made (keyed by its httpx.Client)
_SETUPS: weakref.WeakKeyDictionary[httpx.Client, _Setup] = weakref.WeakKeyDictionary()


def build_client(
    client_cls: Callable[..., C],
    *,
    provider: str,
    base_url: str,
    auth: httpx.Auth,
    parse_error: ErrorParser,
    timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
    deadline: float | None = DEFAULT_DEADLINE,
    retry: RetryPolicy | None = None,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    httpx_client: httpx.Client | None = None,
    async_httpx_client: httpx.AsyncClient | None = None,
    headers: Mapping[str, str] | None = None,
    refine: ErrorRefiner | None = None,
) -> C:
    """A generated ``Client`` with auth, timeouts, a deadline, retries and typed errors.

    ``timeout`` bounds each attempt (httpx's connect/read/write/pool timeouts); ``deadline``
    (seconds, None for none) bounds the whole call, retries and their waits included, and
    raises :class:`~sendspec.errors.DeadlineExceeded` when it passes. ``transport`` /
    ``async_transport`` are wrapped by the retry transports (tests inject
    ``httpx.MockTransport`` or the emulator's ASGI transport this way). A caller-built
    ``httpx_client``/``async_httpx_client`` is used as it is (its own transport: no retries
    and no deadline), with the auth and the error hook added to it, so injecting one never
    loses authentication.
    """
    policy = retry or RetryPolicy()
    timeout = httpx.Timeout(timeout) if not isinstance(timeout, httpx.Timeout) else timeout
    _check_deadline(deadline)

    def hook(response: httpx.Response) -> None:
        response.read()
        check_response(response, provider, parse_error, refine)

    async def ahook(response: httpx.Response) -> None:
        await response.aread()
        check_response(response, provider, parse_error, refine)

    setup = _Setup(
        client_cls=client_cls,
        provider=provider,
        base_url=base_url,
        headers=httpx.Headers(headers),
        auth=auth,
        hook=hook,
        ahook=ahook,
        transport=transport or httpx.HTTPTransport(),
        async_transport=async_transport or httpx.AsyncHTTPTransport(),
        timeout=timeout,
        policy=policy,
        deadline=deadline,
    )
    if httpx_client is None and async_httpx_client is None:
        return _assemble(setup, owns_transport=True)  # type: ignore[no-any-return]
    if httpx_client is None:
        httpx_client = _sync_client(setup, owns_transport=True)
    else:
        httpx_client.auth = auth
        httpx_client.event_hooks["response"].append(hook)
    if async_httpx_client is None:
        async_httpx_client = _async_client(setup, owns_transport=True)
    else:
        async_httpx_client.auth = auth
        async_httpx_client.event_hooks["response"].append(ahook)
    generated = _runtime_class(client_cls)(
        base_url=base_url, timeout=timeout, raise_on_unexpected_status=True
    )
    generated.set_httpx_client(httpx_client)
    generated.set_async_httpx_client(async_httpx_client)
    return generated


def _sync_client(setup: _Setup, *, owns_transport: bool) -> httpx.Client:
    return httpx.Client(
        base_url=setup.base_url,
        timeout=setup.timeout,
        headers=setup.headers,
        cookies=setup.cookies,
        auth=setup.auth,
        event_hooks={"response": [setup.hook]},
        transport=RetryTransport(
            setup.policy,
            setup.transport,
            deadline=setup.deadline,
            owns_transport=owns_transport,
            provider=setup.provider,
        ),
    )


def _async_client(setup: _Setup, *, owns_transport: bool) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url=setup.base_url,
        timeout=setup.timeout,
        headers=setup.headers,
        cookies=setup.cookies,
        auth=setup.auth,
        event_hooks={"response": [setup.ahook]},
        transport=AsyncRetryTransport(
            setup.policy,
            setup.async_transport,
            deadline=setup.deadline,
            owns_transport=owns_transport,
            provider=setup.provider,
        ),
    )


def _assemble(setup: _Setup, *, owns_transport: bool) -> Any:
    sync_client = _sync_client(setup, owns_transport=owns_transport)
    generated = _runtime_class(setup.client_cls)(
        base_url=setup.base_url, timeout=setup.timeout, raise_on_unexpected_status=True
    )
    generated.set_httpx_client(sync_client)
    generated.set_async_httpx_client(_async_client(setup, owns_transport=owns_transport))
    _SETUPS[sync_client] = setup
    return generated


def _with_timeout(self: Any, timeout: httpx.Timeout) -> Any:
    """The same client with another per-attempt timeout: ``with_options(self,
    timeout=timeout)`` (the generated method made a client without auth and retries, and
    changed this client's timeout on the way)."""
    return with_options(self, timeout=timeout)


def _with_headers(self: Any, headers: Mapping[str, str]) -> Any:
    """The same client (auth, retries, deadline, shared pools) sending ``headers`` as well;
    this client is left as it is (the generated method made a client without auth and
    retries, and added the headers to this one). A header the client's credentials set is
    refused: the auth would send its own value over it (another credential wants another
    client)."""
    setup = _setup_of(self)
    taken = setup.auth.header_names if isinstance(setup.auth, HeaderAuth) else frozenset()
    clash = sorted(name for name in headers if name.lower() in taken)
    if clash:  # (named, never shown: the value may be a credential)
        raise ValueError(
            f"with_headers: {', '.join(clash)} is set by this client's credentials on every"
            " request, so the value given would never be sent; build a client with the other"
            " credential instead"
        )
    merged = httpx.Headers(setup.headers)
    merged.update(headers)
    return _assemble(dataclasses.replace(setup, headers=merged), owns_transport=False)


def _with_cookies(self: Any, cookies: Mapping[str, str]) -> Any:
    """The same client (auth, retries, deadline, shared pools) sending ``cookies`` as well;
    this client is left as it is."""
    setup = _setup_of(self)
    merged = httpx.Cookies(setup.cookies)
    merged.update(dict(cookies))
    return _assemble(dataclasses.replace(setup, cookies=merged), owns_transport=False)


#: generated client class -> its subclass with the runtime's with_timeout / with_headers /
#: with_cookies (what the factories make)
_RUNTIME_CLASSES: dict[type, type] = {}


def _runtime_class(client_cls: Callable[..., C]) -> Callable[..., C]:
    """``client_cls`` (a generated ``Client``) whose ``with_timeout``, ``with_headers`` and
    ``with_cookies`` make a client that keeps this runtime's auth, retries, deadline and
    error hooks, sharing the connection pools, and leave the original unchanged."""
    if not isinstance(client_cls, type):
        return client_cls
    runtime = _RUNTIME_CLASSES.get(client_cls)
    if runtime is None:
        runtime = type(
            client_cls.__name__,
            (client_cls,),
            {
                "__slots__": (),
                "__module__": client_cls.__module__,
                "__qualname__": client_cls.__qualname__,
                "with_timeout": _with_timeout,
                "with_headers": _with_headers,
                "with_cookies": _with_cookies,
            },
        )
        _RUNTIME_CLASSES[client_cls] = runtime
    return runtime


def _setup_of(client: Any) -> _Setup:
    setup = _SETUPS.get(client.get_httpx_client())
    if setup is None:
        raise ValueError(
            "with_options (and the clients' with_timeout, with_headers, with_cookies) needs a "
            "client made by a sendspec factory without a caller-built "
            "httpx_client/async_httpx_client (configure that httpx client instead)"
        )
    return setup


class _Keep:
    def __repr__(self) -> str:
        return "KEEP"


#: "this option as the original client has it" (the default of every with_options option)
KEEP: Any = _Keep()


def with_options(
    client: C,
    *,
    timeout: httpx.Timeout | float | None = KEEP,
    retry: RetryPolicy | None = KEEP,
    deadline: float | None = KEEP,
) -> C:
    """The same client with another per-attempt ``timeout``, ``retry`` policy or total
    ``deadline`` (None: no deadline); options not given stay as they are.

    The new client shares the original's connection pools, auth, headers and error hooks,
    so it is cheap enough to make for one call::

        send_email.sync(client=with_options(c, deadline=5, retry=NO_RETRIES), body=...)

    Closing it leaves the shared pools open; closing the original closes them for both.
    The clients' own ``with_timeout``, ``with_headers`` and ``with_cookies`` work the same
    way (the generated ones made a client without auth and retries). Works with the clients
    the provider factories and :func:`build_client` make, unless they were given a
    caller-built ``httpx_client``/``async_httpx_client`` (ValueError).
    """
    setup = _setup_of(client)
    changes: dict[str, Any] = {}
    if timeout is not KEEP:
        changes["timeout"] = (
            timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        )
    if retry is not KEEP:
        changes["policy"] = retry or RetryPolicy()
    if deadline is not KEEP:
        changes["deadline"] = _check_deadline(deadline)
    return _assemble(dataclasses.replace(setup, **changes), owns_transport=False)  # type: ignore[no-any-return]


__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_TIMEOUT",
    "KEEP",
    "MASK",
    "NO_RETRIES",
    "SENSITIVE_HEADERS",
    "ApiError",
    "AsyncRetryTransport",
    "ClientOptions",
    "DeadlineExceeded",
    "HeaderAuth",
    "RetryPolicy",
    "RetryTransport",
    "build_client",
    "check_credential",
    "check_response",
    "expect",
    "mask_headers",
    "retry_after",
    "with_options",
]
