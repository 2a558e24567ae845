"""The control plane every emulator shares: the request journal and scripted answers
(issue 12), seen through raw HTTP (the overlays' view of scripted errors is tested with
each provider)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from samples import IOVOX_HEADERS, iovox_send
from sendspec_emulator import Server, running

HEADERS = IOVOX_HEADERS
SEND = iovox_send()


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with running("iovox-email") as server:
        yield server


@pytest.fixture()
def http(server: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, headers=HEADERS) as client:
        client.post(f"{server.root_url}/_emulator/reset").raise_for_status()
        yield client


def control(server: Server, method: str, action: str, **kwargs: Any) -> Any:
    r = httpx.request(method, f"{server.root_url}/_emulator/{action}", **kwargs)
    return r.status_code, r.json()


def stored(server: Server) -> int:
    return int(server.app.provider.db.query("SELECT COUNT(*) FROM emails")[0][0])


# ----------------------------------------------------------------------------------- journal


def test_the_journal_records_every_api_request(server: Server, http: httpx.Client) -> None:
    http.post("/email", json=SEND)
    http.post("/email", json={**SEND, "link_id": "nope"})
    http.get("/email/search", params={"limit": 5})
    http.get("/no/such/path")
    status, journal = control(server, "GET", "requests")
    assert status == 200 and journal["total"] == 4
    seen = [(e["method"], e["path"], e["status"], e["operationId"]) for e in journal["requests"]]
    assert seen == [
        ("POST", "/rest/v1/email", 201, "send_email"),
        ("POST", "/rest/v1/email", 400, "send_email"),
        ("GET", "/rest/v1/email/search", 200, "search_emails"),
        ("GET", "/rest/v1/no/such/path", 404, None),
    ]
    assert journal["requests"][2]["query"] == "limit=5"
    _, sends = control(server, "GET", "requests", params={"operationId": "send_email"})
    assert sends["total"] == 2
    _, failed = control(server, "GET", "requests", params={"status": "400"})
    assert [e["seq"] for e in failed["requests"]] == [journal["requests"][1]["seq"]]
    _, paged = control(server, "GET", "requests", params={"limit": 1, "offset": 3})
    assert paged["total"] == 4 and paged["requests"][0]["status"] == 404
    # the control plane itself is not journaled; DELETE empties the journal
    assert control(server, "DELETE", "requests") == (200, {"deleted": 4})
    assert control(server, "GET", "requests")[1]["total"] == 0
    assert control(server, "GET", "requests", params={"limit": "x"})[0] == 400


# ---------------------------------------------------------------------------------- scripts


def test_a_scripted_status_answers_the_next_calls_in_the_providers_error_body(
    server: Server, http: httpx.Client
) -> None:
    rule = {"operation": "send_email", "status": 503, "times": 2, "headers": {"Retry-After": "7"}}
    status, added = control(server, "POST", "script", json=rule)
    assert status == 200 and added["added"][0]["action"] == "respond"
    for _ in range(2):
        r = http.post("/email", json=SEND)
        assert r.status_code == 503 and r.headers["Retry-After"] == "7"
        assert "errors" in r.json()  # iovox's own error body
    assert stored(server) == 0  # the handler did not run
    assert http.post("/email", json=SEND).status_code == 201  # used up: normal again
    assert control(server, "GET", "script")[1] == {"rules": []}


def test_a_scripted_body_and_a_match_on_the_request_body(
    server: Server, http: httpx.Client
) -> None:
    control(
        server,
        "POST",
        "script",
        json={
            "rules": [
                {
                    "operation": "send_email",
                    "match": {"recipient_address": "vip@example.org"},
                    "status": 202,
                    "body": {"message_id": "scripted"},
                    "times": None,
                }
            ]
        },
    )
    assert http.post("/email", json=SEND).status_code == 201  # no match: normal handling
    for _ in range(3):  # times: null applies to every matching call
        r = http.post("/email", json={**SEND, "recipient_address": "vip@example.org"})
        assert (r.status_code, r.json()) == (202, {"message_id": "scripted"})
    assert stored(server) == 1
    [rule] = control(server, "GET", "script")[1]["rules"]
    assert rule["used"] == 3 and rule["times"] is None
    assert control(server, "DELETE", "script")[1] == {"deleted": 1}


def test_scripted_drops_before_and_after_the_handler(server: Server, http: httpx.Client) -> None:
    control(server, "POST", "script", json={"operation": "send_email", "action": "drop"})
    with pytest.raises(httpx.TransportError):
        http.post("/email", json=SEND)
    assert stored(server) == 0
    control(server, "POST", "script", json={"operation": "send_email", "action": "drop_after"})
    with pytest.raises(httpx.TransportError):
        http.post("/email", json=SEND)
    assert stored(server) == 1  # delivered, though the client saw the connection drop
    statuses = [e["status"] for e in control(server, "GET", "requests")[1]["requests"]]
    assert statuses == [0, 0]  # the journal shows both drops


def test_a_scripted_delay_then_normal_handling(server: Server, http: httpx.Client) -> None:
    control(server, "POST", "script", json={"operation": "search_emails", "delay_ms": 300})
    with pytest.raises(httpx.ReadTimeout):  # the delay is real: a shorter timeout expires
        http.get("/email/search", timeout=0.05)
    assert http.get("/email/search").status_code == 200  # used up
    # the delayed request still runs to its end: wait for it (the journal shows it), so it
    # cannot land in the next test's journal
    deadline = time.monotonic() + 30
    while control(server, "GET", "requests")[1]["total"] < 2:
        assert time.monotonic() < deadline, "the delayed request never finished"
        time.sleep(0.01)  # polling a condition, not racing it
    statuses = [e["status"] for e in control(server, "GET", "requests")[1]["requests"]]
    assert statuses == [200, 200]


@pytest.mark.parametrize(
    ("rule", "says"),
    [
        ({"operation": "nope", "status": 500}, "operationIds"),
        ({"operation": "send_email"}, "needs a status"),
        ({"operation": "send_email", "status": 99}, "100 to 599"),
        ({"operation": "send_email", "status": 500, "times": 0}, "positive"),
        ({"operation": "send_email", "action": "drop", "status": 500}, "no status"),
        ({"operation": "send_email", "status": 500, "colour": "red"}, "unknown rule members"),
        ({"operation": "send_email", "delay_ms": -1}, "delay_ms"),
        ("not a rule", "JSON object"),
    ],
)
def test_bad_rules_are_refused_whole(server: Server, rule: Any, says: str) -> None:
    good = {"operation": "send_email", "status": 500}
    status, body = control(server, "POST", "script", json=[good, rule])
    assert status == 400 and says in body["error"]
    assert control(server, "GET", "script")[1] == {"rules": []}  # all or nothing


def test_reset_forgets_scripts_and_the_journal(server: Server, http: httpx.Client) -> None:
    control(server, "POST", "script", json={"operation": "send_email", "status": 500})
    http.get("/email/search")
    control(server, "POST", "reset")
    assert control(server, "GET", "script")[1] == {"rules": []}
    assert control(server, "GET", "requests")[1]["total"] == 0
