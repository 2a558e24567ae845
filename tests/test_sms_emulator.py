"""The icomm SMS (Infobip SMS v3) emulator over real HTTP."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from sendspec_emulator import running
from sendspec_emulator.core import SchemaSet
from sendspec_emulator.server import Server
from sendspec_emulator.sms import message_count, parse_ns
from sendspec_emulator.specs import load_spec

API_KEY = "demo-api-key"
AUTH = {"Authorization": f"App {API_KEY}"}
SCHEMAS = SchemaSet(load_spec("icomm-sms"))
PENDING = {
    "groupId": 1, "groupName": "PENDING", "id": 26, "name": "PENDING_ACCEPTED",
    "description": "Message sent to next instance",
}  # fmt: skip
NO_ERROR = {
    "groupId": 0, "groupName": "OK", "id": 0, "name": "NO_ERROR",
    "description": "No Error", "permanent": False,
}  # fmt: skip


def conforms(pointer: str, body: Any) -> None:
    assert SCHEMAS.violations(pointer, body) == []


class Emu:
    def __init__(self, server: Server, client: httpx.Client) -> None:
        self.server = server
        self.client = client

    def send(self, body: Any, status: int = 200) -> Any:
        response = self.client.post("/sms/3/messages", json=body)
        assert response.status_code == status, response.text
        assert response.headers["content-type"].startswith("application/json")
        conforms(
            "/components/schemas/SmsResponseEnvelope" if status == 200
            else "/components/schemas/ApiError",
            response.json(),
        )  # fmt: skip
        return response.json()

    def reports(self, status: int = 200, **params: Any) -> Any:
        response = self.client.get("/sms/3/reports", params=params)
        assert response.status_code == status, response.text
        conforms(
            "/components/schemas/DeliveryReports" if status == 200
            else "/components/schemas/ApiError",
            response.json(),
        )  # fmt: skip
        return response.json() if status != 200 else response.json()["results"]

    def logs(self, status: int = 200, **params: Any) -> Any:
        response = self.client.get("/sms/3/logs", params=params)
        assert response.status_code == status, response.text
        conforms(
            "/components/schemas/SmsLogsResponse" if status == 200
            else "/components/schemas/ApiError",
            response.json(),
        )  # fmt: skip
        return response.json() if status != 200 else response.json()["results"]

    def control(self, action: str, body: Any = None) -> Any:
        response = httpx.post(
            f"{self.server.root_url}/_emulator/{action}", json=body or {}, timeout=30
        )
        assert response.status_code == 200, response.text
        return response.json()

    def advance_clock(self, seconds: float) -> None:
        self.control("clock", {"advance_seconds": seconds})

    def stored(self) -> list[dict[str, Any]]:
        messages: list[dict[str, Any]] = self.control("messages")["messages"]
        return messages


@pytest.fixture
def make_emu() -> Iterator[Callable[..., Emu]]:
    stack: list[Any] = []

    def make(**options: Any) -> Emu:
        options.setdefault("delivery_delay", 60.0)
        ctx = running("icomm-sms", **options)
        server = ctx.__enter__()
        client = httpx.Client(base_url=server.base_url, headers=AUTH, timeout=30)
        stack.append((ctx, client))
        return Emu(server, client)

    yield make
    for ctx, client in reversed(stack):
        client.close()
        ctx.__exit__(None, None, None)


@pytest.fixture
def emu(make_emu: Callable[..., Emu]) -> Emu:
    """An emulator whose messages stay pending until ``/_emulator/advance`` (delay 60 s)."""
    return make_emu()


def sms(*destinations: str | dict[str, Any], text: str = "Hello", **extra: Any) -> dict[str, Any]:
    dests = [d if isinstance(d, dict) else {"to": d} for d in destinations]
    return {"sender": "InfoSMS", "destinations": dests, "content": {"text": text}, **extra}


def wait_for(predicate: Callable[[], Any], timeout: float = 30.0) -> Any:
    # a generous bound for a loaded machine: it returns as soon as the predicate holds
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(0.02)
    raise AssertionError("condition not reached in time")


# --------------------------------------------------------------------------------------------
# webhook receivers


class Receiver:
    def __init__(self, status: int = 200) -> None:
        self.posts: list[dict[str, Any]] = []
        received = self.posts

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", 0))
                received.append({
                    "path": self.path,
                    "content_type": self.headers.get("content-type"),
                    "body": json.loads(self.rfile.read(length)),
                })  # fmt: skip
                self.send_response(status)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/dlr"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    rec = Receiver()
    yield rec
    rec.close()


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


# --------------------------------------------------------------------------------------------
# authentication


def test_auth_missing_wrong_scheme_wrong_key_and_right_key(emu: Emu) -> None:
    url = f"{emu.server.base_url}/sms/3/logs"
    for headers in (
        {},
        {"Authorization": f"Basic {API_KEY}"},
        {"Authorization": "App wrong-key"},
        {"Authorization": "App"},
        {"Authorization": "App ключ".encode()},  # non-ASCII must not crash compare_digest
    ):
        response = httpx.get(url, headers=headers)
        assert response.status_code == 401, headers
        body = response.json()
        conforms("/components/schemas/ApiError", body)
        assert body["errorCode"] == "E401"
        assert body["description"].startswith("The request lacks valid authentication")
        assert body["violations"] == []
        assert body["resources"][0]["name"] == "API Authentication"
    # auth is checked before the body: a bad key with a bad body is a 401, and stores nothing
    response = httpx.post(
        f"{emu.server.base_url}/sms/3/messages",
        json={"messages": [sms("41793026727")]},
        headers={"Authorization": "App nope"},
    )
    assert response.status_code == 401
    assert emu.stored() == []
    assert httpx.get(url, headers=AUTH).status_code == 200


def test_custom_api_key(make_emu: Callable[..., Emu]) -> None:
    emu = make_emu(api_key="s3cret")
    url = f"{emu.server.base_url}/sms/3/reports"
    assert httpx.get(url, headers=AUTH).status_code == 401
    assert httpx.get(url, headers={"Authorization": "App s3cret"}).status_code == 200


# --------------------------------------------------------------------------------------------
# sending


def test_send_one_destination(emu: Emu) -> None:
    body = emu.send({"messages": [sms("41793026727")]})
    assert body["bulkId"].isdigit() and len(body["bulkId"]) == 19
    [message] = body["messages"]
    assert message["status"] == PENDING
    assert message["destination"] == "41793026727"
    assert message["details"] == {"messageCount": 1}
    assert len(message["messageId"]) == 36
    [stored] = emu.stored()
    assert stored["messageId"] == message["messageId"]
    assert stored["bulkId"] == body["bulkId"]
    assert stored["status"] == "PENDING_ACCEPTED"


def test_send_many_destinations_under_one_bulk(emu: Emu) -> None:
    body = emu.send({
        "messages": [
            sms({"to": "41793026727", "messageId": "MESSAGE-ID-123-xyz"}, "41793026834"),
            {**sms("+41793026700", text="Second"), "sender": "41793026700"},
        ],
        "options": {"schedule": {"bulkId": "BULK-ID-123-xyz"}},
    })  # fmt: skip
    assert body["bulkId"] == "BULK-ID-123-xyz"
    assert [m["destination"] for m in body["messages"]] == [
        "41793026727", "41793026834", "+41793026700",
    ]  # fmt: skip
    assert body["messages"][0]["messageId"] == "MESSAGE-ID-123-xyz"
    assert len({m["messageId"] for m in body["messages"]}) == 3
    assert all(m["status"] == PENDING for m in body["messages"])
    stored = emu.stored()
    assert {s["bulkId"] for s in stored} == {"BULK-ID-123-xyz"}
    assert [s["sender"] for s in stored] == ["InfoSMS", "InfoSMS", "41793026700"]
    # distinct sentAt, one millisecond apart, in request order
    sent = [s["sentAt"] for s in stored]
    assert len(set(sent)) == 3 and sent == sorted(sent)
    # two requests in a row never share a sentAt either
    emu.send({"messages": [sms("41793026727")]})
    assert len({s["sentAt"] for s in emu.stored()}) == 4


def test_generated_bulk_ids_differ(emu: Emu) -> None:
    first = emu.send({"messages": [sms("41793026727")]})["bulkId"]
    second = emu.send({"messages": [sms("41793026727")]})["bulkId"]
    assert first != second


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("", 1),
        ("a" * 160, 1),
        ("a" * 161, 2),
        ("a" * 306, 2),
        ("a" * 307, 3),
        ("€" * 80, 1),  # extension characters take two septets
        ("€" * 81, 2),
        ("ş" * 70, 1),  # not GSM-7: UCS-2
        ("ş" * 71, 2),
        ("ş" * 134, 2),
        ("ş" * 135, 3),
        ("😀" * 35, 1),  # two UTF-16 units each
        ("😀" * 36, 2),
    ],
)
def test_message_count_rules(text: str, parts: int) -> None:
    assert message_count(text) == parts


def test_message_count_in_response_and_logs(emu: Emu) -> None:
    long_gsm = "A long time ago, in a galaxy far, far away... " * 4  # 184 characters
    unicode = "Artık Ulusal Dil Tanımlayıcısı ile Türkçe karakterli smslerinizi iletebilirsiniz."
    body = emu.send({"messages": [
        sms("41793026727", text=long_gsm),
        sms("41793026728", text=unicode),
        sms("41793026729", text="short"),
    ]})  # fmt: skip
    assert [m["details"]["messageCount"] for m in body["messages"]] == [2, 2, 1]
    logs = {log["destination"]: log for log in emu.logs()}
    assert logs["41793026727"]["messageCount"] == 2
    assert logs["41793026728"]["messageCount"] == 2
    assert logs["41793026728"]["content"] == {"text": unicode}


def test_rejected_destination(emu: Emu, receiver: Receiver) -> None:
    body = emu.send({"messages": [
        sms("41793026727", "12", "abc", "+1234567890123456", "41 79",
            webhooks={"delivery": {"url": receiver.url}, "callbackData": "cb"}),
    ]})  # fmt: skip
    statuses = [m["status"]["name"] for m in body["messages"]]
    assert statuses == ["PENDING_ACCEPTED"] + ["REJECTED_DESTINATION"] * 4
    rejected = body["messages"][1]["status"]
    assert (rejected["groupId"], rejected["groupName"], rejected["id"]) == (5, "REJECTED", 52)
    # the rejected ones were reported at once (by webhook here), the valid one is still pending
    wait_for(lambda: receiver.posts)
    [post] = receiver.posts
    conforms("/components/schemas/DeliveryReports", post["body"])
    assert sorted(r["to"] for r in post["body"]["results"]) == sorted(
        ["12", "abc", "+1234567890123456", "41 79"]
    )
    for report in post["body"]["results"]:
        assert report["status"]["name"] == "REJECTED_DESTINATION"
        assert report["price"] == {"pricePerMessage": 0.0, "currency": "EUR"}
        assert report["callbackData"] == "cb"
    # the pending one's log (kept rendered by its row) shows its delivery once delivered
    pending = {log["destination"]: log for log in emu.logs()}["41793026727"]
    assert pending["status"]["groupName"] == "PENDING" and "doneAt" not in pending
    # rejected messages are never delivered later
    emu.control("advance")
    logs = {log["destination"]: log for log in emu.logs()}
    assert logs["41793026727"]["status"]["name"] == "DELIVERED_TO_HANDSET"
    for to in ("12", "abc", "+1234567890123456", "41 79"):
        assert logs[to]["status"]["groupName"] == "REJECTED"
        assert logs[to]["doneAt"] == logs[to]["sentAt"]
    assert emu.logs(generalStatus="REJECTED") and len(emu.logs(generalStatus="REJECTED")) == 4


def test_rejected_destination_report_is_pullable_without_webhook(emu: Emu) -> None:
    body = emu.send({"messages": [sms("x")]})
    [report] = emu.reports()
    assert report["messageId"] == body["messages"][0]["messageId"]
    assert report["status"]["name"] == "REJECTED_DESTINATION"
    assert report["error"] == NO_ERROR
    assert emu.reports() == []


# --------------------------------------------------------------------------------------------
# validation


def _error(response: httpx.Response, status: int = 400) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body: dict[str, Any] = response.json()
    conforms("/components/schemas/ApiError", body)
    assert body["errorCode"] == f"E{status}"
    return body


def test_validation_errors_are_api_errors_and_store_nothing(emu: Emu) -> None:
    client = emu.client
    body = _error(client.post("/sms/3/messages", json={"messages": []}))
    assert body["description"] == "Request cannot be processed."
    assert body["action"] == "Check the syntax, violations and adjust the request."
    assert body["violations"] == [{"property": "messages", "violation": "must not be empty"}]
    assert body["resources"] == []

    body = _error(client.post("/sms/3/messages", json={"messages": [
        {"destinations": [{"messageId": "x"}], "content": {"text": "hi"}}]}))  # fmt: skip
    assert body["violations"] == [
        {"property": "messages[0].destinations[0].to", "violation": "is required"}
    ]

    body = _error(client.post("/sms/3/messages", json={}))
    assert body["violations"][0]["property"] == "messages"

    body = _error(client.post("/sms/3/messages", content=b'{"messages": [',
                              headers={"content-type": "application/json"}))  # fmt: skip
    assert body["violations"][0]["property"] == "body"
    assert "not valid JSON" in body["violations"][0]["violation"]

    body = _error(client.post("/sms/3/messages", content=json.dumps({"messages": [sms("4179")]}),
                              headers={"content-type": "text/plain"}))  # fmt: skip
    assert body["violations"][0]["property"] == "Content-Type"

    body = _error(client.post("/sms/3/messages"))  # no body at all
    assert body["violations"]

    body = _error(client.get("/sms/3/reports", params={"limit": 1001}))
    assert body["violations"] == [
        {"property": "limit", "violation": "must be less than or equal to 1000"}
    ]
    body = _error(client.get("/sms/3/logs", params={"limit": 0}))
    assert body["violations"][0]["property"] == "limit"
    body = _error(client.get("/sms/3/logs", params={"generalStatus": "LOST"}))
    assert body["violations"][0]["property"] == "generalStatus"

    assert emu.logs() == []
    assert emu.stored() == []


def test_duplicate_message_ids_store_nothing(emu: Emu) -> None:
    body = _error(emu.client.post("/sms/3/messages", json={"messages": [
        sms({"to": "41793026727", "messageId": "dup"}, {"to": "41793026728", "messageId": "dup"})
    ]}))  # fmt: skip
    assert body["violations"] == [{
        "property": "messages[0].destinations[1].messageId",
        "violation": "must be unique within the request",
    }]  # fmt: skip
    assert emu.stored() == []

    emu.send({"messages": [sms({"to": "41793026727", "messageId": "taken"})]})
    body = _error(emu.client.post("/sms/3/messages", json={"messages": [
        sms({"to": "41793026728", "messageId": "fresh"}),
        sms({"to": "41793026729", "messageId": "taken"}),
    ]}))  # fmt: skip
    assert body["violations"] == [{
        "property": "messages[1].destinations[0].messageId",
        "violation": "is already used by another message",
    }]  # fmt: skip
    assert [s["messageId"] for s in emu.stored()] == ["taken"]  # all or nothing


def test_unknown_path_and_method(emu: Emu) -> None:
    body = _error(emu.client.get("/sms/3/nothing"), 404)
    assert body["violations"] == [] and body["description"]
    response = emu.client.delete("/sms/3/messages")
    body = _error(response, 405)
    assert response.headers["allow"] == "POST"


def test_injected_faults_use_the_error_body(emu: Emu) -> None:
    emu.control("faults", {"rate_429": 1.0, "retry_after": 3})
    response = emu.client.get("/sms/3/logs")
    body = _error(response, 429)
    assert response.headers["retry-after"] == "3"
    assert body["resources"][0]["name"] == "Throttling handling errors"
    emu.control("faults", {"rate_429": 0.0, "rate_503": 1.0})
    _error(emu.client.get("/sms/3/logs"), 503)


def test_huge_values_are_fine(emu: Emu) -> None:
    huge = "x" * 100_000
    body = emu.send({"messages": [{
        "sender": huge,
        "destinations": [{"to": "9" * 64, "messageId": "m" * 200}],
        "content": {"text": "ş" * 50_000},
        "options": {"validityPeriod": {"amount": 2**31 - 1, "timeUnit": "HOURS"},
                    "campaignReferenceId": "c" * 255},
        "webhooks": {"delivery": {"url": huge}, "callbackData": "d" * 4000},
    }], "options": {"schedule": {"bulkId": "b" * 100}}})  # fmt: skip
    assert body["messages"][0]["status"]["name"] == "REJECTED_DESTINATION"  # 64 digits
    assert body["messages"][0]["details"]["messageCount"] == 747
    [log] = emu.logs(messageId="m" * 200)
    assert log["sender"] == huge and log["content"]["text"] == "ş" * 50_000
    assert emu.logs(sender="x" * 30_000) == []
    assert emu.logs(destination="1" * 20_000) == []
    assert emu.logs(messageId=",".join(["m" * 200] * 10)) != []
    assert emu.reports(bulkId="b" * 100)[0]["callbackData"] == "d" * 4000


# --------------------------------------------------------------------------------------------
# delivery and reports


def test_background_delivery_and_reports_returned_once(make_emu: Callable[..., Emu]) -> None:
    emu = make_emu(delivery_delay=60)
    body = emu.send({"messages": [sms("41793026727", "41793020000")]})
    ids = [m["messageId"] for m in body["messages"]]
    assert emu.reports() == []  # not due yet (due in 60 s of emulator time)
    emu.advance_clock(61)
    # the background task finalises the messages without any API call
    wait_for(lambda: all(s["doneAt"] for s in emu.stored()))
    reports = emu.reports()
    assert sorted(r["messageId"] for r in reports) == sorted(ids)
    by_to = {r["to"]: r for r in reports}
    delivered = by_to["41793026727"]
    assert delivered["status"] == {
        "groupId": 3, "groupName": "DELIVERED", "id": 5, "name": "DELIVERED_TO_HANDSET",
        "description": "Message delivered to handset",
    }  # fmt: skip
    assert delivered["error"] == NO_ERROR
    assert delivered["price"] == {"pricePerMessage": 0.01, "currency": "EUR"}
    assert delivered["bulkId"] == body["bulkId"]
    assert delivered["sender"] == "InfoSMS"
    sent = datetime.strptime(delivered["sentAt"], "%Y-%m-%dT%H:%M:%S.%f%z")
    done = datetime.strptime(delivered["doneAt"], "%Y-%m-%dT%H:%M:%S.%f%z")
    assert done - sent == timedelta(seconds=60)  # doneAt is when it fell due, not when seen
    undeliverable = by_to["41793020000"]
    assert undeliverable["status"]["groupName"] == "UNDELIVERABLE"
    assert undeliverable["status"]["name"] == "UNDELIVERABLE_NOT_DELIVERED"
    assert undeliverable["error"]["name"] == "EC_ABSENT_SUBSCRIBER"
    assert undeliverable["error"]["groupName"] == "HANDSET_ERRORS"
    # latest first
    assert [r["to"] for r in reports] == ["41793020000", "41793026727"]
    assert emu.reports() == []  # each report only once
    assert emu.control("reports_pending") == {"reports_pending": 0}


def test_control_advance_finalises_pending_at_once(emu: Emu) -> None:
    emu.send({"messages": [sms("41793026727", "41793026728")]})
    assert emu.reports() == []
    assert emu.control("reports_pending") == {"reports_pending": 0}
    result = emu.control("advance")
    assert result["finalised"] == 2 and result["reports"] == 2
    assert emu.control("reports_pending") == {"reports_pending": 2}
    assert emu.control("advance")["finalised"] == 0
    assert len(emu.reports()) == 2


def test_reports_filters_and_limit(emu: Emu) -> None:
    a = emu.send({"messages": [sms(
        {"to": "41793026727", "messageId": "A1"}, {"to": "41793026728", "messageId": "A2"},
        options={"platform": {"entityId": "ent", "applicationId": "app"},
                 "campaignReferenceId": "summersale"},
    )]})  # fmt: skip
    b = emu.send({"messages": [sms({"to": "41793026729", "messageId": "B1"}, "41793026730",
                                   "41793026731")]})  # fmt: skip
    emu.control("advance")
    # one value on reports, matched exactly (Infobip declares plain strings here)
    assert emu.reports(messageId="A1,A2") == []
    assert _error(
        emu.client.get("/sms/3/reports", params=[("messageId", "A1"), ("messageId", "A2")])
    )["violations"] == [{"property": "messageId", "violation": "must be given once"}]
    [only] = emu.reports(messageId="A2")
    assert only["messageId"] == "A2"
    assert only["platform"] == {"entityId": "ent", "applicationId": "app"}
    assert only["campaignReferenceId"] == "summersale"
    assert emu.reports(messageId="A2") == []  # already fetched
    assert [r["messageId"] for r in emu.reports(entityId="ent")] == ["A1"]
    assert emu.reports(applicationId="app") == []
    assert emu.reports(campaignReferenceId="summersale") == []
    assert emu.reports(bulkId=a["bulkId"]) == []
    page = emu.reports(bulkId=b["bulkId"], limit=2)
    assert [r["to"] for r in page] == ["41793026731", "41793026730"]  # latest first
    assert [r["messageId"] for r in emu.reports(bulkId=b["bulkId"])] == ["B1"]
    assert emu.reports() == []


# --------------------------------------------------------------------------------------------
# logs


def test_logs_content_and_order(emu: Emu) -> None:
    body = emu.send({"messages": [sms(
        "41793026727", "41793026728", text="This is a sample message",
        options={"platform": {"entityId": "ent"}, "campaignReferenceId": "camp"},
    )]})  # fmt: skip
    logs = emu.logs()
    assert [log["destination"] for log in logs] == ["41793026728", "41793026727"]
    first = logs[1]
    assert first["status"] == PENDING
    assert "doneAt" not in first
    assert first["price"] == {"pricePerMessage": 0.0, "currency": "EUR"}
    assert first["content"] == {"text": "This is a sample message"}
    assert first["platform"] == {"entityId": "ent"}
    assert first["campaignReferenceId"] == "camp"
    assert first["bulkId"] == body["bulkId"]
    assert "mccMnc" not in first
    emu.control("advance")
    final = emu.logs(messageId=first["messageId"])[0]
    assert final["status"]["name"] == "DELIVERED_TO_HANDSET"
    assert final["price"] == {"pricePerMessage": 0.01, "currency": "EUR"}
    assert final["doneAt"] >= final["sentAt"]
    # logs do not consume reports
    assert len(emu.reports()) == 2
    assert len(emu.logs()) == 2
    assert len(emu.logs(limit=1)) == 1


def _shift(stamp: str, hours: int, style: str) -> str:
    """Render a ``...+0000`` timestamp in another offset notation."""
    moment = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%f%z") + timedelta(hours=hours)
    base = moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}"
    if style == "Z":
        return base + "Z"
    sign = "+" if hours >= 0 else "-"
    return base + (
        f"{sign}{abs(hours):02d}:00" if style == "colon" else f"{sign}{abs(hours):02d}00"
    )


def test_logs_sent_since_and_until_are_exclusive(emu: Emu) -> None:
    emu.send({"messages": [sms("41793026727", "41793026728", "41793026729")]})
    logs = emu.logs()
    first, middle, last = (log["sentAt"] for log in reversed(logs))
    assert first < middle < last

    def tos(**params: str) -> list[str]:
        return [log["destination"] for log in emu.logs(**params)]

    assert tos(sentSince=middle) == ["41793026729"]
    assert tos(sentUntil=middle) == ["41793026727"]
    assert tos(sentSince=first, sentUntil=last) == ["41793026728"]
    assert tos(sentSince=middle, sentUntil=middle) == []
    # the same moments in other offset notations
    assert tos(sentSince=_shift(middle, 1, "colon")) == ["41793026729"]
    assert tos(sentUntil=_shift(middle, -5, "plain")) == ["41793026727"]
    assert tos(sentSince=_shift(first, 0, "Z"), sentUntil=_shift(last, 2, "plain")) == [
        "41793026728"
    ]
    # sub-millisecond precision: just after the middle includes nothing before the last
    assert tos(sentSince=middle.replace("+0000", "000001+0000")) == ["41793026729"]
    assert tos(sentUntil=middle.replace("+0000", "000001+0000")) == [
        "41793026728", "41793026727",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "value",
    ["2020-13-01T00:00:00.000+0000", "2020-02-30T00:00:00Z", "2020-01-01T24:00:00Z",
     "2020-01-01T00:00:00+25:00", "0000-01-01T00:00:00Z", "٢٠٢٠-01-01T00:00:00Z"],
)  # fmt: skip
def test_logs_unreal_dates_are_400(emu: Emu, value: str) -> None:
    # out-of-range fields fail the spec's pattern; 30 February passes it and fails the calendar
    body = emu.logs(400, sentSince=value)
    expected = "is not a valid date" if "02-30" in value else "has an invalid format"
    assert body["violations"] == [{"property": "sentSince", "violation": expected}]
    body = emu.logs(400, sentUntil=value)
    assert body["violations"][0]["property"] == "sentUntil"


def test_parse_offsets() -> None:
    utc = parse_ns("2020-02-22T16:42:05.390Z")
    assert parse_ns("2020-02-22T17:42:05.390+01:00") == utc
    assert parse_ns("2020-02-22T17:42:05.390+0100") == utc
    assert parse_ns("2020-02-22T15:42:05.390-0100") == utc
    assert parse_ns("2020-02-22T16:42:05Z") == utc - 390_000_000
    assert parse_ns("2020-02-22T16:42:05.123456789Z") % 1_000_000_000 == 123_456_789


def test_logs_filters(emu: Emu) -> None:
    a = emu.send({"messages": [
        sms({"to": "41793026727", "messageId": "A1"}, {"to": "41793020000", "messageId": "A2"},
            options={"platform": {"entityId": "ent-a", "applicationId": "app-a"},
                     "campaignReferenceId": "spring"}),
    ]})  # fmt: skip
    b = emu.send({"messages": [
        {**sms({"to": "41793026729", "messageId": "B1"}), "sender": "Other",
         "options": {"campaignReferenceId": "summer"}},
    ]})  # fmt: skip
    c = emu.send({"messages": [sms({"to": "x", "messageId": "C1"})]})
    emu.control("advance")

    def ids(**params: str | list[str]) -> list[str]:
        return [log["messageId"] for log in emu.logs(**params)]

    assert ids() == ["C1", "B1", "A2", "A1"]
    assert ids(bulkId=a["bulkId"]) == ["A2", "A1"]
    # several values: comma-separated (the doc), repeated (Infobip's SDK), or both
    assert ids(bulkId=f"{a['bulkId']}, {c['bulkId']}") == ["C1", "A2", "A1"]
    assert ids(bulkId=[a["bulkId"], c["bulkId"]]) == ["C1", "A2", "A1"]
    assert ids(bulkId="nope") == []
    assert ids(messageId="A1,B1,unknown") == ["B1", "A1"]
    assert ids(messageId=["A1", "B1", "unknown"]) == ["B1", "A1"]
    assert ids(messageId=["A1,C1", "B1"]) == ["C1", "B1", "A1"]
    assert ids(messageId=["", " ,"]) == []  # blank values name no message
    assert ids(campaignReferenceId="summer,spring") == ["B1", "A2", "A1"]
    assert ids(campaignReferenceId=["summer", "spring"]) == ["B1", "A2", "A1"]
    assert ids(campaignReferenceId="summer") == ["B1"]
    assert ids(sender="Other") == ["B1"]
    assert ids(destination="41793020000") == ["A2"]
    assert ids(generalStatus="DELIVERED") == ["B1", "A1"]
    assert ids(generalStatus="UNDELIVERABLE") == ["A2"]
    assert ids(generalStatus="REJECTED") == ["C1"]
    assert ids(generalStatus="PENDING") == []
    assert ids(entityId="ent-a") == ["A2", "A1"]
    assert ids(applicationId="app-a", messageId="A1") == ["A1"]
    assert ids(entityId="ent-a", bulkId=b["bulkId"]) == []
    # no network data in the emulator: filtering by mcc matches nothing
    assert ids(mcc="228") == []
    assert ids(mcc="228", mnc="01") == []
    body = emu.logs(400, mnc="01")
    assert body["violations"] == [
        {"property": "mnc", "violation": "requires mcc to be set as well"}
    ]


def test_logs_and_reports_only_cover_48_hours(emu: Emu) -> None:
    emu.send({"messages": [sms("41793026727")]})
    emu.control("advance")
    assert len(emu.logs()) == 1
    emu.advance_clock(172801)
    assert emu.logs() == []
    assert emu.reports() == []
    # a message sent now is visible again
    emu.send({"messages": [sms("41793026728")]})
    assert [log["destination"] for log in emu.logs()] == ["41793026728"]


def test_reports_expire_after_48_hours_when_never_pulled(make_emu: Callable[..., Emu]) -> None:
    emu = make_emu(delivery_delay=0.05)
    emu.send({"messages": [sms("41793026727")]})
    wait_for(lambda: emu.control("reports_pending")["reports_pending"] == 1)
    emu.advance_clock(47 * 3600)
    emu.advance_clock(3600 + 1)
    assert emu.reports() == []


# --------------------------------------------------------------------------------------------
# scheduling


def test_scheduled_message_waits_for_send_at(emu: Emu) -> None:
    now = datetime.fromisoformat(emu.control("clock")["now"])
    send_at = (now + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%S.000+0000")
    emu.send({"messages": [sms("41793026727")], "options": {"schedule": {"sendAt": send_at}}})
    assert emu.control("advance")["finalised"] == 0  # scheduled for later: not forced
    assert emu.logs()[0]["status"] == PENDING
    emu.advance_clock(2 * 3600 + 60)
    [log] = emu.logs()
    assert log["status"]["name"] == "DELIVERED_TO_HANDSET"
    done = datetime.strptime(log["doneAt"], "%Y-%m-%dT%H:%M:%S.%f%z")
    assert done == datetime.strptime(send_at, "%Y-%m-%dT%H:%M:%S.%f%z") + timedelta(seconds=60)


def test_scheduled_in_the_past_is_sent_normally(emu: Emu) -> None:
    emu.send({"messages": [sms("41793026727")],
              "options": {"schedule": {"sendAt": "2021-08-24T15:00:00.000+0000"}}})  # fmt: skip
    assert emu.control("advance")["finalised"] == 1


@pytest.mark.parametrize(
    ("send_at", "violation"),
    [("2021-13-24T15:00:00.000+0000", "has an invalid format"),
     ("2021-02-30T15:00:00.000+0000", "is not a valid date"),
     ("2999-01-01T00:00:00.000+0000", "must be at most 180 days in the future")],
)  # fmt: skip
def test_bad_send_at(emu: Emu, send_at: str, violation: str) -> None:
    body = emu.send({"messages": [sms("41793026727")],
                     "options": {"schedule": {"sendAt": send_at}}}, status=400)  # fmt: skip
    assert body["violations"] == [{"property": "options.schedule.sendAt", "violation": violation}]
    assert emu.stored() == []


# --------------------------------------------------------------------------------------------
# webhooks


def test_webhook_push_to_loopback(emu: Emu, receiver: Receiver) -> None:
    body = emu.send({"messages": [
        sms({"to": "41793026727", "messageId": "W1"}, {"to": "41793020000", "messageId": "W2"},
            options={"platform": {"entityId": "ent"}},
            webhooks={"delivery": {"url": receiver.url}, "callbackData": "DLR callback data"}),
        sms({"to": "41793026729", "messageId": "P1"}),  # no webhook: pull only
    ]})  # fmt: skip
    result = emu.control("advance")  # waits for the pushes
    assert result == {"finalised": 3, "reports": 3, "pushed": 2, "push_failed": 0}
    [post] = receiver.posts  # one POST per URL and batch
    assert post["path"] == "/dlr"
    assert post["content_type"] == "application/json"
    conforms("/components/schemas/DeliveryReports", post["body"])
    by_id = {r["messageId"]: r for r in post["body"]["results"]}
    assert set(by_id) == {"W1", "W2"}
    assert by_id["W1"]["callbackData"] == "DLR callback data"
    assert by_id["W1"]["status"]["name"] == "DELIVERED_TO_HANDSET"
    assert by_id["W1"]["bulkId"] == body["bulkId"]
    assert by_id["W1"]["platform"] == {"entityId": "ent"}
    assert by_id["W2"]["status"]["name"] == "UNDELIVERABLE_NOT_DELIVERED"
    # pushed reports are not pullable; the other one is
    assert [r["messageId"] for r in emu.reports()] == ["P1"]
    assert {s["messageId"]: s["report"]["push"] for s in emu.stored()} == {
        "W1": "pushed", "W2": "pushed", "P1": "none",
    }  # fmt: skip
    assert len(receiver.posts) == 1


def test_webhook_push_in_the_background(make_emu: Callable[..., Emu], receiver: Receiver) -> None:
    emu = make_emu(delivery_delay=0.1)
    emu.send({"messages": [sms("41793026727", webhooks={"delivery": {"url": receiver.url}})]})
    wait_for(lambda: receiver.posts)
    wait_for(lambda: emu.stored()[0]["report"]["push"] == "pushed")
    assert "callbackData" not in receiver.posts[0]["body"]["results"][0]
    assert emu.reports() == []


def test_failed_push_stays_pullable(emu: Emu) -> None:
    url = f"http://127.0.0.1:{closed_port()}/dlr"
    webhooks = {"delivery": {"url": url}, "callbackData": "cb"}
    emu.send({"messages": [sms({"to": "41793026727", "messageId": "F1"}, webhooks=webhooks)]})
    result = emu.control("advance")
    assert result["pushed"] == 0 and result["push_failed"] == 1
    assert emu.stored()[0]["report"]["push"] == "failed"
    [report] = emu.reports()
    assert report["messageId"] == "F1" and report["callbackData"] == "cb"
    assert emu.reports() == []


def test_non_2xx_answer_is_a_failed_push(emu: Emu) -> None:
    failing = Receiver(status=500)
    try:
        emu.send({"messages": [sms("41793026727", webhooks={"delivery": {"url": failing.url}})]})
        assert emu.control("advance")["push_failed"] == 1
        assert len(failing.posts) == 2  # two attempts
        assert len(emu.reports()) == 1
    finally:
        failing.close()


def test_notify_false_is_not_pushed(emu: Emu, receiver: Receiver) -> None:
    emu.send(
        {
            "messages": [
                sms("41793026727", webhooks={"delivery": {"url": receiver.url, "notify": False}})
            ]
        }
    )
    assert emu.control("advance")["pushed"] == 0
    assert receiver.posts == []
    assert len(emu.reports()) == 1


@pytest.fixture
def outgoing(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every request httpx.AsyncClient sends; fake 200s for *.example.test, loopback only."""
    seen: list[str] = []
    original = httpx.AsyncClient.send

    async def send(self: httpx.AsyncClient, request: httpx.Request, **kwargs: Any) -> Any:
        seen.append(str(request.url))
        if request.url.host.endswith("example.test"):
            return httpx.Response(200, request=request)
        if request.url.host not in ("127.0.0.1", "localhost", "::1"):
            raise AssertionError(f"external traffic to {request.url}")
        return await original(self, request, **kwargs)

    monkeypatch.setattr(httpx.AsyncClient, "send", send)
    return seen


