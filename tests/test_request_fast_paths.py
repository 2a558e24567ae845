"""The request path's shortcuts give what the general code gives: the request's path and
query without Starlette's URL, header lookups without Starlette's scan, a body read without a
timer while the server holds it, a reply's ASGI messages without Starlette's Response, and a
response's head and body in one write."""

from __future__ import annotations

import asyncio
import random
import sqlite3
import threading
from typing import Any

import pytest
from sendspec_emulator import create_app
from sendspec_emulator.core.app import RequestLimit, _Headers, _render, _url_parts
from sendspec_emulator.core.state import Database, new_uuid
from sendspec_emulator.core.values import Reply
from sendspec_emulator.server import _OneWrite
from starlette.datastructures import URL, Headers
from starlette.responses import Response

PIECES = ["a", "/", "?", "#", "\\", " ", "\t", "\n", "\r", "%2F", "é", "\x00", "\x7f", "[", "]"]
PIECES += [":", "@", ".", "=", "&", "1"]
HOSTS: list[bytes | None] = [
    b"127.0.0.1:8000",
    b"localhost",
    b"[::1]:80",
    b"[abc",
    b"a/b",
    b"a#b",
    b"h:99999",
]
HOSTS += [b"", b"\xc3\xa9", b"a b", b"x@y", b"a?b", None]


def _expected(scope: dict[str, Any]) -> Any:
    try:
        url = URL(scope=scope)
        return url.path, url.query
    except Exception as exc:  # the same failure, or none
        return type(exc)


def _got(scope: dict[str, Any]) -> Any:
    try:
        return _url_parts(scope)
    except Exception as exc:
        return type(exc)


def test_url_parts_are_starlettes_url_path_and_query() -> None:
    rng = random.Random(11)
    for _ in range(20_000):
        path = "/" + "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 6)))
        if rng.random() < 0.2:
            path = "/" + path
        query = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 5))).encode()
        host = rng.choice(HOSTS)
        scope = {
            "type": "http",
            "scheme": "http",
            "path": path,
            "query_string": query,
            "headers": [] if host is None else [(b"host", host)],
            "server": rng.choice([("127.0.0.1", 8000), ("::1", 80), None]),
        }
        assert _got(scope) == _expected(scope), scope


@pytest.mark.parametrize(
    "reply",
    [
        Reply(200, {"a": 1}),
        Reply(201, {"é": "ü"}, headers={"X-Thing": "1", "Retry-After": "2"}),
        Reply(204, None),
        Reply(404, None),
        Reply(200, raw=b"a,b\n", media_type="text/csv"),
        Reply(200, raw=b"<p>", media_type="text/html; charset=latin-1"),
        Reply(200, {"a": 1}, headers={"Content-Type": "application/problem+json"}),
        Reply(200, {"a": 1}, headers={"content-length": "7"}),
        Reply(304, None, headers={"ETag": '"x"'}),
        Reply(200, raw=b"", media_type="application/json"),
    ],
)
def test_render_sends_what_a_starlette_response_sends(reply: Reply) -> None:
    answer = _render(reply)
    content = reply.raw if reply.raw is not None else b"" if reply.body is None else answer.body
    media = reply.media_type if content else None
    response = Response(content, reply.status, dict(reply.headers), media)

    async def messages(app: Any) -> list[dict[str, Any]]:
        sent: list[dict[str, Any]] = []

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        await app({"type": "http"}, None, send)
        return sent

    assert asyncio.run(messages(answer)) == asyncio.run(messages(response))


class _Transport:
    def __init__(self) -> None:
        self.writes: list[bytes] = []
        self.closed = False

    def write(self, data: bytes) -> None:
        self.writes.append(data)

    def is_closing(self) -> bool:
        return self.closed

    def close(self) -> None:
        self.closed = True

    def get_extra_info(self, name: str) -> str:
        return f"info {name}"


class _Cycle:
    response_started = False
    response_complete = False


def test_one_write_joins_a_head_and_its_body() -> None:
    async def run() -> None:
        transport, cycle = _Transport(), _Cycle()
        writer = _OneWrite(transport, cycle, asyncio.get_running_loop())
        writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")  # before the response: at once
        assert transport.writes == [b"HTTP/1.1 100 Continue\r\n\r\n"]
        cycle.response_started = True
        writer.write(b"HEAD")
        assert transport.writes == [b"HTTP/1.1 100 Continue\r\n\r\n"]
        writer.write(b"BODY")
        writer.write(b"")
        assert transport.writes[1:] == [b"HEADBODY", b""]
        await asyncio.sleep(0)  # the scheduled flush has nothing left to write
        assert len(transport.writes) == 3
        assert writer.get_extra_info("peername") == "info peername"

    asyncio.run(run())


