"""iovox `email` operations (the spec's tag): send, proxy addresses, search."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from orjson import dumps, loads

from ..core import ApiError, Call, Reply, Violation, handles, new_uuid
from .state import (
    DEFAULT_ORDER,
    FIELDS,
    FILTERS,
    LINK_MEMBERS,
    IovoxState,
    default_range,
    disposition_for,
    fmt,
)

#: what a page of every field reads of each e-mail: its doc, read state and seq
_DOC_KEYS = ("doc", "read_disposition", "read_first_date", "seq")
_ALL = ", ".join(FIELDS)

#: one accepted e-mail, with its link's node and link columns (the link looked up by the
#: last parameter; no row is inserted when there is none); its doc is the members given
#: before and after the link's
_SEND = (
    "INSERT INTO emails (message_id, receive_date, delivery_date, node_id, node_name,"
    " node_type, link_id, link_name, link_type, sender_address, sender_name,"
    " recipient_address, recipient_name, proxy_address, proxy_name, conversation_id,"
    " disposition, read_disposition, subject, text_content, html_content, attachments, doc)"
    " SELECT ?, ?, ?, node_id, node_name, node_type, link_id, link_name, link_type,"
    f" ?, ?, ?, ?, ?, ?, ?, ?, 'unread', ?, ?, ?, ?, ? || {LINK_MEMBERS} || ?"
    " FROM links WHERE link_id = ?"
)


class EmailHandlers(IovoxState):
    @handles("send_email")
    def send_email(self, call: Call) -> Reply:
        body = call.body
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
        link_id = str(body["link_id"])
        delivery = now if delivered else None
        # the doc (STORED_FIELDS): these members around the link's; the other fields are
        # text by the spec's schema (else a NULL doc: see record_members)
        head = '{"message_id":' + dumps(message_id).decode() + f',"receive_date":"{now}"'
        if delivery is not None:  # now: digits, "-", ":" and " " (nothing to escape)
            head += f',"delivery_date":"{now}"'
        members = {
            "sender_address": body["sender_address"],
            "sender_name": body["sender_name"],
            "recipient_address": body["recipient_address"],
            "recipient_name": body["recipient_name"],
        }
        if proxy_address is not None:
            members["proxy_address"] = proxy_address
        if proxy_name is not None:
            members["proxy_name"] = proxy_name
        if conversation_id is not None:
            members["conversation_id"] = conversation_id
        members["disposition"] = disposition
        tail = None
        if set(map(type, members.values())) == {str}:
            tail = "," + dumps(members).decode()[1:]
        with self.db.tx() as conn:
            # the link's columns copied in the same statement: no row when there is no such
            # link (nothing stored then: the error rolls the transaction back)
            stored = conn.execute(
                _SEND,
                (
                    message_id,
                    now,
                    delivery,
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
                    head,
                    tail,
                    link_id,
                ),
            ).rowcount
            if not stored:
                raise ApiError(400, "validation", [Violation("", "link_id does not exist")])
            if conversation_id:
                conn.execute(
                    "INSERT INTO conversations VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        conversation_id,
                        proxy_address,
                        proxy_name,
                        link_id,  # the link's own link_id: the one it was found by
                        body["sender_address"],
                        body["recipient_address"],
                        now,
                    ),
                )
            self.keep_request(conn, (message_id,), call)
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
        start, end = q.get("start_date"), q.get("end_date")
        if not (start and end):
            month_start, day_end = default_range(self.clock.now())
            start, end = start or month_start, end or day_end
        filters = tuple(filter(q.__contains__, FILTERS))
        count_sql, rows_sql, keys = _search_sql(filters, q.get("order"), q.get("fields"))
        page, limit = int(q.get("page", 1)), int(q.get("limit", 20000))
        offset = (page - 1) * limit
        params: list[Any] = [start, end, *(q[name] for name in filters)]
        if count_sql is None:  # the date range alone: counted in time flat in stored e-mails
            total = self._count_in_range(start, end)
            rows = self.db.query(rows_sql, [*params, limit, offset]) if offset < total else []
        else:
            total = self.db.query(count_sql, params)[0][0]
            rows = self.db.query(rows_sql, [*params, limit, offset]) if offset < total else []
        if keys is _DOC_KEYS:
            results = []
            for doc, read_disposition, read_first_date, seq in rows:
                if doc is None:  # (see record_members)
                    results.append(self._columns(seq))
                    continue
                record = loads(doc)
                if read_disposition is not None:
                    record["read_disposition"] = read_disposition
                if read_first_date is not None:
                    record["read_first_date"] = read_first_date
                results.append(record)
        else:
            results = [
                {k: v for k, v in zip(keys, row, strict=True) if v is not None} for row in rows
            ]
        return Reply(
            200,
            {
                "current_page": page,
                "total_pages": -(-total // limit),
                "total_results": total,
                "results": results,
            },
        )

    def _columns(self, seq: int) -> dict[str, Any]:
        """The search record of every field of an e-mail without a doc, from its columns."""
        row = self.db.query(f"SELECT {_ALL} FROM emails WHERE seq = ?", (seq,))[0]
        return {k: v for k, v in zip(FIELDS, row, strict=True) if v is not None}


@lru_cache(maxsize=512)
def _search_sql(
    filters: tuple[str, ...], order: str | None, fields: str | None
) -> tuple[str | None, str, tuple[str, ...]]:
    """(the COUNT statement, None for the date range alone, which ``_count_in_range``
    counts; the page's statement; its column names) of a search: the same text for the same
    filters, order and fields (so built once)."""
    # "YYYY-MM-DD HH:MM:SS" is fixed-width, so text order is time order
    condition = " AND ".join(
        ["receive_date >= ?", "receive_date <= ?", *(f"{name} = ?" for name in filters)]
    )
    terms = []
    for term in (order or DEFAULT_ORDER).split(","):
        name, _, direction = term.rpartition("_")
        terms.append(f"{name} {'ASC' if direction == 'ASC' else 'DESC'}")
    terms.append("seq ASC")  # stable pages
    keys = tuple(dict.fromkeys(fields.split(",") if fields else FIELDS))
    if keys == FIELDS:  # every field: read from the stored doc
        keys = _DOC_KEYS
    rows_sql = (
        f"SELECT {', '.join(keys)} FROM emails WHERE {condition}"
        f" ORDER BY {', '.join(terms)} LIMIT ? OFFSET ?"
    )
    count_sql = f"SELECT COUNT(*) FROM emails WHERE {condition}" if filters else None
    return count_sql, rows_sql, keys