@pytest.mark.parametrize(
    "url",
    ["https://www.example.com/sms/advanced", "http://192.0.2.1:8080/dlr",
     "http://10.0.0.1/dlr", "ftp://127.0.0.1/dlr", "http://[::ffff:127.0.0.1]/x",
     "not a url", "http://127.0.0.1.example.test/dlr"],
)  # fmt: skip
def test_non_loopback_webhook_is_never_contacted(emu: Emu, outgoing: list[str], url: str) -> None:
    emu.send({"messages": [sms("41793026727", webhooks={"delivery": {"url": url}})]})
    result = emu.control("advance")
    assert result["pushed"] == 0 and result["push_failed"] == 0
    assert outgoing == []
    assert emu.stored()[0]["report"]["push"] == "skipped"
    assert len(emu.reports()) == 1  # nothing lost


@pytest.mark.parametrize("path", ["/_emulator/reset", "/%5Femulator/reset", "/_EMULATOR/faults"])
def test_a_webhook_never_reaches_an_emulator_control_plane(emu: Emu, path: str) -> None:
    url = emu.server.root_url + path  # this very emulator
    emu.send({"messages": [sms("41793026727", webhooks={"delivery": {"url": url}})]})
    result = emu.control("advance")
    assert result["pushed"] == 0 and result["push_failed"] == 0
    assert emu.stored()[0]["report"]["push"] == "skipped"  # and it was not reset
    assert len(emu.reports()) == 1  # nothing lost


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "127.0.0.2"])
def test_a_webhook_never_targets_the_emulator_itself(emu: Emu, host: str) -> None:
    # any path at the emulator's own port: its own API (a send that sends...) included
    url = f"http://{host}:{emu.server.port}/sms/3/messages"
    emu.send({"messages": [sms("41793026727", webhooks={"delivery": {"url": url}})]})
    result = emu.control("advance")
    assert result["pushed"] == 0 and result["push_failed"] == 0
    assert emu.stored()[0]["report"]["push"] == "skipped"
    assert len(emu.reports()) == 1  # nothing lost


