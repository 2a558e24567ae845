"""iovox `email` operations (the spec's tag): send, proxy addresses, search."""

from __future__ import annotations

from typing import Any

from ..core import ApiError, Call, Reply, Violation, handles, new_uuid
from .state import DEFAULT_ORDER, FIELDS, FILTERS, IovoxState, disposition_for, fmt


class EmailHandlers(IovoxState):
    @handles("send_email")
    def send_email(self, call: Call) -> Reply:
        body = call.body
        link = self._link(body["link_id"])
        if link is None:
            raise ApiError(400, "validation", [Violation("", "link_id does not exist")])
        now = fmt(self.clock.now())
        message_id = new_uuid()
        conversation_id = proxy_address = None
        proxy_name = body.get("proxy_name")
        if body.get("proxy_domain"):
            conversation_id = new_uuid()
            proxy_address = self._new_proxy_address(body["proxy_domain"])
            proxy_name = proxy_name or body["sender_name"]
        disposition = disposition_for(body["recipient_address"])
        delivered = disposition in ("sent", "received_bounced", "undeliverable")
        with self.db.tx() as conn:
            if conversation_id:
                conn.execute(
                    "INSERT INTO conversations VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        conversation_id,
                        proxy_address,
                        proxy_name,
                        link["link_id"],
                        body["sender_address"],
                        body["recipient_address"],
                        now,
                    ),
                )
            conn.execute(
                "INSERT INTO emails (message_id, receive_date, delivery_date, node_id, node_name,"
                " node_type, link_id, link_name, link_type, sender_address, sender_name,"
                " recipient_address, recipient_name, proxy_address, proxy_name, conversation_id,"
                " disposition, read_disposition, subject, text_content, html_content, attachments)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'unread', ?, ?, ?, ?)",
                (
                    message_id,
                    now,
                    now if delivered else None,
                    link["node_id"],
                    link["node_name"],
                    link["node_type"],
                    link["link_id"],
                    link["link_name"],
                    link["link_type"],
                    body["sender_address"],
                    body["sender_name"],
                    body["recipient_address"],
                    body["recipient_name"],
                    proxy_address,
                    proxy_name,
                    conversation_id,
                    disposition,
                    body["subject"],
                    body["text_content"],
                    body["html_content"],
                    len(body.get("attachments") or []),
                ),
            )
            self.keep_request(conn, [message_id], call)
        result: dict[str, str] = {"message_id": message_id}
        if conversation_id and proxy_address:
            result["conversation_id"] = conversation_id
            result["proxy_address"] = proxy_address
        return Reply(201, result)

    @handles("create_proxy_addresses")
    def create_proxy_addresses(self, call: Call) -> Reply:
        items: list[dict[str, Any]] = call.body
        missing = [
            Violation(f"[{i}].link_id", "does not exist")
            for i, item in enumerate(items)
            if self._link(item["link_id"]) is None
        ]
        if missing:  # all or nothing: a failed request creates no address
            raise ApiError(400, "validation", missing)
        now = fmt(self.clock.now())
        out = []
        with self.db.tx() as conn:
            for item in items:
                conversation_id = new_uuid()
                address = self._new_proxy_address(item["proxy_domain"])
                conn.execute(
                    "INSERT INTO conversations VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        conversation_id,
                        address,
                        item.get("proxy_name"),
                        str(item["link_id"]),
                        item["sender_address"],
                        item["recipient_address"],
                        now,
                    ),
                )
                out.append(
                    {
                        "link_id": item["link_id"],  # "the original link_id", as sent
                        "sender_address": item["sender_address"],
                        "recipient_address": item["recipient_address"],
                        "proxy_address": address,
                        "conversation_id": conversation_id,
                    }
                )
        return Reply(201, out)

    @handles("search_emails")
    def search_emails(self, call: Call) -> Reply:
        q = call.query
        now = self.clock.now()
        start = q.get("start_date") or fmt(now.replace(day=1, hour=0, minute=0, second=0))
        end = q.get("end_date") or fmt(now.replace(hour=23, minute=59, second=59))
        # "YYYY-MM-DD HH:MM:SS" is fixed-width, so text order is time order
        where = ["receive_date >= ?", "receive_date <= ?"]
        params: list[Any] = [start, end]
        for name in FILTERS:
            if name in q:
                where.append(f"{name} = ?")
                params.append(q[name])
        order = []
        for term in (q.get("order") or DEFAULT_ORDER).split(","):
            name, _, direction = term.rpartition("_")
            order.append(f"{name} {'ASC' if direction == 'ASC' else 'DESC'}")
        order.append("seq ASC")  # stable pages
        fields = q["fields"].split(",") if q.get("fields") else list(FIELDS)
        page, limit = int(q.get("page", 1)), int(q.get("limit", 20000))
        condition = " AND ".join(where)
        columns = ", ".join(dict.fromkeys(fields))
        if len(where) == 2:  # the date range alone: counted in time flat in stored e-mails
            total = self._count_in_range(start, end)
            offset = (page - 1) * limit
            rows = []
            if offset < total:
                rows = self.db.query(
                    f"SELECT {columns} FROM emails WHERE {condition} ORDER BY"
                    f" {', '.join(order)} LIMIT ? OFFSET ?",
                    [*params, limit, offset],
                )
        else:
            total, rows = self.db.page(
                "emails", condition, params, ", ".join(order), limit, (page - 1) * limit, columns
            )
        keys = rows[0].keys() if rows else []  # sqlite3.Row: not a dict
        results = [{k: v for k, v in zip(keys, row, strict=True) if v is not None} for row in rows]
        return Reply(
            200,
            {
                "current_page": page,
                "total_pages": -(-total // limit),
                "total_results": total,
                "results": results,
            },
        )
