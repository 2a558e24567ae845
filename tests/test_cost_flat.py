"""Per-request cost is flat in stored data: the default listing (a 1-item page) and one send
execute as many SQLite instructions with thousands of records stored as with a hundred.

Counted, not timed: SQLite's progress handler runs once every 100 virtual-machine
instructions on the emulator's connection, so a COUNT or a sort that visits every stored row
shows up as thousands of calls, deterministically (``make bench`` has the milliseconds)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from sendspec_emulator import create_app
from sendspec_emulator.core import Emulator

SMALL, LARGE = 100, 2000
#: progress-handler calls (100 instructions each) a request may add as the data grows
#: 30-fold: a row-by-row pass over 2,900 more rows is thousands
SLACK = 20

IOVOX = {"username": "demo", "secureKey": "demo-secure-key"}
SMS = {"Authorization": "App demo-api-key"}
ICOMMKT = {"X-Trx-Api-Key": "demo-server-token"}


async def _request(app: Emulator, method: str, url: str, **kwargs: Any) -> httpx.Response:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://emu" + app.prefix) as c:
        return await c.request(method, url, **kwargs)


def request(app: Emulator, method: str, url: str, **kwargs: Any) -> httpx.Response:
    response = asyncio.run(_request(app, method, url, **kwargs))
    assert response.is_success, response.text
    return response


def steps(app: Emulator, method: str, url: str, **kwargs: Any) -> int:
    """SQLite progress-handler calls during one request (after one identical warm-up)."""
    request(app, method, url, **kwargs)
    calls = 0

    def count() -> int:
        nonlocal calls
        calls += 1
        return 0

    conn = app.provider.db.conn
    conn.set_progress_handler(count, 100)
    try:
        request(app, method, url, **kwargs)
    finally:
        conn.set_progress_handler(None, 0)
    return calls


def _seed_iovox(app: Emulator, count: int) -> None:
    app.provider.control("emails", {"count": count})


def _seed_sms(app: Emulator, count: int) -> None:
    for start in range(0, count, 1000):
        destinations = [{"to": f"4179{n:07d}"} for n in range(start, min(count, start + 1000))]
        message = {"sender": "Seed", "destinations": destinations, "content": {"text": "s"}}
        request(app, "POST", "/sms/3/messages", headers=SMS, json={"messages": [message]})
    app.provider.advance(force=True)  # type: ignore[attr-defined]


def _seed_icommkt(app: Emulator, count: int) -> None:
    for start in range(0, count, 500):
        batch = [
            {
                "From": "sender@example.com",
                "To": f"r{n}@example.org",
                "Subject": "s",
                "TextBody": "t",
            }
            for n in range(start, min(count, start + 500))
        ]
        request(app, "POST", "/email/batch", headers=ICOMMKT, json=batch)


IOVOX_SEND = {
    "link_id": "1234",
    "sender_address": "bob@customer.com",
    "sender_name": "Bob",
    "recipient_address": "billy@example.org",
    "recipient_name": "Billy",
    "subject": "s",
    "text_content": "t",
    "html_content": "<p>h</p>",
}
SMS_SEND = {
    "messages": [
        {"sender": "InfoSMS", "destinations": [{"to": "41793026727"}], "content": {"text": "x"}}
    ]
}
ICOMMKT_SEND = {
    "From": "sender@example.com",
    "To": "reader@example.org",
    "Subject": "s",
    "TextBody": "t",
}

CASES: list[tuple[str, Callable[[Emulator, int], None], dict[str, str], str, str, Any]] = [
    ("iovox-email", _seed_iovox, IOVOX, "GET", "/email/search?limit=1", None),
    ("iovox-email", _seed_iovox, IOVOX, "POST", "/email", IOVOX_SEND),
    ("icomm-sms", _seed_sms, SMS, "GET", "/sms/3/logs?limit=1", None),
    ("icomm-sms", _seed_sms, SMS, "POST", "/sms/3/messages", SMS_SEND),
    ("icommkt-email", _seed_icommkt, ICOMMKT, "GET", "/messages/outbound?count=1&offset=0", None),
    ("icommkt-email", _seed_icommkt, ICOMMKT, "POST", "/email", ICOMMKT_SEND),
]


@pytest.mark.parametrize(
    ("slug", "seed", "headers", "method", "url", "body"),
    CASES,
    ids=[f"{c[0]}-{c[3]}" for c in CASES],
)
def test_cost_is_flat_in_stored_records(
    slug: str,
    seed: Callable[[Emulator, int], None],
    headers: dict[str, str],
    method: str,
    url: str,
    body: Any,
) -> None:
    app = create_app(slug)
    seed(app, SMALL)
    small = steps(app, method, url, headers=headers, json=body)
    seed(app, LARGE - SMALL)
    large = steps(app, method, url, headers=headers, json=body)
    assert large <= small + SLACK, (small, large)


def test_listing_counts_what_it_lists() -> None:
    """The flat counts are the true totals (outside the window, the stream, the range)."""
    app = create_app("icommkt-email")
    _seed_icommkt(app, 30)
    page = request(app, "GET", "/messages/outbound?count=1&offset=0", headers=ICOMMKT).json()
    assert page["TotalCount"] == 30 and len(page["Messages"]) == 1
    late = request(app, "GET", "/messages/outbound?count=5&offset=28", headers=ICOMMKT).json()
    assert late["TotalCount"] == 30 and len(late["Messages"]) == 2
    other = "/messages/outbound?count=1&offset=0&messagestream=broadcast"
    assert request(app, "GET", other, headers=ICOMMKT).json()["TotalCount"] == 0
    app.provider.clock.advance(46 * 86400)  # past the 45-day retention
    _seed_icommkt(app, 3)
    page = request(app, "GET", "/messages/outbound?count=1&offset=0", headers=ICOMMKT).json()
    assert page["TotalCount"] == 3

    iovox = create_app("iovox-email")
    _seed_iovox(iovox, 12)
    found = request(iovox, "GET", "/email/search?limit=5&page=3", headers=IOVOX).json()
    assert found["total_results"] == 12 and len(found["results"]) == 2
    assert found["total_pages"] == 3
    past = "/email/search?limit=5&start_date=2001-01-01 00:00:00&end_date=2001-01-31 23:59:59"
    assert request(iovox, "GET", past, headers=IOVOX).json()["total_results"] == 0


def test_icommkt_stamps_are_the_zone_arithmetic_of_each_microsecond() -> None:
    """``stamp`` caches each second's Eastern time and offset: the same text as converting
    every microsecond, across both DST changes (2024-03-10 and 2024-11-03) and before 1970."""
    from datetime import UTC, datetime, timedelta

    from sendspec_emulator.icommkt.times import EASTERN, EPOCH, stamp

    def direct(us: int) -> str:
        moment = (EPOCH + timedelta(microseconds=us)).astimezone(EASTERN)
        offset = moment.utcoffset() or timedelta()
        minutes = int(offset.total_seconds()) // 60
        sign = "-" if minutes < 0 else "+"
        hours, mins = divmod(abs(minutes), 60)
        return f"{moment:%Y-%m-%dT%H:%M:%S}.{moment.microsecond:06d}0{sign}{hours:02d}:{mins:02d}"

    moments = [
        datetime(2024, 3, 10, 6, 59, 59, tzinfo=UTC),
        datetime(2024, 11, 3, 5, 59, 59, tzinfo=UTC),
    ]
    values = [-1, 0, 1, -1_500_001, 999_999, 1_000_000]
    for moment in moments:
        base = (moment - EPOCH) // timedelta(microseconds=1)
        values += [
            base + delta for delta in (-1, 0, 1, 999_999, 1_000_000, 1_000_001, 3_600_000_000)
        ]
    for us in values:
        assert stamp(us) == direct(us), us


def test_sms_timestamps_are_each_millisecond_formatted() -> None:
    """``fmt_ms`` caches each second's text: the same as formatting every millisecond."""
    from datetime import timedelta

    from sendspec_emulator.sms.state import EPOCH, fmt_ms

    for ms in (-1, 0, 1, 999, 1000, -1001, 1_796_173_098_494, 253_402_300_799_999):
        moment = EPOCH + timedelta(milliseconds=ms)
        assert fmt_ms(ms) == f"{moment:%Y-%m-%dT%H:%M:%S}.{ms % 1000:03d}+0000", ms


def test_reply_encoding_is_json_dumps_compact() -> None:
    """Replies are encoded by orjson where it takes the value, else by json.dumps: the same
    bytes (only floats below 1e-4 are spelt differently, 1e-7 for 1e-07: the same number),
    and json.dumps's refusals kept."""
    import json
    from dataclasses import dataclass
    from datetime import datetime

    from sendspec_emulator.core.app import _encode

    @dataclass
    class Thing:
        a: int

    values: list[Any] = [
        {"a": [1, 2.5, 1e16, 0.25, -0.0, True, None], "ş": "ünïcode ✓", "n": 2**63 - 1},
        {"big": 2**70},  # beyond orjson's 64 bits
        {1: "int key"},  # not a str key
        (1, 2),
        [[[[]]]],
    ]
    for value in values:
        expected = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
        assert _encode(value) == expected
    assert json.loads(_encode([1e-7, 5e-324, 1e-5])) == [1e-7, 5e-324, 1e-5]
    for refused in (datetime(2024, 1, 1), Thing(1), {"x": "\udc00"}):
        with pytest.raises((TypeError, ValueError)):
            _encode(refused)