def test_external_webhooks_when_allowed(make_emu: Callable[..., Emu], outgoing: list[str]) -> None:
    emu = make_emu(allow_external_webhooks=True)
    emu.send({"messages": [sms("41793026727", webhooks={"delivery": {
        "url": "https://hooks.example.test/dlr"}})]})  # fmt: skip
    assert emu.control("advance")["pushed"] == 1
    assert outgoing == ["https://hooks.example.test/dlr"]
    assert emu.reports() == []


def test_localhost_webhook(emu: Emu, receiver: Receiver) -> None:
    url = receiver.url.replace("127.0.0.1", "localhost")
    emu.send({"messages": [sms("41793026727", webhooks={"delivery": {"url": url}})]})
    assert emu.control("advance")["pushed"] == 1
    assert len(receiver.posts) == 1


def test_control_messages_and_unknown_action(emu: Emu) -> None:
    emu.send({"messages": [sms({"to": "41793026727", "messageId": "M1"}, text="hi")]})
    [stored] = emu.stored()
    assert stored["messageId"] == "M1" and stored["text"] == "hi" and stored["report"] is None
    response = httpx.post(f"{emu.server.root_url}/_emulator/nope", json={})
    assert response.status_code == 404


def test_nul_characters_and_many_ids(emu: Emu) -> None:
    emu.send({"messages": [sms({"to": "41793026727", "messageId": "Î\x00?s"})]})
    emu.send({"messages": [sms({"to": "41793026727", "messageId": "Î"})]})  # a different id
    body = emu.send({"messages": [sms({"to": "41793026727", "messageId": "Î\x00?s"})]}, 400)
    assert body["violations"][0]["violation"] == "is already used by another message"
    assert [log["messageId"] for log in emu.logs(messageId="Î\x00?s")] == ["Î\x00?s"]
    assert len(emu.logs(sender="Info\x00SMS")) == 0
    # more explicit ids than SQLite binds in one statement
    many = [{"to": "41793026727", "messageId": f"id-{i}"} for i in range(1200)]
    assert len(emu.send({"messages": [sms(*many)]})["messages"]) == 1200
    body = emu.send(
        {"messages": [sms({"to": "41793026727", "messageId": "new"}, *many[1150:])]}, 400
    )
    assert len(body["violations"]) == 50
    assert len(emu.logs(messageId=",".join(f"id-{i}" for i in range(300)), limit=1000)) == 300


