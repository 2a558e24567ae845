"""Inxmail HAL rendering: absolute links, items, replies, cursor pages, conditional GET, the
generic list/get/delete handlers and the query filters the resources share.

- HAL: every item has ``_links.self`` (absolute, from the request's host and the spec's server
  path with the ``{customer}`` variable at its default); top-level documents add the ``inx`` curie.
- Collections: cursor paged by ``afterId`` (exclusive) and ``pageSize`` (default 1000; < 1 -> 1000,
  > 1000 -> 1000), ascending ids, live data, read in SQL (``pageSize`` + 1 items after the
  cursor, one before it for ``first``; see ``query.py``). ``_embedded."inx:<rel>"`` (names
  from the spec), ``_links.self``, ``first`` (omitted on the first page), ``next`` (only when a
  non-empty next page exists) and ``inx:upcoming`` on the last page (``afterId`` = last id of
  the page).
- Conditional GET (``If-Modified-Since``) on /attributes, /target-groups, /text-modules -> 304
  when the collection has not changed since.
- Nothing trims a reply to the spec: what the handlers build is sent as is, and with
  ``SENDSPEC_STRICT_RESPONSES=1`` the core turns a reply the spec rejects into a 500 naming it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from itertools import islice
from typing import Any
from urllib.parse import urlencode

from ..core import JSON, Call, Handler, Reply, deref
from ..core import response_pointer as core_response_pointer
from ..core.rendered import RawJSON, Renderings
from .query import Select
from .rules import InxmailRules
from .state import HREFS, _decode
from .values import OPS, SPEC, _pairs, ids, many, parse_ts

HAL = "application/hal+json"
CURIES = [
    {
        "href": "https://apidocs.inxmail.com/xpro/rest/v1/relations/{rel}",
        "name": "inx",
        "templated": True,
    }
]
MAX_PAGE = 1000
#: the item paths whose only field is a trailing ``{id}``: template -> what precedes it
_BY_ID = {t: t[: -len("{id}")] for t in HREFS.values() if t.count("{") == 1 and t.endswith("{id}")}


#: (operation, status) -> response_pointer(): the spec does not change, so each is walked once
_POINTERS: dict[tuple[str, int], str | None] = {}
#: operation -> _embedded_rel()
_RELS: dict[str, str] = {}


def response_pointer(op_id: str, status: int) -> str | None:
    """The JSON pointer of the body schema of an operation's response (None: no body)."""
    key = (op_id, status)
    try:
        return _POINTERS[key]
    except KeyError:
        pointer = _POINTERS[key] = core_response_pointer(SPEC, OPS[op_id], status)
        return pointer


def _embedded_rel(op_id: str) -> str:
    """The ``_embedded`` key of a collection operation, as the spec names it."""
    rel = _RELS.get(op_id)
    if rel is None:
        rel = _RELS[op_id] = _find_embedded_rel(op_id)
    return rel


def _find_embedded_rel(op_id: str) -> str:
    pointer = response_pointer(op_id, 200)
    assert pointer
    node = deref(SPEC, {"$ref": "#" + pointer})
    for _ in range(4):
        if "_embedded" not in node.get("properties", {}):
            break
        node = deref(SPEC, node["properties"]["_embedded"])
    return str(next(iter(node.get("properties", {}))))


