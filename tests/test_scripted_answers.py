"""Scripted answers (``POST /_emulator/script``, issue 12 item 4) as a user sees them: every
kind of rule (status with the provider's default error body, status with a custom body,
match, times, delay, drop, drop_after) through the generated clients and the overlays,
asserting the typed errors of ``sendspec.errors`` and what the emulator stored."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from icomm_sms_client.api.default import send_sms_messages
from icomm_sms_client.models import ApiError as SmsApiError
from icomm_sms_client.models import SmsRequestEnvelope, SmsResponseEnvelope
from icommkt_email_client.api.email import send_email as icommkt_send
from icommkt_email_client.models import ApiError as IcommktApiError
from icommkt_email_client.models import EmailMessage as IcommktMessage
from inxmail_client.api.recipients import create_recipient, list_recipients
from inxmail_client.models import Problem, RecipientCollection, RecipientCreate
from iovox_email_client.api.email import search_emails, send_email
from iovox_email_client.models import Errors, SearchResponse, SendEmailRequest, SendEmailResponse
from sendspec import (
    AuthenticationError,
    RateLimitedError,
    RetryPolicy,
    ServerError,
    ValidationError,
    icommkt,
    inxmail,
    iovox,
    sms,
)
from sendspec.runtime import expect
from sendspec_emulator import Server, running

NO_RETRY = RetryPolicy(max_attempts=1)


def control(server: Server, method: str, action: str, **kwargs: Any) -> Any:
    r = httpx.request(method, f"{server.root_url}/_emulator/{action}", timeout=60, **kwargs)
    assert r.status_code == 200, r.text
    return r.json()


def script(server: Server, *rules: dict[str, Any]) -> None:
    control(server, "POST", "script", json=list(rules))


def captured(server: Server) -> int:
    return int(control(server, "GET", "messages")["total"])


def journal(server: Server, operation: str) -> list[int]:
    entries = control(server, "GET", "requests", params={"operationId": operation})["requests"]
    return [e["status"] for e in entries]


# -------------------------------------------------------------------------------------- iovox


@pytest.fixture(scope="module")
def iovox_server() -> Iterator[Server]:
    with running("iovox-email") as server:
        yield server


@pytest.fixture()
def iovox_emu(iovox_server: Server) -> Server:
    control(iovox_server, "POST", "reset")
    return iovox_server


def iovox_client(server: Server, **options: Any) -> Any:
    return iovox.client("demo", "demo-secure-key", base_url=server.base_url, **options)


def mail(recipient: str = "billy@example.org") -> SendEmailRequest:
    return SendEmailRequest.from_dict({
        "link_id": 1234, "sender_address": "bob@customer.com", "sender_name": "Bob",
        "recipient_address": recipient, "recipient_name": "Billy", "subject": "Hello",
        "text_content": "text", "html_content": "<p>html</p>",
    })  # fmt: skip


def test_a_status_gets_the_providers_error_body_and_type(iovox_emu: Server) -> None:
    script(iovox_emu, {"operation": "send_email", "status": 503})
    c = iovox_client(iovox_emu)  # the default retry policy: a send is not resent after a 5xx
    with pytest.raises(ServerError) as err:
        send_email.sync(client=c, body=mail())
    assert err.value.status_code == 503 and isinstance(err.value.error, Errors)
    assert err.value.messages == ["Scripted answer (503)"]
    assert captured(iovox_emu) == 0  # the handler did not run
    script(iovox_emu, {"operation": "send_email", "status": 401, "message": "Key revoked"})
    with pytest.raises(AuthenticationError) as denied:
        send_email.sync(client=c, body=mail())
    assert denied.value.messages == ["Key revoked"]
    expect(send_email.sync(client=c, body=mail()), SendEmailResponse)  # rules used up
    assert captured(iovox_emu) == 1


def test_a_custom_body_a_match_and_times(iovox_emu: Server) -> None:
    script(iovox_emu, {
        "operation": "send_email", "match": {"recipient_address": "vip@example.org"},
        "status": 400, "body": {"errors": ["vip is on hold"]}, "times": 2,
    })  # fmt: skip
    c = iovox_client(iovox_emu)
    expect(send_email.sync(client=c, body=mail()), SendEmailResponse)  # no match
    for _ in range(2):
        with pytest.raises(ValidationError) as err:
            send_email.sync(client=c, body=mail("vip@example.org"))
        assert err.value.messages == ["vip is on hold"]
    expect(send_email.sync(client=c, body=mail("vip@example.org")), SendEmailResponse)
    assert journal(iovox_emu, "send_email") == [201, 400, 400, 201]
    # times: null answers every matching call until the script is cleared
    script(iovox_emu, {"operation": "search_emails", "status": 500, "times": None})
    for _ in range(2):
        with pytest.raises(ServerError):
            search_emails.sync(client=iovox_client(iovox_emu, retry=NO_RETRY))
    control(iovox_emu, "DELETE", "script")
    expect(search_emails.sync(client=c), SearchResponse)


def test_a_delay_then_the_normal_answer(iovox_emu: Server) -> None:
    script(iovox_emu, {"operation": "send_email", "delay_ms": 1000})
    slow = iovox_client(iovox_emu, timeout=httpx.Timeout(5, read=0.1), retry=NO_RETRY)
    with pytest.raises(httpx.ReadTimeout):  # the delay is real
        send_email.sync(client=slow, body=mail())
    # a delay alone: the call then runs normally (the listing waits until its e-mail is in;
    # nothing of it is left running into the next test)
    assert control(iovox_emu, "GET", "messages", params={"wait": 20})["total"] == 1
    expect(send_email.sync(client=iovox_client(iovox_emu), body=mail()), SendEmailResponse)
    assert captured(iovox_emu) == 2 and journal(iovox_emu, "send_email") == [201, 201]


def test_a_drop_before_the_handler(iovox_emu: Server) -> None:
    script(iovox_emu, {"operation": "send_email", "action": "drop"})
    with pytest.raises(httpx.TransportError):
        send_email.sync(client=iovox_client(iovox_emu), body=mail())
    assert captured(iovox_emu) == 0
    # a read is retried by the default policy: the second attempt is answered
    script(iovox_emu, {"operation": "search_emails", "action": "drop"})
    expect(search_emails.sync(client=iovox_client(iovox_emu)), SearchResponse)
    assert journal(iovox_emu, "search_emails") == [0, 200]


def test_drop_after_is_delivered_once_under_the_default_retry_policy(iovox_emu: Server) -> None:
    script(iovox_emu, {"operation": "send_email", "action": "drop_after"})
    with pytest.raises(httpx.TransportError):  # the answer was lost ...
        send_email.sync(client=iovox_client(iovox_emu), body=mail())
    assert captured(iovox_emu) == 1  # ... the e-mail was stored, and not sent twice
    assert journal(iovox_emu, "send_email") == [0]
    # what retry_non_idempotent trades: delivery for a duplicate
    script(iovox_emu, {"operation": "send_email", "action": "drop_after"})
    eager = iovox_client(iovox_emu, retry=RetryPolicy(retry_non_idempotent=True, backoff_base=0))
    expect(send_email.sync(client=eager, body=mail()), SendEmailResponse)
    assert captured(iovox_emu) == 3


# ---------------------------------------------------------------------------------------- sms


@pytest.fixture(scope="module")
def sms_server() -> Iterator[Server]:
    with running("icomm-sms", delivery_delay=3600) as server:
        yield server


@pytest.fixture()
def sms_emu(sms_server: Server) -> Server:
    control(sms_server, "POST", "reset")
    return sms_server


def sms_body(to: str = "41793026727") -> SmsRequestEnvelope:
    return SmsRequestEnvelope.from_dict(
        {"messages": [{"destinations": [{"to": to}], "content": {"text": "Hi"}}]}
    )


def test_sms_429_is_rate_limited_with_retry_after(sms_emu: Server) -> None:
    script(sms_emu, {"operation": "send_sms_messages", "status": 429})
    c = sms.client("demo-api-key", base_url=sms_emu.base_url, retry=NO_RETRY)
    with pytest.raises(RateLimitedError) as err:
        send_sms_messages.sync(client=c, body=sms_body())
    assert err.value.retry_after == 1.0
    assert isinstance(err.value.error, SmsApiError) and err.value.error.error_code == "E429"
    assert err.value.error.description == "Too many requests sent."
    assert captured(sms_emu) == 0


def test_sms_429_is_retried_by_the_default_policy(sms_emu: Server) -> None:
    script(sms_emu, {
        "operation": "send_sms_messages", "status": 429, "headers": {"Retry-After": "0"},
    })  # fmt: skip
    c = sms.client("demo-api-key", base_url=sms_emu.base_url)
    expect(send_sms_messages.sync(client=c, body=sms_body()), SmsResponseEnvelope)
    assert journal(sms_emu, "send_sms_messages") == [429, 200] and captured(sms_emu) == 1


def test_sms_code_message_and_a_dotted_match(sms_emu: Server) -> None:
    script(sms_emu, {
        "operation": "send_sms_messages", "status": 400, "code": "E400",
        "message": "Invalid destination address.",
        "match": {"messages.0.destinations.0.to": "41790000001"},
    })  # fmt: skip
    c = sms.client("demo-api-key", base_url=sms_emu.base_url)
    expect(send_sms_messages.sync(client=c, body=sms_body()), SmsResponseEnvelope)
    with pytest.raises(ValidationError) as err:
        send_sms_messages.sync(client=c, body=sms_body("41790000001"))
    assert isinstance(err.value.error, SmsApiError) and err.value.error.error_code == "E400"
    assert err.value.messages[0] == "E400: Invalid destination address."


def test_sms_drop_after_stores_the_messages_once(sms_emu: Server) -> None:
    script(sms_emu, {"operation": "send_sms_messages", "action": "drop_after"})
    with pytest.raises(httpx.TransportError):
        send_sms_messages.sync(
            client=sms.client("demo-api-key", base_url=sms_emu.base_url), body=sms_body()
        )
    assert captured(sms_emu) == 1


def test_sms_async_calls_see_the_same_scripted_errors(sms_emu: Server) -> None:
    script(sms_emu, {"operation": "send_sms_messages", "status": 503})
    c = sms.client("demo-api-key", base_url=sms_emu.base_url)

    async def send() -> Any:
        return await send_sms_messages.asyncio(client=c, body=sms_body())

    with pytest.raises(ServerError) as err:  # a send is not resent after a 5xx
        asyncio.run(send())
    assert isinstance(err.value.error, SmsApiError) and err.value.error.error_code == "E503"
    assert journal(sms_emu, "send_sms_messages") == [503]


# ------------------------------------------------------------------------------------ icommkt


@pytest.fixture(scope="module")
def icommkt_server() -> Iterator[Server]:
    with running("icommkt-email") as server:
        yield server


@pytest.fixture()
def icommkt_emu(icommkt_server: Server) -> Server:
    control(icommkt_server, "POST", "reset")
    return icommkt_server


def postmark_mail() -> IcommktMessage:
    return IcommktMessage.from_dict({
        "From": "sender@example.com", "To": "Ann <Ann@example.org>", "Cc": "bob@example.org",
        "Subject": "Hi", "TextBody": "Hello",
    })  # fmt: skip


def test_icommkt_406_names_the_requests_recipients_as_inactive(icommkt_emu: Server) -> None:
    script(icommkt_emu, {"operation": "send_email", "status": 422, "code": 406})
    c = icommkt.client("demo-server-token", base_url=icommkt_emu.base_url)
    with pytest.raises(icommkt.InactiveRecipientError) as err:
        icommkt_send.sync(client=c, body=postmark_mail())
    assert isinstance(err.value, ValidationError) and icommkt.error_code(err.value) == 406
    assert err.value.inactive_addresses == ["ann@example.org", "bob@example.org"]
    assert "marked as inactive" in err.value.messages[0]
    assert captured(icommkt_emu) == 0


def test_icommkt_default_codes_and_a_custom_message(icommkt_emu: Server) -> None:
    c = icommkt.client("demo-server-token", base_url=icommkt_emu.base_url)
    script(
        icommkt_emu,
        {"operation": "send_email", "status": 500},
        {"operation": "send_email", "status": 422, "message": "Subject is too long."},
        {"operation": "send_email", "status": 422, "code": 300},
    )
    with pytest.raises(ServerError) as down:
        icommkt_send.sync(client=c, body=postmark_mail())
    assert isinstance(down.value.error, IcommktApiError) and down.value.error.error_code == 500
    with pytest.raises(ValidationError) as custom:
        icommkt_send.sync(client=c, body=postmark_mail())
    assert custom.value.messages == ["ErrorCode 300: Subject is too long."]
    with pytest.raises(ValidationError) as coded:
        icommkt_send.sync(client=c, body=postmark_mail())
    assert coded.value.messages == ["ErrorCode 300: Invalid email request."]


def test_icommkt_drop_and_drop_after(icommkt_emu: Server) -> None:
    c = icommkt.client("demo-server-token", base_url=icommkt_emu.base_url)
    script(
        icommkt_emu,
        {"operation": "send_email", "action": "drop"},
        {"operation": "send_email", "action": "drop_after"},
    )
    for _ in range(2):
        with pytest.raises(httpx.TransportError):
            icommkt_send.sync(client=c, body=postmark_mail())
    assert captured(icommkt_emu) == 1  # only drop_after ran the handler


def test_icommkt_a_custom_batch_body_and_a_batch_limit(icommkt_emu: Server) -> None:
    """A custom body can be a success with failures in it: the overlay's BatchError."""
    c = icommkt.client("demo-server-token", base_url=icommkt_emu.base_url)
    inactive = (
        "You tried to send to recipient(s) that have been marked as inactive. Found inactive "
        "addresses: ann@example.org."
    )
    script(
        icommkt_emu,
        {"operation": "send_email_batch", "status": 200, "body": [
            {"ErrorCode": 406, "Message": inactive},
            {"ErrorCode": 0, "Message": "OK", "MessageID": "5f0e9f5c-0000-4000-8000-000000000001",
             "SubmittedAt": "2024-01-01T10:00:00.0000000-05:00", "To": "bob@example.org"},
        ]},
        {"operation": "send_email_batch", "status": 422, "code": 410},
    )  # fmt: skip
    with pytest.raises(icommkt.BatchError) as partial:
        icommkt.send_batch(c, [postmark_mail(), postmark_mail()])
    assert [f.index for f in partial.value.failures] == [0]
    with pytest.raises(icommkt.BatchLimitError) as limit:
        icommkt.send_batch(c, [postmark_mail()])
    assert "500 messages" in limit.value.messages[0]
    assert captured(icommkt_emu) == 0  # neither call reached the handler