def test_lone_surrogates_are_rejected(emu: Emu) -> None:
    raw = '{"messages": [{"destinations": [{"to": "4179"}], "content": {"text": "a\\udc00"}}]}'
    response = emu.client.post(
        "/sms/3/messages", content=raw, headers={"content-type": "application/json"}
    )
    body = _error(response)
    assert body["violations"] == [
        {"property": "messages[0].content.text", "violation": "contains an invalid Unicode escape"}
    ]
    assert emu.stored() == []


def test_logs_list_filters_are_at_most_2048_characters(emu: Emu) -> None:
    emu.send({"messages": [sms({"to": "41793026727", "messageId": "A1"})]})
    fits = ["A1", "x" * (2048 - 3)]  # "A1," + 2045 characters
    assert [log["messageId"] for log in emu.logs(messageId=fits)] == ["A1"]
    assert [log["messageId"] for log in emu.logs(messageId=",".join(fits))] == ["A1"]
    body = emu.logs(400, messageId=[*fits, "y"])
    assert body["violations"] == [
        {"property": "messageId", "violation": "must be at most 2048 characters long in all"}
    ]
    assert emu.logs(400, bulkId="b" * 2049)["violations"] == [
        {"property": "bulkId", "violation": "must be at most 2048 characters long in all"}
    ]
    # empty values are no values: a value made long by commas is short
    assert emu.logs(bulkId="b" + "," * 3000) == []
    assert emu.logs(400, bulkId=["b" * 1024] * 2)["violations"][0]["property"] == "bulkId"
    # the doc gives campaignReferenceId no length limit
    assert emu.logs(campaignReferenceId="c" * 5000) == []


