"""icomm SMS overlay: log time windows, report draining and webhook parsing.

The paging edges run against a small in-test logs server (httpx.MockTransport) implementing
the documented semantics (latest first, ``sentUntil`` exclusive, ``limit``), so every
boundary case can be laid out exactly; the emulator round trips are in test_sms_emulator.py.
"""

from __future__ import annotations

import asyncio
import json
import re
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from icomm_sms_client.models import MessageStatus
from icomm_sms_client.types import Unset
from sendspec import NO_RETRIES, PaginationError, sms

T0 = datetime(2026, 11, 20, 12, 0, 0, tzinfo=UTC)


def log(message_id: str, at: datetime) -> dict[str, Any]:
    return {
        "messageId": message_id,
        "destination": "41793026727",
        "sentAt": sms.format_timestamp(at),
        "status": {
            "groupId": 3,
            "groupName": "DELIVERED",
            "id": 5,
            "name": "DELIVERED_TO_HANDSET",
            "description": "Message delivered to handset",
        },
    }


class LogsServer:
    def __init__(self, logs: list[dict[str, Any]]) -> None:
        self.logs = logs
        self.calls: list[dict[str, str]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        assert request.headers["Authorization"] == "App key"
        q = dict(request.url.params)
        self.calls.append(q)
        items = sorted(self.logs, key=lambda x: x["sentAt"], reverse=True)
        if "sentUntil" in q:
            until = sms.parse_timestamp(q["sentUntil"])
            items = [x for x in items if sms.parse_timestamp(x["sentAt"]) < until]
        if "sentSince" in q:
            since = sms.parse_timestamp(q["sentSince"])
            items = [x for x in items if sms.parse_timestamp(x["sentAt"]) > since]
        return httpx.Response(200, json={"results": items[: int(q.get("limit", 50))]})


def walk(logs: list[dict[str, Any]], page_size: int, **kw: Any) -> tuple[list[str], LogsServer]:
    server = LogsServer(logs)
    client = sms.client(
        "key", base_url="http://sms.test", transport=httpx.MockTransport(server), retry=NO_RETRIES
    )
    return [x.message_id for x in sms.iter_logs(client, page_size=page_size, **kw)], server


def spaced(n: int) -> list[dict[str, Any]]:
    return [log(f"m{i}", T0 + timedelta(seconds=i)) for i in range(n)]


def test_empty() -> None:
    ids, server = walk([], 10)
    assert ids == [] and len(server.calls) == 1


def test_less_than_one_page() -> None:
    ids, server = walk(spaced(3), 10)
    assert ids == ["m2", "m1", "m0"] and len(server.calls) == 1


def test_exactly_one_page_needs_one_confirming_call() -> None:
    ids, server = walk(spaced(10), 10)
    assert ids == [f"m{i}" for i in range(9, -1, -1)]
    assert len(server.calls) == 2 and server.calls[1]["sentUntil"] == sms.format_timestamp(
        T0 + timedelta(milliseconds=1)
    )


def test_last_page_partial_and_window_moves_back() -> None:
    ids, server = walk(spaced(25), 10)
    assert ids == [f"m{i}" for i in range(24, -1, -1)]
    assert [c.get("sentUntil") for c in server.calls] == [
        None,
        sms.format_timestamp(T0 + timedelta(seconds=15, milliseconds=1)),
        sms.format_timestamp(T0 + timedelta(seconds=6, milliseconds=1)),  # m15 is re-read
    ]


def test_boundary_millisecond_shared_by_pages_is_neither_lost_nor_repeated() -> None:
    same = T0 + timedelta(seconds=5)
    logs = (
        spaced(5)
        + [log(f"s{i}", same) for i in range(4)]
        + [log(f"n{i}", T0 + timedelta(seconds=10 + i)) for i in range(4)]
    )
    ids, _ = walk(logs, 6)
    assert sorted(ids) == sorted(x["messageId"] for x in logs)
    assert len(ids) == len(set(ids)) == 13


def test_more_logs_in_one_millisecond_than_a_page_is_an_error() -> None:
    logs = [log(f"s{i}", T0) for i in range(4)]
    with pytest.raises(PaginationError, match="share the timestamp"):
        walk(logs, 3)


def test_explicit_window_is_respected() -> None:
    ids, server = walk(
        spaced(30), 5, sent_since=T0 + timedelta(seconds=9), sent_until=T0 + timedelta(seconds=20)
    )
    assert ids == [f"m{i}" for i in range(19, 9, -1)]
    assert all(
        c["sentSince"] == sms.format_timestamp(T0 + timedelta(seconds=9)) for c in server.calls
    )


def test_page_size_bounds() -> None:
    with pytest.raises(ValueError):
        walk([], 0)
    with pytest.raises(ValueError):
        walk([], 1001)


def test_async_logs_walk() -> None:
    server = LogsServer(spaced(12))
    client = sms.client(
        "key", base_url="http://sms.test", async_transport=httpx.MockTransport(server)
    )

    async def run() -> list[str]:
        return [x.message_id async for x in sms.aiter_logs(client, page_size=5)]

    assert asyncio.run(run()) == [f"m{i}" for i in range(11, -1, -1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019-11-09T16:00:00.000+0100", datetime(2019, 11, 9, 15, 0, tzinfo=UTC)),
        ("2019-11-09T16:00:00.123+01:00", datetime(2019, 11, 9, 15, 0, 0, 123000, tzinfo=UTC)),
        ("2019-11-09T16:00:00Z", datetime(2019, 11, 9, 16, 0, tzinfo=UTC)),
        ("2019-11-09T16:00:00.5-0230", datetime(2019, 11, 9, 18, 30, 0, 500000, tzinfo=UTC)),
    ],
)
def test_timestamps(text: str, expected: datetime) -> None:
    assert sms.parse_timestamp(text) == expected
    assert sms.parse_timestamp(sms.format_timestamp(expected)) == expected


def test_bad_timestamps() -> None:
    for bad in (
        "2019-11-09 16:00:00",
        "2019-11-09T16:00:00+1",
        "2019-11-09T16:00:00-22:61",
        "2019-02-30T16:00:00Z",
        "yesterday",
    ):
        with pytest.raises(ValueError):
            sms.parse_timestamp(bad)
    with pytest.raises(ValueError):
        sms.format_timestamp(datetime(2020, 1, 1))


def test_reports_drain_until_empty() -> None:
    pending = [
        {
            "messageId": f"r{i}",
            "to": "41793026727",
            "status": {
                "groupId": 3,
                "groupName": "DELIVERED",
                "id": 5,
                "name": "DELIVERED_TO_HANDSET",
                "description": "d",
            },
        }
        for i in range(7)
    ]
    limits: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        limit = int(request.url.params["limit"])
        limits.append(limit)
        batch, pending[:] = pending[:limit], pending[limit:]
        return httpx.Response(200, json={"results": batch})

    client = sms.client("key", base_url="http://sms.test", transport=httpx.MockTransport(handler))
    reports = sms.drain_reports(client, batch_size=3)
    assert [r.message_id for r in reports] == [f"r{i}" for i in range(7)]
    assert limits == [3, 3, 3, 3]  # 3 + 3 + 1, then the empty batch that ends it
    assert sms.drain_reports(client) == []


WEBHOOK = {
    "results": [
        {
            "bulkId": "BULK-ID-123-xyz",
            "messageId": "MESSAGE-ID-123-xyz",
            "to": "41793026727",
            "sender": "InfoSMS",
            "sentAt": "2019-11-09T16:00:00.000+0100",
            "doneAt": "2019-11-09T16:00:00.000+0100",
            "messageCount": 1,
            "callbackData": "cb",
            "price": {"pricePerMessage": 0.01, "currency": "EUR"},
            "status": {
                "groupId": 3,
                "groupName": "DELIVERED",
                "id": 5,
                "name": "DELIVERED_TO_HANDSET",
                "description": "Message delivered to handset",
            },
            "error": {
                "groupId": 0,
                "groupName": "OK",
                "id": 0,
                "name": "NO_ERROR",
                "description": "No Error",
                "permanent": False,
            },
        }
    ]
}


@pytest.mark.parametrize("as_type", [bytes, str, dict])
def test_webhook_parsing(as_type: type) -> None:
    payload: Any = (
        WEBHOOK
        if as_type is dict
        else as_type(json.dumps(WEBHOOK).encode() if as_type is bytes else json.dumps(WEBHOOK))
    )
    parsed = sms.parse_delivery_reports(payload)
    (report,) = parsed.results
    assert report.message_id == "MESSAGE-ID-123-xyz" and report.callback_data == "cb"
    assert report.status.name == "DELIVERED_TO_HANDSET" and report.price.price_per_message == 0.01
    assert sms.parse_timestamp(report.sent_at) == datetime(2019, 11, 9, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (b"{oops", "not JSON"),
        ("[]", 'an object with a "results" array'),
        ({"results": "x"}, 'an object with a "results" array'),
        ({"results": [1]}, "results[0] must be an object"),
        (
            {"results": [{"messageId": "1", "to": "1", "status": "DELIVERED"}]},
            "status must be an object",
        ),
        ({"results": [{"messageId": "1", "price": 0.01}]}, "results[0].price must be an object"),
        (
            {"results": [{"messageId": "1", "status": {"groupName": "LOST"}}]},
            "does not match the schema",
        ),
    ],
)
def test_webhook_parsing_rejects_bad_bodies(payload: Any, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        sms.parse_delivery_reports(payload)


def test_webhook_reports_may_omit_any_field() -> None:
    # Infobip's DeliveryReport schema requires nothing and its SDK has every field Optional
    parsed = sms.parse_delivery_reports(
        {"results": [{}, {"to": "1", "status": {}}, {"messageId": "m", "status": {"id": 5}}]}
    )
    empty, partial, status_only_id = parsed.results
    assert isinstance(empty.message_id, Unset) and isinstance(empty.status, Unset)
    assert partial.to == "1" and isinstance(partial.status, MessageStatus)
    assert isinstance(partial.status.name, Unset)
    assert isinstance(status_only_id.status, MessageStatus) and status_only_id.status.id == 5
    assert parsed.to_dict() == {
        "results": [{}, {"to": "1", "status": {}}, {"messageId": "m", "status": {"id": 5}}]
    }


def test_pages_without_results_are_empty() -> None:
    # results is optional in Infobip's schema: a page without it ends the walk / the drain
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        return httpx.Response(200, json={})

    client = sms.client("key", base_url="http://sms.test", transport=httpx.MockTransport(handler))
    assert list(sms.iter_logs(client)) == []
    assert sms.drain_reports(client) == []
    assert calls == ["/sms/3/logs", "/sms/3/reports"]


def test_logs_without_message_ids_page_by_the_whole_entry() -> None:
    # two logs in the boundary millisecond without messageId: neither lost nor repeated
    def entry(to: str, seconds: int) -> dict[str, Any]:
        return {"destination": to, "sentAt": sms.format_timestamp(T0 + timedelta(seconds=seconds))}

    server = LogsServer([entry("c", 0), entry("a", 1), entry("b", 1), entry("z", 2)])
    client = sms.client(
        "key", base_url="http://sms.test", transport=httpx.MockTransport(server), retry=NO_RETRIES
    )
    seen = [x.destination for x in sms.iter_logs(client, page_size=3)]
    assert sorted(seen) == ["a", "b", "c", "z"]  # a and b came on two pages, kept once
    assert len(server.calls) == 3


def test_logs_list_filters_are_sent_repeated() -> None:
    server = LogsServer(spaced(3))
    client = sms.client(
        "key", base_url="http://sms.test", transport=httpx.MockTransport(server), retry=NO_RETRIES
    )
    requests: list[httpx.URL] = []
    client.get_httpx_client().event_hooks["request"].append(lambda r: requests.append(r.url))
    list(sms.iter_logs(client, bulk_id=["B1", "B2"], message_id=["m1"]))
    assert requests[0].params.get_list("bulkId") == ["B1", "B2"]
    assert requests[0].params.get_list("messageId") == ["m1"]
