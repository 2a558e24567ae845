"""Inxmail Professional REST API emulator (specs/inxmail.yaml).

Rules (from the Inxmail Professional REST API documentation):

- Auth: HTTP Basic with client id / secret (defaults ``demo-client`` / ``demo-secret``); no
  credentials -> 401, wrong credentials -> 403. ``Accept: application/problem+json`` alone -> 406.
- Media types: success bodies are ``application/hal+json``, errors RFC 7807
  ``application/problem+json`` ``{type, title, status, detail, _links.documentation}`` with the
  documented static problem ids (validation-error + ``invalidFields``, invalid-request-body,
  invalid-parameter-value, missing-parameter, type-mismatch, duplicate-resource (409),
  duplicate-email (409), blacklisted, subscription-error / unsubscription-error (+ ``result``),
  unknown-recipient-attribute, unparseable-recipient-attribute, about:blank for 401/403/404/406/
  415/429/500).
- HAL: every item has ``_links.self`` (absolute, from the request's host and the spec's server
  path with the ``{customer}`` variable at its default); top-level documents add the ``inx`` curie.
- Collections: cursor paged by ``afterId`` (exclusive) and ``pageSize`` (default 1000; < 1 -> 1000,
  > 1000 -> 1000), ascending ids, live data. ``_embedded."inx:<rel>"`` (names from the spec),
  ``_links.self``, ``first`` (omitted on the first page), ``next`` (only when a non-empty next page
  exists) and ``inx:upcoming`` on the last page (``afterId`` = last id of the page).
- Ids ascend per collection and are never reused.
- Stateful: lists (unique names, settings, (un)subscription settings), attributes (unique names,
  TEXT needs ``maxLength``), recipients (unique email, attribute values parsed by attribute type,
  merge-patch per RFC 7396, blacklist check), memberships, (un)subscription events,
  tracking permissions (+ events), mailings of every type (regular mailings: CRUD, approvals,
  schedule, sending, copy), HTTP datasources, target groups, text modules, test profiles,
  blacklist entries, recipient imports (the CSV of the ``file`` part is read by
  ``inxmail_import`` and applied at once: conflict modes, target list with resubscribe/truncate,
  tracking permissions; per-file error reports with the documented codes; a non-multipart
  upload is 415, a missing ``file`` part missing-request-part, a file above
  ``max_import_bytes`` 413; the import is finished when the 201 is sent).
- Wildcard query filters (not declarable as OpenAPI parameters): ``attributes.<name>`` and
  ``attributesContainsIgnoreCase.<name>`` on ``GET /recipients``, ``recipientAttributes.<name>``
  on ``DELETE /memberships``, with the documented attribute-filter problems.
- ``PATCH /recipients/{email}`` shares its route with ``PATCH /recipients/{id}``; the core routes
  every such request to the first template, so ``patch_recipient_by_email`` is only reachable by
  calling its handler (it is the same handler, addressing the recipient by email; 409
  ambiguous-email when the address is not unique).
- Read-only collections (bounces, clicks, web-beacon hits, links, actions, sendings protocol,
  test mail groups, design collections, typed mailings, statistics, ...) are seeded with
  ``POST /_emulator/seed {"<collection>": [rows...]}``; ``POST /_emulator/reset`` clears all.
- Conditional GET (``If-Modified-Since``) on /attributes, /target-groups, /text-modules -> 304
  when the collection has not changed since.
- Rate limiting (``rate_limit`` requests per minute on the emulator clock, fixed windows): every
  response carries ``X-RateLimit-Limit/Remaining/Reset``; above the limit 429 with
  ``Retry-After``. With ``rate_limit=None`` nothing is refused and the documented limit (600)
  is reported.
- Nothing trims a reply to the spec: what the handlers build is sent as is, and with
  ``SENDSPEC_STRICT_RESPONSES=1`` the core turns a reply the spec rejects into a 500 naming it.
"""

from __future__ import annotations

import base64
import binascii
import fnmatch
import json
import math
import re
import secrets
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlencode, urlsplit

from ..specs import load_spec
from . import inxmail_import
from .core import (
    JSON,
    ApiError,
    Call,
    Clock,
    Database,
    Handler,
    Provider,
    Reply,
    SchemaSet,
    build_operations,
)

HAL = "application/hal+json"
PROBLEM = "application/problem+json"
DOCS = "https://apidocs.inxmail.com/xpro/rest/v1/problems/"
CURIES = [
    {
        "href": "https://apidocs.inxmail.com/xpro/rest/v1/relations/{rel}",
        "name": "inx",
        "templated": True,
    }
]
MAX_PAGE = 1000
DOCUMENTED_LIMIT = 600

SPEC = load_spec("inxmail")
SCHEMAS = SchemaSet(SPEC)
OPS = {op.operation_id: op for op in build_operations(SPEC)}


def _server_prefix() -> str:
    server = SPEC["servers"][0]
    path = urlsplit(server["url"]).path
    for name, var in (server.get("variables") or {}).items():
        path = path.replace("{" + name + "}", str(var.get("default", name)))
    return str(path).rstrip("/")


PREFIX = _server_prefix()

TITLES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    406: "Not Acceptable",
    409: "Conflict",
    413: "Payload Too Large",
    415: "Unsupported Media Type",
    429: "Too Many Requests",
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


