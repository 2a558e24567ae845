"""Request limits (issue 11, "one request can stall everyone"): a body cap per provider,
enforced while the body is read (413 in the provider's own format, nothing stored), and the
server's read timeouts for slow bodies, partial headers and idle connections.

The timeouts are behaviour, not timing: a server with a 0.5 s read timeout must answer or
close the connection; the sockets' own (much longer) timeouts only keep a failing test from
hanging."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from samples import iovox_send
from sendspec_emulator import create_app
from sendspec_emulator.core import Emulator
from sendspec_emulator.server import Limits, Server, serve, server_config, spawn

MIB = 1024 * 1024
#: guards a failing test against hanging; a passing one never waits this long
GUARD = 15.0
SHORT = Limits(read_timeout=0.5, keep_alive=0.5)

SEND = iovox_send()

#: provider -> (auth headers, a JSON body operation's path, a valid body padded by ``pad``)
CASES: dict[str, tuple[dict[str, str], str, Any]] = {
    "iovox-email": (
        {"username": "demo", "secureKey": "demo-secure-key"},
        "/email",
        lambda pad: {**SEND, "text_content": pad},
    ),
    "icomm-sms": (
        {"Authorization": "App demo-api-key"},
        "/sms/3/messages",
        lambda pad: {
            "messages": [{"destinations": [{"to": "41793026727"}], "content": {"text": pad}}]
        },
    ),
    "icommkt-email": (
        {"X-Trx-Api-Key": "demo-server-token"},
        "/email",
        lambda pad: {"From": "sender@example.com", "To": "a@b.org", "TextBody": pad},
    ),
    "inxmail": (
        {"Authorization": "Basic ZGVtby1jbGllbnQ6ZGVtby1zZWNyZXQ="},  # demo-client:demo-secret
        "/lists",
        lambda pad: {
            "name": "list",
            "type": "STANDARD",
            "senderAddress": "john.doe@example.com",
            "description": pad,
        },
    ),
}


def _rows(app: Emulator) -> int:
    db = app.provider.db
    tables = db.query("SELECT name FROM sqlite_master WHERE type = 'table'")
    return sum(db.query(f'SELECT COUNT(*) FROM "{t[0]}"')[0][0] for t in tables)


def _check_provider_format(slug: str, r: httpx.Response, status: int) -> None:
    assert r.status_code == status, r.text
    body = r.json()
    if slug == "iovox-email":
        assert body["errors"] and isinstance(body["errors"][0], str)
    elif slug == "icomm-sms":
        assert body["errorCode"] == f"E{status}"
    elif slug == "icommkt-email":
        assert body["ErrorCode"] == (100 if status == 503 else 300) and body["Message"]
    else:
        assert r.headers["content-type"].startswith("application/problem+json")
        assert body["status"] == status


@contextmanager
def served(slug: str, limits: Limits = SHORT, **options: Any) -> Iterator[Server]:
    app = create_app(slug, strict_responses=True, **options)
    with serve(app, limits=limits) as server:
        yield server


def test_the_body_caps_are_the_documented_limits() -> None:
    caps = {
        slug: {op.operation_id: app.provider.body_cap(op.operation_id) for op in app.operations}
        for slug in CASES
        for app in [create_app(slug)]
    }
    assert set(caps["iovox-email"].values()) == {10 * MIB}
    assert set(caps["icomm-sms"].values()) == {4 * MIB}
    icommkt = caps["icommkt-email"]
    assert icommkt["send_email"] == icommkt["create_template"] == 10 * MIB  # per message
    assert icommkt["send_email_batch"] == icommkt["send_email_batch_with_templates"] == 50 * MIB
    assert caps["inxmail"]["import_recipients"] == 128 * MIB  # "128 MB by default ... 413"
    assert caps["inxmail"]["create_mailing_list"] == 10 * MIB


@pytest.mark.parametrize("slug", sorted(CASES))
def test_a_body_over_the_cap_is_a_413_in_the_providers_format_and_nothing_is_stored(
    slug: str,
) -> None:
    headers, path, body = CASES[slug]
    with served(slug) as server, httpx.Client(headers=headers, timeout=GUARD) as http:
        server.app.provider.max_body_bytes = 4096
        before = _rows(server.app)
        big = http.post(server.base_url + path, json=body("x" * 6000))
        _check_provider_format(slug, big, 413)
        assert big.headers["connection"] == "close"  # the rest of the body is not read
        assert _rows(server.app) == before
        # a body under the cap goes through to the operation
        small = http.post(server.base_url + path, json=body("x" * 100))
        assert small.status_code < 300, small.text
        assert _rows(server.app) > before


def test_a_chunked_body_is_counted_while_it_is_read() -> None:
    """No Content-Length: the bytes received are counted, the 413 comes at the cap."""
    headers, path, _ = CASES["iovox-email"]
    chunks = [b'{"text_content": "', *[b"x" * 1024] * 12, b'"}']
    with served("iovox-email") as server, httpx.Client(headers=headers, timeout=GUARD) as http:
        server.app.provider.max_body_bytes = 4096
        r = http.post(
            server.base_url + path,
            content=iter(chunks),
            headers={"Content-Type": "application/json"},
        )
        _check_provider_format("iovox-email", r, 413)
        assert server.app.provider.db.query("SELECT COUNT(*) FROM emails")[0][0] == 0


def test_an_endless_body_is_cut_off_at_the_cap() -> None:
    """The app stops reading an endless body: it takes the cap and as much again, then
    answers 413 (the old code read until the client gave up)."""
    app = create_app("iovox-email")
    app.provider.max_body_bytes = 4096
    received = 0
    sent: list[dict[str, Any]] = []
    scope = {
        "type": "http",
        "method": "POST",
        "path": "/rest/v1/email",
        "raw_path": b"/rest/v1/email",
        "query_string": b"",
        "headers": [
            (b"username", b"demo"),
            (b"securekey", b"demo-secure-key"),
            (b"content-type", b"application/json"),
        ],
    }

    async def receive() -> dict[str, Any]:
        nonlocal received
        received += 1
        if received > 1000:  # the old code's end: the client gives up
            return {"type": "http.disconnect"}
        return {"type": "http.request", "body": b"x" * 1024, "more_body": True}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    asyncio.run(app(scope, receive, send))
    assert sent and sent[0]["status"] == 413
    assert received <= 2 * 4 + 2  # the cap, as much again drained, and the one over


def test_a_declared_length_over_the_cap_is_refused_before_the_body() -> None:
    with served("iovox-email") as server, _connect(server) as sock:
        sock.sendall(
            b"POST /rest/v1/email HTTP/1.1\r\nHost: x\r\nusername: demo\r\n"
            b"secureKey: demo-secure-key\r\nContent-Type: application/json\r\n"
            b"Content-Length: 1000000000\r\n\r\n"
        )
        answer = _read_all(sock)
    assert answer.startswith(b"HTTP/1.1 413 "), answer[:200]
    assert b'{"errors":["The request body is larger than' in answer


def test_an_inxmail_import_over_its_cap_is_a_413_problem() -> None:
    headers, _, _ = CASES["inxmail"]
    with served("inxmail") as server, httpx.Client(headers=headers, timeout=GUARD) as http:
        provider = server.app.provider
        provider.max_body_bytes_by_operation = {"import_recipients": 4096}
        before = _rows(server.app)
        csv = b"email\n" + b"".join(b"r%d@example.com\n" % i for i in range(1000))
        r = http.post(
            f"{server.base_url}/imports/recipients", files={"file": ("r.csv", csv, "text/csv")}
        )
        _check_provider_format("inxmail", r, 413)
        assert r.json()["title"] == "Payload Too Large"
        assert _rows(server.app) == before


# --------------------------------------------------------------------------------------------
# slow clients


@contextmanager
def _connect(server: Server) -> Iterator[socket.socket]:
    sock = socket.create_connection((server.host, server.port), timeout=GUARD)
    try:
        yield sock
    finally:
        sock.close()


def _read_all(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection."""
    out = b""
    while chunk := sock.recv(65536):
        out += chunk
    return out


