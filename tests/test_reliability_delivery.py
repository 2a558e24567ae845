"""Delivered, then the connection dropped (issue 11): the emulator's ``rate_drop_after`` fault
runs the handler (the send is stored), then closes the connection before the answer.

Under the default policy a send (POST) is never resent after it may have reached the server,
so the caller sees a transport error and the provider holds exactly one message. With
``RetryPolicy(retry_non_idempotent=True)`` the send is retried: delivery is more likely, and
the provider holds the message twice. Counted through each provider's own API (SMS through
the control plane, whose listing the API lacks), after the fault is switched off.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from icomm_sms_client.api.default import send_sms_messages
from icomm_sms_client.models import (
    SmsDestination,
    SmsMessage,
    SmsRequestEnvelope,
    SmsTextMessageContent,
)
from icommkt_email_client.api.email import send_email as icommkt_send
from icommkt_email_client.api.messages import list_outbound_messages
from icommkt_email_client.models import EmailMessage
from iovox_email_client.api.email import send_email as iovox_send
from iovox_email_client.models import SendEmailRequest
from sendspec import NO_RETRIES, RetryPolicy, icommkt, iovox, sms
from sendspec_emulator import Server, running

#: what the transport error of a dropped answer may be (peer closed mid-body, or reset)
DROPPED = (httpx.RemoteProtocolError, httpx.ReadError)
#: the opt-in: two attempts, no backoff to speak of
RESEND = RetryPolicy(max_attempts=2, backoff_base=0.001, retry_non_idempotent=True)


def faults(server: Server, **values: Any) -> None:
    r = httpx.post(f"{server.root_url}/_emulator/faults", json=values)
    assert r.status_code == 200, r.text
    assert r.json()["rate_drop_after"] == values.get("rate_drop_after", 0.0)


def iovox_send_once(c: Any) -> Any:
    body = SendEmailRequest(
        link_id=1234, sender_address="a@b.com", sender_name="A", recipient_address="c@d.com",
        recipient_name="C", subject="s", text_content="t", html_content="h",
    )  # fmt: skip
    return iovox_send.sync(client=c, body=body)


def iovox_stored(server: Server) -> int:
    c = iovox.client("demo", "demo-secure-key", base_url=server.base_url, retry=NO_RETRIES)
    return len(list(iovox.search_all(c)))


MESSAGE = EmailMessage(
    from_="sender@example.com", to="a@example.com", subject="s", text_body="t", tag="drop"
)


def icommkt_stored(server: Server) -> int:
    c = icommkt.client("demo-server-token", base_url=server.base_url, retry=NO_RETRIES)
    return len(list(icommkt.iter_items(list_outbound_messages, c, tag="drop")))


def sms_envelope() -> SmsRequestEnvelope:
    message = SmsMessage(
        destinations=[SmsDestination(to="41793026727")],
        sender="InfoSMS",
        content=SmsTextMessageContent(text="Hello"),
    )
    return SmsRequestEnvelope(messages=[message])


def sms_stored(server: Server) -> int:
    r = httpx.post(f"{server.root_url}/_emulator/messages", json={})
    assert r.status_code == 200, r.text
    return len(r.json()["messages"])


# slug, client factory, one send, sync and async, stored count
CASES: dict[str, tuple[str, Callable[..., Any], Callable[[Any], Any], Callable[..., Any]]] = {
    "iovox": (
        "iovox-email",
        lambda server, **kw: iovox.client("demo", "demo-secure-key", base_url=server, **kw),
        iovox_send_once,
        iovox_stored,
    ),
    "icommkt": (
        "icommkt-email",
        lambda server, **kw: icommkt.client("demo-server-token", base_url=server, **kw),
        lambda c: icommkt_send.sync(client=c, body=MESSAGE),
        icommkt_stored,
    ),
    "sms": (
        "icomm-sms",
        lambda server, **kw: sms.client("demo-api-key", base_url=server, **kw),
        lambda c: send_sms_messages.sync(client=c, body=sms_envelope()),
        sms_stored,
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_no_duplicate_send_under_the_default_policy(name: str) -> None:
    slug, make, send, stored = CASES[name]
    with running(slug) as server:
        faults(server, rate_drop_after=1.0)
        c = make(server.base_url)  # the default RetryPolicy
        before = server.app.requests
        with pytest.raises(DROPPED):
            send(c)
        assert server.app.requests - before == 1  # not resent...
        faults(server, rate_drop_after=0.0)
        assert stored(server) == 1  # ...though the provider has it: delivered, answer lost


@pytest.mark.parametrize("name", sorted(CASES))
def test_retry_non_idempotent_trades_duplicates_for_delivery(name: str) -> None:
    slug, make, send, stored = CASES[name]
    with running(slug) as server:
        faults(server, rate_drop_after=1.0)
        c = make(server.base_url, retry=RESEND)
        with pytest.raises(DROPPED):  # both answers dropped: still a failure to the caller
            send(c)
        faults(server, rate_drop_after=0.0)
        assert stored(server) == 2  # and the provider got the send twice


def test_no_duplicate_send_async() -> None:
    with running("iovox-email") as server:
        faults(server, rate_drop_after=1.0)
        c = iovox.client("demo", "demo-secure-key", base_url=server.base_url)
        body = SendEmailRequest(
            link_id=1234, sender_address="a@b.com", sender_name="A", recipient_address="c@d.com",
            recipient_name="C", subject="s", text_content="t", html_content="h",
        )  # fmt: skip
        with pytest.raises(DROPPED):
            asyncio.run(iovox_send.asyncio(client=c, body=body))
        faults(server, rate_drop_after=0.0)
        assert iovox_stored(server) == 1
