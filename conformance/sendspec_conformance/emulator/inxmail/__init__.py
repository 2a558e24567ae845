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
``recipients``, ``mailings``, ``subscriptions``, ``imports`` with the CSV reader
``csv_import``, ``text_modules``); for now the sendings, statistics, datasources and design
collections handlers are still in this module."""

from __future__ import annotations

import base64
import binascii
import re
import secrets
from collections.abc import Mapping
from typing import Any

from ..core import JSON, ApiError, Call, Handler, Reply, handles
from .attributes import AttributeHandlers
from .imports import ImportHandlers
from .lists import ListHandlers
from .mailings import MailingHandlers
from .problems import DOCS, PROBLEM, PROBLEM_TITLES, TITLES, Problem, invalid_fields, not_found
from .recipients import RecipientHandlers
from .root import RootHandlers
from .state import SEEDABLE, InxmailState, seed_violations
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
    SubscriptionHandlers,
    ImportHandlers,
    TextModuleHandlers,
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

    def handlers(self) -> dict[str, Handler]:
        return {
            **super().handlers(),
            "list_sendings": self._lister("sendings", self._sending_filter),
            "get_sending": self._getter("sendings"),
            "list_test_mail_groups": self._lister("test-mail-groups"),
            "get_test_mail_group": self._getter("test-mail-groups"),
            "list_bounces": self._lister("bounces", self._reaction_filter),
            "get_bounce": self._getter("bounces"),
            "list_clicks": self._lister("clicks", self._reaction_filter),
            "get_click": self._getter("clicks"),
            "list_web_beacon_hits": self._lister("web-beacon-hits", self._reaction_filter),
            "get_web_beacon_hit": self._getter("web-beacon-hits"),
            "list_http_datasources": self._lister("datasources"),
            "get_http_datasource": self._getter("datasources"),
            "delete_http_datasource": self._deleter("datasources"),
            "list_design_collections": self._lister("design-collections", self._list_filter),
            "get_design_collection": self._getter("design-collections"),
        }

    @handles("create_sending")
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

    @handles("get_sending_details")
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

    @handles("list_sending_protocol_entries")
    def list_protocol(self, call: Call) -> Reply:
        sending = self.must("sendings", call.path_params["sendingId"], "sending")
        items = [p for p in self.all("protocol") if p.get("sendingId") == sending["id"]]

        def render(entry: dict[str, Any]) -> dict[str, Any]:
            out = self.item("protocol", entry)
            out.pop("id", None)
            out.pop("sendingId", None)
            return self.embed_recipient(call, entry, out)

        return self.page(call, "protocol", items, render)

    def _sending_filter(self, call: Call, item: dict[str, Any]) -> bool:
        return (
            self._eq(call, item, "mailingId", "mailingId")
            and self._in(call, item, "mailingIds", "mailingId")
            and self._in(call, item, "listIds", "listId")
            and self._dates(
                call, item, "endDate", "sendingsFinishedAfterDate", "sendingsFinishedBeforeDate"
            )
        )

    def render_profile(self, call: Call, item: dict[str, Any]) -> dict[str, Any]:
        out = self.item("test-profiles", item)
        if not call.query.get("allAttributes") and call.operation_id != "create_test_profile":
            out.pop("attributes", None)
        return out

    @handles("list_test_profiles")
    def list_test_profiles(self, call: Call) -> Reply:
        types = set(many(call.query.get("types")))
        items = [
            i
            for i in self.all("test-profiles")
            if self._in(call, i, "listIds", "listId") and (not types or i.get("type") in types)
        ]
        return self.page(call, "test-profiles", items, lambda i: self.render_profile(call, i))

    @handles("create_test_profile")
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

    @handles("get_test_profile")
    def get_test_profile(self, call: Call) -> Reply:
        item = self.must("test-profiles", call.path_params["id"], "test profile")
        return self.reply(call, self.render_profile(call, item))

    @handles("update_test_profile")
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

    @handles("create_test_sending")
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

    @handles("create_temporary_preview")
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

    @handles("get_response_statistics")
    def response_statistics(self, call: Call) -> Reply:
        mailing = self.mailing(call.query.get("mailingId"))
        body = self.compute_response_statistics(mailing["id"])
        body["_links"] = {
            "self": {"href": self.url("/statistics/responses", {"mailingId": mailing["id"]})}
        }
        return self.reply(call, body)

    @handles("get_sending_statistics")
    def sending_statistics(self, call: Call) -> Reply:
        mailing = self.mailing(call.query.get("mailingId"))
        body = self.compute_sending_statistics(mailing["id"])
        body["_links"] = {
            "self": {"href": self.url("/statistics/sendings", {"mailingId": mailing["id"]})}
        }
        return self.reply(call, body)

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

    @handles("create_http_datasource")
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

    @handles("update_http_datasource")
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
