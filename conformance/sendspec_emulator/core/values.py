"""Request and response values shared by the pipeline and the providers: violations,
API errors, a validated call and the reply a handler gives."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

JSON = Any


# --------------------------------------------------------------------------------------------
# errors and request/response values


@dataclass(frozen=True)
class Violation:
    """One problem with the request: where (``a.b[0].c``, or a parameter name) and what."""

    where: str
    message: str

    def text(self) -> str:
        return f"{self.where} {self.message}" if self.where else self.message


class ApiError(Exception):
    """Raised by handlers and the core; rendered through ``Provider.error_response``."""

    def __init__(
        self,
        status: int,
        kind: str,
        violations: list[Violation] | None = None,
        *,
        message: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.status = status
        self.kind = kind  # validation | auth | not_found | method | server | ... (provider-defined)
        self.violations = violations or []
        self.message = message or "; ".join(v.text() for v in self.violations) or kind
        self.headers = dict(headers or {})
        #: the operation the request was routed to, when known (set by the core)
        self.operation_id: str | None = None
        super().__init__(self.message)


@dataclass
class Call:
    """A validated request, as a handler sees it."""

    operation_id: str
    method: str
    path: str
    path_params: dict[str, str]
    query: dict[str, Any]
    body: JSON
    headers: Mapping[str, str]
    raw_query: Mapping[str, str]
    #: the request body as it arrived (JSON bodies; empty otherwise), for the inspection API
    raw_body: bytes = b""


@dataclass
class Reply:
    status: int = 200
    body: JSON = None
    headers: dict[str, str] = field(default_factory=dict)
    media_type: str = "application/json"
    raw: bytes | None = None


Handler = Callable[[Call], Reply | Awaitable[Reply]]
