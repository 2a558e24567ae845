"""ICOMMKT Transactional Email emulator, Postmark compatible (specs/icommkt-email.yaml).

One module per tag of the spec: ``email`` (sends), ``bounces``, ``templates``, ``messages``
(outbound, inbound, opens and clicks), ``stats``, ``suppressions``, ``inbound_rules``; the
records and their rules in ``state`` (tables and fixed records in ``records``), templates
rendered by ``rendering``, times in ``times``, addresses in ``addresses``. This module is the
provider: auth, the error body and the control actions.

Credentials: ``X-Trx-Api-Key: <server token>`` (name and value case-insensitive); the token
defaults to ``demo-server-token``. The documented test token ``ICOMMKT_API_TEST`` is accepted by
the four send operations only: the send is validated exactly like a real one and answered like
one (ErrorCode 0, a fresh MessageID), but nothing is stored, bounced or counted. Every other
operation answers the test token with 401.

Errors: every failure is ``{"ErrorCode": <int>, "Message": <text>}``. A missing or wrong token is
HTTP 401 / ErrorCode 10; every input error is HTTP 422. Schema failures found by the core map to
410 (a batch of more than 500 messages), 403 (a required send field such as From, To,
TemplateModel or Messages is missing), 1120 (a template without Name) and 300 otherwise;
malformed JSON is 402 and a non-JSON Content-Type 409. The core names the operation of a schema
failure (``ApiError.operation_id``), so problems of query or path parameters, and those the
handlers find, use the code of the operation's group (bounces 1000, messages 700, stats 900,
templates 1100, suppressions 300). Routing errors outside the spec: 404 / 405 with ErrorCode
equal to the status; injected 429 ErrorCode 429, 503 ErrorCode 100 (maintenance); an internal
error 500 ErrorCode 500.

Webhooks (bounce, delivery, open, click, inbound) are pushed to the URLs set with
``POST /_emulator/webhooks`` or the ``webhooks`` option (``sendspec emulate --webhook``); see
``webhooks``.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Mapping

from ..core import JSON, ApiError, Call, Handler, Reply, same_secret
from .bounces import BounceHandlers
from .email import SEND_OPERATIONS, TEST_TOKEN, EmailHandlers
from .errors import GROUP_CODES, IcommktError
from .inbound_rules import InboundRuleHandlers
from .inbox import IcommktInbox
from .messages import MessageHandlers
from .rendering import parse_template, render
from .state import IcommktState
from .stats import StatsHandlers
from .suppressions import SuppressionHandlers
from .templates import TemplateHandlers
from .times import stamp
from .webhooks import IcommktWebhooks


class IcommktProvider(
    IcommktWebhooks,
    EmailHandlers,
    BounceHandlers,
    TemplateHandlers,
    MessageHandlers,
    StatsHandlers,
    SuppressionHandlers,
    InboundRuleHandlers,
    IcommktInbox,
):
    """Auth, error body and control actions; the handlers come from the resource modules."""

    slug = "icommkt-email"
    #: the service runs on ASP.NET: paths match with a trailing "/" and in any letter case,
    #: query names in any case (the doc writes /email/withTemplate/ and Count=/Offset=), and
    #: postmarker sends JSON null for every unset field, which the service takes as absent;
    #: boolean parameters in any case (.NET's bool.Parse; postmarker sends inactive=True)
    trailing_slash = True
    case_insensitive_paths = True
    case_insensitive_query = True
    case_insensitive_booleans = True
    nulls_as_absent = True
    #: "Total message size, including attachments, can be up to 10MB"; a batch call (500
    #: messages) up to 50 MB, as Postmark documents for its batch endpoints
    max_body_bytes = 10 * 1024 * 1024
    max_body_bytes_by_operation = dict.fromkeys(
        ("send_email_batch", "send_email_batch_with_templates"), 50 * 1024 * 1024
    )

    # ------------------------------------------------------------------------------ provider
    def handlers(self) -> dict[str, Handler]:
        return {
            op: (handler if op in SEND_OPERATIONS else self._no_test_token(handler))
            for op, handler in super().handlers().items()
        }

    def _no_test_token(self, handler: Handler) -> Handler:
        def guarded(call: Call) -> Reply | Awaitable[Reply]:
            if self._is_test(call.headers):
                raise IcommktError(
                    10, f"The test token {TEST_TOKEN} can only be used to send emails.", 401
                )
            return handler(call)

        return guarded

    def authenticate(self, headers: Mapping[str, str]) -> None:
        token = (headers.get("x-trx-api-key") or "").strip().lower()
        if not token:
            raise IcommktError(10, "Bad or missing API token: the X-Trx-Api-Key header.", 401)
        if not (
            same_secret(token, self.server_token.lower()) or same_secret(token, TEST_TOKEN.lower())
        ):
            raise IcommktError(10, "Bad or missing API token.", 401)

    def error_response(self, error: ApiError) -> Reply:
        if isinstance(error, IcommktError):
            return Reply(error.status, {"ErrorCode": error.code, "Message": error.message})
        status, code = {
            "auth": (401, 10),
            "malformed_json": (422, 402),
            "content_type": (422, 409),
            "not_found": (404, 404),
            "method": (405, 405),
            "rate_limited": (429, 429),
            "unavailable": (503, 100),
            "too_large": (413, 300),  # the core's body cap
            "headers_too_large": (431, 300),  # the server's header size limit
            "timeout": (408, 300),  # the core's read timeout
            "server": (500, 500),
        }.get(error.kind, (422, 300))
        message = error.message
        if error.kind == "content_type":
            message = (
                "Your HTTP request doesn't have the Accept and Content-Type headers set to "
                f"application/json. ({error.message})"
            )
        elif error.kind == "malformed_json":
            message = f"The JSON data you provided is syntactically incorrect. ({error.message})"
        elif error.kind == "validation":
            code = self._validation_code(error)
        return Reply(status, {"ErrorCode": code, "Message": message})

    def _validation_code(self, error: ApiError) -> int:
        violations = error.violations
        group = GROUP_CODES.get(self._tags.get(error.operation_id or "", ""))
        body_problem = any(v.where == "" or v.where[0].isupper() for v in violations)
        if group is not None and not body_problem:  # query or path parameters only
            return group
        if violations and all(
            v.where == "Rule" and v.message != "is required" for v in violations
        ):  # the spec's pattern: neither an address nor a domain
            return 813
        if any(
            v.where in ("", "Messages") and v.message.startswith("must have at most 500")
            for v in violations
        ):
            return 410
        required = [v for v in violations if v.message == "is required"]
        if required and len(required) == len(violations):
            fields = {re.sub(r"^(Messages)?(\[\d+\]\.)?", "", v.where) for v in required}
            if fields <= {"From", "To", "TemplateModel", "Messages"}:
                return 403
            if fields == {"Name"}:
                return 1120
        return 300

    def control(self, action: str, body: JSON) -> JSON:
        if action == "signatures":
            add = list(body.get("add", []))
            unconfirmed = list(body.get("unconfirmed", []))
            return {
                "signatures": self.set_signatures(
                    add, unconfirmed, replace=bool(body.get("replace"))
                )
            }
        if action == "open":
            return self.record_open(body)
        if action == "click":
            return self.record_click(body)
        if action == "inbound":
            return self.record_inbound(body)
        if action == "bounce":
            return self.record_bounce(body)
        return super().control(action, body)


__all__ = [
    "IcommktError",
    "IcommktProvider",
    "IcommktState",
    "parse_template",
    "render",
    "stamp",
]