def test_one_write_sends_a_lone_head_at_the_next_turn_or_on_close() -> None:
    async def run() -> None:
        transport, cycle = _Transport(), _Cycle()
        writer = _OneWrite(transport, cycle, asyncio.get_running_loop())
        cycle.response_started = True
        writer.write(b"HEAD")  # a streamed answer: the body comes later
        await asyncio.sleep(0)
        assert transport.writes == [b"HEAD"]
        writer.write(b"CHUNK")
        assert transport.writes == [b"HEAD", b"CHUNK"]

        transport, cycle = _Transport(), _Cycle()
        writer = _OneWrite(transport, cycle, asyncio.get_running_loop())
        cycle.response_started = True
        writer.write(b"HEAD")
        writer.close()  # a dropped connection still sends the head it promised
        assert transport.writes == [b"HEAD"] and transport.closed and writer.is_closing()

    asyncio.run(run())


def test_one_write_writes_a_large_body_after_the_head() -> None:
    async def run() -> None:
        transport, cycle = _Transport(), _Cycle()
        writer = _OneWrite(transport, cycle, asyncio.get_running_loop())
        cycle.response_started = True
        big = b"x" * (1 << 20)
        writer.write(b"HEAD")
        writer.write(big)
        assert transport.writes == [b"HEAD", big]

    asyncio.run(run())


def test_header_lookups_are_starlettes() -> None:
    rng = random.Random(5)
    names = [b"host", b"accept", b"x-trx-api-key", b"authorization", b"x-a"]
    values = [b"", b"1", b"a b", b"\xe9t\xe9", b"App k"]
    keys = ["host", "HOST", "Accept", "x-trx-api-key", "X-Trx-Api-Key", "missing", "x-A"]
    for _ in range(3000):
        raw = [(rng.choice(names), rng.choice(values)) for _ in range(rng.randint(0, 6))]
        scope = {"type": "http", "headers": raw}
        ours, theirs = _Headers(scope=scope), Headers(scope=scope)
        for key in keys:
            assert ours.get(key) == theirs.get(key)
            assert ours.get(key, "d") == theirs.get(key, "d")
            assert (key in ours) == (key in theirs)
            if key in theirs:
                assert ours[key] == theirs[key]
            else:
                with pytest.raises(KeyError):
                    ours[key]
            assert ours.getlist(key) == theirs.getlist(key)
        assert list(ours.items()) == list(theirs.items()) and dict(ours) == dict(theirs)


class _UvicornCycle:
    """uvicorn's request cycle as the app sees it: ``receive`` and its ``message_event``."""

    def __init__(self, messages: list[dict[str, Any]], ready: bool) -> None:
        self.messages = messages
        self.message_event = asyncio.Event()
        if ready:
            self.message_event.set()

    async def receive(self) -> dict[str, Any]:
        await self.message_event.wait()
        return self.messages.pop(0)


def test_a_body_the_server_holds_is_read_at_once_and_a_missing_one_times_out() -> None:
    app = create_app("iovox-email")
    app.read_timeout = 0.05
    scope: dict[str, Any] = {"type": "http", "headers": [], "sendspec.body_cap": 100}
    message = {"type": "http.request", "body": b"{}", "more_body": False}

    async def read(cycle: _UvicornCycle) -> dict[str, Any]:
        return dict(await app._limited(scope, cycle.receive)())

    assert asyncio.run(read(_UvicornCycle([dict(message)], ready=True))) == message
    with pytest.raises(RequestLimit) as refused:  # the event never set: the body never comes
        asyncio.run(read(_UvicornCycle([dict(message)], ready=False)))
    assert refused.value.error.status == 408 and refused.value.close


def test_new_uuid_is_a_random_version_4_uuid_as_uuid4_writes_it() -> None:
    import uuid

    seen = set()
    for _ in range(5000):
        text = new_uuid()
        parsed = uuid.UUID(text)
        assert str(parsed) == text and parsed.version == 4 and parsed.variant == uuid.RFC_4122
        seen.add(text)
    assert len(seen) == 5000