def test_a_body_shorter_than_its_content_length_gets_a_408_and_the_connection_closes() -> None:
    with served("iovox-email") as server, _connect(server) as sock:
        sock.sendall(
            b"POST /rest/v1/email HTTP/1.1\r\nHost: x\r\nusername: demo\r\n"
            b"secureKey: demo-secure-key\r\nContent-Type: application/json\r\n"
            b'Content-Length: 100\r\n\r\n{"link_id": '
        )
        answer = _read_all(sock)  # returns once the server closes
    assert answer.startswith(b"HTTP/1.1 408 "), answer[:200]
    assert b"connection: close" in answer.lower()
    assert b'{"errors":["The request body did not arrive within 0.5 s"]}' in answer


def test_partial_headers_are_dropped_after_the_read_timeout() -> None:
    with served("iovox-email") as server, _connect(server) as sock:
        sock.sendall(b"GET /rest/v1/email/search HTTP/1.1\r\nHost: x\r\nusername: de")
        assert _read_all(sock) == b""  # closed, without an answer to half a request


def test_a_connection_that_sends_nothing_is_closed() -> None:
    with served("iovox-email") as server:
        socks = [socket.create_connection((server.host, server.port), timeout=GUARD)]
        socks += [socket.create_connection((server.host, server.port), timeout=GUARD)]
        try:
            assert [_read_all(s) for s in socks] == [b"", b""]
        finally:
            for s in socks:
                s.close()


def test_a_request_after_the_first_has_the_same_deadline_for_its_head() -> None:
    with served("iovox-email") as server, _connect(server) as sock:
        sock.sendall(
            b"GET /rest/v1/email/search HTTP/1.1\r\nHost: x\r\nusername: demo\r\n"
            b"secureKey: demo-secure-key\r\n\r\n"
            b"GET /rest/v1/email/search HTTP/1.1\r\nHost: x\r\n"  # the next head, unfinished
        )
        answer = _read_all(sock)
    assert answer.startswith(b"HTTP/1.1 200 "), answer[:200]
    assert answer.count(b"HTTP/1.1 ") == 1


