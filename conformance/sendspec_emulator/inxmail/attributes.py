"""Inxmail `attributes` operations (the spec's tag): recipient attributes (unique names, TEXT
needs ``maxLength``); parsing values by attribute type is a shared rule (``rules.py``)."""

from __future__ import annotations

from typing import Any

from ..core import Call, Handler, Reply, handles
from .hal import HalResources
from .problems import invalid_fields
from .query import Select


class AttributeHandlers(HalResources):
    def handlers(self) -> dict[str, Handler]:
        return {
            **super().handlers(),
            "list_recipient_attributes": self._lister("attributes", conditional=True),
            "get_recipient_attribute": self._getter("attributes"),
        }

    @handles("create_recipient_attribute")
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

    @handles("delete_recipient_attribute")
    def delete_attribute(self, call: Call) -> Reply:
        item = self.must("attributes", call.path_params["id"], "attribute")
        self.remove("attributes", item["id"])
        having = Select("recipients").condition(
            "EXISTS (SELECT 1 FROM json_each(i.data, '$.attributes') WHERE key = ?)",
            item["name"],
        )
        for recipient in self.find(having):
            attrs = recipient.get("attributes") or {}
            if item["name"] in attrs:
                attrs.pop(item["name"])
                self.save("recipients", recipient)
        return self.reply(call, None, 204)