# ------------------------------------------------------------------------------------ inxmail


@pytest.fixture(scope="module")
def inxmail_server() -> Iterator[Server]:
    with running("inxmail") as server:
        yield server


@pytest.fixture()
def inxmail_emu(inxmail_server: Server) -> Server:
    control(inxmail_server, "POST", "reset")
    return inxmail_server


def inxmail_client(server: Server, **options: Any) -> Any:
    return inxmail.client(
        "customer", "demo-client", "demo-secret", base_url=server.base_url, **options
    )


def test_inxmail_problem_types(inxmail_emu: Server) -> None:
    script(
        inxmail_emu,
        {"operation": "create_recipient", "status": 400, "code": "blacklisted",
         "message": "x@example.org matches a blacklist entry"},
        {"operation": "create_recipient", "status": 400},
    )  # fmt: skip
    c = inxmail_client(inxmail_emu)
    body = RecipientCreate.from_dict({"email": "x@example.org", "attributes": {}})
    with pytest.raises(ValidationError) as err:
        create_recipient.sync(client=c, body=body)
    assert inxmail.problem_type(err.value) == "blacklisted" and isinstance(err.value.error, Problem)
    assert err.value.error.detail == "x@example.org matches a blacklist entry"
    assert err.value.response.headers["content-type"].startswith("application/problem+json")
    with pytest.raises(ValidationError) as default:
        create_recipient.sync(client=c, body=body)
    assert inxmail.problem_type(default.value) == "validation-error"


def test_inxmail_429_and_5xx(inxmail_emu: Server) -> None:
    script(
        inxmail_emu,
        {"operation": "list_recipients", "status": 429},
        {"operation": "list_recipients", "status": 503, "headers": {"Retry-After": "0"}},
    )
    with pytest.raises(RateLimitedError) as err:
        list_recipients.sync(client=inxmail_client(inxmail_emu, retry=NO_RETRY))
    assert err.value.retry_after == 1.0 and inxmail.problem_type(err.value) == "about:blank"
    # a read: the default policy retries the 503 and gets the normal answer
    expect(list_recipients.sync(client=inxmail_client(inxmail_emu)), RecipientCollection)
    assert journal(inxmail_emu, "list_recipients") == [429, 503, 200]
