"""iovox: generated client + overlay against the emulator, and the emulator's rules."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from iovox_email_client.api.email import create_proxy_addresses, search_emails, send_email
from iovox_email_client.api.numbers import create_number_pool
from iovox_email_client.models import (
    Disposition,
    FileAttachment,
    InlineAttachment,
    ProxyAddressRequest,
    ReadDisposition,
    SendEmailRequest,
)
from iovox_email_client.types import Unset
from sendspec import AuthenticationError, ValidationError, iovox
from sendspec_emulator import Server

CREDS = ("demo", "demo-secure-key")


def request(**overrides: Any) -> SendEmailRequest:
    fields: dict[str, Any] = dict(
        link_id=1234,
        sender_address="bob@customer.com",
        sender_name="Bob",
        recipient_address="billy@example.org",
        recipient_name="Billy",
        subject="Hello",
        text_content="text",
        html_content="<p>html</p>",
    )
    fields.update(overrides)
    return SendEmailRequest(**fields)


def client_for(server: Server) -> Any:
    return iovox.client(*CREDS, base_url=server.base_url)


def raw(server: Server) -> httpx.Client:
    return httpx.Client(
        base_url=server.base_url, headers={"username": CREDS[0], "secureKey": CREDS[1]}
    )


def count(server: Server) -> int:
    return len(list(iovox.search_all(client_for(server))))


def seed(server: Server, n: int, **body: Any) -> None:
    r = httpx.post(f"{server.root_url}/_emulator/emails", json={"count": n, **body})
    assert r.status_code == 200, r.text


# ------------------------------------------------------------------------------- round trips


def test_send_returns_uuid4_and_is_searchable(iovox_server: Server) -> None:
    c = client_for(iovox_server)
    sent = send_email.sync(client=c, body=request())
    assert sent is not None and not isinstance(sent.message_id, str)
    assert sent.message_id.version == 4
    assert isinstance(sent.conversation_id, Unset) and isinstance(sent.proxy_address, Unset)
    page = search_emails.sync(client=c, message_id=str(sent.message_id))
    assert page is not None and not isinstance(page, Unset)
    (record,) = page.results
    assert record.link_id == "1234" and record.node_name == "Bobs automotive"
    assert record.disposition == Disposition.SENT and record.read_disposition.value == "unread"
    assert record.delivery_date == record.receive_date
    assert isinstance(record.read_first_date, Unset) and isinstance(record.proxy_address, Unset)


def test_proxy_domain_creates_conversation(iovox_server: Server) -> None:
    c = client_for(iovox_server)
    sent = send_email.sync(client=c, body=request(proxy_domain="Example.com", proxy_name="Co"))
    assert sent is not None
    assert isinstance(sent.proxy_address, str) and sent.proxy_address.endswith("@example.com")
    assert sent.conversation_id.version == 4  # type: ignore[union-attr]
    (record,) = iovox.search_all(c, conversation_id=str(sent.conversation_id))
    assert record.proxy_address == sent.proxy_address and record.proxy_name == "Co"
    other = send_email.sync(client=c, body=request(proxy_domain="example.com"))
    assert other is not None and other.proxy_address != sent.proxy_address
    (record,) = iovox.search_all(c, conversation_id=str(other.conversation_id))
    assert record.proxy_name == "Bob"  # defaults to sender_name


def test_attachment_rules(iovox_server: Server) -> None:
    c = client_for(iovox_server)
    ok = request(
        attachments=[
            FileAttachment(
                disposition="attachment", type_="text/plain", body="QQ==", filename="a.txt"
            ),
            InlineAttachment(disposition="inline", type_="image/png", body="QQ==", id="part1"),
        ]
    )
    assert send_email.sync(client=c, body=ok) is not None
    with raw(iovox_server) as http:
        body = request().to_dict()
        body["attachments"] = [
            {"disposition": "attachment", "type": "text/plain", "body": "QQ=="},
            {"disposition": "inline", "type": "text/plain", "body": "QQ=="},
            {"disposition": "other", "type": "x", "body": "QQ==", "id": "1"},
            {"disposition": "inline", "type": "x", "body": "not base64!", "id": "2"},
        ]
        r = http.post("/email", json=body)
    assert r.status_code == 400
    errors = r.json()["errors"]
    assert "attachments[0].filename is required" in errors
    assert "attachments[1].id is required" in errors
    assert any(e.startswith("attachments[2].disposition") for e in errors)
    assert "attachments[3].body has an invalid format" in errors
    assert count(iovox_server) == 1  # only the valid send was stored


def test_create_proxy_addresses_echoes_and_is_atomic(iovox_server: Server) -> None:
    c = client_for(iovox_server)
    items = [
        ProxyAddressRequest(
            link_id="abc1234",
            sender_address="a@b.com",
            recipient_address=f"r{i}@d.com",
            proxy_domain="example.com",
        )
        for i in range(3)
    ]
    created = create_proxy_addresses.sync(client=c, body=items)
    assert isinstance(created, list) and len(created) == 3
    assert [p.recipient_address for p in created] == ["r0@d.com", "r1@d.com", "r2@d.com"]
    assert len({p.proxy_address for p in created}) == 3
    assert all(p.link_id == "abc1234" for p in created)
    bad = [
        *items,
        ProxyAddressRequest(
            link_id="missing",
            sender_address="a@b.com",
            recipient_address="x@d.com",
            proxy_domain="example.com",
        ),
    ]
    with pytest.raises(ValidationError) as err:
        create_proxy_addresses.sync(client=c, body=bad)
    assert err.value.messages == ["[3].link_id does not exist"]
    with raw(iovox_server) as http:
        assert http.post("/email/address/proxy", json=[]).json() == {
            "errors": ["must not be empty"]
        }


def test_number_pool_accepts_documented_example(iovox_server: Server) -> None:
    from iovox_email_client.models import NumberPoolRequest

    r = create_number_pool.sync_detailed(
        client=client_for(iovox_server), body=NumberPoolRequest(link_id="1234", recipient="x")
    )
    assert r.status_code == 201 and r.content == b""


# ------------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ({}, "The username and secureKey headers are required"),
        ({"username": "demo"}, "The username and secureKey headers are required"),
        ({"username": "demo", "secureKey": "wrong"}, "Invalid username or secureKey"),
        ({"username": "other", "secureKey": "demo-secure-key"}, "Invalid username or secureKey"),
    ],
)
def test_auth_is_required_everywhere(
    iovox_server: Server, headers: dict[str, str], message: str
) -> None:
    with httpx.Client(base_url=iovox_server.base_url, headers=headers) as http:
        for r in (
            http.post("/email", json=request().to_dict()),
            http.get("/email/search"),
            http.post("/email/address/proxy", json=[]),
            http.post("/numbers/pool", json={}),
        ):
            assert r.status_code == 401 and r.json() == {"errors": [message]}
    assert count(iovox_server) == 0


@pytest.mark.parametrize(
    "headers",
    [
        {b"username": b"demo", b"secureKey": "d\xe9mo".encode("latin-1")},
        {b"username": "d\xe9mo".encode("latin-1"), b"secureKey": b"demo-secure-key"},
        {b"username": b"demo", b"secureKey": "d\u00e9mo-\u2603".encode()},
    ],
)
def test_non_ascii_credentials_are_401_not_500(
    iovox_server: Server, headers: dict[bytes, bytes]
) -> None:
    with httpx.Client(base_url=iovox_server.base_url, headers=headers) as http:
        r = http.get("/email/search")
    assert r.status_code == 401 and r.json() == {"errors": ["Invalid username or secureKey"]}


def test_non_ascii_secure_key_can_match() -> None:
    from sendspec_emulator import running

    with (
        running("iovox-email", secure_key="cl\xe9") as server,
        httpx.Client(base_url=server.base_url) as http,
    ):
        ok = http.get("/email/search", headers={b"username": b"demo", b"secureKey": b"cl\xe9"})
        bad = http.get("/email/search", headers={b"username": b"demo", b"secureKey": b"cle"})
    assert ok.status_code == 200 and bad.status_code == 401


def test_overlay_raises_typed_auth_error(iovox_server: Server) -> None:
    c = iovox.client("demo", "not-the-key", base_url=iovox_server.base_url)
    with pytest.raises(AuthenticationError) as err:
        send_email.sync(client=c, body=request())
    assert err.value.status_code == 401 and "not-the-key" not in str(err.value)


@pytest.mark.parametrize(
    ("content", "content_type", "expected"),
    [
        (b"{not json", "application/json", "The body is not valid JSON"),
        (b"", "application/json", "A JSON request body is required"),
        (b'{"link_id": 1}', "text/plain", "Content-Type must be application/json, not text/plain"),
        (b"[1, 2]", "application/json", "must be of type object"),
    ],
)
def test_malformed_bodies(
    iovox_server: Server, content: bytes, content_type: str, expected: str
) -> None:
    with raw(iovox_server) as http:
        r = http.post("/email", content=content, headers={"content-type": content_type})
    assert r.status_code == 400
    assert any(expected in e for e in r.json()["errors"]), r.json()
    assert count(iovox_server) == 0


def test_wrong_types_and_missing_fields(iovox_server: Server) -> None:
    body = request().to_dict()
    body.update(link_id=[1], sender_address="not-an-address", subject="")
    del body["html_content"]
    with raw(iovox_server) as http:
        r = http.post("/email", json=body)
    assert r.status_code == 400
    assert sorted(r.json()["errors"]) == sorted(
        [
            "link_id must be of type string",
            "sender_address is not a valid email",
            "subject cannot be empty",
            "html_content is required",
        ]
    )
    assert count(iovox_server) == 0


def test_unknown_link_is_rejected(iovox_server: Server) -> None:
    with pytest.raises(ValidationError) as err:
        send_email.sync(client=client_for(iovox_server), body=request(link_id="nope"))
    assert err.value.messages == ["link_id does not exist"]
    assert err.value.error is not None and err.value.error.errors == ["link_id does not exist"]


def test_unknown_path_and_method(iovox_server: Server) -> None:
    with raw(iovox_server) as http:
        r = http.get("/nothing")
        assert r.status_code == 404 and r.json()["errors"]
        r = http.delete("/email")
        assert r.status_code == 405 and r.headers["allow"] == "POST"


@pytest.mark.parametrize(
    ("params", "error"),
    [
        ({"page": "0"}, "page must be greater than or equal to 1"),
        ({"limit": "ten"}, "limit must be of type integer"),
        ({"limit": "99999999999999999999"}, "limit must be less than or equal to 2147483647"),
        ({"start_date": "2022-02-30 00:00:00"}, "start_date has an invalid format"),
        ({"disposition": "lost"}, "disposition must be one of"),
        ({"fields": "message_id,secret"}, "fields has an invalid format"),
        ({"order": "receive_date"}, "order has an invalid format"),
    ],
)
def test_search_parameter_validation(
    iovox_server: Server, params: dict[str, str], error: str
) -> None:
    with raw(iovox_server) as http:
        r = http.get("/email/search", params=params)
    assert r.status_code == 400 and r.json()["errors"][0].startswith(error)


# ------------------------------------------------------------------------------- search


def test_search_filters_order_and_fields(iovox_server: Server) -> None:
    c = client_for(iovox_server)
    for i, recipient in enumerate(["a@x.org", "bounce@x.org", "c@nomx.invalid", "queued1@x.org"]):
        send_email.sync(
            client=c, body=request(recipient_address=recipient, link_id="xyz789" if i % 2 else 1234)
        )
    got = {r.recipient_address: r.disposition.value for r in iovox.search_all(c)}  # type: ignore[union-attr]
    assert got == {
        "a@x.org": "sent",
        "bounce@x.org": "received_bounced",
        "c@nomx.invalid": "noMxRecord",
        "queued1@x.org": "queued",
    }
    assert [r.recipient_address for r in iovox.search_all(c, link_id="xyz789")] == [
        "bounce@x.org",
        "queued1@x.org",
    ]
    assert [
        r.recipient_address for r in iovox.search_all(c, disposition=Disposition.NOMXRECORD)
    ] == ["c@nomx.invalid"]
    ordered = [r.recipient_address for r in iovox.search_all(c, order="recipient_address_DESC")]
    assert ordered == sorted(got, reverse=True)
    # records without delivery_date sort first ascending
    first = next(iovox.search_all(c, order="delivery_date_ASC,recipient_address_ASC"))
    assert first.recipient_address == "c@nomx.invalid"
    projected = next(iovox.search_all(c, fields="message_id,read_first_date"))
    assert projected.to_dict().keys() == {"message_id"}  # unread: no read_first_date


def test_read_simulation_and_read_filter(iovox_server: Server) -> None:
    c = client_for(iovox_server)
    sent = send_email.sync(client=c, body=request())
    send_email.sync(client=c, body=request())
    assert sent is not None
    r = httpx.post(
        f"{iovox_server.root_url}/_emulator/read", json={"message_id": str(sent.message_id)}
    )
    assert r.status_code == 200
    (read,) = iovox.search_all(c, read_disposition=ReadDisposition.READ)
    assert read.message_id == str(sent.message_id) and isinstance(read.read_first_date, str)


def test_default_and_explicit_date_range(iovox_server: Server) -> None:
    c = client_for(iovox_server)
    send_email.sync(client=c, body=request())
    assert count(iovox_server) == 1
    assert (
        list(iovox.search_all(c, start_date="2000-01-01 00:00:00", end_date="2000-12-31 23:59:59"))
        == []
    )
    assert (
        list(iovox.search_all(c, start_date="2099-01-01 00:00:00", end_date="2000-12-31 23:59:59"))
        == []
    )
    # a month later the default range (this month) no longer covers it
    httpx.post(f"{iovox_server.root_url}/_emulator/clock", json={"advance_seconds": 32 * 86400})
    assert count(iovox_server) == 0
    assert (
        len(
            list(
                iovox.search_all(
                    c, start_date="2000-01-01 00:00:00", end_date="2999-12-31 23:59:59"
                )
            )
        )
        == 1
    )


# ------------------------------------------------------------------------------- pagination


def pages(server: Server, size: int) -> list[list[str]]:
    return [
        [r.message_id for r in p.results]  # type: ignore[misc]
        for p in iovox.search_pages(client_for(server), page_size=size)
    ]


def test_pagination_empty(iovox_server: Server) -> None:
    before = iovox_server.app.requests
    (page,) = iovox.search_pages(client_for(iovox_server), page_size=10)
    assert page.results == [] and page.total_pages == 0 and page.total_results == 0
    assert iovox_server.app.requests - before == 1


def test_pagination_exactly_one_page(iovox_server: Server) -> None:
    seed(iovox_server, 10)
    before = iovox_server.app.requests
    got = pages(iovox_server, 10)
    assert [len(p) for p in got] == [10]
    assert iovox_server.app.requests - before == 1


def test_pagination_last_page_partial(iovox_server: Server) -> None:
    seed(iovox_server, 25)
    got = pages(iovox_server, 10)
    assert [len(p) for p in got] == [10, 10, 5]
    flat = [m for p in got for m in p]
    assert len(set(flat)) == 25
    (one,) = iovox.search_pages(client_for(iovox_server), page_size=10, start_page=3)
    assert one.current_page == 3 and one.total_pages == 3 and one.total_results == 25


def test_pagination_past_the_end_and_defaults(iovox_server: Server) -> None:
    seed(iovox_server, 3)
    page = search_emails.sync(client=client_for(iovox_server), page=9, limit=2)
    assert page is not None and not isinstance(page, Unset)
    assert page.results == [] and page.current_page == 9 and page.total_pages == 2
    with pytest.raises(ValueError):
        list(iovox.search_all(client_for(iovox_server), page_size=0))


def test_async_search_walks_all_pages(iovox_server: Server) -> None:
    seed(iovox_server, 7)

    async def walk() -> list[str]:
        c = client_for(iovox_server)
        return [r.message_id async for r in iovox.asearch_all(c, page_size=3)]  # type: ignore[misc]

    assert len(set(asyncio.run(walk()))) == 7


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "The body is not valid JSON: nested too deeply"),
        (b'{"subject": "\\udc00"}', "subject contains an invalid Unicode escape"),
        (b'{"\\ud800": 1}', "contains an invalid Unicode escape"),
        (b"\xff\xfe", "The body is not valid JSON"),
    ],
)
def test_hostile_bodies_are_400_not_500(
    iovox_server: Server, content: bytes, expected: str
) -> None:
    with raw(iovox_server) as http:
        r = http.post("/email", content=content, headers={"content-type": "application/json"})
    assert r.status_code == 400
    assert any(expected in e for e in r.json()["errors"]), r.json()


# ------------------------------------------------------------------------------- leniency
# decided in the spec's info.description: the documentation shows none of these, so the
# emulator accepts none of them


@pytest.mark.parametrize("member", ["proxy_domain", "proxy_name", "attachments"])
def test_null_optional_member_is_refused(iovox_server: Server, member: str) -> None:
    with raw(iovox_server) as http:
        r = http.post("/email", json={**request().to_dict(), member: None})
        proxy = http.post(
            "/email/address/proxy",
            json=[
                {
                    "link_id": "1234",
                    "sender_address": "a@b.com",
                    "recipient_address": "c@d.com",
                    "proxy_domain": "example.com",
                    "proxy_name": None,
                }
            ],
        )
    assert r.status_code == 400
    assert r.json()["errors"] == [
        f"{member} must be of type " + ("array" if member == "attachments" else "string")
    ]
    assert proxy.status_code == 400
    assert proxy.json()["errors"] == ["[0].proxy_name must be of type string"]
    assert count(iovox_server) == 0


@pytest.mark.parametrize("path", ["/email/", "/email/search/", "/Email", "/email/Search"])
def test_trailing_slash_and_other_case_are_404(iovox_server: Server, path: str) -> None:
    with raw(iovox_server) as http:
        r = (
            http.post(path, json=request().to_dict())
            if "search" not in path.lower()
            else http.get(path)
        )
    assert r.status_code == 404 and r.json() == {"errors": [f"No resource at /rest/v1{path}"]}
    assert count(iovox_server) == 0


@pytest.mark.parametrize(
    "query",
    ["link_id=1234&link_id=xyz789", "fields=message_id&fields=link_id", "page=1&page=2"],
)
def test_repeated_search_parameter_is_400(iovox_server: Server, query: str) -> None:
    name = query.split("=")[0]
    with raw(iovox_server) as http:
        r = http.get(f"/email/search?{query}")
    assert r.status_code == 400 and r.json() == {"errors": [f"{name} must be given once"]}


def test_comma_separated_fields_and_order(iovox_server: Server) -> None:
    c = client_for(iovox_server)
    for recipient in ("b@x.org", "a@x.org"):
        send_email.sync(client=c, body=request(recipient_address=recipient))
    with raw(iovox_server) as http:
        r = http.get(
            "/email/search",
            params={
                "fields": "recipient_address,link_id",
                "order": "link_id_ASC,recipient_address_ASC",
            },
        )
    assert r.status_code == 200
    assert r.json()["results"] == [
        {"recipient_address": "a@x.org", "link_id": "1234"},
        {"recipient_address": "b@x.org", "link_id": "1234"},
    ]


def test_query_names_are_case_sensitive(iovox_server: Server) -> None:
    c = client_for(iovox_server)
    send_email.sync(client=c, body=request())
    send_email.sync(client=c, body=request(link_id="xyz789"))
    with raw(iovox_server) as http:
        exact = http.get("/email/search", params={"link_id": "xyz789"}).json()
        other = http.get("/email/search", params={"Link_Id": "xyz789", "LIMIT": "x"}).json()
    assert [r["link_id"] for r in exact["results"]] == ["xyz789"]
    # another spelling is an unknown parameter: ignored, like every unknown parameter
    assert sorted(r["link_id"] for r in other["results"]) == ["1234", "xyz789"]


def test_proxy_address_echoes_link_id_as_sent(iovox_server: Server) -> None:
    items = [
        ProxyAddressRequest(
            link_id=link_id,
            sender_address="a@b.com",
            recipient_address="r@d.com",
            proxy_domain="example.com",
        )
        for link_id in (1234, "1234")
    ]
    created = create_proxy_addresses.sync(client=client_for(iovox_server), body=items)
    assert isinstance(created, list)
    assert [p.link_id for p in created] == [1234, "1234"]
