"""icomm SMS delivery reports (``GET /sms/3/reports``): latest first, each returned only once,
only reports produced (doneAt) in the last 48 h; ``limit`` 1-1000 (default 50; more is a 400).
"""

from __future__ import annotations

import json
from typing import Any

from ..core import Call, Reply, handles
from .delivery import SmsDelivery
from .state import MS_48H, PULLABLE, RENDERED_COLUMNS


class ReportHandlers(SmsDelivery):
    @handles("get_outbound_sms_message_delivery_reports")
    def get_reports(self, call: Call) -> Reply:
        self.advance()
        q = call.query
        now = self.now_ms()
        # newest first from the partial index reports_pullable, not a sort of every pending
        # report: SQLite uses a partial index only where the WHERE repeats its condition, so
        # the states are written as literals
        pullable = ", ".join(f"'{state}'" for state in PULLABLE)
        where = ["r.fetched = 0", f"r.push IN ({pullable})", "r.done_at >= ?"]
        params: list[Any] = [now - MS_48H]
        for name, column in (
            ("bulkId", "bulk_id"), ("messageId", "message_id"), ("entityId", "entity_id"),
            ("applicationId", "application_id"), ("campaignReferenceId", "campaign_reference_id"),
        ):  # fmt: skip
            if name in q:
                where.append(f"m.{column} = ?")
                params.append(q[name])
        with self.db.tx() as conn:
            cursor = conn.cursor()
            cursor.row_factory = None  # plain tuples, read by position (report_seq last)
            rows = cursor.execute(
                f"SELECT {RENDERED_COLUMNS}, r.seq AS report_seq FROM reports r"
                " INDEXED BY reports_pullable"
                f" JOIN messages m ON m.seq = r.message_seq WHERE {' AND '.join(where)}"
                " ORDER BY r.done_at DESC, r.seq DESC LIMIT ?",
                [*params, int(q.get("limit", 50))],
            ).fetchall()
            conn.execute(
                "UPDATE reports SET fetched = 1 WHERE seq IN (SELECT value FROM json_each(?))",
                (json.dumps([row[-1] for row in rows]),),
            )
        return Reply(200, {"results": self._reports(rows)})
