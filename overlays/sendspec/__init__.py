"""sendspec overlays: thin helpers over the generated clients.

- :mod:`sendspec.runtime`: timeouts, deadlines, retries, auth headers and typed errors for every
  client; ``with_options()`` for per-call overrides
- :mod:`sendspec.errors`: the typed exceptions
- :mod:`sendspec.iovox`: iovox E-Mail Tracking (client factory, page/limit search iteration)
- :mod:`sendspec.sms`: icomm SMS (client factory, log windows, report draining, webhooks)

The models and operations are the generated ones (``iovox_email_client``,
``icomm_sms_client``), used as they are.
"""

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
    "with_options",
]
