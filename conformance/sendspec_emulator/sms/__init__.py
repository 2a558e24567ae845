"""icomm SMS emulator, Infobip SMS v3 compatible (specs/icomm-sms.yaml).

Credentials: ``Authorization: App <api key>``; the key defaults to ``demo-api-key``.
Every error is the Infobip v3 ``ApiError`` body.

The package: ``state`` (tables, status and error catalog, message/part counting, timestamps),
``messages`` (sending), ``reports`` (delivery reports), ``logs``, ``delivery`` (delivery
simulation and webhook pushes).

Control plane: ``POST /_emulator/advance``, ``POST /_emulator/messages`` (every stored message
with its report state) and ``POST /_emulator/reports_pending`` (reports a pull can still return).
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

from ..core import JSON, ApiError, Reply, same_secret
from ..core.webhooks import webhook_allowed
from .delivery import SmsDelivery
from .inbox import SmsInbox
from .logs import LogHandlers
from .messages import MessageHandlers
from .reports import ReportHandlers
from .state import SmsState, fmt_ms, message_count, parse_ns

# HTTP error bodies: (description, action, resources) per status, texts of the spec's examples
_AUTH_DOCS = "https://www.infobip.com/docs/essentials/api-authentication"
_SCOPES_DOCS = "https://www.infobip.com/docs/essentials/api-essentials/api-authorization#api-scopes"
_THROTTLING_DOCS = (
    "https://www.infobip.com/docs/essentials/integration-best-practices#throttling-handling-errors"
)
HTTP_ERRORS: dict[int, tuple[str, str, tuple[tuple[str, str], ...]]] = {
    400: ("Request cannot be processed.",
          "Check the syntax, violations and adjust the request.", ()),
    401: ("The request lacks valid authentication credentials for the requested resource.",
          "Check the resources and adjust authentication credentials.",
          (("API Authentication", _AUTH_DOCS),)),
    403: ("Insufficient permissions to access the requested resource.",
          "Repeat the request with new or different credentials.", (("API Scopes", _SCOPES_DOCS),)),
    404: ("Requested resource not found.",
          "Check the request URL against the API endpoint documentation.", ()),
    405: ("Request method is not supported by the requested resource.",
          "Check the request method against the API endpoint documentation.", ()),
    429: ("Too many requests sent.",
          "Check request rate limit specified in the API endpoint documentation resource.",
          (("Throttling handling errors", _THROTTLING_DOCS),)),
    500: ("Something went wrong.", "Contact the support.", ()),
    503: ("Service temporarily unavailable.", "Retry the request later.", ()),
}  # fmt: skip
#: the spec refuses text and hex together with ``dependentSchemas: {hex: {type: "null"}}`` (a
#: type error, so the core reports the binary branch's own violations for an object with hex);
#: that violation on a content object, said plainly
_BOTH_CONTENTS = {"must be of type null": "must have either text or hex, not both"}
#: the property a violation-less 400 is about
_KIND_PROPERTY = {"content_type": "Content-Type"}


class SmsProvider(MessageHandlers, ReportHandlers, LogHandlers, SmsInbox):
    """Auth, error body, control actions and background work; the handlers come from the
    resource modules."""

    slug = "icomm-sms"
    #: the logs filters bulkId, messageId, campaignReferenceId take ``a,b`` as well as ``a&a``
    comma_separated_arrays = True
    #: the doc states no size limit; bodies are text only (no attachments): 4 MiB holds a
    #: send to some 50,000 destinations, far past any single call a client makes
    max_body_bytes = 4 * 1024 * 1024

    def authenticate(self, headers: Mapping[str, str]) -> None:
        value = headers.get("authorization")
        if not value:
            raise ApiError(401, "auth", message="The Authorization header is missing")
        scheme, _, key = value.strip().partition(" ")
        if scheme.lower() != "app" or not key.strip():
            raise ApiError(401, "auth", message="The Authorization header must be 'App <api key>'")
        if not same_secret(key.strip(), self.api_key):
            raise ApiError(401, "auth", message="Invalid API key")

    def error_response(self, error: ApiError) -> Reply:
        status = error.status
        fallback = 500 if status >= 500 else 400
        description, action, resources = HTTP_ERRORS.get(status, HTTP_ERRORS[fallback])
        violations = [
            {"property": v.where or "body", "violation": _BOTH_CONTENTS.get(v.message, v.message)
             if v.where.endswith("content") else v.message}
            for v in error.violations
        ]  # fmt: skip
        if status == 400 and not violations:
            violations = [
                {"property": _KIND_PROPERTY.get(error.kind, "body"), "violation": error.message}
            ]
        return Reply(status, {
            "errorCode": f"E{status}",
            "description": description,
            "action": action,
            "violations": violations,
            "resources": [{"name": name, "url": url} for name, url in resources],
        })  # fmt: skip

    def control(self, action: str, body: JSON) -> JSON:
        if action == "advance":
            return self._control_advance()
        if action == "messages":
            return {"messages": self.stored_messages()}
        if action == "reports_pending":
            return {"reports_pending": self.reports_pending()}
        return super().control(action, body)

    async def startup(self) -> None:
        self._ticker = asyncio.get_running_loop().create_task(self._tick())

    async def shutdown(self) -> None:
        tasks = [*self._pushes, *([self._ticker] if self._ticker else [])]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._ticker = None


__all__ = [
    "SmsDelivery",
    "SmsProvider",
    "SmsState",
    "fmt_ms",
    "message_count",
    "parse_ns",
    "webhook_allowed",
]
