"""Emulator hygiene a hostile-but-fair user would probe: the control plane only at its literal
path, a client that disconnects mid-request, SQLite settings and restarts on an existing
database (issue 11)."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

import httpx
import pytest
from samples import IOVOX_HEADERS, iovox_send
from sendspec_emulator import create_app, running
from sendspec_emulator.core import Database


def test_the_control_plane_answers_at_its_literal_path_only() -> None:
    with running("iovox-email") as server:
        control = f"{server.root_url}/_emulator"
        assert httpx.post(f"{control}/links", json={"link_id": "kept"}).status_code == 200
        for encoded in ("/%5Femulator/reset", "/%5femulator/reset", "/_emulator%2Freset"):
            r = httpx.post(server.root_url + encoded, json={})
            assert r.status_code == 404, (encoded, r.text)
            assert "errors" in r.json()  # the provider's own error body, not the control plane's
        assert server.app.provider.db.query("SELECT 1 FROM links WHERE link_id = 'kept'")
        # the literal path still works
        assert httpx.post(f"{control}/reset", json={}).json() == {"reset": True}
        assert not server.app.provider.db.query("SELECT 1 FROM links WHERE link_id = 'kept'")


def test_a_client_that_disconnects_mid_request_is_not_an_error(
    caplog: pytest.LogCaptureFixture,
) -> None:
    app = create_app("iovox-email")
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
            (b"content-length", b"1000"),
        ],
    }

    async def receive() -> dict[str, Any]:  # the body never comes: the client went away
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    with caplog.at_level(logging.DEBUG, logger="sendspec.emulator"):
        asyncio.run(app(scope, receive, send))
    assert sent == []  # nobody to answer
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert app.provider.db.query("SELECT COUNT(*) FROM emails")[0][0] == 0


def test_foreign_keys_are_on_for_every_database(tmp_path: Path) -> None:
    for db in (Database(), Database(str(tmp_path / "fk.sqlite3"))):
        assert db.query("PRAGMA foreign_keys")[0][0] == 1
        db.close()


def test_a_restart_on_an_existing_database_keeps_its_state(tmp_path: Path) -> None:
    path = str(tmp_path / "icommkt.sqlite3")

    def signatures() -> set[str]:
        app = create_app("icommkt-email", db=path)
        try:
            return {row[0] for row in app.provider.db.query("SELECT email FROM signatures")}
        finally:
            app.provider.db.close()

    first = create_app("icommkt-email", db=path)
    defaults = {row[0] for row in first.provider.db.query("SELECT email FROM signatures")}
    assert defaults == {"sender@example.com"}  # a new database gets the defaults
    first.provider.control("signatures", {"add": ["added@example.com"]})
    first.provider.db.close()
    assert signatures() == {"sender@example.com", "added@example.com"}  # kept on restart
    # and a reset still puts back exactly the defaults
    app = create_app("icommkt-email", db=path)
    app.provider.reset()
    app.provider.db.close()
    assert signatures() == defaults


@pytest.mark.parametrize(
    ("slug", "headers", "status"),
    [
        ("iovox-email", {b"username": b"demo", b"securekey": b"caf\xe9\xff"}, 401),
        ("iovox-email", {b"username": b"\xe9", b"securekey": b"demo-secure-key"}, 401),
        ("icomm-sms", {b"authorization": b"App caf\xe9\xff"}, 401),
        ("icomm-sms", {b"authorization": b"\xe9\xe9 key"}, 401),
        ("icommkt-email", {b"x-trx-api-key": b"caf\xe9\xff"}, 401),
        ("inxmail", {b"authorization": b"Basic caf\xe9\xff"}, 403),
        ("inxmail", {b"authorization": b"Basic " + b"w6k6w6k="}, 403),  # "é:é" in base64
    ],
)
def test_any_credential_bytes_get_the_providers_auth_error(
    slug: str, headers: dict[bytes, bytes], status: int
) -> None:
    """Header values are any latin-1 bytes: a non-ASCII credential is refused, never a 500."""
    with running(slug) as server:
        path = {"iovox-email": "/email/search", "icomm-sms": "/sms/3/logs",
                "icommkt-email": "/bounces?count=1&offset=0", "inxmail": "/"}[slug]  # fmt: skip
        r = httpx.get(server.base_url + path, headers=list(headers.items()))
    assert r.status_code == status, r.text


def test_the_drop_after_fault_runs_the_handler_then_drops_the_answer() -> None:
    """``rate_drop_after``: the send is stored, yet the client sees the connection drop (the
    case a retry of a non-idempotent call turns into a duplicate); ``rate_drop`` drops before
    anything happened."""
    send = iovox_send()
    with running("iovox-email") as server, httpx.Client(headers=IOVOX_HEADERS) as http:
        stored = "SELECT COUNT(*) FROM emails"
        faults = f"{server.root_url}/_emulator/faults"
        assert http.post(faults, json={"rate_drop": 1.0}).json()["rate_drop"] == 1.0
        with pytest.raises(httpx.TransportError):
            http.post(f"{server.base_url}/email", json=send)
        assert server.app.provider.db.query(stored)[0][0] == 0
        after = http.post(faults, json={"rate_drop": 0.0, "rate_drop_after": 1.0}).json()
        assert after["rate_drop_after"] == 1.0
        with pytest.raises(httpx.TransportError):
            http.post(f"{server.base_url}/email", json=send)
        assert server.app.provider.db.query(stored)[0][0] == 1
        http.post(faults, json={"rate_drop_after": 0.0})
        assert http.post(f"{server.base_url}/email", json=send).status_code == 201
        assert server.app.provider.db.query(stored)[0][0] == 2


def test_web_pages_cannot_drive_the_control_plane() -> None:
    """A page of another site may POST to 127.0.0.1 (a form, or a text/plain fetch): its
    ``Origin`` gives it away. A site that rebinds its own name to 127.0.0.1 sends its name as
    ``Host``: without a control token only loopback names are served."""
    with running("iovox-email") as server:
        control = f"{server.root_url}/_emulator"
        httpx.post(f"{control}/links", json={"link_id": "kept"}).raise_for_status()
        for headers in (
            {"origin": "https://evil.example"},
            {"origin": "null"},
            {"origin": f"http://localhost:{server.port + 1}"},
            {"host": "evil.example"},
            {"host": f"rebound.example:{server.port}"},
        ):
            for action in ("reset", "faults"):
                r = httpx.post(
                    f"{control}/{action}",
                    content=b'{"rate_503": 1}',
                    headers={"content-type": "text/plain", **headers},
                )
                assert r.status_code == 403, (headers, r.text)
        assert server.app.provider.db.query("SELECT 1 FROM links WHERE link_id = 'kept'")
        assert server.app.faults.rate_503 == 0
        # the emulator's own origin, a loopback name and clients without Origin still work
        own = {"origin": server.root_url}
        assert httpx.post(f"{control}/faults", json={}, headers=own).status_code == 200
        localhost = f"http://localhost:{server.port}/_emulator/health"
        assert httpx.get(localhost).status_code == 200
        assert httpx.post(f"{control}/reset").json() == {"reset": True}