# --------------------------------------------------------------------------------------------
# limit (icomm doc and Infobip: "integer <int32> <= 1000, Default: 50")


@pytest.mark.parametrize("path", ["/sms/3/logs", "/sms/3/reports"])
def test_limit_default_maximum_and_minimum(emu: Emu, path: str) -> None:
    emu.send({"messages": [sms(*(f"4179302{i:04d}" for i in range(1, 1102)))]})
    emu.control("advance")

    def count(**params: Any) -> int:
        response = emu.client.get(path, params=params)
        assert response.status_code == 200, response.text
        return len(response.json()["results"])

    assert count() == 50  # not set: the latest 50
    assert count(limit=1) == 1
    assert count(limit=1000) == 1000
    for bad, violation in ((1001, "must be less than or equal to 1000"),
                           (0, "must be greater than or equal to 1"),
                           (-1, "must be greater than or equal to 1")):  # fmt: skip
        body = _error(emu.client.get(path, params={"limit": bad}))
        assert body["violations"] == [{"property": "limit", "violation": violation}]
    if path == "/sms/3/reports":  # 50 + 1 + 1000 taken, each only once: 50 left
        assert count(limit=1000) == 1101 - 1051


def test_reports_are_latest_first(emu: Emu) -> None:
    emu.send({"messages": [sms("41793026727")]})
    emu.control("advance")
    emu.advance_clock(5)
    emu.send({"messages": [sms("41793026728")]})
    emu.control("advance")
    assert [r["to"] for r in emu.reports(limit=1)] == ["41793026728"]
    assert [r["to"] for r in emu.reports()] == ["41793026727"]