def _esc(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def response_pointer(op_id: str, status: int) -> str | None:
    """The JSON pointer of the body schema of an operation's response (None: no body)."""
    op = OPS[op_id]
    base = f"/paths/{_esc(op.template)}/{op.method.lower()}/responses/{status}"
    resp = SPEC["paths"][op.template][op.method.lower()]["responses"][str(status)]
    if "$ref" in resp:
        base = resp["$ref"][1:]
        resp = SPEC
        for token in base.strip("/").split("/"):
            resp = resp[token]
    content = resp.get("content") or {}
    if not content:
        return None
    media = next(iter(content))
    return f"{base}/content/{_esc(media)}/schema"


def _embedded_rel(op_id: str) -> str:
    """The ``_embedded`` key of a collection operation, as the spec names it."""
    pointer = response_pointer(op_id, 200)
    assert pointer
    node: Any = SPEC
    for token in pointer.strip("/").split("/"):
        node = node[token.replace("~1", "/").replace("~0", "~")]
    for _ in range(4):
        if "$ref" in node:
            target: Any = SPEC
            for token in node["$ref"][2:].split("/"):
                target = target[token]
            node = target
        elif "_embedded" in node.get("properties", {}):
            node = node["properties"]["_embedded"]
        else:
            break
    return str(next(iter(node.get("properties", {}))))


#: the spec's schema of an item of each seedable collection (mailings: by their type too)
SEED_SCHEMAS: dict[str, str] = {
    "lists": "MailingList",
    "mailings": "Mailing",
    "approvals": "Approval",
    "links": "MailingLink",
    "datasources": "HttpDatasource",
    "actions": "ActionTrigger",
    "sendings": "Sending",
    "protocol": "SendingProtocolEntry",
    "attributes": "RecipientAttribute",
    "recipients": "Recipient",
    "test-profiles": "TestProfile",
    "subscription-events": "SubscriptionEvent",
    "unsubscription-events": "UnsubscriptionEvent",
    "target-groups": "TargetGroup",
    "tracking-permissions": "TrackingPermission",
    "tracking-permission-events": "TrackingPermissionEvent",
    "imports": "RecipientImport",
    "import-files": "RecipientImportFile",
    "import-errors": "RecipientImportError",
    "bounces": "Bounce",
    "clicks": "Click",
    "web-beacon-hits": "WebBeaconHit",
    "blacklist-entries": "BlacklistEntry",
    "text-modules": "TextModule",
    "test-mail-groups": "TestMailGroup",
    "design-collections": "DesignCollection",
    "response-statistics": "ResponseStatistics",
    "sending-statistics": "SendingStatistics",
    "sending-details": "SendingDetails",
}
TYPED_MAILING_SCHEMAS = {
    "REGULAR_MAILING": "RegularMailing",
    "SPLIT_TEST_MAILING": "SplitTestMailing",
    "ACTION_MAILING": "ActionMailing",
    "TIME_TRIGGER_MAILING": "TriggerMailing",
    "SUBSCRIPTION_TRIGGER_MAILING": "SubscriptionMailing",
}


def seed_violations(coll: str, row: Any) -> list[str]:
    """Why a seeded row could never be answered as the spec says (empty: it can be).

    Seeds are checked at input, so that a value the spec forbids (an impossible date, a
    string where a number belongs) is refused instead of surfacing later in a reply."""
    if not isinstance(row, dict):
        return ["a row must be an object"]
    if coll == "memberships":
        row.setdefault("state", "SUBSCRIBED")
        ok = all(isinstance(row.get(k), int) for k in ("recipientId", "listId"))
        if not ok or row["state"] not in ("SUBSCRIBED", "UNSUBSCRIBED"):
            return ["a membership is {recipientId, listId, state: SUBSCRIBED|UNSUBSCRIBED}"]
        return []
    if "id" in row and (not isinstance(row["id"], int) or isinstance(row["id"], bool)):
        return ["id must be an integer"]
    item = {**row, "id": row.get("id", 1), "_links": {"self": {"href": "http://localhost/"}}}
    names = [SEED_SCHEMAS[coll]]
    if coll == "mailings" and row.get("type") in TYPED_MAILING_SCHEMAS:
        names.append(TYPED_MAILING_SCHEMAS[row["type"]])
    found: list[str] = []
    for name in names:
        found += [v.text() for v in SCHEMAS.violations(f"/components/schemas/{name}", item)]
    return list(dict.fromkeys(found))


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


SCHEMA = """
CREATE TABLE IF NOT EXISTS items (
    coll TEXT NOT NULL, id INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (coll, id)
);
CREATE TABLE IF NOT EXISTS sequences (
    coll TEXT PRIMARY KEY, last INTEGER NOT NULL DEFAULT 0, changed TEXT
);
CREATE TABLE IF NOT EXISTS memberships (
    recipient_id INTEGER NOT NULL, list_id INTEGER NOT NULL, state TEXT NOT NULL,
    subscribed TEXT, unsubscribed TEXT, PRIMARY KEY (recipient_id, list_id)
);
CREATE TABLE IF NOT EXISTS documents (key TEXT PRIMARY KEY, data TEXT NOT NULL);
"""

#: collection -> path of an item under the base URL
HREFS: dict[str, str] = {
    "lists": "/lists/{id}",
    "mailings": "/mailings/{id}",
    "approvals": "/mailings/{mailingId}/approvals/{id}",
    "links": "/links/{id}",
    "datasources": "/datasources/http/{id}",
    "actions": "/actions/{id}",
    "sendings": "/sendings/{id}",
    "protocol": "/sendings/{sendingId}/protocol?afterId={before}&pageSize=1",
    "attributes": "/attributes/{id}",
    "recipients": "/recipients/{id}",
    "test-profiles": "/test-profiles/{id}",
    "subscription-events": "/events/subscriptions/{id}",
    "unsubscription-events": "/events/unsubscriptions/{id}",
    "target-groups": "/target-groups/{id}",
    "tracking-permissions": "/tracking-permissions/{id}",
    "tracking-permission-events": "/events/tracking-permissions/{id}",
    "imports": "/imports/recipients/{id}",
    "import-files": "/imports/recipients/{importId}/files/{id}",
    "import-errors": (
        "/imports/recipients/{importId}/files/{fileId}/errors?afterId={before}&pageSize=1"
    ),
    "bounces": "/bounces/{id}",
    "clicks": "/clicks/{id}",
    "web-beacon-hits": "/web-beacon-hits/{id}",
    "blacklist-entries": "/blacklist-entries/{id}",
    "text-modules": "/text-modules/{id}",
    "test-mail-groups": "/test-mail-groups/{id}",
    "design-collections": "/design-collections/{id}",
}
TYPED_MAILINGS = {
    "REGULAR_MAILING": "/regular-mailings/{id}",
    "SPLIT_TEST_MAILING": "/split-test-mailings/{id}",
    "ACTION_MAILING": "/action-mailings/{id}",
    "TIME_TRIGGER_MAILING": "/trigger-mailings/{id}",
    "SUBSCRIPTION_TRIGGER_MAILING": "/subscription-mailings/{id}",
}
#: collections that may be seeded (besides the stateful ones)
SEEDABLE = set(HREFS) | {"response-statistics", "sending-statistics", "sending-details"}

SUBSCRIPTION_DEFAULTS: dict[str, Any] = {
    "subscriptionType": 10,
    "sendWelcomeMessage": False,
    "welcomeMailingId": 0,
    "verificationTimeoutMailingId": 0,
    "verificationMailingId": 0,
    "sendDoiVerificationTimeoutMessage": False,
    "doiConfirmationDuration": 30,
    "doiLandingPage": None,
    "doiTimeoutLandingPage": None,
    "sendRecentMail": False,
    "overwriteExistingMember": False,
    "subscriptionCommand": None,
    "notifySubscriptionRequest": False,
    "notifySubscriptionVerification": False,
    "notifyAddress": None,
}
UNSUBSCRIPTION_DEFAULTS: dict[str, Any] = {
    "unsubscriptionType": 1,
    "verificationMailingId": 0,
    "verificationTimeoutMailingId": 0,
    "goodByeMailingId": 0,
    "unsubscribeJSP": 0,
    "sendDooVerificationTimeoutMessage": False,
    "dooConfirmationDuration": 30,
    "dooLandingPage": None,
    "dooTimeoutLandingPage": None,
    "deleteMember": False,
    "preUnsubscriptionType": 0,
    "unsubscriptionLandingPage": None,
    "externalUnsubscriptionLandingPage": None,
    "verificationNotifyMailSendUnsubscription": False,
    "sendNotifyMail": False,
    "sendGoodByeMessage": False,
    "unsubscriptionCommand": None,
    "notifyAddress": None,
}
TEXT_MODULE_ATTR_TYPES = {
    "TEXT": "TEXT",
    "INTEGER": "INTEGER",
    "FLOATING_POINT_NUMBER": "DOUBLE",
    "BOOLEAN": "BOOLEAN",
    "DATE_ONLY": "DATE",
    "TIME_ONLY": "TIME",
    "DATE_AND_TIME": "DATETIME",
}


def _filter_value(type_: str, raw: str) -> Any:
    """A wildcard filter's text as a value of the attribute type; ValueError if it is not."""
    if type_ == "INTEGER":
        if not re.fullmatch(r"[+-]?\d+", raw):
            raise ValueError(raw)
        return int(raw)
    if type_ == "BOOLEAN":
        if raw not in ("true", "false"):
            raise ValueError(raw)
        return raw == "true"
    check = {"DATE_ONLY": is_date, "DATE_AND_TIME": is_attribute_datetime}.get(type_)
    if check is not None and not check(raw):
        raise ValueError(raw)
    return raw


#: the spec's date-time pattern (real calendar dates and times, offsets hh 00-23 / mm 00-59)
DATETIME = re.compile(SPEC["components"]["schemas"]["DateTimeParam"]["pattern"])
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_TIME = re.compile(r"^(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z?$")


def is_date(value: str) -> bool:
    """A real calendar date ``YYYY-MM-DD`` (year 0001-9999)."""
    try:
        return bool(_DATE.match(value)) and bool(date.fromisoformat(value))
    except ValueError:
        return False


def is_attribute_datetime(value: str) -> bool:
    """A DATE_AND_TIME attribute value: a real date and time as ``DateTimeParam``; the zone may
    be left out (the documented recipient sample sends ``2022-04-03T14:33:00``: UTC)."""
    return bool(DATETIME.match(value) or DATETIME.match(value + "Z"))


def is_time(value: str) -> bool:
    """A TIME_ONLY value ``HH:MM:SS`` with an optional ``Z`` (the documented sample omits it)."""
    return bool(_TIME.match(value))


def fmt(ts: datetime) -> str:
    """``ts`` in UTC as ``YYYY-MM-DDTHH:MM:SSZ`` (years zero-padded); a moment whose UTC date
    falls outside years 1-9999 (0001-01-01T00:00:00+01:00) keeps its own offset instead."""
    try:
        return ts.astimezone(UTC).replace(microsecond=0, tzinfo=None).isoformat() + "Z"
    except OverflowError:
        return ts.replace(microsecond=0).isoformat()


def parse_ts(value: str) -> datetime | None:
    try:
        ts = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        try:
            ts = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    return ts if ts.tzinfo else ts.replace(tzinfo=UTC)


def many(value: Any) -> list[str]:
    """A multi-valued query parameter as its values: the core hands over arrays (repeated
    and comma-separated values alike); a single-valued one is split at commas."""
    if value is None:
        return []
    parts = value if isinstance(value, list) else str(value).split(",")
    return [str(v) for v in parts if str(v) != ""]


def _pairs(call: Call) -> list[tuple[str, str]]:
    """The request's query parameters in order, repeated ones as often as given."""
    multi = getattr(call.raw_query, "multi_items", None)
    return list(multi()) if multi else list(call.raw_query.items())


def ids(value: Any) -> set[int]:
    return {int(v) for v in many(value) if v.strip().isdigit()}


def merge_patch(target: Any, patch: Any) -> Any:
    """RFC 7396."""
    if not isinstance(patch, dict):
        return patch
    out = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            out.pop(key, None)
        else:
            out[key] = merge_patch(out.get(key), value)
    return out


class InxmailProvider(Provider):
    slug = "inxmail"
    #: documented requests end in "/" (`POST .../recipients/`, `.../lists/`, ...) and get
    #: their 201: Spring matches a trailing slash (but not another letter case)
    trailing_slash = True
    #: null for an optional member of a POST/PUT body is an absent member (the spec declares
    #: them nullable); merge-patch bodies keep their nulls, which remove values (RFC 7396)
    nulls_as_absent = True
    #: list parameters take repeated and comma-separated values alike ("more than one value
    #: can be specified with multiple query parameters or comma separated list")
    comma_separated_arrays = True

    def __init__(
        self,
        db: Database,
        clock: Clock,
        *,
        client_id: str = "demo-client",
        secret: str = "demo-secret",
        rate_limit: int | None = None,
        max_import_bytes: int = 128 * 1024 * 1024,
    ) -> None:
        super().__init__(db, clock)
        self.max_import_bytes = max_import_bytes
        self.client_id = client_id
        self.secret = secret
        self.rate_limit = rate_limit
        self.prefix = PREFIX
        self._window = -1
        self._count = 0
        self._base = f"http://localhost{PREFIX}"
        with db.lock:
            db.conn.executescript(SCHEMA)

    # ------------------------------------------------------------------ provider hooks
    def handlers(self) -> dict[str, Handler]:
        h: dict[str, Handler] = {
            "get_root": self.get_root,
            # lists
            "list_mailing_lists": self.list_lists,
            "create_mailing_list": self.create_list,
            "get_mailing_list": self._getter("lists"),
            "update_mailing_list": self.update_list,
            "delete_mailing_list": self.delete_list,
            "get_mailing_list_recipient_count": self.list_count,
            "get_mailing_list_setting": self.get_list_setting,
            "update_mailing_list_setting": self.update_list_setting,
            "get_subscription_settings": self._settings_get("subscription", SUBSCRIPTION_DEFAULTS),
            "update_subscription_settings": self._settings_put(
                "subscription", SUBSCRIPTION_DEFAULTS
            ),
            "get_unsubscription_settings": self._settings_get(
                "unsubscription", UNSUBSCRIPTION_DEFAULTS
            ),
            "update_unsubscription_settings": self._settings_put(
                "unsubscription", UNSUBSCRIPTION_DEFAULTS
            ),
            # mailings
            "list_mailings": self._mailing_lister(None),
            "get_mailing": self._mailing_getter(None),
            "list_mailing_approvals": self.list_approvals,
            "create_mailing_approval": self.create_approval,
            "list_mailing_links": self.list_mailing_links,
            "get_mailing_rendered_content": self.rendered_content,
            "get_mailing_rendered_content_size": self.rendered_content_size,
            "copy_mailing": self.copy_mailing,
            "list_links": self._lister("links", self._link_filter),
            "get_link": self._getter("links"),
            "list_regular_mailings": self._mailing_lister("REGULAR_MAILING"),
            "create_regular_mailing": self.create_regular_mailing,
            "get_regular_mailing": self._mailing_getter("REGULAR_MAILING"),
            "update_regular_mailing": self.update_regular_mailing,
            "delete_regular_mailing": self._mailing_deleter("REGULAR_MAILING"),
            "get_regular_mailing_editor_content": self.editor_content,
            "get_regular_mailing_schedule": self.get_schedule,
            "schedule_regular_mailing": self.schedule,
            "reschedule_regular_mailing": self.schedule,
            "unschedule_regular_mailing": self.unschedule,
            "list_split_test_mailings": self._mailing_lister("SPLIT_TEST_MAILING"),
            "get_split_test_mailing": self._mailing_getter("SPLIT_TEST_MAILING"),
            "list_action_mailings": self._mailing_lister("ACTION_MAILING"),
            "get_action_mailing": self._mailing_getter("ACTION_MAILING"),
            "delete_action_mailing": self._mailing_deleter("ACTION_MAILING"),
            "list_trigger_mailings": self._mailing_lister("TIME_TRIGGER_MAILING"),
            "get_trigger_mailing": self._mailing_getter("TIME_TRIGGER_MAILING"),
            "list_subscription_mailings": self._mailing_lister("SUBSCRIPTION_TRIGGER_MAILING"),
            "get_subscription_mailing": self._mailing_getter("SUBSCRIPTION_TRIGGER_MAILING"),
            # datasources, actions, sendings
            "list_http_datasources": self._lister("datasources"),
            "create_http_datasource": self.create_datasource,
            "get_http_datasource": self._getter("datasources"),
            "update_http_datasource": self.update_datasource,
            "delete_http_datasource": self._deleter("datasources"),
            "list_action_triggers": self._lister("actions"),
            "get_action_trigger": self._getter("actions"),
            "delete_action_trigger": self._deleter("actions"),
            "list_sendings": self._lister("sendings", self._sending_filter),
            "create_sending": self.create_sending,
            "get_sending": self._getter("sendings"),
            "get_sending_details": self.sending_details,
            "list_sending_protocol_entries": self.list_protocol,
            # attributes, recipients
            "list_recipient_attributes": self._lister("attributes", conditional=True),
            "create_recipient_attribute": self.create_attribute,
            "get_recipient_attribute": self._getter("attributes"),
            "delete_recipient_attribute": self.delete_attribute,
            "list_recipients": self.list_recipients,
            "create_recipient": self.create_recipient,
            "get_recipient": self.get_recipient,
            "delete_recipient": self.delete_recipient,
            "patch_recipient": self.patch_recipient,
            "patch_recipient_by_email": self.patch_recipient,
            "delete_recipient_from_list": self.delete_recipient_from_list,
            "delete_memberships": self.delete_memberships,
            # test profiles
            "list_test_profiles": self.list_test_profiles,
            "create_test_profile": self.create_test_profile,
            "get_test_profile": self.get_test_profile,
            "update_test_profile": self.update_test_profile,
            # events
            "list_subscription_events": self._lister("subscription-events", self._event_filter),
            "subscribe_recipient": self.subscribe,
            "get_subscription_event": self._getter("subscription-events"),
            "list_unsubscription_events": self._lister("unsubscription-events", self._event_filter),
            "unsubscribe_recipient": self.unsubscribe,
            "get_unsubscription_event": self._getter("unsubscription-events"),
            # target groups, tracking permissions
            "list_target_groups": self._lister(
                "target-groups", self._list_filter, conditional=True
            ),
            "create_target_group": self.create_target_group,
            "get_target_group": self._getter("target-groups"),
            "delete_target_group": self._deleter("target-groups"),
            "list_tracking_permissions": self._lister(
                "tracking-permissions", self._permission_filter
            ),
            "create_tracking_permission": self.create_tracking_permission,
            "delete_tracking_permissions": self.delete_tracking_permissions,
            "get_tracking_permission": self._getter("tracking-permissions"),
            "list_tracking_permission_events": self._lister(
                "tracking-permission-events", self._permission_event_filter
            ),
            "get_tracking_permission_event": self._getter("tracking-permission-events"),
            # imports
            "import_recipients": self.import_recipients,
            "get_recipient_import": self.get_import,
            "list_recipient_import_files": self.list_import_files,
            "get_recipient_import_file": self.get_import_file,
            "list_recipient_import_file_errors": self.list_import_errors,
            # reactions
            "list_bounces": self._lister("bounces", self._reaction_filter),
            "get_bounce": self._getter("bounces"),
            "list_clicks": self._lister("clicks", self._reaction_filter),
            "get_click": self._getter("clicks"),
            "list_web_beacon_hits": self._lister("web-beacon-hits", self._reaction_filter),
            "get_web_beacon_hit": self._getter("web-beacon-hits"),
            # blacklist
            "list_blacklist_entries": self._lister("blacklist-entries", self._modified_filter),
            "create_blacklist_entry": self.create_blacklist_entry,
            "delete_blacklist_entry": self.delete_blacklist_entry,
            "get_blacklist_entry": self._getter("blacklist-entries"),
            # statistics
            "get_response_statistics": self.response_statistics,
            "get_sending_statistics": self.sending_statistics,
            # text modules
            "list_text_modules": self.list_text_modules,
            "create_text_module": self.create_text_module,
            "get_text_module": self.get_text_module,
            "update_text_module": self.update_text_module,
            "delete_text_module": self._deleter("text-modules"),
            "get_text_module_recipient_attributes": self.text_module_attributes,
            # test mails
            "list_test_mail_groups": self._lister("test-mail-groups"),
            "get_test_mail_group": self._getter("test-mail-groups"),
            "create_test_sending": self.create_test_sending,
            "create_temporary_preview": self.temporary_preview,
            "list_design_collections": self._lister("design-collections", self._list_filter),
            "get_design_collection": self._getter("design-collections"),
        }
        return h

    def _rate_headers(self, consume: bool) -> dict[str, str]:
        now = self.clock.now().timestamp()
        window = int(now // 60)
        if window != self._window:
            self._window, self._count = window, 0
        if consume:
            self._count += 1
        limit = self.rate_limit if self.rate_limit is not None else DOCUMENTED_LIMIT
        reset = max(1, math.ceil((window + 1) * 60 - now))
        return {
            "X-RateLimit-Limit": str(limit),
            "X-RateLimit-Remaining": str(max(0, limit - self._count)),
            "X-RateLimit-Reset": str(reset),
        }

    def authenticate(self, headers: Mapping[str, str]) -> None:
        host = headers.get("host", "localhost")
        scheme = headers.get("x-forwarded-proto", "http")
        self._base = f"{scheme}://{host}{self.prefix}"
        rate = self._rate_headers(consume=True)
        if self.rate_limit is not None and self._count > self.rate_limit:
            raise ApiError(
                429,
                "rate_limited",
                message="Too Many Requests",
                headers={"Retry-After": rate["X-RateLimit-Reset"]},
            )
        auth = headers.get("authorization", "")
        scheme_, _, token = auth.partition(" ")
        if not auth or scheme_.lower() != "basic":
            raise ApiError(401, "auth", message="Full authentication is required")
        try:
            user, _, password = base64.b64decode(token, validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            user, password = "", ""
        if not (
            secrets.compare_digest(user.encode(), self.client_id.encode())
            and secrets.compare_digest(password.encode(), self.secret.encode())
        ):
            raise ApiError(403, "auth_forbidden", message="Bad credentials")
        accept = [a.split(";")[0].strip().lower() for a in headers.get("accept", "").split(",")]
        if accept == ["application/problem+json"]:
            raise ApiError(406, "not_acceptable", message="application/hal+json is not accepted")

    def error_response(self, error: ApiError) -> Reply:
        status = error.status
        body: dict[str, Any]
        if isinstance(error, Problem):
            body = self._problem(status, error.kind, error.detail, **error.extra)
        elif error.kind == "validation" and all(
            v.message == "is a required part" for v in error.violations
        ):
            parts = ", ".join(f"'{v.where}'" for v in error.violations)
            body = self._problem(
                400, "missing-request-part", f"required request part {parts} is missing"
            )
        elif error.kind == "validation":
            body = self._validation_problem(error)
        elif error.kind in ("malformed_json", "malformed_multipart"):
            body = self._problem(400, "invalid-request-body", error.message)
        elif error.kind == "content_type":
            status = 415
            body = self._problem(415, "about:blank", error.message)
        elif error.kind == "auth_forbidden":
            status = 403
            body = self._problem(403, "about:blank", error.message)
        else:
            body = self._problem(status, "about:blank", error.message)
        reply = Reply(status, body, media_type=PROBLEM)
        reply.headers.update(self._rate_headers(consume=False))
        return reply

    def _problem(self, status: int, type_: str, detail: str | None, **extra: Any) -> dict[str, Any]:
        title = (
            TITLES.get(status, "Error")
            if type_ == "about:blank"
            else PROBLEM_TITLES.get(type_, type_)
        )
        body: dict[str, Any] = {"type": type_, "title": title, "status": status}
        if detail:
            body["detail"] = detail
        body.update(extra)
        if type_ != "about:blank":
            body["_links"] = {"documentation": {"href": DOCS + type_}}
        return body

    def _validation_problem(self, error: ApiError) -> dict[str, Any]:
        op = OPS.get(error.operation_id or "")
        params = {p["name"]: p for p in op.parameters} if op else {}
        fields, general = [], []
        for v in error.violations:
            head = re.split(r"[.\[]", v.where, maxsplit=1)[0] if v.where else ""
            if op and head in params and (op.body_pointer is None or v.where == head):
                if v.message == "is required":
                    return self._problem(
                        400, "missing-parameter", f"required parameter '{head}' is missing"
                    )
                kind = (
                    "type-mismatch"
                    if v.message.startswith("must be of type")
                    else ("invalid-parameter-value")
                )
                return self._problem(
                    400, kind, f"provided value for parameter '{head}' not supported: {v.message}"
                )
            if v.where:
                message = v.message
                if message.endswith("should not be valid under {}"):  # {field: {not: {}}}
                    message = "must not be given here"
                fields.append({"field": v.where, "problem": message})
            else:
                general.append(v.message)
        detail = "; ".join([f"{f['field']} {f['problem']}" for f in fields] + general)
        body = self._problem(400, "validation-error", detail or error.message)
        body["generalErrors"] = general
        body["invalidFields"] = fields
        return body

    def control(self, action: str, body: JSON) -> JSON:
        if action == "seed":
            if not isinstance(body, dict):
                raise ValueError("seed takes {collection: [rows]}")
            created: dict[str, list[int]] = {}
            for coll, rows in body.items():  # everything is checked before anything is stored
                if coll != "memberships" and coll not in SEEDABLE:
                    raise ValueError(f"unknown collection {coll!r}")
                if not isinstance(rows, list):
                    raise ValueError(f"{coll}: a list of rows is expected")
                for i, row in enumerate(rows):
                    if problems := seed_violations(coll, row):
                        raise ValueError(f"{coll}[{i}]: " + "; ".join(problems))
            for coll, rows in body.items():
                if coll == "memberships":
                    for row in rows:
                        self._set_membership(
                            int(row["recipientId"]), int(row["listId"]), row["state"]
                        )
                else:
                    created[coll] = [self.insert(coll, dict(row))["id"] for row in rows]
            return {"created": created}
        return super().control(action, body)

    # ------------------------------------------------------------------ storage
    def now(self) -> str:
        return fmt(self.clock.now())

    def insert(self, coll: str, data: dict[str, Any]) -> dict[str, Any]:
        with self.db.tx() as conn:
            row = conn.execute("SELECT last FROM sequences WHERE coll = ?", (coll,)).fetchone()
            last = row["last"] if row else 0
            wanted = data.pop("id", None)
            ident = int(wanted) if isinstance(wanted, int) and wanted > last else last + 1
            conn.execute(
                "INSERT INTO sequences (coll, last, changed) VALUES (?, ?, ?) ON CONFLICT(coll) "
                "DO UPDATE SET last = excluded.last, changed = excluded.changed",
                (coll, ident, self.now()),
            )
            conn.execute(
                "INSERT INTO items (coll, id, data) VALUES (?, ?, ?)",
                (coll, ident, json.dumps(data)),
            )
        return {"id": ident, **data}

    def get(self, coll: str, ident: Any) -> dict[str, Any] | None:
        try:
            key = int(ident)
        except (TypeError, ValueError):
            return None
        if not -(2**63) <= key < 2**63:
            return None
        rows = self.db.query("SELECT data FROM items WHERE coll = ? AND id = ?", (coll, key))
        return {"id": key, **json.loads(rows[0]["data"])} if rows else None

    def must(self, coll: str, ident: Any, what: str) -> dict[str, Any]:
        item = self.get(coll, ident)
        if item is None:
            raise not_found(what, ident)
        return item

    def save(self, coll: str, item: dict[str, Any]) -> None:
        data = {k: v for k, v in item.items() if k != "id"}
        with self.db.tx() as conn:
            conn.execute(
                "UPDATE items SET data = ? WHERE coll = ? AND id = ?",
                (json.dumps(data), coll, item["id"]),
            )
            conn.execute("UPDATE sequences SET changed = ? WHERE coll = ?", (self.now(), coll))

    def remove(self, coll: str, ident: int) -> None:
        with self.db.tx() as conn:
            conn.execute("DELETE FROM items WHERE coll = ? AND id = ?", (coll, ident))
            conn.execute("UPDATE sequences SET changed = ? WHERE coll = ?", (self.now(), coll))

    def all(self, coll: str) -> list[dict[str, Any]]:
        rows = self.db.query("SELECT id, data FROM items WHERE coll = ? ORDER BY id", (coll,))
        return [{"id": r["id"], **json.loads(r["data"])} for r in rows]

    def doc(self, key: str) -> Any:
        rows = self.db.query("SELECT data FROM documents WHERE key = ?", (key,))
        return json.loads(rows[0]["data"]) if rows else None

    def set_doc(self, key: str, value: Any) -> None:
        with self.db.tx() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO documents (key, data) VALUES (?, ?)",
                (key, json.dumps(value)),
            )

    # ------------------------------------------------------------------ rendering
    def url(self, path: str, query: Mapping[str, Any] | None = None) -> str:
        q = {k: v for k, v in (query or {}).items() if v is not None}
        return self._base + path + ("?" + urlencode(q) if q else "")

    def page_url(self, path: str, after: int, size: int, extra: list[tuple[str, str]]) -> str:
        """A page link as the service writes it: ``afterId`` and ``pageSize`` first, then the
        request's other parameters, repeated ones repeated."""
        return self._base + path + "?" + urlencode([("afterId", after), ("pageSize", size), *extra])

    def href(self, coll: str, item: Mapping[str, Any], template: str | None = None) -> str:
        values = {k: v for k, v in item.items() if isinstance(v, (int, str))}
        values.setdefault("before", int(item["id"]) - 1)
        try:
            return self._base + (template or HREFS[coll]).format(**values)
        except (KeyError, IndexError, ValueError):
            return self._base + (template or HREFS[coll]).split("{")[0] + str(item["id"])

    def item(
        self, coll: str, item: Mapping[str, Any], template: str | None = None
    ) -> dict[str, Any]:
        out = {k: v for k, v in item.items() if not k.startswith("_")}
        links: dict[str, Any] = {"self": {"href": self.href(coll, item, template)}}
        if isinstance(item.get("listId"), int):
            links["inx:list"] = {"href": self.url(f"/lists/{item['listId']}")}
        if isinstance(item.get("mailingId"), int):
            links["inx:mailing"] = {"href": self.url(f"/mailings/{item['mailingId']}")}
        if isinstance(item.get("sendingId"), int):
            links["inx:sending"] = {"href": self.url(f"/sendings/{item['sendingId']}")}
        if isinstance(item.get("recipientId"), int):
            links["inx:recipient"] = {"href": self.url(f"/recipients/{item['recipientId']}")}
        out["_links"] = links
        return out

    def reply(
        self,
        call: Call,
        body: JSON,
        status: int = 200,
        headers: dict[str, str] | None = None,
    ) -> Reply:
        all_headers = self._rate_headers(consume=False)
        all_headers.update(headers or {})
        pointer = response_pointer(call.operation_id, status)
        if pointer is None:
            return Reply(status, None, all_headers)
        if isinstance(body, dict):
            links = body.setdefault("_links", {})
            links.setdefault("curies", CURIES)
        return Reply(status, body, all_headers, media_type=HAL)

    def created(self, call: Call, coll: str, item: Mapping[str, Any], body: Any = None) -> Reply:
        rendered = body if body is not None else self.item(coll, item)
        location = self.href(coll, item)
        return self.reply(call, rendered, 201, {"Location": location})

    def page(
        self,
        call: Call,
        coll: str,
        items: Iterable[dict[str, Any]],
        render: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
    ) -> Reply:
        after = call.query.get("afterId", 0)
        size = call.query.get("pageSize", MAX_PAGE)
        if size < 1:
            size = MAX_PAGE
        size = min(size, MAX_PAGE)
        matching = sorted(items, key=lambda i: int(i["id"]))
        later = [i for i in matching if i["id"] > after]
        chunk = later[:size]
        render = render or (lambda i: self.item(coll, i))
        rel = _embedded_rel(call.operation_id)
        extra = [(k, v) for k, v in _pairs(call) if k not in ("afterId", "pageSize")]
        last = chunk[-1]["id"] if chunk else after
        links: dict[str, Any] = {"self": {"href": self.page_url(call.path, after, size, extra)}}
        if any(i["id"] <= after for i in matching):
            links["first"] = {"href": self.page_url(call.path, 0, size, extra)}
        if len(later) > size:
            links["next"] = {"href": self.page_url(call.path, last, size, extra)}
        else:
            links["inx:upcoming"] = {"href": self.page_url(call.path, last, size, extra)}
        links["curies"] = CURIES
        body = {"_embedded": {rel: [render(i) for i in chunk]}, "_links": links}
        return self.reply(call, body)

    def conditional(self, call: Call, coll: str) -> Reply | None:
        since = call.headers.get("if-modified-since")
        if not since:
            return None
        ts = parse_ts(since)
        if ts is None:
            return None
        rows = self.db.query("SELECT changed FROM sequences WHERE coll = ?", (coll,))
        changed = parse_ts(rows[0]["changed"]) if rows and rows[0]["changed"] else None
        if changed is None or changed <= ts:
            return Reply(304, None, self._rate_headers(consume=False))
        return None

    # ------------------------------------------------------------------ generic handlers
    def _lister(
        self,
        coll: str,
        pred: Callable[[Call, dict[str, Any]], bool] | None = None,
        *,
        conditional: bool = False,
    ) -> Handler:
        def handler(call: Call) -> Reply:
            if conditional and (not_modified := self.conditional(call, coll)):
                return not_modified
            items = [i for i in self.all(coll) if pred is None or pred(call, i)]
            return self.page(
                call, coll, items, lambda i: self.embed_recipient(call, i, self.item(coll, i))
            )

        return handler

    def _getter(self, coll: str, param: str = "id") -> Handler:
        def handler(call: Call) -> Reply:
            item = self.must(coll, call.path_params[param], "resource")
            return self.reply(call, self.item(coll, item))

        return handler

    def _deleter(self, coll: str) -> Handler:
        def handler(call: Call) -> Reply:
            item = self.must(coll, call.path_params["id"], "resource")
            self.remove(coll, item["id"])
            return self.reply(call, None, 204)

        return handler

    # ------------------------------------------------------------------ filters
    @staticmethod
    def _in(call: Call, item: Mapping[str, Any], param: str, field: str) -> bool:
        if param not in call.query:
            return True
        return item.get(field) in ids(call.query[param])

    @staticmethod
    def _eq(call: Call, item: Mapping[str, Any], param: str, field: str) -> bool:
        return param not in call.query or item.get(field) == call.query[param]

    @staticmethod
    def _dates(
        call: Call,
        item: Mapping[str, Any],
        field: str,
        after: str,
        before: str,
        strict: bool = True,
    ) -> bool:
        value = item.get(field)
        ts = parse_ts(value) if isinstance(value, str) else None
        for param, is_after in ((after, True), (before, False)):
            if param in call.query:
                bound = parse_ts(call.query[param])
                if ts is None or bound is None:
                    return False
                if is_after and (ts <= bound if strict else ts < bound):
                    return False
                if not is_after and ts >= bound:
                    return False
        return True

    def _list_filter(self, call: Call, item: dict[str, Any]) -> bool:
        return (
            self._eq(call, item, "listId", "listId")
            and self._in(call, item, "listIds", "listId")
            and self._dates(call, item, "modificationDate", "lastModifiedSince", "_", False)
        )

    def _modified_filter(self, call: Call, item: dict[str, Any]) -> bool:
        return self._dates(call, item, "modificationDate", "lastModifiedSince", "_", False)

    def _link_filter(self, call: Call, item: dict[str, Any]) -> bool:
        types = set(many(call.query.get("types")))
        return self._in(call, item, "mailingIds", "mailingId") and (
            not types or item.get("type") in types
        )

    def _sending_filter(self, call: Call, item: dict[str, Any]) -> bool:
        return (
            self._eq(call, item, "mailingId", "mailingId")
            and self._in(call, item, "mailingIds", "mailingId")
            and self._in(call, item, "listIds", "listId")
            and self._dates(
                call, item, "endDate", "sendingsFinishedAfterDate", "sendingsFinishedBeforeDate"
            )
        )

    def _event_filter(self, call: Call, item: dict[str, Any]) -> bool:
        types = set(many(call.query.get("types")))
        return (
            self._eq(call, item, "listId", "listId")
            and self._in(call, item, "listIds", "listId")
            and (not types or item.get("type") in types)
            and self._dates(call, item, "timestamp", "startDate", "endDate", False)
        )

    def _permission_filter(self, call: Call, item: dict[str, Any]) -> bool:
        if "emails" in call.query:
            wanted = {e.strip().lower() for e in many(call.query["emails"])}
            recipient = self.get("recipients", item.get("recipientId"))
            if not recipient or str(recipient.get("email", "")).lower() not in wanted:
                return False
        return self._in(call, item, "listIds", "listId") and self._in(
            call, item, "recipientIds", "recipientId"
        )

    def _permission_event_filter(self, call: Call, item: dict[str, Any]) -> bool:
        origins = set(many(call.query.get("eventOriginatorTypes")))
        originator = item.get("originator") if isinstance(item.get("originator"), dict) else {}
        return (
            self._permission_filter(call, item)
            and self._dates(call, item, "timestamp", "startDate", "endDate", False)
            and (not origins or (originator or {}).get("type") in origins)
        )

    def _reaction_filter(self, call: Call, item: dict[str, Any]) -> bool:
        if call.query.get("trackedOnly") and item.get("recipientId") is None:
            return False
        return (
            self._eq(call, item, "sendingId", "sendingId")
            and self._in(call, item, "sendingIds", "sendingId")
            and self._eq(call, item, "mailingId", "mailingId")
            and self._in(call, item, "mailingIds", "mailingId")
            and self._eq(call, item, "listId", "listId")
            and self._in(call, item, "listIds", "listId")
            and (
                "bounceCategory" not in call.query
                or item.get("bounceCategory") in many(call.query["bounceCategory"])
            )
            and self._dates(call, item, "timestamp", "startDate", "endDate", False)
        )

    def embed_recipient(
        self, call: Call, item: dict[str, Any], rendered: dict[str, Any]
    ) -> dict[str, Any]:
        if "inx:recipient" in many(call.query.get("embedded")):
            recipient = self.get("recipients", item.get("recipientId"))
            if recipient:
                names = call.query.get("recipientAttributes")
                wanted = many(names)
                rendered["_embedded"] = {
                    "inx:recipient": self.render_recipient(recipient, attributes=wanted)
                }
        return rendered

    # ------------------------------------------------------------------ root
    def get_root(self, call: Call) -> Reply:
        rels = {
            "inx:lists": "/lists",
            "inx:mailings": "/mailings",
            "inx:regular-mailings": "/regular-mailings",
            "inx:split-test-mailings": "/split-test-mailings",
            "inx:action-mailings": "/action-mailings",
            "inx:trigger-mailings": "/trigger-mailings",
            "inx:subscription-mailings": "/subscription-mailings",
            "inx:links": "/links",
            "inx:datasources": "/datasources/http",
            "inx:actions": "/actions",
            "inx:sendings": "/sendings",
            "inx:attributes": "/attributes",
            "inx:recipients": "/recipients",
            "inx:test-profiles": "/test-profiles",
            "inx:subscription-events": "/events/subscriptions",
            "inx:unsubscription-events": "/events/unsubscriptions",
            "inx:target-groups": "/target-groups",
            "inx:tracking-permissions": "/tracking-permissions",
            "inx:tracking-permission-events": "/events/tracking-permissions",
            "inx:recipient-imports": "/imports/recipients",
            "inx:bounces": "/bounces",
            "inx:clicks": "/clicks",
            "inx:web-beacon-hits": "/web-beacon-hits",
            "inx:blacklist-entries": "/blacklist-entries",
            "inx:text-modules": "/text-modules",
            "inx:test-mail-groups": "/test-mail-groups",
            "inx:design-collections": "/design-collections",
        }
        links: dict[str, Any] = {"self": {"href": self.url("/")}}
        links.update({rel: {"href": self.url(path)} for rel, path in rels.items()})
        return self.reply(call, {"_links": links})

    # ------------------------------------------------------------------ lists
    def list_lists(self, call: Call) -> Reply:
        def pred(c: Call, item: dict[str, Any]) -> bool:
            name = str(item.get("name", ""))
            q = c.query
            if "listName" in q and name != q["listName"]:
                return False
            if "listNameContainsIgnoreCase" in q and (
                str(q["listNameContainsIgnoreCase"]).lower() not in name.lower()
            ):
                return False
            return self._in(c, item, "ids", "id") and self._dates(
                c, item, "creationDate", "createdAfter", "createdBefore"
            )

        return self.page(
            call, "lists", [i for i in self.all("lists") if pred(call, i)], self.render_list
        )

    def render_list(self, item: dict[str, Any]) -> dict[str, Any]:
        out = self.item("lists", item)
        lid = item["id"]
        out["_links"].update(
            {
                "inx:mailings": {"href": self.url("/mailings", {"listIds": lid})},
                "inx:subscription-settings": {
                    "href": self.url(f"/lists/{lid}/subscription-settings")
                },
                "inx:unsubscription-settings": {
                    "href": self.url(f"/lists/{lid}/unsubscription-settings")
                },
            }
        )
        return out

    def _unique(
        self,
        coll: str,
        field: str,
        value: Any,
        *,
        skip: int | None = None,
        scope: tuple[str, Any] | None = None,
    ) -> None:
        for other in self.all(coll):
            if other["id"] == skip:
                continue
            if scope and other.get(scope[0]) != scope[1]:
                continue
            if str(other.get(field, "")).lower() == str(value).lower():
                raise Problem(
                    409,
                    "duplicate-resource",
                    f"A resource with the {field} {value!r} already exists",
                )

    @staticmethod
    def _no_padding(body: Mapping[str, Any], *fields: str) -> None:
        bad = [
            (f, "must not have padding whitespace")
            for f in fields
            if isinstance(body.get(f), str) and body[f] != body[f].strip()
        ]
        if bad:
            raise invalid_fields(*bad)

    def create_list(self, call: Call) -> Reply:
        body = call.body
        self._no_padding(body, "name", "senderName", "replyToName")
        self._unique("lists", "name", body["name"])
        now = self.now()
        data = {
            "name": body["name"],
            "description": body.get("description"),
            "senderAddress": body["senderAddress"],
            "senderName": body.get("senderName"),
            "replyToAddress": body.get("replyToAddress"),
            "replyToName": body.get("replyToName"),
            "type": body["type"],
            "creationDate": now,
            "modificationDate": now,
        }
        item = self.insert("lists", data)
        return self.created(call, "lists", item, self.render_list(item))

    def update_list(self, call: Call) -> Reply:
        item = self.must("lists", call.path_params["id"], "list")
        body = call.body
        self._no_padding(body, "name", "senderName", "replyToName")
        self._unique("lists", "name", body["name"], skip=item["id"])
        for key in ("senderName", "replyToAddress", "replyToName", "description"):
            item[key] = body.get(key)
        item.update(name=body["name"], senderAddress=body["senderAddress"])
        item["modificationDate"] = self.now()
        self.save("lists", item)
        return self.reply(call, self.render_list(item))

    def delete_list(self, call: Call) -> Reply:
        item = self.must("lists", call.path_params["id"], "list")
        if item.get("type") in ("SYSTEM", "ADMIN"):
            raise Problem(
                400, "invalid-parameter-value", "system and admin lists cannot be deleted"
            )
        self.remove("lists", item["id"])
        with self.db.tx() as conn:
            conn.execute("DELETE FROM memberships WHERE list_id = ?", (item["id"],))
        return self.reply(call, None, 204)

    def list_count(self, call: Call) -> Reply:
        item = self.must("lists", call.path_params["id"], "list")
        rows = self.db.query(
            "SELECT COUNT(*) AS n FROM memberships WHERE list_id = ? AND state = 'SUBSCRIBED'",
            (item["id"],),
        )
        body = {
            "id": item["id"],
            "count": rows[0]["n"],
            "lastCalculatedAt": self.now(),
            "_links": {"self": {"href": self.url(f"/lists/{item['id']}/count")}},
        }
        return self.reply(call, body)

    def get_list_setting(self, call: Call) -> Reply:
        lid, name = call.path_params["listId"], call.path_params["settingName"]
        self.must("lists", lid, "list")
        value = self.doc(f"list:{int(lid)}:setting:{name}")
        body = {
            "value": value if value is not None else "false",
            "inherited": value is None,
            "_links": {"self": {"href": self.url(f"/lists/{int(lid)}/settings/{name}")}},
        }
        return self.reply(call, body)

    def update_list_setting(self, call: Call) -> Reply:
        lid, name = call.path_params["listId"], call.path_params["settingName"]
        self.must("lists", lid, "list")
        self.set_doc(f"list:{int(lid)}:setting:{name}", call.body["value"])
        return self.reply(call, None, 200)

    def _settings_get(self, kind: str, defaults: dict[str, Any]) -> Handler:
        def handler(call: Call) -> Reply:
            lid = int(self.must("lists", call.path_params["listId"], "list")["id"])
            values = {**defaults, **(self.doc(f"list:{lid}:{kind}") or {})}
            values["_links"] = {"self": {"href": self.url(f"/lists/{lid}/{kind}-settings")}}
            return self.reply(call, values)

        return handler

    def _settings_put(self, kind: str, defaults: dict[str, Any]) -> Handler:
        def handler(call: Call) -> Reply:
            lid = int(self.must("lists", call.path_params["listId"], "list")["id"])
            values = {**defaults, **{k: v for k, v in call.body.items() if k in defaults}}
            self.set_doc(f"list:{lid}:{kind}", values)
            values["_links"] = {"self": {"href": self.url(f"/lists/{lid}/{kind}-settings")}}
            return self.reply(call, values)

        return handler

    # ------------------------------------------------------------------ mailings
    def render_mailing(self, call: Call, item: dict[str, Any], typed: str | None) -> dict[str, Any]:
        template = TYPED_MAILINGS.get(item.get("type", ""), "/mailings/{id}") if typed else None
        data = {k: v for k, v in item.items() if k not in ("text", "html")}
        if not typed:
            for key in (
                "mailingState",
                "scheduleDate",
                "editorContentType",
                "targetGroupConfiguration",
            ):
                data.pop(key, None)
        out = self.item("mailings", data, template)
        mid = item["id"]
        out["_links"].update(
            {
                "inx:renderedContent": {"href": self.url(f"/mailings/{mid}/renderedContent")},
                "inx:sendings": {"href": self.url("/sendings", {"mailingId": mid})},
                "inx:clicks": {"href": self.url("/clicks", {"mailingId": mid})},
                "inx:web-beacon-hits": {"href": self.url("/web-beacon-hits", {"mailingId": mid})},
                "inx:links": {"href": self.url(f"/mailings/{mid}/links")},
            }
        )
        if item.get("type") == "REGULAR_MAILING":
            out["_links"]["inx:editorContent"] = {
                "href": self.url(f"/regular-mailings/{mid}/editor-content")
            }
        wanted = set(many(call.query.get("embedded")))
        embedded: dict[str, Any] = {}
        if "inx:editor-content" in wanted:
            embedded["inx:editor-content"] = {"text": item.get("text"), "html": item.get("html")}
        if "inx:sending-statistics" in wanted and self.sendings_of(mid):
            embedded["inx:sending-statistics"] = self.compute_sending_statistics(mid)
        if "inx:response-statistics" in wanted and self.sendings_of(mid):
            embedded["inx:response-statistics"] = self.compute_response_statistics(mid)
        if embedded:
            out["_embedded"] = embedded
        return out

    def _mailing_filter(self, call: Call, item: dict[str, Any], typed: str | None) -> bool:
        if typed and item.get("type") != typed:
            return False
        q = call.query
        types = set(many(q.get("types")))
        if types and item.get("type") not in types:
            return False
        states = set(many(q.get("mailingStates")))
        if states and item.get("mailingState") not in states:
            return False
        if "readyToSend" in q and bool(item.get("mailingState") == "APPROVED") != q["readyToSend"]:
            return False
        if (
            "isApproved" in q
            and (item.get("mailingState") in ("APPROVED", "SCHEDULED")) != q["isApproved"]
        ):
            return False
        if "hasSending" in q and bool(self.sendings_of(item["id"])) != q["hasSending"]:
            return False
        if "sentAfter" in q or "sentBefore" in q:
            ends = [s.get("endDate") for s in self.sendings_of(item["id"])]
            if not any(
                self._dates(call, {"t": e}, "t", "sentAfter", "sentBefore", False) for e in ends
            ):
                return False
        return (
            self._in(call, item, "listIds", "listId")
            and self._dates(call, item, "creationDate", "createdAfter", "createdBefore")
            and self._dates(call, item, "modificationDate", "modifiedAfter", "modifiedBefore")
        )

    def _mailing_lister(self, typed: str | None) -> Handler:
        def handler(call: Call) -> Reply:
            items = [i for i in self.all("mailings") if self._mailing_filter(call, i, typed)]
            return self.page(call, "mailings", items, lambda i: self.render_mailing(call, i, typed))

        return handler

    def mailing(self, ident: Any, typed: str | None = None) -> dict[str, Any]:
        item = self.must("mailings", ident, "mailing")
        if typed and item.get("type") != typed:
            raise not_found("mailing", ident)
        return item

    def _mailing_getter(self, typed: str | None) -> Handler:
        def handler(call: Call) -> Reply:
            item = self.mailing(call.path_params["id"], typed)
            return self.reply(call, self.render_mailing(call, item, typed))

        return handler

    def _mailing_deleter(self, typed: str) -> Handler:
        def handler(call: Call) -> Reply:
            item = self.mailing(call.path_params["id"], typed)
            self.remove("mailings", item["id"])
            return self.reply(call, None, 204)

        return handler

    def _check_list(self, list_id: Any, field: str = "listId") -> dict[str, Any]:
        item = self.get("lists", list_id)
        if item is None:
            raise invalid_fields((field, f"no list with id {list_id}"))
        return item

    def create_regular_mailing(self, call: Call) -> Reply:
        body = call.body
        self._check_list(body["listId"])
        now = self.now()
        data = {
            "type": "REGULAR_MAILING",
            "listId": body["listId"],
            "name": body["name"],
            "subject": body["subject"],
            "mailingState": "DRAFT",
            "creationDate": now,
            "modificationDate": now,
            "editorContentType": body["editorContentType"],
            "scheduleDate": None,
            "text": body.get("text"),
            "html": body.get("html"),
        }
        for key in ("designCollectionId", "styleName", "templateName"):
            if key in body:
                data[key] = body[key]
        item = self.insert("mailings", data)
        out = self.item(
            "mailings",
            {k: v for k, v in item.items() if k not in ("text", "html")},
            "/regular-mailings/{id}",
        )
        return self.reply(call, out, 201, {"Location": self.url(f"/regular-mailings/{item['id']}")})

    def update_regular_mailing(self, call: Call) -> Reply:
        item = self.mailing(call.path_params["id"], "REGULAR_MAILING")
        if item.get("mailingState") in ("FINISHED", "ACTIVE"):
            raise Problem(400, "locked-resource", "a sent mailing cannot be changed")
        allowed = ("name", "subject", "text", "html", "targetGroupConfiguration")
        patch = {k: v for k, v in call.body.items() if k in allowed}
        patched = merge_patch(item, patch)
        patched["id"] = item["id"]
        patched["modificationDate"] = self.now()
        groups = (patched.get("targetGroupConfiguration") or {}).get("targetGroups") or []
        for ref in groups:
            if (
                isinstance(ref, dict)
                and self.get("target-groups", ref.get("targetGroupId")) is None
            ):
                raise invalid_fields(
                    ("targetGroupConfiguration.targetGroups", f"unknown target group {ref}")
                )
        self.save("mailings", patched)
        return self.reply(call, self.render_mailing(call, patched, "REGULAR_MAILING"))

    def editor_content(self, call: Call) -> Reply:
        item = self.mailing(call.path_params["id"], "REGULAR_MAILING")
        body = {
            "text": item.get("text"),
            "html": item.get("html"),
            "_links": {
                "self": {"href": self.url(f"/regular-mailings/{item['id']}/editor-content")}
            },
        }
        return self.reply(call, body)

    def _schedule_body(self, item: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": item["id"],
            "scheduleDate": item.get("scheduleDate"),
            "_links": {"self": {"href": self.url(f"/regular-mailings/{item['id']}/schedule")}},
        }

    def get_schedule(self, call: Call) -> Reply:
        item = self.mailing(call.path_params["id"], "REGULAR_MAILING")
        if not item.get("scheduleDate"):
            raise not_found("schedule of mailing", item["id"])
        return self.reply(call, self._schedule_body(item))

    def schedule(self, call: Call) -> Reply:
        item = self.mailing(call.path_params["id"], "REGULAR_MAILING")
        rescheduling = call.operation_id == "reschedule_regular_mailing"
        if rescheduling and not item.get("scheduleDate"):
            raise not_found("schedule of mailing", item["id"])
        if not rescheduling and item.get("mailingState") != "APPROVED":
            raise invalid_fields(
                ("mailing", "the mailing is not approved: only approved mailings can be scheduled")
            )
        ts = parse_ts(call.body["scheduleDate"])  # the spec's pattern admits real dates only
        if ts is None:
            raise invalid_fields(("scheduleDate", "is not a valid date with time"))
        item["scheduleDate"] = fmt(ts)
        item["mailingState"] = "SCHEDULED"
        self.save("mailings", item)
        return self.reply(call, self._schedule_body(item), 200 if rescheduling else 201)

    def unschedule(self, call: Call) -> Reply:
        item = self.mailing(call.path_params["id"], "REGULAR_MAILING")
        if not item.get("scheduleDate"):
            raise not_found("schedule of mailing", item["id"])
        item["scheduleDate"] = None
        item["mailingState"] = "APPROVED"
        self.save("mailings", item)
        return self.reply(call, None, 204)

    def list_approvals(self, call: Call) -> Reply:
        mailing = self.mailing(call.path_params["mailingId"])
        items = [a for a in self.all("approvals") if a.get("mailingId") == mailing["id"]]
        return self.page(call, "approvals", items)

    def create_approval(self, call: Call) -> Reply:
        mailing = self.mailing(call.path_params["mailingId"])
        command = call.body["approvalCommand"]
        transition = "APPROVED" if command == "APPROVE" else "INVALIDATE"
        data = {
            "mailingId": mailing["id"],
            "username": self.client_id,
            "approvalComment": call.body.get("approvalComment"),
            "entryDate": self.now(),
            "approvalStateTransition": transition,
        }
        item = self.insert("approvals", data)
        if mailing.get("type") == "REGULAR_MAILING" or "mailingState" in mailing:
            mailing["mailingState"] = "APPROVED" if command == "APPROVE" else "DRAFT"
            if command != "APPROVE":
                mailing["scheduleDate"] = None
            self.save("mailings", mailing)
        body = self.item(
            "approvals",
            {
                "id": item["id"],
                "approvalId": item["id"],
                "approvalComment": data["approvalComment"],
                "approvalCommand": command,
                "approvalStateTransition": transition,
                "entryDate": data["entryDate"],
                "userName": self.client_id,
                "mailingId": mailing["id"],
            },
        )
        return self.created(call, "approvals", item, body)

    def list_mailing_links(self, call: Call) -> Reply:
        mailing = self.mailing(call.path_params["id"])
        types = set(many(call.query.get("types")))
        items = [
            i
            for i in self.all("links")
            if i.get("mailingId") == mailing["id"] and (not types or i.get("type") in types)
        ]
        return self.page(call, "links", items)

    def _render(self, text: Any, values: Mapping[str, Any]) -> Any:
        if not isinstance(text, str):
            return text
        return re.sub(
            r"\[([^\]\[]+)\]",
            lambda m: (
                str(values.get(m.group(1), m.group(0))) if m.group(1) in values else m.group(0)
            ),
            text,
        )

    def _rendered(self, call: Call) -> dict[str, Any]:
        mailing = self.mailing(call.path_params["id"])
        values: dict[str, Any] = {}
        if "testProfileId" in call.query:
            profile = self.get("test-profiles", call.query["testProfileId"])
            if profile is None:
                raise Problem(
                    400, "invalid-parameter-value", "no object was found for the referenced id"
                )
            values = dict(profile.get("attributes") or {})
            values["email"] = profile.get("email")
        return {
            "subject": self._render(mailing.get("subject"), values),
            "text": self._render(mailing.get("text"), values),
            "html": self._render(mailing.get("html"), values),
            "attachments": [],
            "_links": {
                "self": {"href": self.url(f"/mailings/{mailing['id']}/renderedContent")},
                "inx:mailing": {"href": self.url(f"/mailings/{mailing['id']}")},
            },
        }

    def rendered_content(self, call: Call) -> Reply:
        return self.reply(call, self._rendered(call))

    def rendered_content_size(self, call: Call) -> Reply:
        content = self._rendered(call)
        size = sum(len(str(content.get(k) or "").encode()) for k in ("subject", "text", "html"))
        mid = call.path_params["id"]
        return self.reply(
            call,
            {
                "renderedContentSize": size,
                "_links": {"self": {"href": self.url(f"/mailings/{mid}/rendered-content-size")}},
            },
        )

    def copy_mailing(self, call: Call) -> Reply:
        body = call.body
        source = self.mailing(body["mailingId"])
        if "listId" in body:
            target = self._check_list(body["listId"])
            if target.get("type") not in ("STANDARD", "DYNAMIC"):
                raise invalid_fields(("listId", "must be a STANDARD or DYNAMIC list"))
        now = self.now()
        data = {k: v for k, v in source.items() if k != "id"}
        data.update(
            name=body.get("name") or f"Copy of {source.get('name', '')}",
            listId=body.get("listId", source.get("listId")),
            creationDate=now,
            modificationDate=now,
            scheduleDate=None,
        )
        if "mailingState" in source:
            approved = body.get("copyApprovalState") and source.get("mailingState") in (
                "APPROVED",
                "SCHEDULED",
            )
            data["mailingState"] = "APPROVED" if approved else "DRAFT"
        item = self.insert("mailings", data)
        return self.created(call, "mailings", item, self.render_mailing(call, item, None))

    # ------------------------------------------------------------------ sendings
    def sendings_of(self, mailing_id: int) -> list[dict[str, Any]]:
        return [s for s in self.all("sendings") if s.get("mailingId") == mailing_id]

    def create_sending(self, call: Call) -> Reply:
        mailing = self.mailing(call.body["mailingId"])
        recipient_id = call.body.get("recipientId")
        if mailing.get("type") == "REGULAR_MAILING" and mailing.get("mailingState") not in (
            "APPROVED",
            "SCHEDULED",
            "FINISHED",
        ):
            raise invalid_fields(("mailingId", "the mailing is not approved"))
        if recipient_id is not None:
            self.must("recipients", recipient_id, "recipient")
            targets = [int(recipient_id)]
        else:
            if mailing.get("mailingState") == "FINISHED":
                raise invalid_fields(("mailingId", "the mailing has already been sent"))
            rows = self.db.query(
                "SELECT recipient_id FROM memberships WHERE list_id = ? AND state = 'SUBSCRIBED' "
                "ORDER BY recipient_id",
                (mailing.get("listId"),),
            )
            targets = [r["recipient_id"] for r in rows]
        now = self.now()
        sending = self.insert(
            "sendings",
            {
                "mailingId": mailing["id"],
                "listId": mailing.get("listId"),
                "state": "FINISHED",
                "startDate": now,
                "endDate": now,
                "type": "SINGLE_MAILING" if recipient_id is not None else "MASS_MAILING",
                "totalSize": 0,
                "lastModificationDate": now,
            },
        )
        for rid in targets:
            self.insert(
                "protocol", {"sendingId": sending["id"], "recipientId": rid, "state": "SENT"}
            )
        if recipient_id is None and "mailingState" in mailing:
            mailing["mailingState"] = "FINISHED"
            self.save("mailings", mailing)
        return self.created(call, "sendings", sending)

    def sending_details(self, call: Call) -> Reply:
        sending = self.must("sendings", call.path_params["id"], "sending")
        seeded = [d for d in self.all("sending-details") if d.get("sendingId") == sending["id"]]
        protocol = [p for p in self.all("protocol") if p.get("sendingId") == sending["id"]]
        if seeded:
            body = {k: v for k, v in seeded[-1].items() if k != "sendingId"}
        else:
            states = [p.get("state") for p in protocol]
            bounces = sum(
                s in ("HARDBOUNCE", "SOFTBOUNCE", "UNKNOWNBOUNCE", "SPAMBOUNCE") for s in states
            )
            body = {
                "recipientsCount": len(states),
                "rejectedCount": states.count("ADDRESS_REJECTED"),
                "bounceCount": bounces,
                "notSentMailsCount": states.count("NOT_SENT") + states.count("NO_MAIL"),
                "deliveredMailsCount": states.count("SENT"),
                "sentErrorCount": states.count("ERROR"),
            }
        body["id"] = sending["id"]
        body["_links"] = {
            "self": {"href": self.url(f"/sendings/{sending['id']}/details")},
            "inx:sending": {"href": self.url(f"/sendings/{sending['id']}")},
        }
        return self.reply(call, body)

    def list_protocol(self, call: Call) -> Reply:
        sending = self.must("sendings", call.path_params["sendingId"], "sending")
        items = [p for p in self.all("protocol") if p.get("sendingId") == sending["id"]]

        def render(entry: dict[str, Any]) -> dict[str, Any]:
            out = self.item("protocol", entry)
            out.pop("id", None)
            out.pop("sendingId", None)
            return self.embed_recipient(call, entry, out)

        return self.page(call, "protocol", items, render)

    # ------------------------------------------------------------------ statistics
    def compute_sending_statistics(self, mailing_id: int) -> dict[str, Any]:
        seeded = [s for s in self.all("sending-statistics") if s.get("mailingId") == mailing_id]
        if seeded:
            return {k: v for k, v in seeded[-1].items() if k not in ("id", "mailingId")}
        sendings = self.sendings_of(mailing_id)
        sids = {s["id"] for s in sendings}
        states = [p.get("state") for p in self.all("protocol") if p.get("sendingId") in sids]
        starts = sorted(s["startDate"] for s in sendings if s.get("startDate"))
        ends = sorted(s["endDate"] for s in sendings if s.get("endDate"))
        return {
            "recipientsCount": len(states),
            "deliveredMailsCount": states.count("SENT"),
            "bounceCount": sum(
                s.endswith("BOUNCE") or s == "ADDRESS_REJECTED" for s in states if s
            ),
            "sentErrorCount": states.count("ERROR"),
            "notSentMailsCount": states.count("NOT_SENT") + states.count("NO_MAIL"),
            "mailsPerHour": 0.0,
            "averageMailSize": 0.0,
            "startDate": starts[0] if starts else None,
            "endDate": ends[-1] if ends else None,
        }

    def compute_response_statistics(self, mailing_id: int) -> dict[str, Any]:
        seeded = [s for s in self.all("response-statistics") if s.get("mailingId") == mailing_id]
        if seeded:
            return {k: v for k, v in seeded[-1].items() if k not in ("id", "mailingId")}
        clicks = [c for c in self.all("clicks") if c.get("mailingId") == mailing_id]
        hits = [h for h in self.all("web-beacon-hits") if h.get("mailingId") == mailing_id]
        net = max(1, self.compute_sending_statistics(mailing_id)["deliveredMailsCount"])
        openers = {h.get("recipientId") for h in hits} | {c.get("recipientId") for c in clicks}
        clickers = {c.get("recipientId") for c in clicks}
        return {
            "openingRecipients": len(openers),
            "botInteractions": 0,
            "openingRate": round(len(openers) / net, 4),
            "totalClicks": len(clicks),
            "clickingRecipients": len(clickers),
            "uniqueClickRate": round(len(clickers) / net, 4),
            "ctor": round(len(clickers) / len(openers), 4) if openers else 0.0,
            "unsubscribeClicks": 0,
            "listUnsubscribeClicks": 0,
            "unsubscribeRate": 0.0,
        }

    def response_statistics(self, call: Call) -> Reply:
        mailing = self.mailing(call.query.get("mailingId"))
        body = self.compute_response_statistics(mailing["id"])
        body["_links"] = {
            "self": {"href": self.url("/statistics/responses", {"mailingId": mailing["id"]})}
        }
        return self.reply(call, body)

    def sending_statistics(self, call: Call) -> Reply:
        mailing = self.mailing(call.query.get("mailingId"))
        body = self.compute_sending_statistics(mailing["id"])
        body["_links"] = {
            "self": {"href": self.url("/statistics/sendings", {"mailingId": mailing["id"]})}
        }
        return self.reply(call, body)

    # ------------------------------------------------------------------ datasources
    def create_datasource(self, call: Call) -> Reply:
        body = call.body
        self._unique("datasources", "name", body["name"])
        data = {
            "name": body["name"],
            "url": body.get("url"),
            "contentEncoding": None,
            "fetchStrategy": body.get("fetchStrategy", "ONCE"),
            "attachmentFileName": body.get("attachmentFileName"),
            "encodeUrlPlaceholders": body.get("encodeUrlPlaceholders", False),
            "contentWithInxmailTags": body.get("contentWithInxmailTags", False),
            "lastSaveDate": self.now(),
            "useType": body.get("useType", "TEXT"),
        }
        return self.created(call, "datasources", self.insert("datasources", data))

    def update_datasource(self, call: Call) -> Reply:
        item = self.must("datasources", call.path_params["id"], "datasource")
        body = call.body
        self._no_padding(body, "name")
        self._unique("datasources", "name", body["name"], skip=item["id"])
        item.update(
            name=body["name"],
            url=body.get("url"),
            attachmentFileName=body.get("attachmentFileName"),
            contentWithInxmailTags=body.get("contentWithInxmailTags", False),
            encodeUrlPlaceholders=body.get("encodeUrlPlaceholders", False),
            useType=body.get("useType", item.get("useType", "TEXT")),
            fetchStrategy=body.get("fetchStrategy", item.get("fetchStrategy", "ONCE")),
            lastSaveDate=self.now(),
        )
        self.save("datasources", item)
        return self.reply(call, self.item("datasources", item))

    # ------------------------------------------------------------------ attributes
    def attributes_by_name(self) -> dict[str, dict[str, Any]]:
        return {str(a.get("name")): a for a in self.all("attributes")}

    def create_attribute(self, call: Call) -> Reply:
        body = call.body
        name, type_ = body["name"], body["type"]
        problems = []
        if name != name.strip():
            problems.append(("name", "must not have padding whitespace"))
        lower = name.lower()
        if lower == "email" or lower.startswith(("subscription_", "sequence_", "%")):
            problems.append(("name", "is a reserved attribute name"))
        # maxLength: required for TEXT, refused for the other types by the spec (if/then/else)
        if problems:
            raise invalid_fields(*problems)
        self._unique("attributes", "name", name)
        now = self.now()
        data: dict[str, Any] = {"name": name, "type": type_}
        if type_ == "TEXT":
            data["maxLength"] = body["maxLength"]
        data.update(creationDate=now, modificationDate=now)
        return self.created(call, "attributes", self.insert("attributes", data))

    def delete_attribute(self, call: Call) -> Reply:
        item = self.must("attributes", call.path_params["id"], "attribute")
        self.remove("attributes", item["id"])
        for recipient in self.all("recipients"):
            attrs = recipient.get("attributes") or {}
            if item["name"] in attrs:
                attrs.pop(item["name"])
                self.save("recipients", recipient)
        return self.reply(call, None, 204)

    def parse_attributes(
        self, values: Mapping[str, Any], field: str = "attributes"
    ) -> dict[str, Any]:
        known = self.attributes_by_name()
        out: dict[str, Any] = {}
        for name, value in values.items():
            attr = known.get(name)
            if attr is None:
                raise Problem(
                    400, "unknown-recipient-attribute", f"unknown recipient attribute '{name}'"
                )
            if value is None:
                out[name] = None
                continue
            type_ = attr.get("type")
            ok = {
                "TEXT": isinstance(value, str) and len(value) <= int(attr.get("maxLength") or 255),
                "INTEGER": isinstance(value, int)
                and not isinstance(value, bool)
                and -(2**31) <= value < 2**31,
                "FLOATING_POINT_NUMBER": isinstance(value, (int, float))
                and not isinstance(value, bool),
                "BOOLEAN": isinstance(value, bool),
                "DATE_ONLY": isinstance(value, str) and is_date(value),
                "DATE_AND_TIME": isinstance(value, str) and is_attribute_datetime(value),
                "TIME_ONLY": isinstance(value, str) and is_time(value),
            }.get(str(type_), True)
            if not ok:
                extra: dict[str, Any] = {"expectedDataType": type_}
                if type_ == "TEXT":
                    extra["maxStringLength"] = int(attr.get("maxLength") or 255)
                raise Problem(
                    400,
                    "unparseable-recipient-attribute",
                    f"the value for recipient attribute '{name}' could not be parsed",
                    **extra,
                )
            out[name] = value
        return out

    # ------------------------------------------------------------------ recipients
    def blacklisted(self, email: str) -> bool:
        address = email.lower()
        for entry in self.all("blacklist-entries"):
            pattern = str(entry.get("pattern", "")).lower()
            if not pattern:
                continue
            if (
                fnmatch.fnmatchcase(address, pattern)
                or (pattern.startswith("@") and address.endswith(pattern))
                or address == pattern
            ):
                return True
        return False

    def by_email(self, email: str) -> list[dict[str, Any]]:
        lower = email.lower()
        return [r for r in self.all("recipients") if str(r.get("email", "")).lower() == lower]

    def memberships(self, recipient_id: int) -> list[Any]:
        return self.db.query(
            "SELECT * FROM memberships WHERE recipient_id = ? ORDER BY list_id", (recipient_id,)
        )

    def _set_membership(self, recipient_id: int, list_id: int, state: str) -> None:
        now = self.now()
        with self.db.tx() as conn:
            if state == "SUBSCRIBED":
                conn.execute(
                    "INSERT INTO memberships (recipient_id, list_id, state, subscribed) "
                    "VALUES (?, ?, 'SUBSCRIBED', ?) ON CONFLICT(recipient_id, list_id) DO UPDATE "
                    "SET state = 'SUBSCRIBED', subscribed = excluded.subscribed",
                    (recipient_id, list_id, now),
                )
            else:
                conn.execute(
                    "UPDATE memberships SET state = 'UNSUBSCRIBED', unsubscribed = ? "
                    "WHERE recipient_id = ? AND list_id = ?",
                    (now, recipient_id, list_id),
                )

    def render_recipient(
        self,
        item: dict[str, Any],
        *,
        attributes: list[str] | None = None,
        all_attributes: bool = False,
        permissions: set[int] | None = None,
        subscriptions: set[int] | None = None,
        unsubscriptions: set[int] | None = None,
    ) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": item["id"],
            "email": item.get("email"),
            "lowerEmail": str(item.get("email", "")).lower() or None,
            "unavailable": bool(item.get("unavailable", False)),
            "last_modified": item.get("last_modified"),
        }
        values = item.get("attributes") or {}
        if all_attributes:
            out["attributes"] = dict(values)
        elif attributes:
            out["attributes"] = {n: values.get(n) for n in attributes}
        rows = self.memberships(item["id"])
        if permissions is not None:
            perms = {
                p.get("listId"): p.get("trackingPermissionState")
                for p in self.all("tracking-permissions")
                if p.get("recipientId") == item["id"]
            }
            out["tracking-permissions"] = [
                {"listId": lid, "permission": perms.get(lid, "DENIED")}
                for lid in sorted(permissions)
            ]
        if subscriptions is not None:
            subs = {r["list_id"]: r["subscribed"] for r in rows}
            out["subscriptionDates"] = [
                {"listId": lid, "date": subs.get(lid)} for lid in sorted(subscriptions)
            ]
        if unsubscriptions is not None:
            unsubs = {r["list_id"]: r["unsubscribed"] for r in rows}
            out["unsubscriptionDates"] = [
                {"listId": lid, "date": unsubs.get(lid)} for lid in sorted(unsubscriptions)
            ]
        out["_links"] = {"self": {"href": self.url(f"/recipients/{item['id']}")}}
        return out

    def _recipient_options(self, call: Call) -> dict[str, Any]:
        q = call.query
        names: list[str] = []
        if q.get("attributes"):
            names = many(q["attributes"])
            known = self.attributes_by_name()
            for name in names:
                if name not in known:
                    raise Problem(
                        400, "unknown-recipient-attribute", f"unknown recipient attribute '{name}'"
                    )
        return {
            "attributes": names,
            "all_attributes": bool(q.get("allAttributes")),
            "permissions": ids(q["trackingPermissionsForLists"])
            if "trackingPermissionsForLists" in q
            else None,
            "subscriptions": ids(q["subscriptionDatesForLists"])
            if "subscriptionDatesForLists" in q
            else None,
            "unsubscriptions": ids(q["unsubscriptionDatesForLists"])
            if "unsubscriptionDatesForLists" in q
            else None,
        }

    def attribute_filter(
        self, call: Call, equal_prefix: str, contains_prefix: str | None = None
    ) -> Callable[[dict[str, Any]], bool]:
        """The wildcard filters ``<equal_prefix><name>=<value>`` (the attribute equals the
        value, parsed by the attribute's type) and ``<contains_prefix><name>=<value>`` (its
        text contains the value, ignoring case) of a request, as one predicate on recipients."""
        pairs = _pairs(call)
        known = self.attributes_by_name()
        conditions: list[tuple[str, bool, Any]] = []  # (attribute, contains, value)
        seen: set[str] = set()
        for key, raw in pairs:
            if key.startswith(equal_prefix):
                name, contains = key[len(equal_prefix) :], False
            elif contains_prefix and key.startswith(contains_prefix):
                name, contains = key[len(contains_prefix) :], True
            else:
                continue
            if name in seen:
                raise Problem(
                    400,
                    "invalid-parameter-value",
                    f"the recipient attribute '{name}' is filtered more than once",
                )
            seen.add(name)
            attr = known.get(name)
            if attr is None:
                raise Problem(
                    400,
                    "unknown-recipient-attribute",
                    f"the recipient attribute '{name}' does not exist",
                )
            type_ = str(attr.get("type"))
            if type_ in ("FLOATING_POINT_NUMBER", "TIME_ONLY"):
                raise Problem(
                    400,
                    "unsupported-recipient-attribute-filter",
                    f"the recipient attribute '{name}' of type {type_} cannot be filtered",
                )
            if contains:
                conditions.append((name, True, raw.lower()))
                continue
            try:
                value = _filter_value(type_, raw)
            except ValueError:
                raise Problem(
                    400,
                    "unparseable-recipient-attribute-filter",
                    f"the filter on the recipient attribute '{name}' could not be parsed",
                    expectedDataType=type_,
                ) from None
            conditions.append((name, False, value))

        def matches(recipient: dict[str, Any]) -> bool:
            values = recipient.get("attributes") or {}
            return all(
                str(values.get(name) or "").lower().find(value) >= 0
                if contains
                else values.get(name) == value
                for name, contains, value in conditions
            )

        return matches

    def list_recipients(self, call: Call) -> Reply:
        options = self._recipient_options(call)
        matches_attributes = self.attribute_filter(
            call, "attributes.", "attributesContainsIgnoreCase."
        )
        q = call.query
        states: dict[int, dict[int, str]] = {}
        for row in self.db.query("SELECT * FROM memberships"):
            states.setdefault(row["recipient_id"], {})[row["list_id"]] = row["state"]
        group_list: int | None = None
        if "filterId" in q:
            group = self.get("target-groups", q["filterId"])
            if group is None:
                raise Problem(400, "invalid-parameter-value", "no target group with that id")
            group_list = group.get("listId")

        def pred(item: dict[str, Any]) -> bool:
            mine = states.get(item["id"], {})
            subscribed = {lid for lid, s in mine.items() if s == "SUBSCRIBED"}
            unsubscribed = {lid for lid, s in mine.items() if s == "UNSUBSCRIBED"}
            email = str(item.get("email", ""))
            checks = [
                "subscribedTo" not in q or q["subscribedTo"] in subscribed,
                "subscribedToAny" not in q or bool(ids(q["subscribedToAny"]) & subscribed),
                "unsubscribedFrom" not in q or q["unsubscribedFrom"] in unsubscribed,
                "unsubscribedFromAny" not in q
                or bool(ids(q["unsubscribedFromAny"]) & unsubscribed),
                "email" not in q or email.lower() in {e.lower() for e in many(q["email"])},
                "emailContainsIgnoreCase" not in q
                or str(q["emailContainsIgnoreCase"]).lower() in email.lower(),
                "unavailable" not in q or bool(item.get("unavailable", False)) == q["unavailable"],
                group_list is None or group_list in subscribed,
                self._dates(call, item, "last_modified", "lastModifiedSince", "_", False),
                matches_attributes(item),
            ]
            return all(checks)

        items = [i for i in self.all("recipients") if pred(i)]
        return self.page(call, "recipients", items, lambda i: self.render_recipient(i, **options))

    def create_recipient(self, call: Call) -> Reply:
        email = call.body["email"]
        if self.by_email(email):
            raise Problem(409, "duplicate-email", f"the address '{email}' is already in use")
        if self.blacklisted(email):
            raise Problem(400, "blacklisted")
        attrs = {
            k: v for k, v in self.parse_attributes(call.body["attributes"]).items() if v is not None
        }
        item = self.insert(
            "recipients",
            {
                "email": email,
                "attributes": attrs,
                "unavailable": False,
                "last_modified": self.now(),
            },
        )
        return self.created(
            # "the response to a POST request will not include the attribute list" (doc)
            call,
            "recipients",
            item,
            self.render_recipient(item),
        )

    def get_recipient(self, call: Call) -> Reply:
        item = self.must("recipients", call.path_params["id"], "recipient")
        return self.reply(call, self.render_recipient(item, **self._recipient_options(call)))

    def delete_recipient(self, call: Call) -> Reply:
        item = self.must("recipients", call.path_params["id"], "recipient")
        self.remove("recipients", item["id"])
        with self.db.tx() as conn:
            conn.execute("DELETE FROM memberships WHERE recipient_id = ?", (item["id"],))
        for perm in self.all("tracking-permissions"):
            if perm.get("recipientId") == item["id"]:
                self.remove("tracking-permissions", perm["id"])
        return self.reply(call, None, 204)

    def patch_recipient(self, call: Call) -> Reply:
        if "email" in call.path_params:
            matches = self.by_email(call.path_params["email"])
            if len(matches) > 1:
                raise Problem(409, "ambiguous-email")
            if not matches:
                raise not_found("recipient", call.path_params["email"])
            item = matches[0]
        else:
            item = self.must("recipients", call.path_params["id"], "recipient")
        body = call.body
        if "email" in body:
            others = [r for r in self.by_email(body["email"]) if r["id"] != item["id"]]
            if others:
                raise Problem(409, "duplicate-email", f"the address '{body['email']}' is in use")
            if self.blacklisted(body["email"]):
                raise Problem(400, "blacklisted")
            item["email"] = body["email"]
        if "attributes" in body:
            parsed = self.parse_attributes(body["attributes"])
            item["attributes"] = merge_patch(item.get("attributes") or {}, parsed)
        item["last_modified"] = self.now()
        self.save("recipients", item)
        return self.reply(call, self.render_recipient(item, all_attributes=True))

    def delete_recipient_from_list(self, call: Call) -> Reply:
        list_ = self.must("lists", call.path_params["id"], "list")
        recipient = self.must("recipients", call.path_params["recipientId"], "recipient")
        rows = self.db.query(
            "SELECT state FROM memberships WHERE recipient_id = ? AND list_id = ?",
            (recipient["id"], list_["id"]),
        )
        if not rows or (
            rows[0]["state"] == "UNSUBSCRIBED" and not call.query.get("deleteUnsubscribed")
        ):
            raise not_found("membership of recipient", recipient["id"])
        with self.db.tx() as conn:
            conn.execute(
                "DELETE FROM memberships WHERE recipient_id = ? AND list_id = ?",
                (recipient["id"], list_["id"]),
            )
        return self.reply(call, None, 204)

    def delete_memberships(self, call: Call) -> Reply:
        list_ = self.must("lists", call.query["listId"], "list")
        matches = self.attribute_filter(call, "recipientAttributes.")
        rows = self.db.query(
            "SELECT recipient_id FROM memberships WHERE list_id = ? AND state = ?",
            (list_["id"], call.query["state"]),
        )
        doomed = [
            r["recipient_id"]
            for r in rows
            if matches(self.get("recipients", r["recipient_id"]) or {})
        ]
        with self.db.tx() as conn:
            conn.executemany(
                "DELETE FROM memberships WHERE list_id = ? AND recipient_id = ?",
                [(list_["id"], rid) for rid in doomed],
            )
        return self.reply(call, None, 204)

    # ------------------------------------------------------------------ test profiles
    def render_profile(self, call: Call, item: dict[str, Any]) -> dict[str, Any]:
        out = self.item("test-profiles", item)
        if not call.query.get("allAttributes") and call.operation_id != "create_test_profile":
            out.pop("attributes", None)
        return out

    def list_test_profiles(self, call: Call) -> Reply:
        types = set(many(call.query.get("types")))
        items = [
            i
            for i in self.all("test-profiles")
            if self._in(call, i, "listIds", "listId") and (not types or i.get("type") in types)
        ]
        return self.page(call, "test-profiles", items, lambda i: self.render_profile(call, i))

    def create_test_profile(self, call: Call) -> Reply:
        body = call.body
        if "listId" in body:
            self._check_list(body["listId"])
        data: dict[str, Any] = {
            "description": body.get("description"),
            "trackingPermission": body.get("trackingPermission"),
            "email": body.get("email"),
            "type": "LIST" if "listId" in body else "GLOBAL",
            "modificationDate": self.now(),
            "attributes": body.get("attributes") or {},
        }
        if "listId" in body:
            data["listId"] = body["listId"]
        item = self.insert("test-profiles", data)
        return self.created(call, "test-profiles", item, self.render_profile(call, item))

    def get_test_profile(self, call: Call) -> Reply:
        item = self.must("test-profiles", call.path_params["id"], "test profile")
        return self.reply(call, self.render_profile(call, item))

    def update_test_profile(self, call: Call) -> Reply:
        item = self.must("test-profiles", call.path_params["id"], "test profile")
        allowed = ("email", "trackingPermission", "attributes", "description")
        patched = merge_patch(item, {k: v for k, v in call.body.items() if k in allowed})
        patched["id"] = item["id"]
        patched["attributes"] = patched.get("attributes") or {}
        patched["modificationDate"] = self.now()
        self.save("test-profiles", patched)
        out = self.item("test-profiles", patched)
        return self.reply(call, out)

    # ------------------------------------------------------------------ (un)subscriptions
    def _event(self, coll: str, data: dict[str, Any]) -> dict[str, Any]:
        data.setdefault("timestamp", self.now())
        return self.insert(coll, data)

    def subscribe(self, call: Call) -> Reply:
        body = call.body
        list_ = self.must("lists", body["listId"], "list")
        email = body["email"]
        base = {"listId": list_["id"], "emailAddress": email, "source": body.get("source")}
        if self.blacklisted(email):
            self._event("subscription-events", {**base, "type": "BLACKLISTED", "recipientId": None})
            raise Problem(400, "blacklisted")
        attrs = self.parse_attributes(body.get("attributes") or {})
        matches = self.by_email(email)
        recipient = matches[0] if matches else None
        if recipient:
            rows = self.db.query(
                "SELECT state FROM memberships WHERE recipient_id = ? AND list_id = ?",
                (recipient["id"], list_["id"]),
            )
            if rows and rows[0]["state"] == "SUBSCRIBED":
                self._event(
                    "subscription-events",
                    {**base, "type": "DUPLICATE_SUBSCRIPTION", "recipientId": recipient["id"]},
                )
                return self.reply(call, {"result": "DUPLICATE_SUBSCRIPTION"})
        settings = self.doc(f"list:{list_['id']}:subscription") or {}
        if settings.get("subscriptionType") == 11:
            self._event(
                "subscription-events",
                {
                    **base,
                    "type": "PENDING_SUBSCRIPTION",
                    "recipientId": recipient and recipient["id"],
                },
            )
            return self.reply(call, {"result": "PENDING_SUBSCRIPTION"})
        if recipient is None:
            recipient = self.insert(
                "recipients",
                {
                    "email": email,
                    "attributes": {},
                    "unavailable": False,
                    "last_modified": self.now(),
                },
            )
        recipient["attributes"] = {
            k: v for k, v in merge_patch(recipient.get("attributes") or {}, attrs).items()
        }
        recipient["last_modified"] = self.now()
        self.save("recipients", recipient)
        self._set_membership(recipient["id"], list_["id"], "SUBSCRIBED")
        if body.get("trackingPermission") == "GRANTED":
            self._grant(list_["id"], recipient["id"], "GRANTED", body.get("suppliedRemoteAddress"))
        self._event(
            "subscription-events",
            {**base, "type": "VERIFIED_SUBSCRIPTION", "recipientId": recipient["id"]},
        )
        return self.reply(call, {"result": "VERIFIED_SUBSCRIPTION"})

    def unsubscribe(self, call: Call) -> Reply:
        body = call.body
        list_ = self.must("lists", body["listId"], "list")
        base = {
            "listId": list_["id"],
            "emailAddress": body["email"],
            "source": body.get("source"),
            "sendingId": None,
            "mailingId": None,
        }
        matches = self.by_email(body["email"])
        if not matches:
            self._event(
                "unsubscription-events",
                {**base, "type": "NOT_IN_SYSTEM_UNSUBSCRIPTION", "recipientId": None},
            )
            raise Problem(
                400,
                "unsubscription-error",
                "the recipient is not in the system",
                result="NOT_IN_SYSTEM_UNSUBSCRIPTION",
            )
        recipient = matches[0]
        rows = self.db.query(
            "SELECT state FROM memberships WHERE recipient_id = ? AND list_id = ?",
            (recipient["id"], list_["id"]),
        )
        base["recipientId"] = recipient["id"]
        if not rows:
            self._event("unsubscription-events", {**base, "type": "NOT_IN_LIST_UNSUBSCRIPTION"})
            raise Problem(
                400,
                "unsubscription-error",
                "the recipient is not in that list",
                result="NOT_IN_LIST_UNSUBSCRIPTION",
            )
        if rows[0]["state"] == "UNSUBSCRIBED":
            self._event("unsubscription-events", {**base, "type": "DUPLICATE_UNSUBSCRIPTION"})
            raise Problem(
                400,
                "unsubscription-error",
                "the recipient is already unsubscribed from that list",
                result="DUPLICATE_UNSUBSCRIPTION",
            )
        settings = self.doc(f"list:{list_['id']}:unsubscription") or {}
        if settings.get("unsubscriptionType") == 2:
            self._event("unsubscription-events", {**base, "type": "PENDING_UNSUBSCRIPTION"})
            return self.reply(call, {"result": "PENDING_UNSUBSCRIPTION"})
        self._set_membership(recipient["id"], list_["id"], "UNSUBSCRIBED")
        self._event("unsubscription-events", {**base, "type": "VERIFIED_UNSUBSCRIPTION"})
        return self.reply(call, {"result": "VERIFIED_UNSUBSCRIPTION"})

    # ------------------------------------------------------------------ target groups
    def create_target_group(self, call: Call) -> Reply:
        body = call.body
        self._check_list(body["listId"])
        self._unique("target-groups", "name", body["name"], scope=("listId", body["listId"]))
        now = self.now()
        data = {
            "name": body["name"],
            "description": body.get("description"),
            "listId": body["listId"],
            "filterString": body.get("filterString"),
            "creationDate": now,
            "modificationDate": now,
        }
        return self.created(call, "target-groups", self.insert("target-groups", data))

    # ------------------------------------------------------------------ tracking permissions
    def _grant(
        self, list_id: int, recipient_id: int, state: str, remote: str | None = None
    ) -> tuple[dict[str, Any], bool]:
        existing = [
            p
            for p in self.all("tracking-permissions")
            if p.get("listId") == list_id and p.get("recipientId") == recipient_id
        ]
        if existing:
            item = existing[0]
            item["trackingPermissionState"] = state
            self.save("tracking-permissions", item)
            new = False
        else:
            item = self.insert(
                "tracking-permissions",
                {"listId": list_id, "recipientId": recipient_id, "trackingPermissionState": state},
            )
            new = True
        self._event(
            "tracking-permission-events",
            {
                "listId": list_id,
                "recipientId": recipient_id,
                "newTrackingPermissionState": state,
                "originator": {
                    "type": "REST_API",
                    "entity": "REST_API",
                    "action": "MANUAL_CHANGE",
                    "identity": self.client_id,
                    "determinedRemoteAddress": None,
                    "suppliedRemoteAddress": remote,
                    "message": None,
                },
            },
        )
        return item, new

    def create_tracking_permission(self, call: Call) -> Reply:
        body = call.body
        list_ = self.must("lists", body["listId"], "list")
        if "recipientId" in body and "email" in body:
            raise invalid_fields(("email", "give either recipientId or email, not both"))
        if "recipientId" in body:
            recipient = self.must("recipients", body["recipientId"], "recipient")
        elif "email" in body:
            matches = self.by_email(body["email"])
            if not matches:
                raise not_found("recipient", body["email"])
            recipient = matches[0]
        else:
            raise invalid_fields(("recipientId", "either recipientId or email is required"))
        item, new = self._grant(
            list_["id"],
            recipient["id"],
            body["trackingPermissionState"],
            body.get("suppliedRemoteAddress"),
        )
        if new:
            return self.created(call, "tracking-permissions", item)
        return self.reply(call, self.item("tracking-permissions", item))

    def delete_tracking_permissions(self, call: Call) -> Reply:
        for perm in self.all("tracking-permissions"):
            if self._permission_filter(call, perm):
                self.remove("tracking-permissions", perm["id"])
                self._event(
                    "tracking-permission-events",
                    {
                        "listId": perm.get("listId"),
                        "recipientId": perm.get("recipientId"),
                        "newTrackingPermissionState": "DENIED",
                        "originator": {
                            "type": "REST_API",
                            "entity": "REST_API",
                            "action": "MANUAL_CHANGE",
                        },
                    },
                )
        return self.reply(call, None, 204)

    # ------------------------------------------------------------------ imports
    def import_recipients(self, call: Call) -> Reply:
        # the core parsed the multipart body and checked its required parts
        media = call.headers.get("content-type", "").split(";")[0].strip().lower()
        if media != "multipart/form-data":
            raise Problem(415, "about:blank", "the upload must be multipart/form-data")
        upload = call.body.get("file") if isinstance(call.body, dict) else None
        if isinstance(upload, str):  # a plain form field instead of a file part
            upload = {"filename": None, "content": upload.encode()}
        if not isinstance(upload, dict):
            raise Problem(400, "missing-request-part", "required request part 'file' is missing")
        content: bytes = upload["content"]
        if len(content) > self.max_import_bytes:
            raise Problem(413, "about:blank", "Payload Too Large")
        list_: dict[str, Any] | None = None
        if "listId" in call.query:
            list_ = self.get("lists", call.query["listId"])
            if list_ is None or list_.get("type") != "STANDARD":
                raise Problem(
                    400, "invalid-parameter-value", "the list does not exist or is not STANDARD"
                )
        read = inxmail_import.read(
            content, self.attributes_by_name(), permissions=list_ is not None
        )
        imported = self._apply_import(read, list_, call.query)
        failed = read.records - imported
        no_records = read.failed or (read.records > 0 and imported == 0)
        item = self.insert(
            "imports",
            {
                "state": "FAILED" if no_records else "SUCCESS",
                "successCount": imported,
                "failCount": failed,
            },
        )
        file_ = self.insert(
            "import-files",
            {
                "importId": item["id"],
                "name": upload.get("filename") or "file",
                "state": "FAILED" if no_records else "SUCCESSFUL",
                "currentCount": read.records,
                "successCount": imported,
                "failedCount": failed,
            },
        )
        # header warnings first, then line by line
        for issue in sorted(read.issues, key=lambda i: (i.line is not None, i.line or 0)):
            self.insert("import-errors", {"fileId": file_["id"], **issue.as_dict()})
        return self.created(call, "imports", item, self.render_import(item))

    def render_import(self, item: dict[str, Any]) -> dict[str, Any]:
        body = self.item("imports", item)
        body["_links"]["inx:files"] = {"href": self.url(f"/imports/recipients/{item['id']}/files")}
        return body

    def get_import(self, call: Call) -> Reply:
        item = self.must("imports", call.path_params["importId"], "import")
        return self.reply(call, self.render_import(item))

    def _apply_import(
        self,
        read: inxmail_import.ImportFile,
        list_: dict[str, Any] | None,
        query: Mapping[str, Any],
    ) -> int:
        """Apply the parsed rows (issues found on the way are added to ``read``); the number
        of records imported."""
        mode = query.get("importConflictMode", "OVERWRITE_FULL")
        permission_mode = query.get("trackingPermissionConflictMode", "OVERWRITE_FULL")
        if list_ is not None and query.get("truncate"):
            with self.db.tx() as conn:
                conn.execute(
                    "DELETE FROM memberships WHERE list_id = ? AND state = 'SUBSCRIBED'",
                    (list_["id"],),
                )
        booleans = {n for n, a in self.attributes_by_name().items() if a.get("type") == "BOOLEAN"}
        # lower-case email -> the recipient by_email() would find first (lowest id), kept up
        # to date with the recipients this import adds
        known: dict[str, dict[str, Any]] = {}
        for item in self.all("recipients"):
            known.setdefault(str(item.get("email", "")).lower(), item)
        imported = 0
        for row in read.rows:
            if self.blacklisted(row.email):
                read.issues.append(
                    inxmail_import.Issue("BLACKLIST_ERROR", line=row.line, email=row.email)
                )
                continue
            recipient = known.get(row.email.lower())
            existing = recipient is not None
            if list_ is not None and recipient is not None and not query.get("resubscribe"):
                state = self.db.query(
                    "SELECT state FROM memberships WHERE recipient_id = ? AND list_id = ?",
                    (recipient["id"], list_["id"]),
                )
                if state and state[0]["state"] == "UNSUBSCRIBED":
                    read.issues.append(
                        inxmail_import.Issue("UNSUBSCRIPTION_ERROR", line=row.line, email=row.email)
                    )
                    continue
            if recipient is None:
                values = {
                    k: (False if v is inxmail_import.EMPTY else v)
                    for k, v in row.attributes.items()
                    if v is not inxmail_import.EMPTY or k in booleans
                }
                recipient = self.insert(
                    "recipients",
                    {
                        "email": row.email,
                        "attributes": values,
                        "unavailable": False,
                        "last_modified": self.now(),
                    },
                )
                known[row.email.lower()] = recipient
            elif mode != "KEEP_EXISTING":
                current = dict(recipient.get("attributes") or {})
                for name, value in row.attributes.items():
                    if value is inxmail_import.EMPTY:
                        if mode == "OVERWRITE_FULL":
                            if name in booleans:
                                current[name] = False
                            else:
                                current.pop(name, None)
                    elif mode != "UPDATE" or current.get(name) is None:
                        current[name] = value
                recipient["attributes"] = current
                recipient["last_modified"] = self.now()
                self.save("recipients", recipient)
            if list_ is not None:
                self._set_membership(recipient["id"], list_["id"], "SUBSCRIBED")
                self._import_permission(list_["id"], recipient, row, existing, permission_mode)
            imported += 1
        return imported

    def _import_permission(
        self,
        list_id: int,
        recipient: dict[str, Any],
        row: inxmail_import.Row,
        existing: bool,
        mode: str,
    ) -> None:
        if row.permission is None or (existing and mode == "KEEP_EXISTING"):
            return
        if row.permission is inxmail_import.EMPTY:
            if existing and mode == "OVERWRITE_FULL":
                self._grant(list_id, recipient["id"], "DENIED")
            return
        self._grant(list_id, recipient["id"], str(row.permission))

    def list_import_files(self, call: Call) -> Reply:
        imp = self.must("imports", call.path_params["importId"], "import")
        items = [f for f in self.all("import-files") if f.get("importId") == imp["id"]]
        return self.page(call, "import-files", items, self.render_import_file)

    def render_import_file(self, item: dict[str, Any]) -> dict[str, Any]:
        out = self.item("import-files", item)
        out.pop("importId", None)
        out["_links"]["inx:errors"] = {"href": self.href("import-files", item) + "/errors"}
        return out

    def _import_file(self, call: Call, key: str) -> dict[str, Any]:
        imp = self.must("imports", call.path_params["importId"], "import")
        item = self.must("import-files", call.path_params[key], "import file")
        if item.get("importId") != imp["id"]:
            raise not_found("import file", item["id"])
        return item

    def get_import_file(self, call: Call) -> Reply:
        return self.reply(call, self.render_import_file(self._import_file(call, "fileId")))

    def list_import_errors(self, call: Call) -> Reply:
        file_ = self._import_file(call, "importFileId")
        items = [e for e in self.all("import-errors") if e.get("fileId") == file_["id"]]

        def render(entry: dict[str, Any]) -> dict[str, Any]:
            data = {k: v for k, v in entry.items() if k not in ("fileId",)}
            data.setdefault("importId", file_.get("importId"))
            data["fileId"] = file_["id"]
            out = self.item("import-errors", data)
            for key in ("id", "importId", "fileId"):
                out.pop(key, None)
            return out

        return self.page(call, "import-errors", items, render)

    # ------------------------------------------------------------------ blacklist
    def create_blacklist_entry(self, call: Call) -> Reply:
        body = call.body
        self._unique("blacklist-entries", "pattern", body["pattern"])
        data = {
            "pattern": body["pattern"],
            "description": body.get("description"),
            "modificationDate": self.now(),
            "blockedAddressCount": sum(
                self.blacklisted_by(body["pattern"], str(r.get("email", "")))
                for r in self.all("recipients")
            ),
        }
        return self.created(call, "blacklist-entries", self.insert("blacklist-entries", data))

    @staticmethod
    def blacklisted_by(pattern: str, email: str) -> bool:
        pattern, email = pattern.lower(), email.lower()
        return (
            fnmatch.fnmatchcase(email, pattern)
            or email == pattern
            or (pattern.startswith("@") and email.endswith(pattern))
        )

    def delete_blacklist_entry(self, call: Call) -> Reply:
        pattern = str(call.query["pattern"]).lower()
        matches = [
            e for e in self.all("blacklist-entries") if str(e.get("pattern", "")).lower() == pattern
        ]
        if not matches:
            raise not_found("blacklist entry", call.query["pattern"])
        for entry in matches:
            self.remove("blacklist-entries", entry["id"])
        return self.reply(call, None, 204)

    # ------------------------------------------------------------------ text modules
    def render_text_module(self, call: Call, item: dict[str, Any]) -> dict[str, Any]:
        out = self.item("text-modules", item)
        wanted = set(many(call.query.get("embedded")))
        embedded: dict[str, Any] = {}
        if "inx:editor-content" in wanted:
            embedded["inx:editor-content"] = {"text": item.get("text"), "html": item.get("html")}
        if "inx:dynamic-parameters" in wanted:
            embedded["inx:dynamic-parameters"] = {"text": None, "html": None}
        if "inx:recipient-attributes" in wanted:
            embedded["inx:recipient-attributes"] = self._module_attributes(item)
        if embedded:
            out["_embedded"] = embedded
        return out

    def _module_attributes(self, item: dict[str, Any]) -> dict[str, Any]:
        known = self.attributes_by_name()

        def found(text: Any) -> list[dict[str, Any]] | None:
            if not isinstance(text, str):
                return None
            out = []
            for name in dict.fromkeys(re.findall(r"\[([^\]\[]+)\]", text)):
                attr = known.get(name)
                if attr is None and name.lower() != "email":
                    continue
                if attr is None:
                    out.append({"name": name, "id": 0, "type": "EMAIL", "maxTextLength": None})
                    continue
                out.append(
                    {
                        "name": name,
                        "id": attr["id"],
                        "type": TEXT_MODULE_ATTR_TYPES.get(str(attr.get("type")), "TEXT"),
                        "maxTextLength": attr.get("maxLength"),
                    }
                )
            return out

        return {
            "textRecipientAttributes": found(item.get("text")),
            "htmlRecipientAttributes": found(item.get("html")),
        }

    def list_text_modules(self, call: Call) -> Reply:
        if not_modified := self.conditional(call, "text-modules"):
            return not_modified
        items = [i for i in self.all("text-modules") if self._list_filter(call, i)]
        return self.page(call, "text-modules", items, lambda i: self.render_text_module(call, i))

    def get_text_module(self, call: Call) -> Reply:
        item = self.must("text-modules", call.path_params["id"], "text module")
        return self.reply(call, self.render_text_module(call, item))

    def create_text_module(self, call: Call) -> Reply:
        body = call.body
        self._check_list(body["listId"])
        self._unique("text-modules", "name", body["name"], scope=("listId", body["listId"]))
        now = self.now()
        data = {
            "name": body["name"],
            "listId": body["listId"],
            "type": body["type"],
            "text": body.get("text"),
            "html": body.get("html"),
            "creationDate": now,
            "modificationDate": now,
        }
        item = self.insert("text-modules", data)
        return self.created(call, "text-modules", item, self.render_text_module(call, item))

    def update_text_module(self, call: Call) -> Reply:
        item = self.must("text-modules", call.path_params["id"], "text module")
        body = call.body
        if "name" in body:
            self._unique(
                "text-modules",
                "name",
                body["name"],
                skip=item["id"],
                scope=("listId", item.get("listId")),
            )
        for key in ("name", "text", "html"):
            if key in body:
                item[key] = body[key]
        item["modificationDate"] = self.now()
        self.save("text-modules", item)
        return self.reply(call, self.render_text_module(call, item))

    def text_module_attributes(self, call: Call) -> Reply:
        item = self.must("text-modules", call.path_params["id"], "text module")
        body = self._module_attributes(item)
        body["_links"] = {
            "self": {"href": self.url(f"/text-modules/{item['id']}/recipient-attributes")}
        }
        return self.reply(call, body)

    # ------------------------------------------------------------------ test sendings
    def create_test_sending(self, call: Call) -> Reply:
        body = call.body
        self.mailing(body["mailingId"])
        if "testMailGroupId" in body:
            self.must("test-mail-groups", body["testMailGroupId"], "test mail group")
        for rid in body.get("recipientIds") or []:
            self.must("recipients", rid, "recipient")
        for pid in body.get("testProfileIds") or []:
            self.must("test-profiles", pid, "test profile")
        return self.reply(call, None, 202)

    def temporary_preview(self, call: Call) -> Reply:
        body = call.body
        self.must("lists", body["listId"], "list")
        values: dict[str, Any] = {}
        if body.get("recipientId") is not None:
            recipient = self.must("recipients", body["recipientId"], "recipient")
            values = {**(recipient.get("attributes") or {}), "email": recipient.get("email")}
        if body.get("testProfileId") is not None:
            profile = self.must("test-profiles", body["testProfileId"], "test profile")
            values = {**(profile.get("attributes") or {}), "email": profile.get("email")}
        out = {
            "listId": body["listId"],
            "recipientId": body.get("recipientId"),
            "testProfileId": body.get("testProfileId"),
            "html": self._render(body.get("html"), values),
            "text": self._render(body.get("text"), values),
            "subject": self._render(body["subject"], values),
            "_links": {"self": {"href": self.url("/temporary-preview")}},
        }
        return self.reply(call, out)
