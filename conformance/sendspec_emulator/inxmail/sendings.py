"""Inxmail sending operations, the spec's tags `sendings`, `test_sendings`, `test_profiles`
and `test_mail_groups`: sendings (with their protocol and details), test sendings and previews,
test profiles, test mail groups."""

from __future__ import annotations

from typing import Any

from ..core import Call, Handler, Reply, handles, new_uuid
from .hal import HalResources
from .problems import invalid_fields
from .query import Select
from .values import many, merge_patch


class SendingHandlers(HalResources):
    def handlers(self) -> dict[str, Handler]:
        return {
            **super().handlers(),
            "list_sendings": self._lister("sendings", self._sending_filter, self._sending_narrow),
            "get_sending": self._getter("sendings"),
            "list_test_mail_groups": self._lister("test-mail-groups"),
            "get_test_mail_group": self._getter("test-mail-groups"),
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
        self.insert_many(  # one transaction for a mass sending's thousands of entries
            "protocol",
            [{"sendingId": sending["id"], "recipientId": rid, "state": "SENT"} for rid in targets],
        )
        if recipient_id is None and "mailingState" in mailing:
            mailing["mailingState"] = "FINISHED"
            self.save("mailings", mailing)
        with self.db.tx() as conn:  # for the inspection API (inbox.py)
            self.keep_request(conn, [f"sending-{sending['id']}"], call)
        return self.created(call, "sendings", sending)

    @handles("get_sending_details")
    def sending_details(self, call: Call) -> Reply:
        sending = self.must("sendings", call.path_params["id"], "sending")
        seeded = self.of("sending-details", "sendingId", sending["id"])
        protocol = self.of("protocol", "sendingId", sending["id"])
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
        sid = sending["id"]
        sel = Select("protocol", lambda p: p.get("sendingId") == sid).eq("sendingId", sid)

        def render(entry: dict[str, Any]) -> dict[str, Any]:
            out = self.item("protocol", entry)
            out.pop("id", None)
            out.pop("sendingId", None)
            return self.embed_recipient(call, entry, out)

        return self.page(call, "protocol", sel, render)

    def _sending_narrow(self, call: Call, sel: Select) -> None:
        self._narrow(
            call,
            sel,
            ("mailingId", "mailingId"),
            ("mailingIds", "mailingId"),
            ("listIds", "listId"),
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

    def render_profile(self, call: Call, item: dict[str, Any]) -> dict[str, Any]:
        out = self.item("test-profiles", item)
        if not call.query.get("allAttributes") and call.operation_id != "create_test_profile":
            out.pop("attributes", None)
        return out

    @handles("list_test_profiles")
    def list_test_profiles(self, call: Call) -> Reply:
        types = set(many(call.query.get("types")))
        sel = Select(
            "test-profiles",
            lambda i: (
                self._in(call, i, "listIds", "listId") and (not types or i.get("type") in types)
            ),
        )
        self._narrow(call, sel, ("listIds", "listId"))
        if types:
            sel.among("type", sorted(types))
        return self.page(call, "test-profiles", sel, lambda i: self.render_profile(call, i))

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
        with self.db.tx() as conn:  # the test mails, for the inspection API (inbox.py)
            self.keep_request(conn, [f"test-{new_uuid()}"], call)
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