def test_the_server_config_sets_every_limit() -> None:
    app = create_app("iovox-email")
    limits = Limits(read_timeout=3, keep_alive=2, max_header_bytes=8192, max_connections=7)
    config = server_config(app, host="127.0.0.1", port=1, limits=limits)
    assert config.h11_max_incomplete_event_size == 8192
    assert config.timeout_keep_alive == 2
    assert config.limit_concurrency == 7
    assert config.backlog == limits.backlog
    assert app.read_timeout == 3
    assert getattr(config.http, "read_timeout", None) == 3
    app.provider.db.close()


def _parse_answer(raw: bytes) -> httpx.Response:
    """One HTTP/1.1 answer read off a socket, as an httpx Response."""
    head, _, body = raw.partition(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    headers = [tuple(part.strip() for part in line.split(":", 1)) for line in lines]
    assert int(dict(headers)["content-length"]) == len(body), raw[:300]
    return httpx.Response(int(status_line.split()[1]), headers=headers, content=body)


@pytest.mark.parametrize("slug", sorted(CASES))
@pytest.mark.parametrize("split", [False, True], ids=["whole", "split"])
def test_headers_over_the_limit_are_a_431_in_the_providers_format(slug: str, split: bool) -> None:
    limits = Limits(max_header_bytes=4096)
    prefix = create_app(slug).prefix.encode()
    with served(slug, limits=limits) as server, _connect(server) as sock:
        head = b"GET %s/x HTTP/1.1\r\nHost: x\r\nX-Big: %s\r\n\r\n" % (prefix, b"a" * 8000)
        if split:  # in pieces under the limit (h11 buffers them), up to just past it
            for start in range(0, 5000, 1000):
                sock.sendall(head[start : start + 1000])
        else:  # arrives whole: h11 alone would take it
            sock.sendall(head)
        answer = _parse_answer(_read_all(sock))
    assert answer.headers["connection"] == "close"
    _check_provider_format(slug, answer, 431)


@pytest.mark.parametrize("slug", sorted(CASES))
def test_a_request_over_the_connection_limit_is_a_503_in_the_providers_format(slug: str) -> None:
    """uvicorn's own answer is plain text; the emulator words it as the provider, with a
    Retry-After the overlays' retries honour."""
    headers, _, _ = CASES[slug]
    limits = Limits(max_connections=2)
    with (
        served(slug, limits=limits) as server,
        httpx.Client(headers=headers, timeout=GUARD) as first,
        httpx.Client(headers=headers, timeout=GUARD) as second,
    ):
        url = server.root_url + "/_emulator/health"
        assert first.get(url).status_code == 200  # its connection stays open
        over = second.get(server.base_url + "/x")  # the second of at most 2: refused
        _check_provider_format(slug, over, 503)
        assert over.headers["retry-after"] == "1"
        assert over.headers["connection"] == "close"
        assert server.app.requests == 0  # refused before the emulator handled it
        assert first.get(url).status_code == 200  # one connection left: under the limit


def test_sendspec_emulate_answers_its_limits_in_the_providers_format() -> None:
    """``sendspec emulate`` serves the app behind its access log: the server's own
    refusals still come from the emulator."""
    head = b"GET /email HTTP/1.1\r\nHost: x\r\nX-Big: "
    # one byte over the default limit and no end of head: refused once all of it has arrived
    # (nothing left unread, so the answer is not lost to a connection reset)
    head += b"a" * (64 * 1024 + 1 - len(head))
    with spawn("icommkt-email") as proc:
        host, port = proc.root_url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=GUARD) as sock:
            sock.sendall(head)
            answer = _parse_answer(_read_all(sock))
    _check_provider_format("icommkt-email", answer, 431)


def test_sendspec_emulate_applies_the_read_timeout() -> None:
    with spawn("iovox-email", "--read-timeout", "0.5") as proc:
        host, port = proc.root_url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=GUARD) as sock:
            sock.sendall(b"GET /rest/v1/email/search HTTP/1.1\r\nHost: x\r\n")
            assert _read_all(sock) == b""


def test_serve_binds_the_port_itself_and_refuses_a_taken_one() -> None:
    """``serve()`` binds before the server starts (port 0: the system's choice, taken at
    once, not a free port looked up first and bound later); a port already taken is a
    RuntimeError, not the SystemExit uvicorn raises."""
    with served("iovox-email") as server:
        assert server.port > 0
        assert httpx.get(server.root_url + "/_emulator/health").status_code == 200
        app = create_app("iovox-email")
        with pytest.raises(RuntimeError, match="cannot listen"), serve(app, port=server.port):
            pass  # pragma: no cover
        app.provider.db.close()
