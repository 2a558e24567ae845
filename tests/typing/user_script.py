"""A user's script: each provider's client and overlay helpers, as an application uses them.

It is type-checked with ``mypy --strict`` from the checkout (tests/test_typing_user.py) and
from an installed wheel in a fresh venv (the wheel-install test). Every ``assert_type`` fails
the check when a type does not flow, including when it degrades to ``Any`` (``Any`` is not
``Bounce`` to ``assert_type``); wrapped in ``isinstance``, the same line checks at run time
that the object really is of that type.

So it imports only installed names: ``sendspec`` and the generated client packages.

Run against emulators (or sandboxes) already serving::

    python user_script.py iovox-email=http://127.0.0.1:8081/rest/v1 icomm-sms=http://... ...

or with no argument to start the four emulators in this process (``sendspec.testing``).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
from collections.abc import Iterator, Mapping
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import assert_type

import icomm_sms_client
import icommkt_email_client
import inxmail_client
import iovox_email_client
from icomm_sms_client.api.default import send_sms_messages
from icomm_sms_client.models import ApiError as SmsApiError
from icomm_sms_client.models import (
    DeliveryReport,
    DeliveryReports,
    SmsDestination,
    SmsLog,
    SmsMessage,
    SmsRequestEnvelope,
    SmsResponseEnvelope,
    SmsTextMessageContent,
)
from icommkt_email_client.api.bounces import list_bounces
from icommkt_email_client.api.inbound_rules import create_inbound_rule, list_inbound_rules
from icommkt_email_client.api.messages import list_outbound_messages
from icommkt_email_client.models import ApiError as IcommktApiError
from icommkt_email_client.models import (
    Bounce,
    BounceWebhook,
    ClickWebhook,
    CreateInboundRuleRequest,
    DeliveryWebhook,
    EmailMessage,
    InboundRule,
    InboundWebhook,
    OpenWebhook,
    OutboundMessage,
    OutboundMessageList,
    SendEmailResponse,
)
from inxmail_client.api.attributes import create_recipient_attribute
from inxmail_client.api.recipients import create_recipient, get_recipient, list_recipients
from inxmail_client.models import (
    AttributeType,
    AttributeValues,
    Problem,
    Recipient,
    RecipientAttribute,
    RecipientAttributeCreate,
    RecipientCollection,
    RecipientCreate,
)
from iovox_email_client.api.email import send_email
from iovox_email_client.models import (
    EmailRecord,
    Errors,
    SearchResponse,
    SendEmailRequest,
)
from iovox_email_client.models import SendEmailResponse as IovoxSendEmailResponse
from sendspec import (
    NO_RETRIES,
    ApiError,
    AuthenticationError,
    NotFoundError,
    ValidationError,
    icommkt,
    inxmail,
    iovox,
    sms,
    with_options,
)
from sendspec.runtime import expect
from sendspec.testing import (
    Emulator,
    IcommktEmulator,
    InxmailEmulator,
    IovoxEmulator,
    Message,
    SmsEmulator,
)

#: the emulators' demo credentials (a sandbox's would come from the environment)
IOVOX_USERNAME, IOVOX_SECURE_KEY = "demo", "demo-secure-key"
SMS_API_KEY = "demo-api-key"
ICOMMKT_TOKEN = "demo-server-token"
INXMAIL_CLIENT_ID, INXMAIL_SECRET = "demo-client", "demo-secret"
#: the iovox emulator's seeded link and the ICOMMKT emulator's sender signature
IOVOX_LINK = "1234"
ICOMMKT_SENDER = "sender@example.com"
PROVIDERS = ("iovox-email", "icomm-sms", "icommkt-email", "inxmail")


@dataclass
class Summary:
    """What the script saw, per provider (the test compares it with the emulators)."""

    sent: dict[str, list[str]] = field(default_factory=dict)
    listed: dict[str, int] = field(default_factory=dict)
    pages: dict[str, int] = field(default_factory=dict)
    reports: dict[str, int] = field(default_factory=dict)
    errors: dict[str, list[str]] = field(default_factory=dict)

    def note(self, provider: str, error: ApiError | icommkt.BatchError) -> None:
        self.errors.setdefault(provider, []).append(type(error).__name__)


# -------------------------------------------------------------------------------------- iovox


def use_iovox(base_url: str, summary: Summary) -> None:
    client = iovox.client(IOVOX_USERNAME, IOVOX_SECURE_KEY, base_url=base_url)
    assert isinstance(assert_type(client, iovox_email_client.Client), iovox_email_client.Client)
    sent_ids: list[str] = []
    for n in range(3):
        sent = send_email.sync(
            client=client,
            body=SendEmailRequest(
                link_id=IOVOX_LINK,
                sender_address="bob@customer.com",
                sender_name="Bob",
                recipient_address=f"billy{n}@example.org",
                recipient_name="Billy",
                subject=f"Hi #{n}",
                text_content="Hello",
                html_content="<p>Hello</p>",
                proxy_domain="example.com",
            ),
        )
        answer = expect(sent, IovoxSendEmailResponse)  # narrows Success | Errors | None
        sent_ids.append(str(assert_type(answer, IovoxSendEmailResponse).message_id))
    summary.sent["iovox-email"] = sent_ids

    pages = 0
    for page in iovox.search_pages(client, link_id=IOVOX_LINK, page_size=2):
        assert isinstance(assert_type(page, SearchResponse), SearchResponse)
        total: int = page.total_pages
        assert total >= 1
        pages += 1
    summary.pages["iovox-email"] = pages
    records: Iterator[EmailRecord] = iovox.search_all(client, link_id=IOVOX_LINK, page_size=2)
    listed = 0
    for record in records:
        assert isinstance(assert_type(record, EmailRecord), EmailRecord)
        listed += 1
    summary.listed["iovox-email"] = listed

    async def newest() -> list[EmailRecord]:
        return [r async for r in iovox.asearch_all(client, link_id=IOVOX_LINK, page_size=2)]

    assert len(asyncio.run(newest())) == listed

    try:
        send_email.sync(
            client=with_options(client, retry=NO_RETRIES, deadline=10.0),
            body=SendEmailRequest(
                link_id="no-such-link",
                sender_address="bob@customer.com",
                sender_name="Bob",
                recipient_address="billy@example.org",
                recipient_name="Billy",
                subject="Hi",
                text_content="Hello",
                html_content="<p>Hello</p>",
                proxy_domain="example.com",
            ),
        )
    except ValidationError as exc:
        model = iovox.error_model(exc)
        assert_type(model, Errors | None)
        assert model is not None and isinstance(model, Errors)
        messages: list[str] = exc.messages
        assert messages == model.errors
        summary.note("iovox-email", exc)


# ---------------------------------------------------------------------------------------- SMS


def use_sms(base_url: str, summary: Summary) -> None:
    client = sms.client(SMS_API_KEY, base_url=base_url)
    assert isinstance(assert_type(client, icomm_sms_client.Client), icomm_sms_client.Client)
    envelope = SmsRequestEnvelope(
        messages=[
            SmsMessage(
                destinations=[SmsDestination(to=f"4179302672{n}") for n in range(3)],
                sender="InfoSMS",
                content=SmsTextMessageContent(text="Hello"),
            )
        ]
    )
    sent = expect(send_sms_messages.sync(client=client, body=envelope), SmsResponseEnvelope)
    bulk_id = sent.bulk_id
    assert isinstance(bulk_id, str)
    summary.sent["icomm-sms"] = [bulk_id]

    listed = 0
    for log in sms.iter_logs(client, bulk_id=[bulk_id], page_size=2):
        assert isinstance(assert_type(log, SmsLog), SmsLog)
        listed += 1
    summary.listed["icomm-sms"] = listed

    reports = sms.drain_reports(client, batch_size=2)
    for report in assert_type(reports, list[DeliveryReport]):
        assert isinstance(report, DeliveryReport)
    summary.reports["icomm-sms"] = len(reports)

    # the same reports as Infobip pushes them to a webhook, parsed by the handler
    body = json.dumps({"results": [r.to_dict() for r in reports]}).encode()
    parsed = on_delivery_reports(body)
    assert [r.message_id for r in parsed] == [r.message_id for r in reports]

    try:
        sms.drain_reports(sms.client("wrong-key", base_url=base_url))
    except AuthenticationError as exc:
        model = sms.error_model(exc)
        assert_type(model, SmsApiError | None)
        assert isinstance(model, SmsApiError)
        code: str = model.error_code
        assert code and exc.status_code == 401
        summary.note("icomm-sms", exc)


def on_delivery_reports(request_body: bytes) -> list[DeliveryReport]:
    """A delivery-report webhook handler."""
    reports = sms.parse_delivery_reports(request_body)
    assert isinstance(assert_type(reports, DeliveryReports), DeliveryReports)
    results = reports.results
    return [] if isinstance(results, icomm_sms_client.types.Unset) else results


# ------------------------------------------------------------------------------------ ICOMMKT


def use_icommkt(base_url: str, summary: Summary) -> None:
    client = icommkt.client(ICOMMKT_TOKEN, base_url=base_url)
    assert isinstance(assert_type(client, icommkt_email_client.Client), icommkt_email_client.Client)
    batch = [
        EmailMessage(
            from_=ICOMMKT_SENDER, to=f"reader{n}@example.org", subject="Hi", text_body="Hi"
        )
        for n in range(3)
    ]
    results = icommkt.send_batch(client, batch)
    for result in assert_type(results, list[SendEmailResponse]):
        assert isinstance(result, SendEmailResponse) and isinstance(result.message_id, str)
    summary.sent["icommkt-email"] = [str(r.message_id) for r in results]

    pages = 0
    for page in icommkt.iter_pages(list_outbound_messages, client, page_size=2):
        assert isinstance(assert_type(page, OutboundMessageList), OutboundMessageList)
        pages += 1
    summary.pages["icommkt-email"] = pages
    listed = 0
    for message in icommkt.iter_items(list_outbound_messages, client, page_size=2):
        assert isinstance(assert_type(message, OutboundMessage), OutboundMessage)
        listed += 1
    summary.listed["icommkt-email"] = listed
    # the Eastern wall clock, a day either side of now (naive, as the API takes it)
    now = datetime.now()
    dated = icommkt.iter_items_by_date(
        list_outbound_messages, client, fromdate=now - timedelta(days=1), todate=now + timedelta(1)
    )
    for message in dated:
        assert isinstance(assert_type(message, OutboundMessage), OutboundMessage)
    for bounce in icommkt.iter_items(list_bounces, client, type_="HardBounce"):
        assert isinstance(assert_type(bounce, Bounce), Bounce)
        inactive: bool = bounce.inactive
        assert isinstance(inactive, bool)

    rule = expect(
        create_inbound_rule.sync(
            client=client, body=CreateInboundRuleRequest(rule="spam@example.org")
        ),
        InboundRule,
    )
    rules = [r.id for r in icommkt.iter_items(list_inbound_rules, client)]
    assert rule.id in rules

    try:
        icommkt.send_batch(
            client,
            [EmailMessage(from_="you@example.com", to="a@example.org", subject="x", text_body="x")],
        )
    except icommkt.BatchError as exc:
        failure = exc.failures[0]
        assert isinstance(assert_type(failure, icommkt.BatchFailure), icommkt.BatchFailure)
        assert failure.to == "a@example.org"
        summary.note("icommkt-email", exc)
    with contextlib.suppress(ValueError):  # 600: more than a batch holds, refused unsent
        icommkt.send_batch(client, batch * 200)
    try:
        send_without_sender(client)
    except icommkt.InactiveRecipientError as exc:  # ErrorCode 406 (not raised by this run)
        addresses: list[str] = exc.inactive_addresses
        model = icommkt.error_model(exc)
        assert_type(model, IcommktApiError | None)
        assert addresses and model is not None
    except ApiError as exc:
        code = icommkt.error_code(exc)
        assert_type(code, int | None)
        summary.note("icommkt-email", exc)

    delivered = on_webhook(
        json.dumps(
            {
                "RecordType": "Delivery",
                "MessageID": summary.sent["icommkt-email"][0],
                "Recipient": "reader0@example.org",
                "DeliveredAt": "2024-01-01T10:00:00.0000000-05:00",
            }
        ).encode()
    )
    assert delivered == summary.sent["icommkt-email"][0]


def send_without_sender(client: icommkt_email_client.Client) -> None:
    """A send the API refuses outright (no sender at all: ErrorCode 300)."""
    icommkt.send_batch(client, [EmailMessage(from_="", to="a@example.org", subject="x")])


def on_webhook(request_body: bytes) -> str:
    """An ICOMMKT webhook handler: the message id the event is about."""
    event = icommkt.parse_webhook(request_body)
    assert_type(
        event, BounceWebhook | DeliveryWebhook | OpenWebhook | ClickWebhook | InboundWebhook
    )
    if isinstance(event, DeliveryWebhook):
        delivered_at: str = event.delivered_at
        assert delivered_at
        return event.message_id
    if isinstance(event, BounceWebhook):
        return str(event.message_id)
    return ""


# ------------------------------------------------------------------------------------ Inxmail


def use_inxmail(base_url: str, summary: Summary) -> None:
    client = inxmail.client("customer", INXMAIL_CLIENT_ID, INXMAIL_SECRET, base_url=base_url)
    assert isinstance(assert_type(client, inxmail_client.Client), inxmail_client.Client)
    expect(
        create_recipient_attribute.sync(
            client=client,
            body=RecipientAttributeCreate(
                name="firstName", type_=AttributeType.TEXT, max_length=40
            ),
        ),
        RecipientAttribute,
    )
    created: list[str] = []
    for name in ("ada", "grace", "edsger"):
        recipient = expect(
            create_recipient.sync(
                client=client,
                body=RecipientCreate(
                    email=f"{name}@example.org",
                    attributes=AttributeValues.from_dict({"firstName": name.title()}),
                ),
            ),
            Recipient,
        )
        created.append(str(recipient.id))
    summary.sent["inxmail"] = created

    cursor = inxmail.Cursor(list_recipients, client, page_size=2)
    assert_type(cursor, inxmail.Cursor[RecipientCollection, Recipient])
    listed = 0
    for item in cursor:
        assert isinstance(assert_type(item, Recipient), Recipient)
        number: int = item.id
        assert number > 0
        listed += 1
    summary.listed["inxmail"] = listed
    summary.pages["inxmail"] = cursor.pages
    upcoming: str | None = cursor.upcoming
    if upcoming:
        later = cursor.resume(upcoming)
        for page in assert_type(later, inxmail.Cursor[RecipientCollection, Recipient]).pages_iter():
            assert isinstance(assert_type(page, RecipientCollection), RecipientCollection)
            for fresh in inxmail.items(page):
                assert isinstance(assert_type(fresh, Recipient), Recipient)

    try:
        get_recipient.sync(999_999, client=client)
    except NotFoundError as exc:
        problem = inxmail.error_model(exc)
        assert_type(problem, Problem | None)
        kind = inxmail.problem_type(exc)
        assert_type(kind, str | None)
        assert problem is not None and problem.type_ == kind
        summary.note("inxmail", exc)


# ---------------------------------------------------------------------------------------- run


def main(base_urls: Mapping[str, str]) -> Summary:
    """Use every provider whose API root ``base_urls`` names (slug -> URL)."""
    summary = Summary()
    steps = {
        "iovox-email": use_iovox,
        "icomm-sms": use_sms,
        "icommkt-email": use_icommkt,
        "inxmail": use_inxmail,
    }
    for slug, step in steps.items():
        if slug in base_urls:
            step(base_urls[slug], summary)
    return summary


def check_received(
    summary: Summary,
    iovox_emulator: IovoxEmulator,
    sms_emulator: SmsEmulator,
    icommkt_emulator: IcommktEmulator,
    inxmail_emulator: InxmailEmulator,
) -> None:
    """What the emulators received (annotated as a test annotates the pytest fixtures)."""
    for emulator in (iovox_emulator, icommkt_emulator):
        for message in assert_type(emulator.messages(kind="email"), list[Message]):
            assert isinstance(message, Message) and message.kind == "email"
    sent = {m.id for m in icommkt_emulator.messages()}
    assert sent == set(summary.sent["icommkt-email"])
    assert len(iovox_emulator.messages()) == len(summary.sent["iovox-email"])
    assert {m.kind for m in sms_emulator.messages()} == {"sms"}
    assert isinstance(
        assert_type(inxmail_emulator.client(), inxmail_client.Client), inxmail_client.Client
    )
    calls = inxmail_emulator.requests(operation_id="list_recipients")
    assert len(calls) >= summary.pages["inxmail"]


def run_in_process() -> Summary:
    """Start the four emulators here (``sendspec.testing``) and run :func:`main` on them."""
    with ExitStack() as stack:
        iovox_emulator = stack.enter_context(Emulator.start("iovox"))
        sms_emulator = stack.enter_context(Emulator.start("sms", delivery_delay=0))
        icommkt_emulator = stack.enter_context(Emulator.start("icommkt"))
        inxmail_emulator = stack.enter_context(Emulator.start("inxmail"))
        # the handles are typed by provider: their client() is the generated Client
        assert_type(iovox_emulator.client(), iovox_email_client.Client)
        assert_type(sms_emulator.client(), icomm_sms_client.Client)
        assert_type(icommkt_emulator.client(timeout=5.0), icommkt_email_client.Client)
        assert_type(inxmail_emulator.client(), inxmail_client.Client)
        emulators: list[Emulator] = [iovox_emulator, sms_emulator, icommkt_emulator]
        emulators.append(inxmail_emulator)
        summary = main({e.provider: e.base_url for e in emulators})
        check_received(summary, iovox_emulator, sms_emulator, icommkt_emulator, inxmail_emulator)
        return summary


if __name__ == "__main__":
    pairs = [arg.partition("=") for arg in sys.argv[1:]]
    result = main({slug: url for slug, _, url in pairs}) if pairs else run_in_process()
    print(result)
