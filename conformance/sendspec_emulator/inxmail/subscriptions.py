"""Inxmail consent operations, the spec's tags `subscriptions`, `tracking_permissions` and
`blacklist`: (un)subscriptions and their events, tracking permissions and their events,
blacklist entries."""

from __future__ import annotations

import fnmatch
from typing import Any

from ..core import Call, Handler, Reply, handles
from .hal import HalResources
from .problems import Problem, invalid_fields, not_found
from .query import Select
from .state import folded
from .values import many, merge_patch


class SubscriptionHandlers(HalResources):
    def handlers(self) -> dict[str, Handler]:
        return {
            **super().handlers(),
            "list_subscription_events": self._lister(
                "subscription-events", self._event_filter, self._event_narrow
            ),
            "get_subscription_event": self._getter("subscription-events"),
            "list_unsubscription_events": self._lister(
                "unsubscription-events", self._event_filter, self._event_narrow
            ),
            "get_unsubscription_event": self._getter("unsubscription-events"),
            "list_tracking_permissions": self._lister(
                "tracking-permissions", self._permission_filter, self._permission_narrow
            ),
            "get_tracking_permission": self._getter("tracking-permissions"),
            "list_tracking_permission_events": self._lister(
                "tracking-permission-events",
                self._permission_event_filter,
                self._permission_narrow,
            ),
            "get_tracking_permission_event": self._getter("tracking-permission-events"),
            "list_blacklist_entries": self._lister("blacklist-entries", self._modified_filter),
            "get_blacklist_entry": self._getter("blacklist-entries"),
        }

    @handles("subscribe_recipient")
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

    @handles("unsubscribe_recipient")
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

    def _event_narrow(self, call: Call, sel: Select) -> None:
        self._narrow(call, sel, ("listId", "listId"), ("listIds", "listId"))
        if types := many(call.query.get("types")):
            sel.among("type", types)

    def _event_filter(self, call: Call, item: dict[str, Any]) -> bool:
        types = set(many(call.query.get("types")))
        return (
            self._eq(call, item, "listId", "listId")
            and self._in(call, item, "listIds", "listId")
            and (not types or item.get("type") in types)
            and self._dates(call, item, "timestamp", "startDate", "endDate", False)
        )

    @handles("create_tracking_permission")
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

    @handles("delete_tracking_permissions")
    def delete_tracking_permissions(self, call: Call) -> Reply:
        sel = Select("tracking-permissions", lambda p: self._permission_filter(call, p))
        self._permission_narrow(call, sel)
        for perm in self.find(sel):
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

    def _permission_narrow(self, call: Call, sel: Select) -> None:
        if "emails" in call.query:  # the recipients with those addresses, by the folded index
            wanted = [folded(e.strip()) for e in many(call.query["emails"])]
            found = self.find(Select("recipients").folded("email", wanted))
            sel.among("recipientId", [r["id"] for r in found])
        self._narrow(call, sel, ("recipientIds", "recipientId"), ("listIds", "listId"))

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

    @handles("create_blacklist_entry")
    def create_blacklist_entry(self, call: Call) -> Reply:
        body = call.body
        self._unique("blacklist-entries", "pattern", body["pattern"])
        data = {
            "pattern": body["pattern"],
            "description": body.get("description"),
            "modificationDate": self.now(),
            "blockedAddressCount": self._blocked_count(body["pattern"]),
        }
        return self.created(call, "blacklist-entries", self.insert("blacklist-entries", data))

    def _blocked_count(self, pattern: str) -> int:
        """How many recipients' addresses ``pattern`` blocks, read from the folded addresses:
        a plain address is one indexed lookup, ``@domain`` reads the addresses ending so, and
        only a wildcard pattern reads them all (the count is over every address then)."""
        lower = folded(pattern)
        if not any(c in lower for c in "*?["):
            if not lower.startswith("@"):
                return len(self.by_folded("recipients", pattern))
            escaped = lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            rows = self.db.query(
                "SELECT value FROM folded WHERE coll = 'recipients' AND field = 'email'"
                " AND value LIKE ? ESCAPE '\\'",
                ("%" + escaped,),
            )
        else:
            rows = self.db.query(
                "SELECT value FROM folded WHERE coll = 'recipients' AND field = 'email'"
            )
        return sum(self.blacklisted_by(pattern, r["value"]) for r in rows)

    @staticmethod
    def blacklisted_by(pattern: str, email: str) -> bool:
        pattern, email = pattern.lower(), email.lower()
        return (
            fnmatch.fnmatchcase(email, pattern)
            or email == pattern
            or (pattern.startswith("@") and email.endswith(pattern))
        )

    @handles("delete_blacklist_entry")
    def delete_blacklist_entry(self, call: Call) -> Reply:
        matches = self.by_folded("blacklist-entries", call.query["pattern"], "pattern")
        if not matches:
            raise not_found("blacklist entry", call.query["pattern"])
        for entry in matches:
            self.remove("blacklist-entries", entry["id"])
        return self.reply(call, None, 204)

    def _modified_filter(self, call: Call, item: dict[str, Any]) -> bool:
        return self._dates(call, item, "modificationDate", "lastModifiedSince", "_", False)
