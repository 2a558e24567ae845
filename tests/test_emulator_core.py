"""The shared emulator core: routing precedence, raw-path parameters, parameter validation
and formats, shown through the ICOMMKT emulator (whose spec has overlapping paths)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sendspec_emulator import Server, running
from sendspec_emulator.core import FORMAT_CHECKER, coerce
from sendspec_emulator.core.rendered import RawJSON, Renderings, encode, wire_value


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    server: Server
    with (
        running("icommkt-email") as server,
        httpx.Client(
            base_url=server.base_url, headers={"X-Trx-Api-Key": "demo-server-token"}
        ) as client,
    ):
        yield client


def test_concrete_path_wins_and_allow_lists_only_its_methods(http: httpx.Client) -> None:
    # /templates/validate (POST) is not /templates/{templateIdOrAlias} (GET, PUT, DELETE)
    r = http.get("/templates/validate")
    assert r.status_code == 405 and r.headers["allow"] == "POST"
    r = http.post(
        "/templates/validate", json={"Subject": "Hi {{name}}", "TestRenderModel": {"name": "x"}}
    )
    assert r.status_code == 200
    r = http.get("/templates/no-such-alias")
    assert r.status_code == 422 and r.json()["ErrorCode"] == 1101


@pytest.mark.parametrize("encoded", ["%09", "%0D", "a%2Fb", "%20"])
def test_encoded_path_parameters_are_routed_then_validated(
    http: httpx.Client, encoded: str
) -> None:
    # routed to /templates/{templateIdOrAlias} (not a 404), then refused by the alias pattern
    r = http.get(f"/templates/{encoded}")
    assert r.status_code == 422
    assert r.json() == {"ErrorCode": 1100, "Message": "templateIdOrAlias has an invalid format"}


def test_path_parameters_are_validated_by_the_spec(http: httpx.Client) -> None:
    r = http.get("/bounces/not-a-number")
    assert r.status_code == 422
    assert r.json()["ErrorCode"] == 1000 and "bounceid" in r.json()["Message"].lower()


@pytest.mark.parametrize(
    ("fmt", "good", "bad"),
    [
        ("date", "2024-02-29", "2023-02-29"),
        ("int32", 2**31 - 1, 2**31),
        ("email", "a@example.com", "a@"),
        ("hostname", "mail.example.com", "-bad-.com"),
        ("uuid", "fb8fe1d0-113d-499a-83d5-58410040c67c", "fb8fe1d0"),
        ("ipv4", "168.0.96.4", ""),
        ("ipv4", "10.0.0.1", "10.0.0.256"),
        ("ipv6", "2001:db8::1", "fe80::1%eth0"),
    ],
)
def test_formats(fmt: str, good: object, bad: object) -> None:
    assert FORMAT_CHECKER.conforms(good, fmt) and not FORMAT_CHECKER.conforms(bad, fmt)


@pytest.mark.parametrize(
    ("raw", "schema", "expected"),
    [
        ("7", {"type": "integer"}, 7),
        ("-7", {"type": "integer"}, -7),
        ("\x1f3", {"type": "integer"}, "\x1f3"),  # found by schemathesis: was a 500
        (" 7", {"type": "integer"}, " 7"),
        ("\u0663", {"type": "integer"}, "\u0663"),  # ARABIC-INDIC DIGIT THREE
        ("1_0", {"type": "integer"}, "1_0"),
        ("1.5", {"type": "number"}, 1.5),
        ("1e3", {"type": "number"}, 1000.0),
        ("nan", {"type": "number"}, "nan"),
        ("true", {"type": "boolean"}, True),
        ("yes", {"type": "boolean"}, "yes"),
    ],
)
def test_parameter_coercion_is_strict(raw: str, schema: dict[str, str], expected: object) -> None:
    # a value that does not convert stays text, so schema validation rejects it with a 400
    assert coerce(raw, schema) == expected


def test_control_characters_in_an_integer_path_parameter_are_a_client_error() -> None:
    with running("inxmail") as server:
        r = httpx.get(
            f"{server.base_url}/blacklist-entries/%1F3",
            headers={"Authorization": "Basic ZGVtby1jbGllbnQ6ZGVtby1zZWNyZXQ="},
        )
    assert r.status_code == 400, r.text
    assert r.json()["type"] == "type-mismatch"


@pytest.mark.parametrize(
    ("slug", "headers", "write", "read", "count"),
    [
        (
            "iovox-email",
            {"username": "demo", "secureKey": "demo-secure-key"},
            (
                "POST",
                "/email",
                {
                    "link_id": "1234",
                    "sender_address": "bob@customer.com",
                    "sender_name": "Bob",
                    "recipient_address": "billy@example.org",
                    "recipient_name": "Billy",
                    "subject": "s",
                    "text_content": "t",
                    "html_content": "<p>h</p>",
                },
            ),
            "/email/search",
            lambda body: body["total_results"],
        ),
        (
            "icommkt-email",
            {"X-Trx-Api-Key": "demo-server-token"},
            (
                "POST",
                "/email",
                {
                    "From": "sender@example.com",
                    "To": "a@example.org",
                    "Subject": "s",
                    "TextBody": "t",
                },
            ),
            "/messages/outbound?count=10&offset=0",
            lambda body: body["TotalCount"],
        ),
        (
            "icomm-sms",
            {"Authorization": "App demo-api-key"},
            (
                "POST",
                "/sms/3/messages",
                {
                    "messages": [
                        {
                            "sender": "InfoSMS",
                            "destinations": [{"to": "41793026727"}],
                            "content": {"text": "hi"},
                        }
                    ]
                },
            ),
            "/sms/3/logs",
            lambda body: len(body["results"]),
        ),
        (
            "inxmail",
            {"Authorization": "Basic ZGVtby1jbGllbnQ6ZGVtby1zZWNyZXQ="},
            (
                "POST",
                "/lists",
                {"name": "l", "type": "STANDARD", "senderAddress": "john.doe@example.com"},
            ),
            "/lists",
            lambda body: len(body.get("_embedded", {}).get("inx:lists", [])),
        ),
    ],
)
def test_reset_forgets_everything_but_the_defaults(
    slug: str, headers: dict[str, str], write: Any, read: str, count: Any
) -> None:
    method, path, body = write
    with running(slug) as server:
        api = httpx.Client(base_url=server.base_url, headers=headers, timeout=30)
        if slug == "inxmail":
            api.headers["Content-Type"] = "application/hal+json"
        before = count(api.get(read).json())
        r = api.request(method, path, json=body)
        assert r.status_code < 300, r.text
        assert count(api.get(read).json()) == before + 1
        httpx.post(f"{server.root_url}/_emulator/reset").raise_for_status()
        assert count(api.get(read).json()) == before
        # the defaults (links, sender signatures, credentials) are back: the write works again
        assert api.request(method, path, json=body).status_code < 300


# --------------------------------------------------------------------------------------------
# records rendered once (core.rendered)


def test_raw_json_is_embedded_as_it_is_on_both_encodings() -> None:
    record = RawJSON(b'{"b":1,"a":"\xc3\xa9"}')
    assert encode({"n": 1, "items": [record]}) == b'{"n":1,"items":[{"b":1,"a":"\xc3\xa9"}]}'
    # what orjson refuses (an int past 64 bits) goes to json.dumps: the record's value
    assert encode({"n": 2**70, "items": [record]}) == (
        b'{"n":1180591620717411303424,"items":[{"b":1,"a":"\xc3\xa9"}]}'
    )
    assert wire_value({"items": [record]}) == {"items": [{"b": 1, "a": "\u00e9"}]}
    with pytest.raises(TypeError):
        encode({"x": object()})


def test_renderings_render_once_per_key_and_anew_for_another() -> None:
    calls: list[Any] = []

    def render(key: Any) -> Any:
        calls.append(key)
        return {"id": key[0], "status": key[1]}

    rendered = Renderings(render, keep=2)
    first = rendered((1, "Sent"))
    assert rendered((1, "Sent")) is first and calls == [(1, "Sent")]
    assert encode(rendered((1, "Bounced"))) == b'{"id":1,"status":"Bounced"}'  # a changed row
    assert encode([first]) == b'[{"id":1,"status":"Sent"}]'
    rendered((2, "Sent"))  # past ``keep``: it starts over, and renders what it is asked again
    rendered((1, "Sent"))
    assert calls == [(1, "Sent"), (1, "Bounced"), (2, "Sent"), (1, "Sent")]


def test_renderings_keep_no_long_text() -> None:
    calls: list[Any] = []

    def render(key: Any) -> Any:
        calls.append(key)
        return {"text": "x" * key}

    rendered = Renderings(render, keep_text=100)
    assert encode(rendered(200)) == encode(rendered(200)) == b'{"text":"' + b"x" * 200 + b'"}'
    rendered(10)
    rendered(10)
    assert calls == [200, 200, 10]
