"""Inxmail `target_groups` operations (the spec's tag): target groups of a list."""

from __future__ import annotations

from ..core import Call, Handler, Reply, handles
from .hal import HalResources


class TargetGroupHandlers(HalResources):
    def handlers(self) -> dict[str, Handler]:
        return {
            **super().handlers(),
            "list_target_groups": self._lister(
                "target-groups", self._list_filter, self._list_narrow, conditional=True
            ),
            "get_target_group": self._getter("target-groups"),
            "delete_target_group": self._deleter("target-groups"),
        }

    @handles("create_target_group")
    def create_target_group(self, call: Call) -> Reply:
        body = call.body
        self._check_list(body["listId"])
        self._unique("target-groups", "name", body["name"], scope=("listId", body["listId"]))
        now = self.now()
        data = {
            "name": body["name"],
            "description": body.get("description"),
            "listId": body["listId"],
            "filterString": body.get("filterString"),
            "creationDate": now,
            "modificationDate": now,
        }
        return self.created(call, "target-groups", self.insert("target-groups", data))
