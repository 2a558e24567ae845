"""ICOMMKT: the generated client + overlays against the emulator, end to end."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

import httpx
import pytest
from icommkt_email_client.api.bounces import activate_bounce, list_bounces
from icommkt_email_client.api.email import send_email, send_email_with_template
from icommkt_email_client.api.messages import get_outbound_message_details, list_outbound_messages
from icommkt_email_client.api.templates import create_template, delete_template, get_template
from icommkt_email_client.models import (
    CreateTemplateRequest,
    EmailMessage,
    OutboundMessageDetails,
    SendEmailResponse,
    Template,
    TemplatedEmailMessage,
    TemplateModel,
    TemplateSaved,
)
from sendspec import AuthenticationError, icommkt
from sendspec.runtime import expect
from sendspec_conformance.emulator import Server, running

SENDER = "sender@example.com"


@pytest.fixture
def server() -> Iterator[Server]:
    with running("icommkt-email") as s:
        yield s


def client_for(server: Server, token: str = "demo-server-token") -> Any:
    return icommkt.client(token, base_url=server.base_url)


def message(to: str, **extra: Any) -> EmailMessage:
    return EmailMessage(from_=SENDER, to=to, subject="Hi", text_body="Hello", **extra)


def test_send_details_and_search(server: Server) -> None:
    c = client_for(server)
    sent = expect(
        send_email.sync(client=c, body=message("reader@example.org", tag="welcome")),
        SendEmailResponse,
    )
    assert sent.error_code == 0 and isinstance(sent.message_id, str)
    details = expect(
        get_outbound_message_details.sync(sent.message_id, client=c), OutboundMessageDetails
    )
    assert details.message_id == sent.message_id and details.text_body == "Hello"
    found = list(icommkt.iter_items(list_outbound_messages, c, tag="welcome"))
    assert [m.message_id for m in found] == [sent.message_id]


def test_messages_by_date_range(server: Server) -> None:
    c = client_for(server)
    for i in range(3):
        send_email.sync(client=c, body=message(f"r{i}@example.org", tag="dated"))
        httpx.post(f"{server.root_url}/_emulator/clock", json={"advance_seconds": 3600})
    listed = list(icommkt.iter_items(list_outbound_messages, c, tag="dated"))
    # ReceivedAt is Eastern with an offset; the filters take the Eastern wall clock
    wall = [datetime.fromisoformat(m.received_at[:19]) for m in listed]
    assert wall == sorted(wall, reverse=True) and len(wall) == 3
    found = icommkt.iter_items_by_date(
        list_outbound_messages, c, fromdate=wall[2], todate=wall[1], page_size=1, tag="dated"
    )
    assert [m.to[0].email for m in found] == ["r1@example.org", "r0@example.org"]


def test_bounces_page_and_activate(server: Server) -> None:
    c = client_for(server)
    batch = [message(f"hardbounce{i}@example.org") for i in range(7)]
    results = icommkt.send_batch(c, batch)
    assert [r.error_code for r in results] == [0] * 7
    httpx.post(f"{server.root_url}/_emulator/clock", json={"advance_seconds": 1})
    bounces = list(icommkt.iter_items(list_bounces, c, page_size=3))
    assert len(bounces) == 7 and all(b.inactive for b in bounces)
    with pytest.raises(icommkt.InactiveRecipientError) as err:
        send_email.sync(client=c, body=message("hardbounce0@example.org"))
    assert err.value.inactive_addresses == ["hardbounce0@example.org"]
    activate_bounce.sync(bounces[0].id, client=c)
    assert send_email.sync(client=c, body=message(bounces[0].email)) is not None


def test_batch_failures_surface(server: Server) -> None:
    c = client_for(server)
    with pytest.raises(icommkt.BatchError) as err:
        icommkt.send_batch(c, [message("ok@example.org"), message("not-an-address")])
    assert [f.index for f in err.value.failures] == [1]
    assert err.value.results[0].error_code == 0


def test_template_lifecycle_and_rendering(server: Server) -> None:
    c = client_for(server)
    saved = expect(
        create_template.sync(
            client=c,
            body=CreateTemplateRequest(
                name="Welcome", alias="welcome", subject="Hi {{name}}", text_body="Hello {{name}}!"
            ),
        ),
        TemplateSaved,
    )
    assert isinstance(saved.template_id, int)
    got = expect(get_template.sync("welcome", client=c), Template)
    assert got.subject == "Hi {{name}}"
    model = TemplateModel.from_dict({"name": "Ada"})
    sent = send_email_with_template.sync(
        client=c,
        body=TemplatedEmailMessage(
            template_model=model, from_=SENDER, to="ada@example.org", template_alias="welcome"
        ),
    )
    sent = expect(sent, SendEmailResponse)
    details = expect(
        get_outbound_message_details.sync(str(sent.message_id), client=c), OutboundMessageDetails
    )
    assert details.subject == "Hi Ada" and details.text_body == "Hello Ada!"
    delete_template.sync(str(saved.template_id), client=c)
    with pytest.raises(icommkt.ApiError) as err:
        get_template.sync("welcome", client=c)
    assert icommkt.error_code(err.value) == 1101


def test_test_token_validates_but_stores_nothing(server: Server) -> None:
    test = client_for(server, icommkt.TEST_TOKEN)
    sent = expect(send_email.sync(client=test, body=message("x@example.org")), SendEmailResponse)
    assert sent.error_code == 0
    assert list(icommkt.iter_items(list_outbound_messages, client_for(server))) == []
    with pytest.raises(AuthenticationError):
        list(icommkt.iter_items(list_outbound_messages, test))