# --------------------------------------------------------------------------------------------
# binary content (Infobip's SmsBinaryMessageContent: hex, dataCoding, esmClass)


def binary(*destinations: str, **content: Any) -> dict[str, Any]:
    return {"sender": "InfoSMS", "destinations": [{"to": d} for d in destinations],
            "content": content}  # fmt: skip


def test_binary_message_is_stored_delivered_and_logged(emu: Emu, receiver: Receiver) -> None:
    body = emu.send({"messages": [
        {**binary("41793026727", hex="48 65 6c 6c 6f"),
         "webhooks": {"delivery": {"url": receiver.url}}},
        binary("41793026728", hex="0048 0065 006C", dataCoding=8, esmClass=0),
    ]})  # fmt: skip
    assert [m["status"] for m in body["messages"]] == [PENDING, PENDING]
    assert [m["details"]["messageCount"] for m in body["messages"]] == [1, 1]
    logs = {log["destination"]: log for log in emu.logs()}
    # stored as sent, Infobip's defaults (dataCoding 0, esmClass 0) filled in
    assert logs["41793026727"]["content"] == {
        "hex": "48 65 6c 6c 6f", "dataCoding": 0, "esmClass": 0,
    }  # fmt: skip
    assert logs["41793026728"]["content"] == {
        "hex": "0048 0065 006C", "dataCoding": 8, "esmClass": 0,
    }  # fmt: skip
    assert emu.control("advance")["pushed"] == 1
    [post] = receiver.posts
    [report] = post["body"]["results"]
    assert report["to"] == "41793026727"
    assert report["status"]["name"] == "DELIVERED_TO_HANDSET"
    assert "content" not in report  # reports carry no content, as Infobip's DeliveryReport
    assert emu.logs(destination="41793026728")[0]["status"]["name"] == "DELIVERED_TO_HANDSET"
    stored = {m["destination"]: m for m in emu.stored()}
    assert stored["41793026728"]["content"]["dataCoding"] == 8


