"""Typed errors shared by every provider.

An error response (status >= 400) becomes one of the :class:`ApiError` subclasses below,
raised by the response hook the client factories install, before the generated code parses
anything. A response the client cannot make sense of (a non-standard status code, a body that
is not the JSON it claims to be) becomes :class:`UnexpectedResponse` instead of a crash.

Messages carry the status, the provider's own error text and the request line; never a
request header, so credentials cannot leak through them. The requests an error carries
(``.request``, ``.response.request``) have their credential headers masked once the call is
over (``runtime.HeaderAuth``), so neither a repr nor a pickle of the error holds a secret.
Every error here pickles and unpickles (e.g. across a process pool).

:class:`DeadlineExceeded` is the one timeout the runtime raises itself: the call's total
``deadline`` passed. It is an :class:`httpx.TimeoutException` too, so code catching
httpx's timeouts catches it.
"""

from __future__ import annotations

import json
from typing import Any

import httpx


class SendspecError(Exception):
    """Base of every error raised by the overlays."""

    def __reduce__(self) -> tuple[Any, ...]:
        # the default (cls(*args) and then __dict__) breaks for errors whose __init__ takes
        # other arguments than their message: rebuild without calling __init__
        return (_rebuild, (type(self), self.args), self.__dict__)


def _rebuild(cls: type[BaseException], args: tuple[Any, ...]) -> BaseException:
    error = cls.__new__(cls)
    error.args = args
    return error


class UnexpectedResponse(SendspecError):
    """The server answered with something outside HTTP/JSON norms (e.g. status 599, bad JSON)."""

    def __init__(self, message: str, response: httpx.Response | None = None) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code if response is not None else None


class PaginationError(SendspecError):
    """A paging walk cannot go on without losing or repeating records."""


class DeadlineExceeded(SendspecError, httpx.TimeoutException):
    """The call's total ``deadline`` passed (every attempt, backoff and Retry-After wait
    counted); the message says how long it was and how many attempts were made.

    Attributes:
        deadline: the deadline in seconds.
        attempts: the attempts started (the last one may have been cut short).
        elapsed: seconds from the start of the call to this error.
    """

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None = None,
        deadline: float | None = None,
        attempts: int = 0,
        elapsed: float = 0.0,
    ) -> None:
        httpx.TimeoutException.__init__(self, message, request=request)
        self.deadline = deadline
        self.attempts = attempts
        self.elapsed = elapsed


class ApiError(SendspecError):
    """An error response from the provider.

    Attributes:
        provider: the provider slug (``iovox-email``, ``icomm-sms``, ...).
        status_code: the HTTP status.
        messages: the provider's error messages, flattened to text.
        body: the decoded JSON body (or the raw text when it is not JSON; None when empty).
        error: the body parsed into the generated error model, when there is one (None
            otherwise); each provider's ``error_model(exc)`` gives it typed.
        headers: the response headers.
        response: the (read) response; ``request``: its request, credentials masked.
    """

    def __init__(
        self,
        provider: str,
        response: httpx.Response,
        messages: list[str],
        body: object,
        error: object = None,
    ) -> None:
        self.provider = provider
        self.status_code = response.status_code
        self.messages = messages
        self.body: object = body
        self.error: object = error
        self.headers = response.headers
        self.response = response
        self.request = request = response.request
        detail = "; ".join(messages) if messages else (response.reason_phrase or "error")
        super().__init__(
            f"{provider}: {request.method} {request.url.path} -> {response.status_code}: {detail}"
        )


class ValidationError(ApiError):
    """400/409/415/422: the request was rejected as invalid."""


class AuthenticationError(ApiError):
    """401/403: missing, wrong or insufficient credentials."""


class NotFoundError(ApiError):
    """404."""


class RateLimitedError(ApiError):
    """429: ``retry_after`` is the server's hint in seconds (None when it gave none)."""

    retry_after: float | None = None


class ServerError(ApiError):
    """5xx (after the retries the client was allowed)."""


def error_class(status: int) -> type[ApiError]:
    if status in (401, 403):
        return AuthenticationError
    if status == 404:
        return NotFoundError
    if status == 429:
        return RateLimitedError
    if status >= 500:
        return ServerError
    if status in (400, 409, 415, 422):
        return ValidationError
    return ApiError


def decode_body(response: httpx.Response) -> Any:
    """The JSON body, or the text when it is not JSON (error bodies are informative only)."""
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return response.text
