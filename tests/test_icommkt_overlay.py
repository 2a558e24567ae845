"""ICOMMKT overlay: count/offset paging edges, the 10,000 window, typed errors by ErrorCode,
batch results. Paging runs against an in-test list server (httpx.MockTransport) that serves
the documented semantics; emulator round trips are in test_icommkt_emulator.py."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from icommkt_email_client.api.bounces import list_bounces
from icommkt_email_client.api.email import send_email
from icommkt_email_client.models import EmailMessage
from sendspec import NO_RETRIES, AuthenticationError, PaginationError, ValidationError, icommkt


def bounce(i: int) -> dict[str, Any]:
    return {
        "ID": i,
        "Type": "HardBounce",
        "TypeCode": 1,
        "Name": "Hard bounce",
        "MessageID": f"m{i}",
        "Email": f"b{i}@example.com",
        "BouncedAt": "2014-02-17T07:25:01.4178645-05:00",
        "DumpAvailable": False,
        "Inactive": True,
        "CanActivate": True,
    }


class Bounces:
    def __init__(self, total: int) -> None:
        self.total = total
        self.calls: list[tuple[int, int]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        assert request.headers["X-Trx-Api-Key"] == "token"
        count, offset = int(request.url.params["count"]), int(request.url.params["offset"])
        self.calls.append((count, offset))
        assert count <= 500 and count + offset <= 10_000  # what the API enforces
        items = [bounce(i) for i in range(offset, min(offset + count, self.total))]
        return httpx.Response(200, json={"TotalCount": self.total, "Bounces": items})


def mock_client(handler: Callable[[httpx.Request], httpx.Response]) -> Any:
    return icommkt.client(
        "token",
        base_url="http://icommkt.test",
        transport=httpx.MockTransport(handler),
        retry=NO_RETRIES,
    )


def walk(total: int, page_size: int = 500, **kw: Any) -> tuple[list[int], Bounces]:
    server = Bounces(total)
    client = mock_client(server)
    ids = [b.id for b in icommkt.iter_items(list_bounces, client, page_size=page_size, **kw)]
    return ids, server


def test_empty() -> None:
    ids, server = walk(0)
    assert ids == [] and server.calls == [(500, 0)]


def test_exactly_one_page_stops_at_total_count() -> None:
    ids, server = walk(100, page_size=100)
    assert ids == list(range(100)) and server.calls == [(100, 0)]


def test_last_page_partial() -> None:
    ids, server = walk(1234)
    assert ids == list(range(1234))
    assert server.calls == [(500, 0), (500, 500), (500, 1000)]


def test_window_of_10000_is_walked_to_its_end_then_refused() -> None:
    ids, server = walk(10_000)
    assert len(ids) == 10_000 and server.calls[-1] == (500, 9500)
    with pytest.raises(PaginationError, match="narrow the query"):
        walk(10_001)
    ids, server = walk(10_000, page_size=300)  # the last request is trimmed to the window
    assert len(ids) == 10_000 and server.calls[-1] == (100, 9900)


def test_page_size_bounds() -> None:
    for bad in (0, 501):
        with pytest.raises(ValueError):
            walk(1, page_size=bad)


class DatedBounces:
    """Bounces at given seconds (Eastern wall clock) behind the documented filters: fromdate/
    todate inclusive to the second, newest first, count + offset <= 10,000."""

    def __init__(self, seconds: list[int]) -> None:
        self.at = sorted(((t, i) for i, t in enumerate(seconds)), reverse=True)
        self.requests = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        q = request.url.params
        count, offset = int(q["count"]), int(q["offset"])
        assert count <= 500 and count + offset <= 10_000
        lo, hi = (int((datetime.fromisoformat(q[k]) - EPOCH).total_seconds()) for k in DATES)
        match = [i for t, i in self.at if lo <= t <= hi]
        items = [bounce(i) for i in match[offset : offset + count]]
        return httpx.Response(200, json={"TotalCount": len(match), "Bounces": items})


EPOCH = datetime(2024, 1, 1)
DATES = ("fromdate", "todate")


def walk_dated(seconds: list[int], **kw: Any) -> tuple[list[int], DatedBounces]:
    server = DatedBounces(seconds)
    client = mock_client(server)
    found = icommkt.iter_items_by_date(
        list_bounces,
        client,
        fromdate=EPOCH,
        todate=EPOCH + timedelta(days=30),
        **kw,
    )
    return [b.id for b in found], server


def test_date_ranges_beyond_the_window_are_split_until_each_part_fits() -> None:
    # 25,000 bounces: 12,000 in the first hour (one per 0.3 s, 3-4 per second), the rest
    # spread over a month
    seconds = [i * 3 // 10 for i in range(12_000)] + [3600 + i * 199 for i in range(13_000)]
    ids, server = walk_dated(seconds)
    assert len(ids) == 25_000 and set(ids) == set(range(25_000))
    # newest first, like the API
    assert [seconds[i] for i in ids] == sorted(seconds, reverse=True)
    pages = 25_000 / 500
    assert server.requests < pages * 1.5, server.requests
    # a range that fits costs one request per page and no probe
    ids, server = walk_dated(list(range(0, 1000)))
    assert len(ids) == 1000 and server.requests == 2


def test_more_than_the_window_in_one_second_is_refused() -> None:
    with pytest.raises(PaginationError, match="in one second"):
        walk_dated([5] * 10_001)


def test_dates_are_naive_eastern_wall_clock() -> None:
    client = icommkt.client("token", base_url="http://icommkt.test")
    with pytest.raises(ValueError, match="naive"):
        next(
            icommkt.iter_items_by_date(
                list_bounces, client, fromdate=EPOCH.replace(tzinfo=UTC), todate=EPOCH
            )
        )


def client_answering(status: int, body: Any) -> Any:
    return icommkt.client(
        "token",
        base_url="http://icommkt.test",
        retry=NO_RETRIES,
        transport=httpx.MockTransport(lambda r: httpx.Response(status, json=body)),
    )


MESSAGE = EmailMessage(from_="sender@example.com", to="a@example.com", subject="s", text_body="t")


def test_inactive_recipient_error_exposes_addresses() -> None:
    c = client_answering(
        422,
        {
            "ErrorCode": 406,
            "Message": "You tried to send to recipient(s) "
            "that have been marked as inactive. Found inactive addresses: "
            "a@example.com, b@example.org.",
        },
    )
    with pytest.raises(icommkt.InactiveRecipientError) as err:
        send_email.sync(client=c, body=MESSAGE)
    assert isinstance(err.value, ValidationError) and err.value.status_code == 422
    assert err.value.inactive_addresses == ["a@example.com", "b@example.org"]
    assert err.value.error.error_code == 406


def test_error_codes_and_auth() -> None:
    with pytest.raises(icommkt.BatchLimitError):
        icommkt.send_batch(client_answering(422, {"ErrorCode": 410, "Message": "too many"}), [])
    with pytest.raises(AuthenticationError) as err:
        send_email.sync(
            client=client_answering(401, {"ErrorCode": 10, "Message": "bad token"}), body=MESSAGE
        )
    assert icommkt.error_code(err.value) == 10 and "ErrorCode 10: bad token" in str(err.value)


def test_batch_failures_are_impossible_to_miss() -> None:
    results = [
        {"ErrorCode": 0, "Message": "OK", "MessageID": "x", "To": "a@example.com"},
        {"ErrorCode": 300, "Message": "Invalid 'To' address", "To": "nope"},
        {"ErrorCode": "0", "Message": "OK", "To": "c@example.com"},
    ]
    c = client_answering(200, results)
    with pytest.raises(icommkt.BatchError) as err:
        icommkt.send_batch(c, [MESSAGE] * 3)
    assert [(f.index, f.error_code, f.to) for f in err.value.failures] == [(1, 300, "nope")]
    assert len(err.value.results) == 3 and "1 of 3 batch messages failed" in str(err.value)
    quiet = icommkt.send_batch(c, [MESSAGE] * 3, raise_on_failure=False)
    assert len(icommkt.batch_failures(quiet)) == 1
    with pytest.raises(ValueError):
        icommkt.send_batch(c, [MESSAGE] * 501)
