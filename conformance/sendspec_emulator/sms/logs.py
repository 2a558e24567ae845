"""icomm SMS logs (``GET /sms/3/logs``): latest sentAt first, only messages sent in the last
48 h; the bulkId, messageId and campaignReferenceId filters take repeated and/or comma-separated
values (match any; bulkId and messageId at most 2048 characters comma-joined); sentSince/sentUntil
are exclusive; ``limit`` 1-1000 (default 50; more is a 400). The emulator has no network data:
mcc/mnc are stored as null, so a request filtering by ``mcc`` returns no logs and logs carry no
``mccMnc``; ``mnc`` without ``mcc`` is a 400.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..core import ApiError, Call, Reply, Violation, handles
from .delivery import SmsDelivery
from .state import MS_48H, RENDERED_COLUMNS, _marks, parse_ns

#: the logs filters whose values, joined by commas, may be at most 2048 characters long
MAX_FILTER_LENGTH = 2048


def _items(values: Sequence[str]) -> list[str]:
    """The values of an array filter (the core split ``a,b`` and collected ``a&a``), blanks
    around each value dropped and blank values ignored."""
    return [item.strip() for item in values if item.strip()]


class LogHandlers(SmsDelivery):
    @handles("get_outbound_sms_message_logs")
    def get_logs(self, call: Call) -> Reply:
        self.advance()
        q = call.query
        if "mnc" in q and "mcc" not in q:
            raise ApiError(400, "validation", [Violation("mnc", "requires mcc to be set as well")])
        where = ["m.sent_at >= ?"]
        params: list[Any] = [self.now_ms() - MS_48H]
        violations: list[Violation] = []
        for name, op in (("sentSince", ">"), ("sentUntil", "<")):
            if name not in q:
                continue
            try:
                ns = parse_ns(q[name])
            except ValueError:
                violations.append(Violation(name, "is not a valid date"))
                continue
            # sentAt is whole milliseconds: > since <=> > floor(since); < until <=> < ceil(until)
            bound = ns // 1_000_000 if op == ">" else -(-ns // 1_000_000)
            where.append(f"m.sent_at {op} ?")
            params.append(bound)
        if violations:
            raise ApiError(400, "validation", violations)
        for name, column in (
            ("mcc", "mcc"), ("mnc", "mnc"), ("sender", "sender"), ("destination", "destination"),
            ("generalStatus", "general_status"), ("entityId", "entity_id"),
            ("applicationId", "application_id"),
        ):  # fmt: skip
            if name in q:
                where.append(f"m.{column} = ?")
                params.append(q[name])
        for name, column in (
            ("bulkId", "bulk_id"), ("messageId", "message_id"),
            ("campaignReferenceId", "campaign_reference_id"),
        ):  # fmt: skip
            if name not in q:
                continue
            items = _items(q[name])
            if name != "campaignReferenceId" and len(",".join(items)) > MAX_FILTER_LENGTH:
                violations.append(Violation(
                    name, f"must be at most {MAX_FILTER_LENGTH} characters long in all"
                ))  # fmt: skip
                continue
            where.append(f"m.{column} IN ({_marks(items)})")
            params.extend(items)
        if violations:
            raise ApiError(400, "validation", violations)
        rows = self.db.rows(  # plain tuples, read by position
            f"SELECT {RENDERED_COLUMNS} FROM messages m WHERE {' AND '.join(where)}"
            " ORDER BY m.sent_at DESC, m.seq DESC LIMIT ?",
            [*params, int(q.get("limit", 50))],
        )
        return Reply(200, {"results": self._logs(rows)})
