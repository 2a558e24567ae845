"""Inxmail `text_modules` operations (the spec's tag): text modules and the recipient attributes
their text and HTML use."""

from __future__ import annotations

import re
from typing import Any

from ..core import Call, Handler, Reply, handles
from .hal import HalResources
from .query import Select
from .values import many

TEXT_MODULE_ATTR_TYPES = {
    "TEXT": "TEXT",
    "INTEGER": "INTEGER",
    "FLOATING_POINT_NUMBER": "DOUBLE",
    "BOOLEAN": "BOOLEAN",
    "DATE_ONLY": "DATE",
    "TIME_ONLY": "TIME",
    "DATE_AND_TIME": "DATETIME",
}


class TextModuleHandlers(HalResources):
    def handlers(self) -> dict[str, Handler]:
        return {
            **super().handlers(),
            "delete_text_module": self._deleter("text-modules"),
        }

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

    @handles("list_text_modules")
    def list_text_modules(self, call: Call) -> Reply:
        if not_modified := self.conditional(call, "text-modules"):
            return not_modified
        sel = Select("text-modules", lambda i: self._list_filter(call, i))
        self._list_narrow(call, sel)
        return self.page(call, "text-modules", sel, lambda i: self.render_text_module(call, i))

    @handles("get_text_module")
    def get_text_module(self, call: Call) -> Reply:
        item = self.must("text-modules", call.path_params["id"], "text module")
        return self.reply(call, self.render_text_module(call, item))

    @handles("create_text_module")
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

    @handles("update_text_module")
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

    @handles("get_text_module_recipient_attributes")
    def text_module_attributes(self, call: Call) -> Reply:
        item = self.must("text-modules", call.path_params["id"], "text module")
        body = self._module_attributes(item)
        body["_links"] = {
            "self": {"href": self.url(f"/text-modules/{item['id']}/recipient-attributes")}
        }
        return self.reply(call, body)
