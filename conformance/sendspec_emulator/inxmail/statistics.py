"""Inxmail reaction and statistics operations, the spec's tags `statistics`, `bounces`, `clicks`
and `web_beacon_hits`: the statistics of a mailing (computed by ``rules.py`` unless seeded) and
the seeded reactions."""

from __future__ import annotations

from typing import Any

from ..core import Call, Handler, Reply, handles
from .hal import HalResources
from .query import Select
from .values import many


class StatisticsHandlers(HalResources):
    def handlers(self) -> dict[str, Handler]:
        return {
            **super().handlers(),
            "list_bounces": self._lister("bounces", self._reaction_filter, self._reaction_narrow),
            "get_bounce": self._getter("bounces"),
            "list_clicks": self._lister("clicks", self._reaction_filter, self._reaction_narrow),
            "get_click": self._getter("clicks"),
            "list_web_beacon_hits": self._lister(
                "web-beacon-hits", self._reaction_filter, self._reaction_narrow
            ),
            "get_web_beacon_hit": self._getter("web-beacon-hits"),
        }

    @handles("get_response_statistics")
    def response_statistics(self, call: Call) -> Reply:
        mailing = self.mailing(call.query.get("mailingId"))
        body = self.compute_response_statistics(mailing["id"])
        body["_links"] = {
            "self": {"href": self.url("/statistics/responses", {"mailingId": mailing["id"]})}
        }
        return self.reply(call, body)

    @handles("get_sending_statistics")
    def sending_statistics(self, call: Call) -> Reply:
        mailing = self.mailing(call.query.get("mailingId"))
        body = self.compute_sending_statistics(mailing["id"])
        body["_links"] = {
            "self": {"href": self.url("/statistics/sendings", {"mailingId": mailing["id"]})}
        }
        return self.reply(call, body)

    def _reaction_narrow(self, call: Call, sel: Select) -> None:
        self._narrow(
            call,
            sel,
            ("sendingId", "sendingId"),
            ("sendingIds", "sendingId"),
            ("mailingId", "mailingId"),
            ("mailingIds", "mailingId"),
            ("listId", "listId"),
            ("listIds", "listId"),
        )
        if call.query.get("trackedOnly"):
            sel.present("recipientId")

    def _reaction_filter(self, call: Call, item: dict[str, Any]) -> bool:
        if call.query.get("trackedOnly") and item.get("recipientId") is None:
            return False
        return (
            self._eq(call, item, "sendingId", "sendingId")
            and self._in(call, item, "sendingIds", "sendingId")
            and self._eq(call, item, "mailingId", "mailingId")
            and self._in(call, item, "mailingIds", "mailingId")
            and self._eq(call, item, "listId", "listId")
            and self._in(call, item, "listIds", "listId")
            and (
                "bounceCategory" not in call.query
                or item.get("bounceCategory") in many(call.query["bounceCategory"])
            )
            and self._dates(call, item, "timestamp", "startDate", "endDate", False)
        )