def test_a_transaction_commits_or_rolls_back_and_always_releases_the_lock() -> None:
    db = Database()
    db.script("CREATE TABLE t (x INTEGER PRIMARY KEY)")
    with db.tx() as conn:
        conn.execute("INSERT INTO t VALUES (1)")
    with pytest.raises(ZeroDivisionError), db.tx() as conn:
        conn.execute("INSERT INTO t VALUES (2)")
        _ = 1 / 0
    with pytest.raises(sqlite3.IntegrityError), db.tx() as conn:
        conn.execute("INSERT INTO t VALUES (1)")  # a failing statement rolls back too
    assert [tuple(r) for r in db.query("SELECT x FROM t")] == [(1,)]
    with db.tx() as conn:  # None is bound as NULL (through the adapter state.py registers)
        conn.executemany("INSERT INTO t VALUES (?)", [(None,)])
    assert [tuple(r) for r in db.query("SELECT typeof(x), x IS NULL FROM t WHERE x = 2")] == [
        ("integer", 0)
    ]  # (an INTEGER PRIMARY KEY given NULL takes the next rowid)
    db.script("CREATE TABLE n (v)")
    db.conn.execute("INSERT INTO n VALUES (?)", (None,))
    assert [tuple(r) for r in db.query("SELECT typeof(v) FROM n")] == [("null",)]
    db.conn.execute("DELETE FROM t WHERE x = 2")
    assert not db.conn.in_transaction
    assert db.lock.acquire(blocking=False)  # released (an RLock: not held by this thread)
    db.lock.release()
    other = []
    thread = threading.Thread(target=lambda: other.append(db.lock.acquire(timeout=5)))
    thread.start()
    thread.join()
    assert other == [True]


def _get(
    app: Any, path: str, query: bytes, headers: list[tuple[bytes, bytes]]
) -> tuple[int, bytes]:
    """``GET path?query`` through the app's ASGI interface: (status, body)."""
    scope = {
        "type": "http",
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": query,
        "root_path": "",
        "headers": [(b"host", b"127.0.0.1"), *headers],
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 80),
    }
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    asyncio.run(app(scope, receive, send))
    return sent[0]["status"], sent[1]["body"]


ICOMMKT_KEY = [(b"x-trx-api-key", b"demo-server-token")]
QUERY_PIECES = ["count=", "offset=", "tag=", "status=", "recipient=", "fromdate=", "todate="]
QUERY_VALUES = ["", "0", "10", "500", "-1", "x", "sent", "a%40b.c", "2024-01-01", "1e3", "%FF"]


def test_a_remembered_query_answers_what_a_fresh_one_does() -> None:
    """The validated query is remembered per (operation, query string): asked again, in any
    order, valid or not, each query gets the answer an emulator that never saw it gives."""
    rng = random.Random(3)
    queries = []
    for _ in range(150):
        parts = [
            rng.choice(QUERY_PIECES) + rng.choice(QUERY_VALUES) for _ in range(rng.randint(0, 3))
        ]
        if rng.random() < 0.7:  # (count and offset are required)
            parts[rng.randint(0, len(parts)) : 0] = ["count=10", "offset=0"]
        queries.append("&".join(parts).encode())
    warm = create_app("icommkt-email")
    path = warm.prefix + "/messages/outbound"
    for query in queries:  # the memo filled...
        _get(warm, path, query, ICOMMKT_KEY)
    statuses = set()
    for query in rng.sample(queries, len(queries)):  # ...then asked again, shuffled
        fresh = create_app("icommkt-email")
        expected = _get(fresh, path, query, ICOMMKT_KEY)
        assert _get(warm, path, query, ICOMMKT_KEY) == expected, query
        statuses.add(expected[0])
    assert 200 in statuses and len(statuses) > 1, statuses  # valid and invalid queries seen


def test_a_handler_gets_its_own_copy_of_a_remembered_query() -> None:
    app = create_app("icommkt-email")
    seen: list[dict[str, Any]] = []
    original = app.handlers["list_outbound_messages"]

    def spoiling(call: Any) -> Any:
        seen.append(dict(call.query))
        call.query["count"] = 999  # a handler that changes its query
        call.query.clear()
        return original(call)

    app.handlers["list_outbound_messages"] = spoiling
    path = app.prefix + "/messages/outbound"
    for _ in range(2):
        _get(app, path, b"count=10&offset=0", ICOMMKT_KEY)
    assert seen == [{"count": 10, "offset": 0}] * 2


def test_the_query_memo_is_bounded() -> None:
    from sendspec_emulator.core.app import _QUERY_MEMO

    app = create_app("icommkt-email")
    path = app.prefix + "/messages/outbound"
    for n in range(_QUERY_MEMO + 10):
        _get(app, path, f"count=1&offset={n}".encode(), ICOMMKT_KEY)
    assert 0 < len(app._query_memo) <= _QUERY_MEMO
