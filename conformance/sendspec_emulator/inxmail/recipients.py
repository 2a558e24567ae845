"""Inxmail `recipients` operations (the spec's tag): recipients, their list memberships.

- Wildcard query filters (not declarable as OpenAPI parameters): ``attributes.<name>`` and
  ``attributesContainsIgnoreCase.<name>`` on ``GET /recipients``, ``recipientAttributes.<name>``
  on ``DELETE /memberships``, with the documented attribute-filter problems.
- ``PATCH /recipients/{email}`` shares its route with ``PATCH /recipients/{id}``; the core routes
  every such request to the first template, so ``patch_recipient_by_email`` is only reachable by
  calling its handler (it is the same handler, addressing the recipient by email; 409
  ambiguous-email when the address is not unique)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..core import Call, Reply, handles
from .hal import HalResources
from .problems import Problem, not_found
from .query import Select
from .state import folded
from .values import _filter_value, _pairs, ids, many, merge_patch


class RecipientHandlers(HalResources):
    def _recipient_options(self, call: Call) -> dict[str, Any]:
        q = call.query
        names: list[str] = []
        if q.get("attributes"):
            names = many(q["attributes"])
            known = self.attributes_by_name(names)
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
        return _matcher(self._attribute_conditions(call, equal_prefix, contains_prefix))

    def _attribute_conditions(
        self, call: Call, equal_prefix: str, contains_prefix: str | None = None
    ) -> list[tuple[str, bool, Any]]:
        """The conditions of :meth:`attribute_filter`: (attribute, contains, value) each."""
        pairs = _pairs(call)
        prefixes = (equal_prefix, contains_prefix) if contains_prefix else (equal_prefix,)
        if not any(key.startswith(prefixes) for key, _ in pairs):  # no such filter (most reads)
            return []
        known = self.attributes_by_name(
            key[len(p) :] for key, _ in pairs for p in prefixes if key.startswith(p)
        )
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
        return conditions

    @handles("list_recipients")
    def list_recipients(self, call: Call) -> Reply:
        options = self._recipient_options(call)
        conditions = self._attribute_conditions(
            call, "attributes.", "attributesContainsIgnoreCase."
        )
        q = call.query
        group_list: int | None = None
        if "filterId" in q:
            group = self.get("target-groups", q["filterId"])
            if group is None:
                raise Problem(400, "invalid-parameter-value", "no target group with that id")
            group_list = group.get("listId")

        # the rules of the filters given, in the order they were always checked (each read
        # of the request done once, the memberships read only when a rule needs them)
        on_lists: list[Callable[[set[Any], set[Any]], bool]] = []
        if "subscribedTo" in q:
            to = q["subscribedTo"]
            on_lists.append(lambda sub, unsub: to in sub)
        if "subscribedToAny" in q:
            to_any = ids(q["subscribedToAny"])
            on_lists.append(lambda sub, unsub: bool(to_any & sub))
        if "unsubscribedFrom" in q:
            from_ = q["unsubscribedFrom"]
            on_lists.append(lambda sub, unsub: from_ in unsub)
        if "unsubscribedFromAny" in q:
            from_any = ids(q["unsubscribedFromAny"])
            on_lists.append(lambda sub, unsub: bool(from_any & unsub))
        rules: list[Callable[[dict[str, Any]], bool]] = []
        if "email" in q:
            emails = {e.lower() for e in many(q["email"])}
            rules.append(lambda item: str(item.get("email", "")).lower() in emails)
        if "emailContainsIgnoreCase" in q:
            part = str(q["emailContainsIgnoreCase"]).lower()
            rules.append(lambda item: part in str(item.get("email", "")).lower())
        if "unavailable" in q:
            unavailable = q["unavailable"]
            rules.append(lambda item: bool(item.get("unavailable", False)) == unavailable)
        if group_list is not None:
            on_lists.append(lambda sub, unsub: group_list in sub)
        if "lastModifiedSince" in q or "_" in q:
            rules.append(
                lambda item: self._dates(
                    call, item, "last_modified", "lastModifiedSince", "_", False
                )
            )
        if conditions:
            rules.append(_matcher(conditions))

        def pred(item: dict[str, Any]) -> bool:
            if on_lists:
                mine = {r["list_id"]: r["state"] for r in self.memberships(item["id"])}
                subscribed = {lid for lid, s in mine.items() if s == "SUBSCRIBED"}
                unsubscribed = {lid for lid, s in mine.items() if s == "UNSUBSCRIBED"}
                if not all(rule(subscribed, unsubscribed) for rule in on_lists):
                    return False
            return all(rule(item) for rule in rules)

        # the first filter given drives the read (an index), the predicate decides
        sel = Select("recipients", pred if on_lists or rules else None)
        if "email" in q:
            sel.folded("email", [folded(e) for e in many(q["email"])])
        if "subscribedTo" in q:
            sel.member([q["subscribedTo"]], "SUBSCRIBED")
        if group_list is not None:
            sel.member([group_list], "SUBSCRIBED")
        if "unsubscribedFrom" in q:
            sel.member([q["unsubscribedFrom"]], "UNSUBSCRIBED")
        if "subscribedToAny" in q:
            sel.member(sorted(ids(q["subscribedToAny"])), "SUBSCRIBED")
        if "unsubscribedFromAny" in q:
            sel.member(sorted(ids(q["unsubscribedFromAny"])), "UNSUBSCRIBED")
        if (
            options["attributes"]
            or options["all_attributes"]
            or any(
                options[k] is not None for k in ("permissions", "subscriptions", "unsubscriptions")
            )
        ):
            return self.page(call, "recipients", sel, lambda i: self.render_recipient(i, **options))
        # no option asks for more than the plain item: the bound method, no keywords per item
        return self.page(call, "recipients", sel, self.render_recipient, self.render_recipient_row)

    @handles("create_recipient")
    def create_recipient(self, call: Call) -> Reply:
        email = call.body["email"]
        refusal = self.new_recipient_refusal(email)
        if refusal == "duplicate":
            raise Problem(409, "duplicate-email", f"the address '{email}' is already in use")
        if refusal == "blacklisted":
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

    @handles("get_recipient")
    def get_recipient(self, call: Call) -> Reply:
        item = self.must("recipients", call.path_params["id"], "recipient")
        return self.reply(call, self.render_recipient(item, **self._recipient_options(call)))

    @handles("delete_recipient")
    def delete_recipient(self, call: Call) -> Reply:
        item = self.must("recipients", call.path_params["id"], "recipient")
        self.remove("recipients", item["id"])
        with self.db.tx() as conn:
            conn.execute("DELETE FROM memberships WHERE recipient_id = ?", (item["id"],))
        for perm in self.of("tracking-permissions", "recipientId", item["id"]):
            self.remove("tracking-permissions", perm["id"])
        return self.reply(call, None, 204)

    @handles("patch_recipient", "patch_recipient_by_email")
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

    @handles("delete_recipient_from_list")
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

    @handles("delete_memberships")
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


def _matcher(conditions: list[tuple[str, bool, Any]]) -> Callable[[dict[str, Any]], bool]:
    """One predicate on recipients of attribute conditions (see ``attribute_filter``)."""

    def matches(recipient: dict[str, Any]) -> bool:
        values = recipient.get("attributes") or {}
        return all(
            str(values.get(name) or "").lower().find(value) >= 0
            if contains
            else values.get(name) == value
            for name, contains, value in conditions
        )

    return matches
