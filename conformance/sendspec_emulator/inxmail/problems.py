"""Inxmail problem documents (RFC 7807, ``application/problem+json``).

- Media types: success bodies are ``application/hal+json``, errors RFC 7807
  ``application/problem+json`` ``{type, title, status, detail, _links.documentation}`` with the
  documented static problem ids (validation-error + ``invalidFields``, invalid-request-body,
  invalid-parameter-value, missing-parameter, type-mismatch, duplicate-resource (409),
  duplicate-email (409), blacklisted, subscription-error / unsubscription-error (+ ``result``),
  unknown-recipient-attribute, unparseable-recipient-attribute, about:blank for 401/403/404/406/
  415/429/500).

The handlers raise :class:`Problem` (or the helpers below); the provider renders every error
(``InxmailProvider.error_response``)."""

from __future__ import annotations

from typing import Any

from ..core import ApiError

PROBLEM = "application/problem+json"
DOCS = "https://apidocs.inxmail.com/xpro/rest/v1/problems/"


TITLES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    406: "Not Acceptable",
    408: "Request Timeout",
    409: "Conflict",
    413: "Payload Too Large",
    415: "Unsupported Media Type",
    429: "Too Many Requests",
    431: "Request Header Fields Too Large",
    500: "Internal Server Error",
    503: "Service Unavailable",
}
PROBLEM_TITLES = {
    "validation-error": "invalid request parameters",
    "invalid-request-body": "unparsable request body",
    "invalid-parameter-value": "invalid parameter value",
    "missing-parameter": "required parameter is missing",
    "type-mismatch": "a parameter had an incorrect type",
    "duplicate-resource": "resource already exists",
    "duplicate-email": "the specified email address is already in use",
    "ambiguous-email": "the specified email address does not uniquely identify a single recipient",
    "blacklisted": "the given email address matches a blacklist entry",
    "subscription-error": "subscription process failed",
    "unsubscription-error": "unsubscription process failed",
    "unknown-recipient-attribute": "unknown recipient attribute",
    "unparseable-recipient-attribute": "a specified recipient attribute value can not be parsed",
    "mailing-render-error": "rendering mailing failed",
    "locked-resource": "the resource is locked by an other user",
    "missing-request-part": "required request part is missing",
}


class Problem(ApiError):
    """An API error with a problem ``type`` and extra problem members."""

    def __init__(self, status: int, type_: str, detail: str | None = None, **extra: Any) -> None:
        super().__init__(status, type_, message=detail or PROBLEM_TITLES.get(type_, type_))
        self.detail = detail
        self.extra = extra


def not_found(what: str, ident: Any) -> Problem:
    return Problem(404, "about:blank", f"{what} {ident} not found")


def invalid_fields(*fields: tuple[str, str]) -> Problem:
    return Problem(
        400,
        "validation-error",
        "; ".join(f"{f} {p}" for f, p in fields),
        invalidFields=[{"field": f, "problem": p} for f, p in fields],
    )
