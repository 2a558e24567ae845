"""sendspec overlays: thin helpers over the generated clients.

- :mod:`sendspec.runtime`: timeouts, deadlines, retries, auth headers and typed errors for every
  client; ``with_options()`` for per-call overrides
- :mod:`sendspec.errors`: the typed exceptions
- :mod:`sendspec.iovox`: iovox E-Mail Tracking (client factory, page/limit search iteration)
- :mod:`sendspec.sms`: icomm SMS (client factory, log windows, report draining, webhooks)

The models and operations are the generated ones (``iovox_email_client``,
``icomm_sms_client``), used as they are.
"""

from __future__ import annotations

from importlib import import_module
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

try:
    #: the installed distribution's version (pyproject.toml's, through the package metadata)
    __version__: str = version("sendspec")
except PackageNotFoundError:  # the source tree on sys.path, not installed
    __version__ = "0+unknown"

if TYPE_CHECKING:
    from .errors import (
        ApiError,
        AuthenticationError,
        DeadlineExceeded,
        NotFoundError,
        PaginationError,
        RateLimitedError,
        SendspecError,
        ServerError,
        UnexpectedResponse,
        ValidationError,
    )
    from .runtime import DEFAULT_DEADLINE, DEFAULT_TIMEOUT, NO_RETRIES, RetryPolicy, with_options

# imported at first use, so that loading the pytest plugin (sendspec.pytest_plugin, active
# wherever sendspec is installed) costs nothing for a test suite that does not use it
_LAZY = {
    **dict.fromkeys(
        (
            "ApiError", "AuthenticationError", "DeadlineExceeded", "NotFoundError",
            "PaginationError", "RateLimitedError", "SendspecError", "ServerError",
            "UnexpectedResponse", "ValidationError",
        ),
        "errors",
    ),
    **dict.fromkeys(
        ("DEFAULT_DEADLINE", "DEFAULT_TIMEOUT", "NO_RETRIES", "RetryPolicy", "with_options"),
        "runtime",
    ),
}  # fmt: skip


if not TYPE_CHECKING:  # checkers see the imports above: a misspelt name is an error, not Any

    def __getattr__(name: str) -> Any:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module 'sendspec' has no attribute {name!r}")
        value = getattr(import_module(f".{module}", __name__), name)
        globals()[name] = value
        return value


__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_TIMEOUT",
    "NO_RETRIES",
    "ApiError",
    "AuthenticationError",
    "DeadlineExceeded",
    "NotFoundError",
    "PaginationError",
    "RateLimitedError",
    "RetryPolicy",
    "SendspecError",
    "ServerError",
    "UnexpectedResponse",
    "ValidationError",
    "__version__",
    "with_options",
]
