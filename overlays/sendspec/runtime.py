"""The client runtime every provider overlay is built on.

The generated clients (openapi-python-client) set no timeout, know no auth scheme, retry
nothing and crash on non-standard status codes. ``build_client`` fixes all of that around a
generated ``Client`` without touching generated code:

- ``auth``: an :class:`httpx.Auth` that adds the provider's headers (secrets hidden in reprs);
- ``timeout``: :data:`DEFAULT_TIMEOUT` unless overridden;
- retries: :class:`RetryTransport` / :class:`AsyncRetryTransport` wrap the (optionally
  injected) transport and apply a :class:`RetryPolicy`;
- errors: a response hook turns every error response into a typed
  :mod:`sendspec.errors` exception before the generated code parses it.

Sync and async calls share the policy; both httpx clients are configured the same way.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import random
import time
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any, Protocol, TypedDict, TypeVar

import httpx

from .errors import ApiError, RateLimitedError, UnexpectedResponse, decode_body, error_class

#: the generated clients have no timeout at all; these are the defaults of every factory
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
STANDARD_STATUSES = frozenset(int(s) for s in HTTPStatus)


# ------------------------------------------------------------------------------------------ auth


class HeaderAuth(httpx.Auth):
    """Adds fixed headers to every request; ``repr`` names the headers, never their values."""

    def __init__(self, headers: Mapping[str, str]) -> None:
        for name, value in headers.items():
            if not value:
                raise ValueError(f"the {name} credential must not be empty")
            if any(c in value for c in "\r\n"):
                raise ValueError(f"the {name} credential must be a single line")
        self._headers = dict(headers)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers.update(self._headers)
        yield request

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
      exceed ``max_total_wait`` ends the retries and the last answer stands.
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


class _Plan:
    """The retry bookkeeping of one request, shared by the sync and async transports."""

    def __init__(self, policy: RetryPolicy, request: httpx.Request) -> None:
        self.policy = policy
        self.method = request.method.upper()
        self.attempt = 0
        self.waited = 0.0

    def next_wait(self, response: httpx.Response | None, exc: Exception | None) -> float | None:
        """Seconds to wait before the next attempt, or None to stop here."""
        self.attempt += 1
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
        self.waited += wait
        return wait


class RetryTransport(httpx.BaseTransport):
    def __init__(
        self,
        policy: RetryPolicy,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.policy = policy
        self.transport = transport or httpx.HTTPTransport()
        self.sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        plan = _Plan(self.policy, request)
        request.read()  # a body must be replayable
        while True:
            try:
                response = self.transport.handle_request(request)
                response.read()  # a connection dropped mid-body fails here, inside the retries
            except httpx.TransportError as exc:
                wait = plan.next_wait(None, exc)
                if wait is None:
                    raise
            else:
                wait = plan.next_wait(response, None)
                if wait is None:
                    return response
                response.close()
            self.sleep(wait)

    def close(self) -> None:
        self.transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    def __init__(
        self,
        policy: RetryPolicy,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.policy = policy
        self.transport = transport or httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        plan = _Plan(self.policy, request)
        await request.aread()
        while True:
            try:
                response = await self.transport.handle_async_request(request)
                await response.aread()
            except httpx.TransportError as exc:
                wait = plan.next_wait(None, exc)
                if wait is None:
                    raise
            else:
                wait = plan.next_wait(response, None)
                if wait is None:
                    return response
                await response.aclose()
            await asyncio.sleep(wait)

    async def aclose(self) -> None:
        await self.transport.aclose()


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
    retry: RetryPolicy | None
    transport: httpx.BaseTransport | None
    async_transport: httpx.AsyncBaseTransport | None
    httpx_client: httpx.Client | None
    async_httpx_client: httpx.AsyncClient | None


class GeneratedClient(Protocol):
    def set_httpx_client(self, client: httpx.Client) -> Any: ...
    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Any: ...


C = TypeVar("C", bound=GeneratedClient)


def build_client(
    client_cls: Callable[..., C],
    *,
    provider: str,
    base_url: str,
    auth: httpx.Auth,
    parse_error: ErrorParser,
    timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
    retry: RetryPolicy | None = None,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    httpx_client: httpx.Client | None = None,
    async_httpx_client: httpx.AsyncClient | None = None,
    headers: Mapping[str, str] | None = None,
    refine: ErrorRefiner | None = None,
) -> C:
    """A generated ``Client`` with auth, timeouts, retries and typed errors.

    ``transport``/``async_transport`` are wrapped by the retry transports (tests inject
    ``httpx.MockTransport`` or the emulator's ASGI transport this way). A caller-built
    ``httpx_client``/``async_httpx_client`` is used as it is, with the auth and the error hook
    added to it, so injecting one never loses authentication.
    """
    policy = retry or RetryPolicy()
    timeout = httpx.Timeout(timeout) if not isinstance(timeout, httpx.Timeout) else timeout

    def hook(response: httpx.Response) -> None:
        response.read()
        check_response(response, provider, parse_error, refine)

    async def ahook(response: httpx.Response) -> None:
        await response.aread()
        check_response(response, provider, parse_error, refine)

    if httpx_client is None:
        httpx_client = httpx.Client(
            base_url=base_url,
            timeout=timeout,
            headers=headers,
            transport=RetryTransport(policy, transport),
        )
    if async_httpx_client is None:
        async_httpx_client = httpx.AsyncClient(
            base_url=base_url,
            timeout=timeout,
            headers=headers,
            transport=AsyncRetryTransport(policy, async_transport),
        )
    for client in (httpx_client, async_httpx_client):
        client.auth = auth
    httpx_client.event_hooks["response"].append(hook)
    async_httpx_client.event_hooks["response"].append(ahook)
    generated = client_cls(base_url=base_url, timeout=timeout, raise_on_unexpected_status=True)
    generated.set_httpx_client(httpx_client)
    generated.set_async_httpx_client(async_httpx_client)
    return generated


__all__ = [
    "DEFAULT_TIMEOUT",
    "NO_RETRIES",
    "ApiError",
    "AsyncRetryTransport",
    "ClientOptions",
    "HeaderAuth",
    "RetryPolicy",
    "RetryTransport",
    "build_client",
    "check_response",
    "expect",
    "retry_after",
]
