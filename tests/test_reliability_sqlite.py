"""Two emulators on one ``--db`` (issue 11): while one writes (a long seed transaction), a
write of the other waits a bounded time for SQLite's lock and then gets the provider's 503
with Retry-After, never a 500 "database is locked" nor a traceback in the log."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from samples import IOVOX_HEADERS, iovox_send
from sendspec_emulator import create_app, serve
from sendspec_emulator.core import Database, Emulator
from sendspec_emulator.specs import load_spec

SEND = iovox_send()
IOVOX = IOVOX_HEADERS


@contextmanager
def locked(path: Path) -> Iterator[Database]:
    """Another process's long write: a second connection holding the write lock."""
    other = Database(str(path))
    other.conn.execute("BEGIN IMMEDIATE")
    try:
        yield other
    finally:
        other.conn.execute("ROLLBACK")
        other.close()


def emulator(slug: str, path: Path) -> Emulator:
    first = create_app(slug, db=str(path))  # creates and seeds the file
    provider_class = type(first.provider)
    first.provider.db.close()
    provider = provider_class(Database(str(path), busy_timeout=0.05), first.provider.clock)
    return Emulator(load_spec(slug), provider, strict_responses=True)


def _errors(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_a_write_while_another_process_writes_is_a_503_with_retry_after(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "iovox.sqlite3"
    app = emulator("iovox-email", path)
    with serve(app) as server, httpx.Client(headers=IOVOX, timeout=30) as http:
        with locked(path):
            r = http.post(f"{server.base_url}/email", json=SEND)
            assert r.status_code == 503, r.text
            assert r.headers["retry-after"] == "1"
            assert r.json() == {
                "errors": [
                    "The emulator's database is busy (another process is writing); retry later"
                ]
            }
            # reads are not blocked by a writer (WAL)
            assert http.get(f"{server.base_url}/email/search").status_code == 200
            # nor is the control plane a 500
            reset = http.post(f"{server.root_url}/_emulator/reset", json={})
            assert reset.status_code == 503, reset.text
        # once the other writer is done, the same request goes through
        assert http.post(f"{server.base_url}/email", json=SEND).status_code == 201
    assert not _errors(caplog)


def test_each_provider_answers_busy_storage_in_its_own_format(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "icommkt.sqlite3"
    app = emulator("icommkt-email", path)
    body = {"From": "sender@example.com", "To": "a@b.org", "TextBody": "x"}
    with serve(app) as server, httpx.Client(timeout=30) as http:
        with locked(path):
            r = http.post(
                f"{server.base_url}/email",
                json=body,
                headers={"X-Trx-Api-Key": "demo-server-token"},
            )
        assert r.status_code == 503, r.text
        assert r.json()["ErrorCode"] == 100  # "Maintenance: the API is offline", retry later
        assert r.headers["retry-after"] == "1"
    assert not _errors(caplog)


def test_the_database_waits_a_bounded_time_for_the_lock(tmp_path: Path) -> None:
    db = Database(str(tmp_path / "x.sqlite3"), busy_timeout=0.25)
    assert db.query("PRAGMA busy_timeout")[0][0] == 250
    assert Database().query("PRAGMA busy_timeout")[0][0] == 1000  # the default: 1 s
    db.close()


def test_leaving_serve_does_not_wait_on_a_request_stuck_on_the_database() -> None:
    """A handler blocked on the database (here: its lock held by another thread) keeps the
    server thread from stopping; leaving ``serve()`` then gives up after ``stop_seconds``
    instead of waiting on that lock to close the database (it waited for ever)."""
    import contextlib
    import threading

    app = create_app("iovox-email")
    db = app.provider.db
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with db.lock:
            held.set()
            release.wait(30)

    holder = threading.Thread(target=hold, daemon=True)
    holder.start()
    held.wait(5)
    try:
        left = threading.Event()

        def run() -> None:
            # a send: its handler waits on the held lock
            stopped_waiting = contextlib.suppress(httpx.TimeoutException)
            with serve(app, stop_seconds=0.5) as server, stopped_waiting:
                httpx.post(
                    f"{server.base_url}/email",
                    headers=IOVOX_HEADERS,
                    json=iovox_send(),
                    timeout=0.5,
                )
            left.set()

        runner = threading.Thread(target=run, daemon=True)
        runner.start()
        assert left.wait(20), "leaving serve() waited on the stuck request's lock"
    finally:
        release.set()
        holder.join(5)