@pytest.mark.parametrize(
    ("octets", "coding", "esm", "parts"),
    [(160, 0, 0, 1), (161, 0, 0, 2), (306, 0, 0, 2), (307, 0, 0, 3),
     (140, 8, 0, 1), (141, 8, 0, 2), (268, 4, 0, 2), (269, 4, 0, 3), (140, 4, 64, 1)],
)  # fmt: skip
def test_binary_message_count(emu: Emu, octets: int, coding: int, esm: int, parts: int) -> None:
    hex_text = " ".join(["05"] + ["41"] * (octets - 1))  # a UDH of 5 octets when esm is 64
    body = emu.send({"messages": [binary("41793026727", hex=hex_text, dataCoding=coding,
                                         esmClass=esm)]})  # fmt: skip
    assert body["messages"][0]["details"]["messageCount"] == parts


@pytest.mark.parametrize(
    ("hex_text", "esm"),
    [("41", 256), ("41", -1), ("41", 2**31 - 1), ("05 00 03 01 02", 64), ("01", 64),
     (" ".join(["00"] * 141), 64)],
)  # fmt: skip
def test_invalid_esm_class_or_udh_is_rejected_on_the_message(
    emu: Emu, hex_text: str, esm: int
) -> None:
    # Infobip reports an invalid ESM class / UDH length as REJECTED_INVALID_UDH (status catalog)
    body = emu.send({"messages": [binary("41793026727", hex=hex_text, esmClass=esm)]})
    status = body["messages"][0]["status"]
    assert (status["groupName"], status["id"], status["name"]) == (
        "REJECTED",
        24,
        "REJECTED_INVALID_UDH",
    )
    [report] = emu.reports()  # final at once, like a rejected destination
    assert report["status"]["name"] == "REJECTED_INVALID_UDH"
    assert report["price"]["pricePerMessage"] == 0.0
    assert emu.control("advance")["finalised"] == 0


