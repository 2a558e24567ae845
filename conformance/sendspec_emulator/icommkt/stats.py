"""ICOMMKT `stats` operations (the spec's tag): outbound overview and per-day counts of
sends, bounces, spam complaints, tracking, opens, platforms, clients, read times and clicks.

Stats are computed from stored data, filtered by message tag, stream (all when omitted) and
inclusive Eastern dates of the event (send, bounce, open, click). Days without data and zero
counts are left out of ``Days``; the totals are always present for the fixed-key answers.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from ..core import Call, Reply, handles
from .state import IcommktState
from .times import eastern_day, filter_time, stats_day


class StatsHandlers(IcommktState):
    def _stat_rows(self, call: Call, table: str, time_column: str) -> list[sqlite3.Row]:
        """Rows of ``table`` (joined with their message as ``m``) within the stats filters."""
        q = call.query
        start, end = stats_day(q.get("fromdate")), stats_day(q.get("todate"))
        where, params = ["1 = 1"], []
        if q.get("tag"):
            where.append("m.tag = ?")
            params.append(q["tag"])
        if q.get("messagestream"):
            where.append("m.stream = ?")
            params.append(q["messagestream"])
        if start:
            where.append(f"{time_column} >= ?")
            params.append(filter_time(start, end=False, code=900))
        if end:
            where.append(f"{time_column} <= ?")
            params.append(filter_time(end, end=True, code=900))
        condition = " AND ".join(where)
        if table == "messages":
            sql = f"SELECT m.*, m.received_us AS at FROM messages m WHERE {condition}"
        else:
            sql = (
                f"SELECT t.*, {time_column} AS at, m.track_opens, m.track_links"
                f" FROM {table} t JOIN messages m ON m.seq = t.message_seq WHERE {condition}"
            )
        return self.db.query(sql, params)

    @staticmethod
    def _by_day(
        items: Iterable[tuple[int, str, int]], fixed: tuple[str, ...] = ()
    ) -> dict[str, Any]:
        """``(at_us, key, amount)`` -> ``{"Days": [...], key: total, ...}`` (zeros left out)."""
        days: dict[str, dict[str, int]] = {}
        totals: dict[str, int] = dict.fromkeys(fixed, 0)
        for at, key, amount in items:
            if not amount:
                continue
            day = days.setdefault(eastern_day(at), {})
            day[key] = day.get(key, 0) + amount
            totals[key] = totals.get(key, 0) + amount
        out: dict[str, Any] = {
            "Days": [{"Date": d, **counts} for d, counts in sorted(days.items())]
        }
        out.update(totals)
        return out

    @staticmethod
    def _name_key(name: str | None) -> str:
        if not name or name in ("Days", "Date"):
            return "Unknown"
        return name

    @handles("get_outbound_overview")
    def get_outbound_overview(self, call: Call) -> Reply:
        messages = self._stat_rows(call, "messages", "m.received_us")
        bounces = self._stat_rows(call, "bounces", "t.bounced_us")
        opens = self._stat_rows(call, "opens", "t.received_us")
        clicks = self._stat_rows(call, "clicks", "t.received_us")
        sent = len(messages)
        spam = sum(1 for b in bounces if b["type"] == "SpamComplaint")
        smtp = sum(1 for b in bounces if b["type"] == "SMTPApiError")
        bounced = len(bounces) - spam - smtp

        def rate(n: int) -> float:
            return round(n * 100 / sent, 3) if sent else 0.0

        with_links = sum(1 for m in messages if m["track_links"] != "None")
        with_opens = sum(1 for m in messages if m["track_opens"])
        tracked = sum(1 for m in messages if m["track_links"] != "None" or m["track_opens"])
        opened_with_client = {
            o["message_seq"] for o in opens if self._client_name(o["client_json"]) != "Unknown"
        }
        opened_with_platform = {
            o["message_seq"] for o in opens if (o["platform"] or "Unknown") != "Unknown"
        }
        return Reply(
            200,
            {
                "Sent": sent,
                "Bounced": bounced,
                "SMTPApiErrors": smtp,
                "BounceRate": rate(bounced),
                "SpamComplaints": spam,
                "SpamComplaintsRate": rate(spam),
                "Opens": len(opens),
                "UniqueOpens": len({(o["message_seq"], o["recipient"].lower()) for o in opens}),
                "TotalClicks": len(clicks),
                "UniqueLinksClicked": sum(1 for c in clicks if c["first"]),
                "TotalTrackedLinksSent": sum(m["tracked_links"] for m in messages),
                "Tracked": tracked,
                "WithLinkTracking": with_links,
                "WithOpenTracking": with_opens,
                "WithClientRecorded": len(opened_with_client),
                "WithPlatformRecorded": len(opened_with_platform),
            },
        )

    @handles("get_sent_counts")
    def get_sent_counts(self, call: Call) -> Reply:
        rows = self._stat_rows(call, "messages", "m.received_us")
        return Reply(200, self._by_day(((r["at"], "Sent", 1) for r in rows), ("Sent",)))

    @handles("get_bounce_counts")
    def get_bounce_counts(self, call: Call) -> Reply:
        rows = self._stat_rows(call, "bounces", "t.bounced_us")
        keys = ("HardBounce", "SMTPApiError", "SoftBounce", "Transient")
        items = ((r["at"], r["type"], 1) for r in rows if r["type"] in keys)
        return Reply(200, self._by_day(items, keys))

    @handles("get_spam_complaint_counts")
    def get_spam_complaint_counts(self, call: Call) -> Reply:
        rows = self._stat_rows(call, "bounces", "t.bounced_us")
        items = ((r["at"], "SpamComplaint", 1) for r in rows if r["type"] == "SpamComplaint")
        return Reply(200, self._by_day(items, ("SpamComplaint",)))

    @handles("get_tracked_email_counts")
    def get_tracked_email_counts(self, call: Call) -> Reply:
        rows = self._stat_rows(call, "messages", "m.received_us")
        items = (
            (r["at"], "Tracked", 1) for r in rows if r["track_opens"] or r["track_links"] != "None"
        )
        return Reply(200, self._by_day(items, ("Tracked",)))

    @handles("get_email_open_counts")
    def get_email_open_counts(self, call: Call) -> Reply:
        rows = self._stat_rows(call, "opens", "t.received_us")
        items: list[tuple[int, str, int]] = []
        for r in rows:
            items.append((r["at"], "Opens", 1))
            items.append((r["at"], "Unique", int(r["first"])))
        return Reply(200, self._by_day(items, ("Opens", "Unique")))

    @handles("get_email_platform_usage")
    def get_email_platform_usage(self, call: Call) -> Reply:
        rows = self._stat_rows(call, "opens", "t.received_us")
        names = {"desktop": "Desktop", "mobile": "Mobile", "webmail": "WebMail"}
        items = ((r["at"], names.get((r["platform"] or "").lower(), "Unknown"), 1) for r in rows)
        return Reply(200, self._by_day(items, ("Desktop", "Mobile", "Unknown", "WebMail")))

    def _client_name(self, raw: str | None) -> str:
        client = json.loads(raw) if raw else {}
        return self._name_key(client.get("Family") or client.get("Name"))

    @handles("get_email_client_usage")
    def get_email_client_usage(self, call: Call) -> Reply:
        rows = self._stat_rows(call, "opens", "t.received_us")
        return Reply(
            200, self._by_day((r["at"], self._client_name(r["client_json"]), 1) for r in rows)
        )

    @staticmethod
    def _read_bucket(seconds: int | None) -> str:
        if seconds is None:
            return "unknown"
        return "20s+" if seconds >= 20 else f"{seconds}s"

    @handles("get_email_read_times")
    def get_email_read_times(self, call: Call) -> Reply:
        rows = self._stat_rows(call, "opens", "t.received_us")
        items = ((r["at"], self._read_bucket(r["read_seconds"]), 1) for r in rows)
        return Reply(200, self._by_day(items))

    @handles("get_click_counts")
    def get_click_counts(self, call: Call) -> Reply:
        rows = self._stat_rows(call, "clicks", "t.received_us")
        items: list[tuple[int, str, int]] = []
        for r in rows:
            items.append((r["at"], "Clicks", 1))
            items.append((r["at"], "Unique", int(r["first"])))
        return Reply(200, self._by_day(items, ("Clicks", "Unique")))

    @handles("get_browser_usage")
    def get_browser_usage(self, call: Call) -> Reply:
        rows = self._stat_rows(call, "clicks", "t.received_us")
        return Reply(
            200, self._by_day((r["at"], self._client_name(r["client_json"]), 1) for r in rows)
        )

    @handles("get_browser_platform_usage")
    def get_browser_platform_usage(self, call: Call) -> Reply:
        rows = self._stat_rows(call, "clicks", "t.received_us")
        names = {"desktop": "Desktop", "mobile": "Mobile"}
        items = ((r["at"], names.get((r["platform"] or "").lower(), "Unknown"), 1) for r in rows)
        return Reply(200, self._by_day(items, ("Desktop", "Mobile", "Unknown")))

    @handles("get_click_location")
    def get_click_location(self, call: Call) -> Reply:
        rows = self._stat_rows(call, "clicks", "t.received_us")
        return Reply(
            200, self._by_day(((r["at"], r["location"], 1) for r in rows), ("HTML", "Text"))
        )
