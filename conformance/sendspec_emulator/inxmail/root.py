"""Inxmail `root` operations (the spec's tag): the entry document with a link per collection."""

from __future__ import annotations

from typing import Any

from ..core import Call, Reply, handles
from .hal import HalResources


class RootHandlers(HalResources):
    @handles("get_root")
    def get_root(self, call: Call) -> Reply:
        rels = {
            "inx:lists": "/lists",
            "inx:mailings": "/mailings",
            "inx:regular-mailings": "/regular-mailings",
            "inx:split-test-mailings": "/split-test-mailings",
            "inx:action-mailings": "/action-mailings",
            "inx:trigger-mailings": "/trigger-mailings",
            "inx:subscription-mailings": "/subscription-mailings",
            "inx:links": "/links",
            "inx:datasources": "/datasources/http",
            "inx:actions": "/actions",
            "inx:sendings": "/sendings",
            "inx:attributes": "/attributes",
            "inx:recipients": "/recipients",
            "inx:test-profiles": "/test-profiles",
            "inx:subscription-events": "/events/subscriptions",
            "inx:unsubscription-events": "/events/unsubscriptions",
            "inx:target-groups": "/target-groups",
            "inx:tracking-permissions": "/tracking-permissions",
            "inx:tracking-permission-events": "/events/tracking-permissions",
            "inx:recipient-imports": "/imports/recipients",
            "inx:bounces": "/bounces",
            "inx:clicks": "/clicks",
            "inx:web-beacon-hits": "/web-beacon-hits",
            "inx:blacklist-entries": "/blacklist-entries",
            "inx:text-modules": "/text-modules",
            "inx:test-mail-groups": "/test-mail-groups",
            "inx:design-collections": "/design-collections",
        }
        links: dict[str, Any] = {"self": {"href": self.url("/")}}
        links.update({rel: {"href": self.url(path)} for rel, path in rels.items()})
        return self.reply(call, {"_links": links})
