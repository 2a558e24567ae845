"""Inxmail mailing operations, the spec's tags `mailings`, `regular_mailings`,
`split_test_mailings`, `action_mailings`, `trigger_mailings`, `subscription_mailings`, `links`
and `actions`: mailings of every type (regular mailings: CRUD, approvals, schedule, copy),
their rendered content, their links, action triggers."""

from __future__ import annotations

from typing import Any

from ..core import Call, Handler, Reply, handles
from .hal import HalResources
from .problems import Problem, invalid_fields, not_found
from .query import Select
from .values import fmt, many, merge_patch, parse_ts

TYPED_MAILINGS = {
    "REGULAR_MAILING": "/regular-mailings/{id}",
    "SPLIT_TEST_MAILING": "/split-test-mailings/{id}",
    "ACTION_MAILING": "/action-mailings/{id}",
    "TIME_TRIGGER_MAILING": "/trigger-mailings/{id}",
    "SUBSCRIPTION_TRIGGER_MAILING": "/subscription-mailings/{id}",
}


class MailingHandlers(HalResources):
    def handlers(self) -> dict[str, Handler]:
        return {
            **super().handlers(),
            "list_mailings": self._mailing_lister(None),
            "get_mailing": self._mailing_getter(None),
            "list_links": self._lister("links", self._link_filter, self._link_narrow),
            "get_link": self._getter("links"),
            "list_regular_mailings": self._mailing_lister("REGULAR_MAILING"),
            "get_regular_mailing": self._mailing_getter("REGULAR_MAILING"),
            "delete_regular_mailing": self._mailing_deleter("REGULAR_MAILING"),
            "list_split_test_mailings": self._mailing_lister("SPLIT_TEST_MAILING"),
            "get_split_test_mailing": self._mailing_getter("SPLIT_TEST_MAILING"),
            "list_action_mailings": self._mailing_lister("ACTION_MAILING"),
            "get_action_mailing": self._mailing_getter("ACTION_MAILING"),
            "delete_action_mailing": self._mailing_deleter("ACTION_MAILING"),
            "list_trigger_mailings": self._mailing_lister("TIME_TRIGGER_MAILING"),
            "get_trigger_mailing": self._mailing_getter("TIME_TRIGGER_MAILING"),
            "list_subscription_mailings": self._mailing_lister("SUBSCRIPTION_TRIGGER_MAILING"),
            "get_subscription_mailing": self._mailing_getter("SUBSCRIPTION_TRIGGER_MAILING"),
            "list_action_triggers": self._lister("actions"),
            "get_action_trigger": self._getter("actions"),
            "delete_action_trigger": self._deleter("actions"),
        }

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

    def _mailing_narrow(self, call: Call, sel: Select) -> None:
        if types := many(call.query.get("types")):
            sel.among("type", types)
        self._narrow(call, sel, ("listIds", "listId"))
        if states := many(call.query.get("mailingStates")):
            sel.among("mailingState", states)

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
            sel = Select("mailings", lambda i: self._mailing_filter(call, i, typed))
            if typed:
                sel.eq("type", typed)
            self._mailing_narrow(call, sel)
            return self.page(call, "mailings", sel, lambda i: self.render_mailing(call, i, typed))

        return handler

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

    @handles("create_regular_mailing")
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

    @handles("update_regular_mailing")
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

    @handles("get_regular_mailing_editor_content")
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

    @handles("get_regular_mailing_schedule")
    def get_schedule(self, call: Call) -> Reply:
        item = self.mailing(call.path_params["id"], "REGULAR_MAILING")
        if not item.get("scheduleDate"):
            raise not_found("schedule of mailing", item["id"])
        return self.reply(call, self._schedule_body(item))

    @handles("schedule_regular_mailing", "reschedule_regular_mailing")
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

    @handles("unschedule_regular_mailing")
    def unschedule(self, call: Call) -> Reply:
        item = self.mailing(call.path_params["id"], "REGULAR_MAILING")
        if not item.get("scheduleDate"):
            raise not_found("schedule of mailing", item["id"])
        item["scheduleDate"] = None
        item["mailingState"] = "APPROVED"
        self.save("mailings", item)
        return self.reply(call, None, 204)

    @handles("list_mailing_approvals")
    def list_approvals(self, call: Call) -> Reply:
        mailing = self.mailing(call.path_params["mailingId"])
        mid = mailing["id"]
        sel = Select("approvals", lambda a: a.get("mailingId") == mid).eq("mailingId", mid)
        return self.page(call, "approvals", sel)

    @handles("create_mailing_approval")
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

    @handles("list_mailing_links")
    def list_mailing_links(self, call: Call) -> Reply:
        mailing = self.mailing(call.path_params["id"])
        types = set(many(call.query.get("types")))
        mid = mailing["id"]
        sel = Select(
            "links", lambda i: i.get("mailingId") == mid and (not types or i.get("type") in types)
        ).eq("mailingId", mid)
        if types:
            sel.among("type", sorted(types))
        return self.page(call, "links", sel)

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

    @handles("get_mailing_rendered_content")
    def rendered_content(self, call: Call) -> Reply:
        return self.reply(call, self._rendered(call))

    @handles("get_mailing_rendered_content_size")
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

    @handles("copy_mailing")
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

    def _link_narrow(self, call: Call, sel: Select) -> None:
        self._narrow(call, sel, ("mailingIds", "mailingId"))
        if types := many(call.query.get("types")):
            sel.among("type", types)

    def _link_filter(self, call: Call, item: dict[str, Any]) -> bool:
        types = set(many(call.query.get("types")))
        return self._in(call, item, "mailingIds", "mailingId") and (
            not types or item.get("type") in types
        )
