"""ICOMMKT `bounces` operations (the spec's tag): delivery stats, bounce search, tags,
details, dumps and activation (the bounces themselves are decided at send time, see
state.py).

An unknown bounce ID is 1001. Activating a bounce marks it active and lifts the HardBounce
suppression of its address in its stream; the dump of a bounce older than 30 days is "".
Bounce searches are newest first and default to the ``outbound`` stream; ``emailFilter`` is a
case-insensitive substring.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from ..core import Call, Reply, handles
from .errors import QUERY_MESSAGE, IcommktError
from .records import BOUNCE_TYPES, DUMP_TTL_US, SERVER_ID, row_id
from .state import IcommktState
from .times import stamp, to_us


class BounceHandlers(IcommktState):
    def _bounce_json(self, row: sqlite3.Row, *, content: bool = False) -> dict[str, Any]:
        kind = BOUNCE_TYPES.get(row["type"])
        out: dict[str, Any] = {
            "ID": row["id"],
            "Type": row["type"],
            "TypeCode": kind.code if kind else 2048,
            "Name": kind.name if kind else row["type"],
        }
        if row["tag"]:
            out["Tag"] = row["tag"]
        out.update(
            {
                "MessageID": row["message_id"],
                "ServerID": SERVER_ID,
                "MessageStream": row["stream"],
                "Description": kind.description if kind else "",
                "Details": row["details"],
                "Email": row["email"],
            }
        )
        if row["from_email"] is not None:
            out["From"] = row["from_email"]
        out.update(
            {
                "BouncedAt": stamp(row["bounced_us"]),
                "DumpAvailable": self._dump_available(row),
                "Inactive": bool(row["inactive"]),
                "CanActivate": bool(row["can_activate"]),
                "Subject": row["subject"] or "",
            }
        )
        if content:
            out["Content"] = row["content"]
        return out

    def _dump_available(self, row: sqlite3.Row) -> bool:
        return bool(row["bounced_us"] >= to_us(self.clock.now()) - DUMP_TTL_US)

    def _bounce_row(self, bounce_id: Any) -> sqlite3.Row:
        text = str(bounce_id)
        ident = row_id(text)
        if ident is None or ident < 1:
            raise IcommktError(1000, f"{QUERY_MESSAGE} Invalid BounceID: {text!r}.")
        rows = self.db.query("SELECT * FROM bounces WHERE id = ?", (ident,))
        if not rows:
            raise IcommktError(1001, "The BounceID or MessageID you are searching with is invalid.")
        return rows[0]

    @handles("get_delivery_stats")
    def get_delivery_stats(self, call: Call) -> Reply:
        counts = dict(
            (row[0], row[1])
            for row in self.db.query("SELECT type, COUNT(*) FROM bounces GROUP BY type")
        )
        inactive = self.db.query(
            "SELECT COUNT(DISTINCT email_lower) FROM bounces WHERE inactive = 1"
        )[0][0]
        bounces: list[dict[str, Any]] = [{"Name": "All", "Count": sum(counts.values())}]
        for type_name, kind in BOUNCE_TYPES.items():
            if counts.get(type_name):
                bounces.append({"Type": type_name, "Name": kind.name, "Count": counts[type_name]})
        return Reply(200, {"InactiveMails": inactive, "Bounces": bounces})

    @handles("list_bounces")
    def list_bounces(self, call: Call) -> Reply:
        q = call.query
        count, offset = self._window(q, 1000)
        where = ["stream = ?"]
        params: list[Any] = [q.get("messagestream") or "outbound"]
        if q.get("type"):
            where.append("type = ?")
            params.append(q["type"])
        if "inactive" in q:
            where.append("inactive = ?")
            params.append(int(q["inactive"]))
        if q.get("emailFilter"):
            where.append("instr(email_lower, ?) > 0")
            params.append(q["emailFilter"].lower())
        if q.get("tag"):
            where.append("tag = ?")
            params.append(q["tag"])
        if q.get("messageID"):
            where.append("message_id = ?")
            params.append(q["messageID"])
        self._dates(q, "bounced_us", where, params, 1000)
        condition = " AND ".join(where)
        total, rows = self.db.page(
            "bounces", condition, params, "bounced_us DESC, id DESC", count, offset
        )
        return Reply(200, {"TotalCount": total, "Bounces": [self._bounce_json(r) for r in rows]})

    @handles("list_bounce_tags")
    def list_bounce_tags(self, call: Call) -> Reply:
        rows = self.db.query(
            "SELECT DISTINCT tag FROM bounces WHERE tag IS NOT NULL AND tag != '' ORDER BY tag"
        )
        return Reply(200, [row[0] for row in rows])

    @handles("get_bounce")
    def get_bounce(self, call: Call) -> Reply:
        return Reply(
            200, self._bounce_json(self._bounce_row(call.path_params["bounceid"]), content=True)
        )

    @handles("get_bounce_dump")
    def get_bounce_dump(self, call: Call) -> Reply:
        row = self._bounce_row(call.path_params["bounceid"])
        return Reply(200, {"Body": row["content"] if self._dump_available(row) else ""})

    @handles("activate_bounce")
    def activate_bounce(self, call: Call) -> Reply:
        row = self._bounce_row(call.path_params["bounceid"])
        if not row["can_activate"]:
            raise IcommktError(
                1003, "Certain bounces and SPAM complaints cannot be activated by the user."
            )
        with self.db.tx() as conn:
            conn.execute(
                "UPDATE bounces SET inactive = 0 WHERE email_lower = ? AND stream = ?"
                " AND can_activate = 1",
                (row["email_lower"], row["stream"]),
            )
            conn.execute(
                "DELETE FROM suppressions WHERE stream = ? AND email = ? AND reason = 'HardBounce'",
                (row["stream"], row["email_lower"]),
            )
        fresh = self._bounce_row(row["id"])
        return Reply(200, {"Message": "OK", "Bounce": self._bounce_json(fresh, content=True)})
