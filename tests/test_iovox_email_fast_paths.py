"""iovox search: the first page reads its count with its rows (one statement), later pages
count first; both must give the same pages and totals, docs or no docs."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from sendspec_emulator import create_app
from sendspec_emulator.core import Emulator

HEADERS = {"username": "demo", "secureKey": "demo-secure-key"}
EVERYTHING = {"start_date": "2000-01-01 00:00:00", "end_date": "2999-12-31 23:59:59"}


def call(app: Emulator, method: str, url: str, **kwargs: Any) -> httpx.Response:
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://emu" + app.prefix) as c:
            return await c.request(method, url, headers=HEADERS, **kwargs)

    return asyncio.run(go())


def search(app: Emulator, **params: Any) -> dict[str, Any]:
    r = call(app, "GET", "/email/search", params=params)
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


@pytest.fixture
def app() -> Emulator:
    emulator = create_app("iovox-email")
    recipients = ["a@x.org", "bounce@x.org", "c@nomx.invalid", "queued@x.org", "e@x.org"]
    for i in range(11):
        body = {
            "link_id": "xyz789" if i % 3 == 0 else "1234",
            "sender_address": "bob@customer.com",
            "sender_name": f"Bob {i}",
            "recipient_address": recipients[i % len(recipients)],
            "recipient_name": "Billy",
            "subject": "s",
            "text_content": "t",
            "html_content": "<p>h</p>",
        }
        if i % 4 == 0:
            body["proxy_domain"] = "example.com"
        assert call(emulator, "POST", "/email", json=body).status_code == 201
    emulator.provider.control("emails", {"count": 4, "link_id": "xyz789"})
    return emulator


QUERIES = [
    {},
    EVERYTHING,
    {"link_id": "xyz789"},
    {"disposition": "sent", **EVERYTHING},
    {"order": "sender_name_DESC"},
    {"fields": "message_id,recipient_address,proxy_address"},
    {"fields": "sender_name,link_id", "order": "link_id_ASC,sender_name_ASC", "link_id": "1234"},
]


@pytest.mark.parametrize("query", QUERIES)
def test_pages_add_up_to_the_whole(app: Emulator, query: dict[str, Any]) -> None:
    whole = search(app, limit=1000, **query)
    assert whole["total_results"] == len(whole["results"]) > 0
    for limit in (1, 4, 7):
        pages = [search(app, limit=limit, page=page, **query) for page in range(1, 5)]
        for page in pages:
            assert page["total_results"] == whole["total_results"]
            assert page["total_pages"] == -(-whole["total_results"] // limit)
        flat = [record for page in pages for record in page["results"]]
        assert flat == whole["results"][: 4 * limit]


@pytest.mark.parametrize(
    "query",
    [
        {"link_id": "nothing"},
        {"start_date": "2999-01-01 00:00:00", "end_date": "2000-01-01 00:00:00"},
        {"start_date": "2000-01-01 00:00:00", "end_date": "2000-12-31 23:59:59"},
    ],
)
def test_no_match_on_the_first_page(app: Emulator, query: dict[str, Any]) -> None:
    for page in (1, 2):
        found = search(app, limit=3, page=page, **query)
        assert found == {"current_page": page, "total_pages": 0, "total_results": 0, "results": []}


def test_rows_without_a_doc_read_from_their_columns(app: Emulator) -> None:
    """An older database's e-mail whose doc stayed NULL (a value that was not text) is
    rendered from its columns, on the first page and on later ones alike."""
    before = [search(app, limit=5, page=page) for page in (1, 2, 3)]
    conn = app.provider.db.conn
    conn.execute("UPDATE emails SET doc = NULL WHERE seq % 2 = 0")
    assert conn.execute("SELECT COUNT(*) FROM emails WHERE doc IS NULL").fetchone()[0] > 5
    assert [search(app, limit=5, page=page) for page in (1, 2, 3)] == before


def test_the_kept_count_follows_sends_deletes_resets_and_older_databases(tmp_path: Any) -> None:
    # the total of a date-range search is the kept count (email_count) less what is outside
    def total(emulator: Emulator) -> int:
        return int(search(emulator, **EVERYTHING)["total_results"])

    def stored(emulator: Emulator) -> int:
        return int(emulator.provider.db.query("SELECT COUNT(*) FROM emails")[0][0])

    path = str(tmp_path / "iovox.db")
    emulator = create_app("iovox-email", db=path)
    send = {
        "link_id": "1234", "sender_address": "b@customer.com", "sender_name": "B",
        "recipient_address": "a@x.org", "recipient_name": "A", "subject": "s",
        "text_content": "t", "html_content": "<p>h</p>",
    }  # fmt: skip
    for _ in range(3):
        assert call(emulator, "POST", "/email", json=send).status_code == 201
    emulator.provider.control("emails", {"count": 5})  # seeded e-mails count too
    assert total(emulator) == stored(emulator) == 8
    assert emulator.provider.forget_messages() == 3  # the inbox's DELETE: sent ones go
    assert total(emulator) == stored(emulator) == 5
    emulator.provider.reset()  # empties every table, the count's too
    assert total(emulator) == stored(emulator) == 0
    assert call(emulator, "POST", "/email", json=send).status_code == 201
    assert total(emulator) == 1
    # a database from before the kept count: counted when opened
    db = emulator.provider.db
    db.conn.executescript(
        "DROP TRIGGER emails_counted; DROP TRIGGER emails_uncounted; DROP TABLE email_count;"
    )
    db.close()
    reopened = create_app("iovox-email", db=path)
    assert total(reopened) == stored(reopened) == 1
    assert call(reopened, "POST", "/email", json=send).status_code == 201
    assert total(reopened) == stored(reopened) == 2
    reopened.provider.db.close()
    # a restart on a database that has its count keeps it
    again = create_app("iovox-email", db=path)
    assert total(again) == stored(again) == 2
    again.provider.db.close()
