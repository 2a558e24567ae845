"""Inxmail `lists` operations (the spec's tag): mailing lists, their recipient count, settings
and (un)subscription settings."""

from __future__ import annotations

from typing import Any

from ..core import Call, Handler, Reply, handles
from .hal import HalResources
from .problems import Problem
from .query import Select
from .state import folded
from .values import ids

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


class ListHandlers(HalResources):
    def handlers(self) -> dict[str, Handler]:
        return {
            **super().handlers(),
            "get_mailing_list": self._getter("lists"),
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
        }

    @handles("list_mailing_lists")
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

        sel = Select("lists", lambda i: pred(call, i))
        if "ids" in call.query:
            sel.among("id", ids(call.query["ids"]))
        if "listName" in call.query:
            sel.folded("name", [folded(call.query["listName"])])
        return self.page(call, "lists", sel, self.render_list)

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

    @handles("create_mailing_list")
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

    @handles("update_mailing_list")
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

    @handles("delete_mailing_list")
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

    @handles("get_mailing_list_recipient_count")
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

    @handles("get_mailing_list_setting")
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

    @handles("update_mailing_list_setting")
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
