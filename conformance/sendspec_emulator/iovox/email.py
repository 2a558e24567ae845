"""iovox `email` operations (the spec's tag): send, proxy addresses, search."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, NamedTuple

from orjson import dumps

from ..core import ApiError, Call, Reply, Violation, handles, new_uuid
from ..core.rendered import RawJSON
from .state import (
    DEFAULT_ORDER,
    FIELDS,
    FILTERS,
    LINK_MEMBERS,
    RANGE_COUNT,
    IovoxState,
    default_range,
    disposition_for,
    fmt,
)

#: what a page of every field reads of each e-mail: its doc, read state and seq
_DOC_KEYS = ("doc", "read_disposition", "read_first_date", "seq")
_ALL = ", ".join(FIELDS)
_RANGE_COUNT = f"({RANGE_COUNT})"
#: the dispositions with a delivery_date (the e-mail left: the date it was received)
_DELIVERED = frozenset(("sent", "received_bounced", "undeliverable"))

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
        sender_address, sender_name = body["sender_address"], body["sender_name"]
        recipient_address, recipient_name = body["recipient_address"], body["recipient_name"]
        conversation_id = proxy_address = None
        proxy_name = body.get("proxy_name")
        if body.get("proxy_domain"):
            conversation_id = new_uuid()
            proxy_address = self._new_proxy_address(body["proxy_domain"])
            proxy_name = proxy_name or sender_name
        disposition = disposition_for(recipient_address)
        link_id = str(body["link_id"])
        delivery = now if disposition in _DELIVERED else None
        # the doc (STORED_FIELDS): these members around the link's; the message_id (a uuid)
        # and the dates (digits, "-", ":" and " ") have nothing to escape
        head = f'{{"message_id":"{message_id}","receive_date":"{now}"'
        if delivery is not None:
            head += f',"delivery_date":"{now}"'
        members = {
            "sender_address": sender_address,
            "sender_name": sender_name,
            "recipient_address": recipient_address,
            "recipient_name": recipient_name,
        }
        if proxy_address is not None:
            members["proxy_address"] = proxy_address
        if proxy_name is not None:
            members["proxy_name"] = proxy_name
        if conversation_id is not None:
            members["conversation_id"] = conversation_id
        members["disposition"] = disposition
        tail = None
        # the given members are text by the spec's schema (the others are made here as
        # text); were one not, the doc would be NULL (see record_members)
        if (
            type(sender_address) is type(sender_name) is str
            and type(recipient_address) is type(recipient_name) is str
            and (proxy_name is None or type(proxy_name) is str)
        ):
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
                    sender_address,
                    sender_name,
                    recipient_address,
                    recipient_name,
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
                        sender_address,
                        recipient_address,
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
        sql = _search_sql(filters, q.get("order"), q.get("fields"))
        page, limit = int(q.get("page", 1)), int(q.get("limit", 20000))
        offset = (page - 1) * limit
        params: list[Any] = [start, end, *(q[name] for name in filters)]
        if offset == 0:
            # the first page reads its count with its rows (the count's last column): one
            # statement, and no row means nothing matches (limit is at least 1)
            count_params = params if filters else [start, end]
            rows = self.db.rows(sql.first_page_sql, [*count_params, *params, limit])
            total = rows[0][-1] if rows else 0
        else:
            if sql.count_sql is None:  # the date range alone: counted flat in stored e-mails
                total = self._count_in_range(start, end)
            else:
                total = self.db.rows(sql.count_sql, params)[0][0]
            rows = self.db.rows(sql.page_sql, [*params, limit, offset]) if offset < total else []
        keys = sql.keys
        results: list[Any] = []
        if keys is _DOC_KEYS:
            # by position: doc, read_disposition, read_first_date, seq (then the count); the
            # doc's text goes out as it is, the read state (never in it) appended as members
            for row in rows:
                doc = row[0]
                if doc is None:  # (see record_members)
                    results.append(self._columns(row[3]))
                    continue
                read, first = row[1], row[2]
                if read is not None or first is not None:
                    doc = doc[:-1]  # (the closing brace; a doc always has its message_id)
                    if read is not None:
                        doc += b',"read_disposition":' + dumps(read)
                    if first is not None:
                        doc += b',"read_first_date":' + dumps(first)
                    doc += b"}"
                results.append(RawJSON(doc))
        else:
            width = len(keys)  # (a first page's rows end with the count)
            results = [
                {k: v for k, v in zip(keys, row[:width], strict=True) if v is not None}
                for row in rows
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
        row = self.db.rows(f"SELECT {_ALL} FROM emails WHERE seq = ?", (seq,))[0]
        return {k: v for k, v in zip(FIELDS, row, strict=True) if v is not None}


class _SearchSql(NamedTuple):
    """The statements of one kind of search (its filters, order and fields)."""

    #: the matches' COUNT, None for the date range alone (``_count_in_range`` counts it)
    count_sql: str | None
    #: one page of matches (limit and offset last)
    page_sql: str
    #: the first page (limit last), each row ending with the matches' count
    first_page_sql: str
    #: the page's column names
    keys: tuple[str, ...]


@lru_cache(maxsize=512)
def _search_sql(filters: tuple[str, ...], order: str | None, fields: str | None) -> _SearchSql:
    """The statements of a search: the same text for the same filters, order and fields (so
    built once)."""
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
    count = f"SELECT COUNT(*) FROM emails WHERE {condition}" if filters else None
    # the first page's count, a subquery SQLite runs once per statement; the date range
    # alone counted as _count_in_range counts it (a start after the end miscounts, but then
    # no row matches to carry the count)
    total = f"({count})" if count else _RANGE_COUNT
    columns = ", ".join(keys)
    if keys is _DOC_KEYS:  # the doc as its UTF-8 bytes: orjson parses them as they are
        columns = "CAST(doc AS BLOB), read_disposition, read_first_date, seq"
    select = f"SELECT {columns}"
    rest = f" FROM emails WHERE {condition} ORDER BY {', '.join(terms)} LIMIT ?"
    return _SearchSql(count, f"{select}{rest} OFFSET ?", f"{select}, {total}{rest}", keys)
