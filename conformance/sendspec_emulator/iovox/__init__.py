"""iovox E-Mail Tracking emulator (specs/iovox-email.yaml).

State (SQLite): links (seedable; an e-mail may only be sent through an existing link),
conversations (one per proxy address), e-mails and number pools.

Delivery is decided when an e-mail is accepted, by the recipient address, so tests can reach
every disposition the search can filter on:

- domain ``*.invalid``                   -> ``noMxRecord`` (no delivery_date)
- local part starting with ``bounce``    -> ``received_bounced``
- local part starting with ``undeliverable`` -> ``undeliverable``
- local part starting with ``queued``    -> ``queued`` (no delivery_date)
- anything else                          -> ``sent``, delivery_date = receive_date

Every e-mail starts ``unread``; ``POST /_emulator/read {"message_id": ...}`` simulates the web
bug loading (``read`` + ``read_first_date``).

Credentials default to ``username: demo`` / ``secureKey: demo-secure-key``.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..core import JSON, ApiError, Reply, same_secret
from .email import EmailHandlers
from .inbox import IovoxInbox
from .numbers import NumberHandlers
from .state import DEFAULT_LINKS, IovoxState, disposition_for, fmt


class IovoxProvider(EmailHandlers, NumberHandlers, IovoxInbox):
    """Auth, error body and control actions; the handlers come from the resource modules."""

    slug = "iovox-email"

    # none of the core's leniencies: the documentation shows no trailing "/", no other letter
    # case, no repeated parameter and no null member (see the spec's info.description)
    trailing_slash = False
    case_insensitive_paths = False
    case_insensitive_query = False
    comma_separated_arrays = False
    nulls_as_absent = False
    #: the doc states no size limit: 10 MiB, the usual limit of a whole email with its
    #: base64 attachments (ICOMMKT's and Postmark's), for /email and every other body
    max_body_bytes = 10 * 1024 * 1024

    def authenticate(self, headers: Mapping[str, str]) -> None:
        user, key = headers.get("username"), headers.get("securekey")
        if not user or not key:
            raise ApiError(401, "auth", message="The username and secureKey headers are required")
        # compared as bytes (a non-ASCII secureKey "\xe9" was a 500 with compare_digest on str)
        if not (same_secret(user, self.username) and same_secret(key, self.secure_key)):
            raise ApiError(401, "auth", message="Invalid username or secureKey")

    def error_response(self, error: ApiError) -> Reply:
        messages = [v.text() for v in error.violations] or [error.message]
        return Reply(error.status, {"errors": messages})

    def control(self, action: str, body: JSON) -> JSON:
        if action == "links":
            links = body if isinstance(body, list) else [body]
            self.seed_links(links)
            return {"links": len(links)}
        if action == "read":
            return self.mark_read(str(body["message_id"]))
        if action == "emails":  # bulk seeding, e.g. for pagination benchmarks
            return {"created": self.seed_emails(body)}
        return super().control(action, body)


__all__ = ["DEFAULT_LINKS", "IovoxProvider", "IovoxState", "disposition_for", "fmt"]
