"""Inxmail Professional REST API emulator (specs/inxmail.yaml).

Rules (from the Inxmail Professional REST API documentation):

- Auth: HTTP Basic with client id / secret (defaults ``demo-client`` / ``demo-secret``); no
  credentials -> 401, wrong credentials -> 403. ``Accept: application/problem+json`` alone -> 406.
- Read-only collections (bounces, clicks, web-beacon hits, links, actions, sendings protocol,
  test mail groups, design collections, typed mailings, statistics, ...) are seeded with
  ``POST /_emulator/seed {"<collection>": [rows...]}``; ``POST /_emulator/reset`` clears all.
- Rate limiting (``rate_limit`` requests per minute on the emulator clock, fixed windows): every
  response carries ``X-RateLimit-Limit/Remaining/Reset``; above the limit 429 with
  ``Retry-After``. With ``rate_limit=None`` nothing is refused and the documented limit (600)
  is reported.

Where the rest lives: ``state.py`` (tables, storage, seed checks; ids), ``rules.py`` (rules
several resources share), ``hal.py`` (HAL items, cursor pages, conditional GET, generic
handlers), ``problems.py`` (problem documents), ``values.py`` (the spec, value formats), one
module per group of the spec's tags (``root``, ``lists``, ``target_groups``, ``attributes``,
``recipients``, ``mailings``, ``sendings``, ``statistics``, ``subscriptions``, ``imports``
with the CSV reader ``csv_import``, ``datasources``, ``text_modules``,
``design_collections``)."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Mapping
from typing import Any

from ..core import JSON, ApiError, Reply, same_secret
from .attributes import AttributeHandlers
from .datasources import DatasourceHandlers
from .design_collections import DesignCollectionHandlers
from .imports import ImportHandlers
from .inbox import InxmailInbox
from .lists import ListHandlers
from .mailings import MailingHandlers
from .problems import DOCS, PROBLEM, PROBLEM_TITLES, TITLES, Problem, invalid_fields, not_found
from .recipients import RecipientHandlers
from .root import RootHandlers
from .sendings import SendingHandlers
from .state import SEEDABLE, InxmailState, seed_violations
from .statistics import StatisticsHandlers
from .subscriptions import SubscriptionHandlers
from .target_groups import TargetGroupHandlers
from .text_modules import TextModuleHandlers
from .values import OPS, PREFIX, SPEC, fmt, many, merge_patch, parse_ts


class InxmailProvider(
    RootHandlers,
    ListHandlers,
    TargetGroupHandlers,
    AttributeHandlers,
    RecipientHandlers,
    MailingHandlers,
    SendingHandlers,
    StatisticsHandlers,
    SubscriptionHandlers,
    ImportHandlers,
    DatasourceHandlers,
    TextModuleHandlers,
    DesignCollectionHandlers,
    InxmailInbox,
):
    """Auth, rate limit, problem bodies and control actions; the handlers come from the
    resource modules."""

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
    #: "The maximum size of a CSV file to be imported is 128 MB by default ... 413"; JSON
    #: bodies (no documented limit) up to 10 MiB
    max_body_bytes_by_operation = dict.fromkeys(["import_recipients"], 128 * 1024 * 1024)

    def authenticate(self, headers: Mapping[str, str]) -> None:
        host = headers.get("host", "localhost")
        scheme = headers.get("x-forwarded-proto", "http")
        self._base = f"{scheme}://{host}{self.prefix}"
        auth = headers.get("authorization", "")
        scheme_, _, token = auth.partition(" ")
        if not auth or scheme_.lower() != "basic":
            raise ApiError(401, "auth", message="Full authentication is required")
        try:
            user, _, password = base64.b64decode(token, validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            user, password = "", ""
        if not (same_secret(user, self.client_id) and same_secret(password, self.secret)):
            raise ApiError(403, "auth_forbidden", message="Bad credentials")
        # counted for the authenticated client only: anonymous or wrong-credential traffic
        # cannot use up a real client's 600 requests a minute
        now = self._rate_tick(consume=True)  # (the headers only built for a refusal)
        if self.rate_limit is not None and self._count > self.rate_limit:
            rate = self._rate_headers(consume=True, now=now)
            raise ApiError(
                429,
                "rate_limited",
                message="Too Many Requests",
                headers={"Retry-After": rate["X-RateLimit-Reset"]},
            )
        accept = headers.get("accept", "")
        # only a single media range can be problem+json alone (a list has a comma)
        if "," not in accept and accept.split(";")[0].strip().lower() == PROBLEM:
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


__all__ = [
    "OPS",
    "PREFIX",
    "SPEC",
    "InxmailProvider",
    "InxmailState",
    "Problem",
    "fmt",
    "invalid_fields",
    "many",
    "merge_patch",
    "not_found",
    "parse_ts",
]
