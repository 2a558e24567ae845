"""Inxmail `design_collections` operations (the spec's tag): seeded design collections."""

from __future__ import annotations

from ..core import Handler
from .hal import HalResources


class DesignCollectionHandlers(HalResources):
    def handlers(self) -> dict[str, Handler]:
        return {
            **super().handlers(),
            "list_design_collections": self._lister(
                "design-collections", self._list_filter, self._list_narrow
            ),
            "get_design_collection": self._getter("design-collections"),
        }
