"""ICOMMKT `suppressions` operations (the spec's tag): dump, create and delete the
suppressions of a message stream.

Suppressions are kept per message stream: create adds ManualSuppression (origin Customer); an
invalid address is Failed; delete removes any suppression but a SpamComplaint (Failed) and lifts
the inactive flag of the address's bounces in that stream.
"""

from __future__ import annotations

from typing import Any

from ..core import Call, Reply, handles
from .addresses import invalid_address, is_email
from .state import IcommktState
from .times import filter_time, stamp, stats_day


class SuppressionHandlers(IcommktState):
    @handles("dump_suppressions")
    def dump_suppressions(self, call: Call) -> Reply:
        q = call.query
        where = ["stream = ?"]
        params: list[Any] = [call.path_params["stream_id"]]
        if q.get("SuppressionReason"):
            where.append("reason = ?")
            params.append(q["SuppressionReason"])
        if q.get("Origin"):
            where.append("origin = ?")
            params.append(q["Origin"])
        start, end = stats_day(q.get("fromdate"), 300), stats_day(q.get("todate"), 300)
        if start:
            where.append("created_us >= ?")
            params.append(filter_time(start, end=False, code=300))
        if end:
            where.append("created_us <= ?")
            params.append(filter_time(end, end=True, code=300))
        if q.get("EmailAddress"):
            where.append("email = ?")
            params.append(q["EmailAddress"].strip().lower())
        rows = self.db.query(
            f"SELECT * FROM suppressions WHERE {' AND '.join(where)} ORDER BY created_us DESC",
            params,
        )
        return Reply(
            200,
            {
                "Suppressions": [
                    {
                        "EmailAddress": r["email"],
                        "SuppressionReason": r["reason"],
                        "Origin": r["origin"],
                        "CreatedAt": stamp(r["created_us"]),
                    }
                    for r in rows
                ]
            },
        )

    @handles("create_suppressions")
    def create_suppressions(self, call: Call) -> Reply:
        stream = call.path_params["stream_id"]
        results = []
        with self.db.tx() as conn:
            for entry in call.body["Suppressions"]:
                address = entry["EmailAddress"]
                if not is_email(address.strip()):
                    results.append(invalid_address(address))
                    continue
                conn.execute(
                    "INSERT OR IGNORE INTO suppressions VALUES (?, ?, 'ManualSuppression',"
                    " 'Customer', ?)",
                    (stream, address.strip().lower(), self.now_us()),
                )
                results.append({"EmailAddress": address, "Status": "Suppressed", "Message": None})
        return Reply(200, {"Suppressions": results})

    @handles("delete_suppressions")
    def delete_suppressions(self, call: Call) -> Reply:
        stream = call.path_params["stream_id"]
        results = []
        with self.db.tx() as conn:
            for entry in call.body["Suppressions"]:
                address = entry["EmailAddress"]
                email = address.strip().lower()
                if not is_email(email):
                    results.append(invalid_address(address))
                    continue
                row = conn.execute(
                    "SELECT reason FROM suppressions WHERE stream = ? AND email = ?",
                    (stream, email),
                ).fetchone()
                if row and row[0] == "SpamComplaint":
                    results.append({
                        "EmailAddress": address, "Status": "Failed",
                        "Message": "You do not have the required authority to change this "
                        "suppression.",
                    })  # fmt: skip
                    continue
                conn.execute(
                    "DELETE FROM suppressions WHERE stream = ? AND email = ?", (stream, email)
                )
                conn.execute(
                    "UPDATE bounces SET inactive = 0 WHERE stream = ? AND email_lower = ?"
                    " AND type = 'HardBounce'",
                    (stream, email),
                )
                results.append({"EmailAddress": address, "Status": "Deleted", "Message": None})
        return Reply(200, {"Suppressions": results})
