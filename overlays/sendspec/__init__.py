"""sendspec overlays: thin helpers over the generated clients.

- :mod:`sendspec.runtime`: timeouts, retries, auth headers and typed errors for every client
- :mod:`sendspec.errors`: the typed exceptions
- :mod:`sendspec.iovox`: iovox E-Mail Tracking (client factory, page/limit search iteration)
- :mod:`sendspec.sms`: icomm SMS (client factory, log windows, report draining, webhooks)

The models and operations are the generated ones (``iovox_email_client``,
``icomm_sms_client``), used as they are.
"""

from .errors import (
    ApiError,
    AuthenticationError,
    NotFoundError,
    PaginationError,
    RateLimitedError,
    SendspecError,
    ServerError,
    UnexpectedResponse,
    ValidationError,
)
from .runtime import DEFAULT_TIMEOUT, NO_RETRIES, RetryPolicy

__all__ = [
    "DEFAULT_TIMEOUT",
    "NO_RETRIES",
    "ApiError",
    "AuthenticationError",
    "NotFoundError",
    "PaginationError",
    "RateLimitedError",
    "RetryPolicy",
    "SendspecError",
    "ServerError",
    "UnexpectedResponse",
    "ValidationError",
]