class HalResources(InxmailRules):
    """Rendering and paging; the resource modules' classes derive from this one."""

    # ------------------------------------------------------------------ rendering
    def url(self, path: str, query: Mapping[str, Any] | None = None) -> str:
        q = {k: v for k, v in (query or {}).items() if v is not None}
        return self._base + path + ("?" + urlencode(q) if q else "")

    def page_url(self, path: str, after: int, size: int, extra: list[tuple[str, str]]) -> str:
        """A page link as the service writes it: ``afterId`` and ``pageSize`` first, then the
        request's other parameters, repeated ones repeated."""
        if not extra and type(after) is int and type(size) is int:  # as urlencode writes them
            return f"{self._base}{path}?afterId={after}&pageSize={size}"
        return self._base + path + "?" + urlencode([("afterId", after), ("pageSize", size), *extra])

    def href(self, coll: str, item: Mapping[str, Any], template: str | None = None) -> str:
        path = template or HREFS[coll]
        if path in _BY_ID and type(item["id"]) is int:  # what format() writes of it
            return f"{self._base}{_BY_ID[path]}{item['id']}"
        values = {k: v for k, v in item.items() if isinstance(v, (int, str))}
        values.setdefault("before", int(item["id"]) - 1)
        try:
            return self._base + (template or HREFS[coll]).format(**values)
        except (KeyError, IndexError, ValueError):
            return self._base + (template or HREFS[coll]).split("{")[0] + str(item["id"])

    def item(
        self, coll: str, item: Mapping[str, Any], template: str | None = None
    ) -> dict[str, Any]:
        out = {k: v for k, v in item.items() if not k.startswith("_")}
        links: dict[str, Any] = {"self": {"href": self.href(coll, item, template)}}
        if isinstance(item.get("listId"), int):
            links["inx:list"] = {"href": self.url(f"/lists/{item['listId']}")}
        if isinstance(item.get("mailingId"), int):
            links["inx:mailing"] = {"href": self.url(f"/mailings/{item['mailingId']}")}
        if isinstance(item.get("sendingId"), int):
            links["inx:sending"] = {"href": self.url(f"/sendings/{item['sendingId']}")}
        if isinstance(item.get("recipientId"), int):
            links["inx:recipient"] = {"href": self.url(f"/recipients/{item['recipientId']}")}
        out["_links"] = links
        return out

    def reply(
        self,
        call: Call,
        body: JSON,
        status: int = 200,
        headers: dict[str, str] | None = None,
    ) -> Reply:
        all_headers = self._rate_headers(consume=False)
        all_headers.update(headers or {})
        pointer = response_pointer(call.operation_id, status)
        if pointer is None:
            return Reply(status, None, all_headers)
        if isinstance(body, dict):
            links = body.setdefault("_links", {})
            links.setdefault("curies", CURIES)
        return Reply(status, body, all_headers, media_type=HAL)

    def created(self, call: Call, coll: str, item: Mapping[str, Any], body: Any = None) -> Reply:
        rendered = body if body is not None else self.item(coll, item)
        location = self.href(coll, item)
        return self.reply(call, rendered, 201, {"Location": location})

    def page(
        self,
        call: Call,
        coll: str,
        sel: Select,
        render: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
        render_row: Callable[[int, str], JSON] | None = None,
    ) -> Reply:
        """One cursor page of what ``sel`` selects: ``pageSize`` + 1 items after ``afterId``
        (the extra one tells whether ``next`` exists) and, past the first page, whether any
        item precedes the cursor (``first``); nothing else is read. ``render_row``: what
        ``render`` makes of an item, from its stored (id, data) row, for a selection without
        a predicate (no item dict per row)."""
        after = call.query.get("afterId", 0)
        size = call.query.get("pageSize", MAX_PAGE)
        if size < 1:
            size = MAX_PAGE
        size = min(size, MAX_PAGE)
        if render_row is not None and sel.pred is None:
            rows = list(islice(self.scan_rows(sel, after=after, chunk=size + 1), size + 1))
            more, page_rows = len(rows) > size, rows[:size]
            last = page_rows[-1][0] if page_rows else after
            items = [render_row(i, d) for i, d in page_rows]
        else:
            later = list(islice(self.scan(sel, after=after, chunk=size + 1), size + 1))
            more, chunk = len(later) > size, later[:size]
            last = chunk[-1]["id"] if chunk else after
            each = render or (lambda i: self.item(coll, i))
            items = [each(i) for i in chunk]
        rel = _embedded_rel(call.operation_id)
        extra = [(k, v) for k, v in _pairs(call) if k not in ("afterId", "pageSize")]
        links: dict[str, Any] = {"self": {"href": self.page_url(call.path, after, size, extra)}}
        # ids start at 1 (``insert_many``): no item precedes a cursor below that
        if after >= 1 and next(self.scan(sel, upto=after, chunk=1), None) is not None:
            links["first"] = {"href": self.page_url(call.path, 0, size, extra)}
        if more:
            links["next"] = {"href": self.page_url(call.path, last, size, extra)}
        else:
            links["inx:upcoming"] = {"href": self.page_url(call.path, last, size, extra)}
        links["curies"] = CURIES
        body = {"_embedded": {rel: items}, "_links": links}
        return self.reply(call, body)

    def conditional(self, call: Call, coll: str) -> Reply | None:
        since = call.headers.get("if-modified-since")
        if not since:
            return None
        ts = parse_ts(since)
        if ts is None:
            return None
        rows = self.db.query("SELECT changed FROM sequences WHERE coll = ?", (coll,))
        changed = parse_ts(rows[0]["changed"]) if rows and rows[0]["changed"] else None
        if changed is None or changed <= ts:
            return Reply(304, None, self._rate_headers(consume=False))
        return None

    # ------------------------------------------------------------------ generic handlers
    def _lister(
        self,
        coll: str,
        pred: Callable[[Call, dict[str, Any]], bool] | None = None,
        narrow: Callable[[Call, Select], Any] | None = None,
        *,
        conditional: bool = False,
    ) -> Handler:
        """A collection GET: ``pred`` is the rule on an item, ``narrow`` adds the SQL that
        reads only the items it can accept (see ``query.py``)."""

        def handler(call: Call) -> Reply:
            if conditional and (not_modified := self.conditional(call, coll)):
                return not_modified
            sel = Select(coll, None if pred is None else lambda i: pred(call, i))
            if narrow is not None:
                narrow(call, sel)
            return self.page(
                call, coll, sel, lambda i: self.embed_recipient(call, i, self.item(coll, i))
            )

        return handler

    def _getter(self, coll: str, param: str = "id") -> Handler:
        def handler(call: Call) -> Reply:
            item = self.must(coll, call.path_params[param], "resource")
            return self.reply(call, self.item(coll, item))

        return handler

    def _deleter(self, coll: str) -> Handler:
        def handler(call: Call) -> Reply:
            item = self.must(coll, call.path_params["id"], "resource")
            self.remove(coll, item["id"])
            return self.reply(call, None, 204)

        return handler

    # ------------------------------------------------------------------ filters
    @staticmethod
    def _in(call: Call, item: Mapping[str, Any], param: str, field: str) -> bool:
        if param not in call.query:
            return True
        return item.get(field) in ids(call.query[param])

    @staticmethod
    def _eq(call: Call, item: Mapping[str, Any], param: str, field: str) -> bool:
        return param not in call.query or item.get(field) == call.query[param]

    @staticmethod
    def _narrow(call: Call, sel: Select, *filters: tuple[str, str]) -> Select:
        """The SQL of ``_eq`` / ``_in`` filters (``(param, field)``; a plural param is an
        ``_in`` filter of several ids), in the order given: the first present one drives."""
        for param, name in filters:
            if param not in call.query:
                continue
            if param.endswith("s"):
                sel.among(name, ids(call.query[param]))
            else:
                sel.eq(name, call.query[param])
        return sel

    @staticmethod
    def _dates(
        call: Call,
        item: Mapping[str, Any],
        field: str,
        after: str,
        before: str,
        strict: bool = True,
    ) -> bool:
        if after not in call.query and before not in call.query:
            return True
        value = item.get(field)
        ts = parse_ts(value) if isinstance(value, str) else None
        for param, is_after in ((after, True), (before, False)):
            if param in call.query:
                bound = parse_ts(call.query[param])
                if ts is None or bound is None:
                    return False
                if is_after and (ts <= bound if strict else ts < bound):
                    return False
                if not is_after and ts >= bound:
                    return False
        return True

    def _list_narrow(self, call: Call, sel: Select) -> None:
        self._narrow(call, sel, ("listId", "listId"), ("listIds", "listId"))

    def _list_filter(self, call: Call, item: dict[str, Any]) -> bool:
        return (
            self._eq(call, item, "listId", "listId")
            and self._in(call, item, "listIds", "listId")
            and self._dates(call, item, "modificationDate", "lastModifiedSince", "_", False)
        )

    def embed_recipient(
        self, call: Call, item: dict[str, Any], rendered: dict[str, Any]
    ) -> dict[str, Any]:
        if "inx:recipient" in many(call.query.get("embedded")):
            recipient = self.get("recipients", item.get("recipientId"))
            if recipient:
                names = call.query.get("recipientAttributes")
                wanted = many(names)
                rendered["_embedded"] = {
                    "inx:recipient": self.render_recipient(recipient, attributes=wanted)
                }
        return rendered

    def render_recipient(
        self,
        item: dict[str, Any],
        *,
        attributes: list[str] | None = None,
        all_attributes: bool = False,
        permissions: set[int] | None = None,
        subscriptions: set[int] | None = None,
        unsubscriptions: set[int] | None = None,
    ) -> dict[str, Any]:
        out = _recipient_fields(item["id"], item)
        if not (attributes or all_attributes) and (
            permissions is None and subscriptions is None and unsubscriptions is None
        ):  # the plain item (a send's reply, a listing's items): nothing more to read
            out["_links"] = {"self": {"href": f"{self._base}/recipients/{item['id']}"}}
            return out
        values = item.get("attributes") or {}
        if all_attributes:
            out["attributes"] = dict(values)
        elif attributes:
            out["attributes"] = {n: values.get(n) for n in attributes}
        rows = self.memberships(item["id"]) if subscriptions or unsubscriptions else []
        if permissions is not None:
            mine = Select("tracking-permissions").eq("recipientId", item["id"])
            perms = {
                p.get("listId"): p.get("trackingPermissionState")
                for p in self.find(mine.also(lambda p: p.get("recipientId") == item["id"]))
            }
            out["tracking-permissions"] = [
                {"listId": lid, "permission": perms.get(lid, "DENIED")}
                for lid in sorted(permissions)
            ]
        if subscriptions is not None:
            subs = {r["list_id"]: r["subscribed"] for r in rows}
            out["subscriptionDates"] = [
                {"listId": lid, "date": subs.get(lid)} for lid in sorted(subscriptions)
            ]
        if unsubscriptions is not None:
            unsubs = {r["list_id"]: r["unsubscribed"] for r in rows}
            out["unsubscriptionDates"] = [
                {"listId": lid, "date": unsubs.get(lid)} for lid in sorted(unsubscriptions)
            ]
        out["_links"] = {"self": {"href": f"{self._base}/recipients/{item['id']}"}}
        return out

    def render_recipient_row(self, ident: int, data: str) -> RawJSON:
        """``render_recipient`` of the item ``scan`` makes of a stored row, from the row: no
        item dict built per recipient of a plain listing, and its text kept by the row (and
        the origin its link has)."""
        return _RECIPIENT_ROWS((ident, data, self._base))


def _recipient_row(key: tuple[int, str, str]) -> dict[str, Any]:
    """``HalMixin.render_recipient_row``'s rendering: a plain recipient from its stored
    (id, data) row, its link under ``base``."""
    ident, data, base = key
    values = _decode(data)
    if "id" in values:  # (never stored: insert and save drop it) the item's own id wins
        ident = values["id"]
    out = _recipient_fields(ident, values)
    out["_links"] = {"self": {"href": f"{base}/recipients/{ident}"}}
    return out


_RECIPIENT_ROWS = Renderings(_recipient_row)


def _recipient_fields(ident: int, values: Mapping[str, Any]) -> dict[str, Any]:
    """The fields every rendered recipient has, from its stored values."""
    return {
        "id": ident,
        "email": values.get("email"),
        "lowerEmail": str(values.get("email", "")).lower() or None,
        "unavailable": bool(values.get("unavailable", False)),
        "last_modified": values.get("last_modified"),
    }