def test_valid_udh_is_accepted(emu: Emu) -> None:
    # UDHL 5 + IEI 00 (concatenation) + IEDL 03 + ref, total, seq, then the payload
    body = emu.send({"messages": [binary("41793026727", hex="05 00 03 01 02 01 48 69",
                                         esmClass=64)]})  # fmt: skip
    assert body["messages"][0]["status"] == PENDING


_HEX = "messages[0].content.hex"
_BAD_FORMAT = "has an invalid format"


@pytest.mark.parametrize(
    ("content", "violation"),
    [
        ({"hex": "4"}, {"property": _HEX, "violation": _BAD_FORMAT}),
        ({"hex": "486"}, {"property": _HEX, "violation": _BAD_FORMAT}),
        ({"hex": "zz"}, {"property": _HEX, "violation": _BAD_FORMAT}),
        ({"hex": ""}, {"property": _HEX, "violation": _BAD_FORMAT}),
        ({"hex": "4 8"}, {"property": _HEX, "violation": _BAD_FORMAT}),
        ({"hex": "48  65"}, {"property": _HEX, "violation": _BAD_FORMAT}),
        ({"hex": " 48"}, {"property": _HEX, "violation": _BAD_FORMAT}),
        ({"hex": 48}, {"property": _HEX, "violation": "must be of type string"}),
        ({"hex": "48", "dataCoding": "8"},
         {"property": "messages[0].content.dataCoding", "violation": "must be of type integer"}),
        ({"hex": "48", "esmClass": 2**31},
         {"property": "messages[0].content.esmClass", "violation": "is out of the int32 range"}),
        ({}, {"property": "messages[0].content.text", "violation": "is required"}),
    ],
)  # fmt: skip
def test_invalid_binary_content_is_a_400(
    emu: Emu, content: dict[str, Any], violation: dict[str, str]
) -> None:
    body = _error(emu.client.post("/sms/3/messages", json={"messages": [
        binary("41793026727", **content)]}))  # fmt: skip
    assert body["violations"] == [violation]
    assert emu.stored() == []


def test_text_and_hex_together_is_a_400(emu: Emu) -> None:
    body = _error(emu.client.post("/sms/3/messages", json={"messages": [
        binary("41793026727", text="Hello", hex="48 65")]}))  # fmt: skip
    assert body["violations"] == [
        {"property": "messages[0].content", "violation": "must have either text or hex, not both"}
    ]
    assert emu.stored() == []


def test_binary_integers_written_as_floats_are_integers(emu: Emu) -> None:
    # JSON Schema counts 1.0 as an integer: accepted, and stored and logged as 1
    emu.send({"messages": [binary("41793026727", hex="48", dataCoding=8.0, esmClass=0.0)]})
    [log] = emu.logs()
    assert log["content"] == {"hex": "48", "dataCoding": 8, "esmClass": 0}
    assert isinstance(log["content"]["dataCoding"], int)
