"""Inxmail `datasources` operations (the spec's tag): HTTP datasources."""

from __future__ import annotations

from ..core import Call, Handler, Reply, handles
from .hal import HalResources


class DatasourceHandlers(HalResources):
    def handlers(self) -> dict[str, Handler]:
        return {
            **super().handlers(),
            "list_http_datasources": self._lister("datasources"),
            "get_http_datasource": self._getter("datasources"),
            "delete_http_datasource": self._deleter("datasources"),
        }

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
