"""ICOMMKT's error type and the ErrorCodes of its operation groups (the error body is
rendered by the provider, ``IcommktProvider.error_response``)."""

from __future__ import annotations

from ..core import ApiError

#: spec tag -> the ErrorCode of input problems in that group of operations
GROUP_CODES = {
    "bounces": 1000,
    "messages": 700,
    "stats": 900,
    "templates": 1100,
    "suppressions": 300,
}

QUERY_MESSAGE = "You provided invalid querystring parameters in your request."


class IcommktError(ApiError):
    """An error with the provider's own ErrorCode (HTTP 422 unless told)."""

    def __init__(self, code: int, message: str, status: int = 422) -> None:
        super().__init__(status, "icommkt", message=message)
        self.code = code
