"""The inspection API (``/_emulator/messages``, issue 12 item 1) of every emulator: messages
sent through the generated clients and overlays, then listed in the one shape, filtered,
paged, waited for, opened (request and MIME) and forgotten."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from email import message_from_string, policy
from email.message import EmailMessage
from typing import Any

import httpx
import pytest
import samples
from icomm_sms_client.api.default import get_outbound_sms_message_logs, send_sms_messages
from icomm_sms_client.models import SmsRequestEnvelope
from icommkt_email_client.api.email import send_email as icommkt_send
from icommkt_email_client.api.email import send_email_batch, send_email_with_template
from icommkt_email_client.api.messages import get_outbound_message_details
from icommkt_email_client.api.templates import create_template
from icommkt_email_client.models import (
    CreateTemplateRequest,
    OutboundMessageDetails,
    TemplatedEmailMessage,
    TemplateSaved,
)
from icommkt_email_client.models import EmailMessage as IcommktMessage
from icommkt_email_client.models import SendEmailResponse as IcommktSent
from inxmail_client.api.attributes import create_recipient_attribute
from inxmail_client.api.lists import create_mailing_list
from inxmail_client.api.mailings import create_mailing_approval
from inxmail_client.api.recipients import create_recipient
from inxmail_client.api.regular_mailings import create_regular_mailing
from inxmail_client.api.sendings import create_sending, list_sending_protocol_entries
from inxmail_client.api.test_sendings import create_test_sending
from inxmail_client.models import (
    ApprovalCreate,
    ApprovalCreated,
    MailingList,
    MailingListCreate,
    Recipient,
    RecipientAttribute,
    RecipientAttributeCreate,
    RecipientCreate,
    RegularMailingCreate,
    RegularMailingCreated,
    Sending,
    SendingCreate,
    SendingProtocolEntryCollection,
    SendingProtocolEntryCollectionEmbedded,
)
from inxmail_client.models import TestSendingCreate as InxTestSending
from iovox_email_client.api.email import search_emails
from iovox_email_client.api.email import send_email as iovox_send
from iovox_email_client.models import SearchResponse, SendEmailRequest, SendEmailResponse
from sendspec import icommkt, inxmail, iovox, sms
from sendspec.runtime import expect
from sendspec_emulator import Server, running

ICOMMKT_SENDER = "sender@example.com"


def control(server: Server, method: str, action: str, **kwargs: Any) -> Any:
    r = httpx.request(method, f"{server.root_url}/_emulator/{action}", timeout=60, **kwargs)
    assert r.status_code == 200, r.text
    return r.json()


def inbox(server: Server, **params: Any) -> dict[str, Any]:
    return control(server, "GET", "messages", params=params)  # type: ignore[no-any-return]


def ids(server: Server, **params: Any) -> list[str]:
    return [m["id"] for m in inbox(server, **params)["messages"]]


def detail(server: Server, message_id: str) -> dict[str, Any]:
    return control(server, "GET", f"messages/{message_id}")  # type: ignore[no-any-return]


def mime(message: dict[str, Any]) -> EmailMessage:
    parsed = message_from_string(message["mime"], policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def waiting(server: Server, **params: Any) -> tuple[threading.Thread, dict[str, Any]]:
    """A ``wait=`` listing started in a thread (its answer lands in the returned dict)."""
    out: dict[str, Any] = {}

    def run() -> None:
        out["answer"] = inbox(server, wait=25, **params)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, out


def answered(thread: threading.Thread, out: dict[str, Any]) -> dict[str, Any]:
    # a wait that did not end at the message's arrival would hold the full 25 s
    thread.join(20)
    assert not thread.is_alive(), "the wait did not end when the message arrived"
    return out["answer"]  # type: ignore[no-any-return]


def check_shape(message: dict[str, Any], provider: str, kind: str) -> None:
    assert list(message)[:17] == [
        "id", "provider", "kind", "operation", "from", "to", "cc", "bcc", "subject", "text",
        "html", "tag", "metadata", "attachments", "status", "history", "created_at",
    ]  # fmt: skip
    assert message["provider"] == provider and message["kind"] == kind
    assert message["created_at"].endswith("+00:00")
    assert all(set(h) >= {"status", "at"} for h in message["history"])


def test_bad_listing_parameters_are_400(iovox_emu: Server) -> None:
    for params in ({"colour": "red"}, {"since": "yesterday"}, {"wait": "x"}, {"limit": "-1"}):
        r = httpx.get(f"{iovox_emu.root_url}/_emulator/messages", params=params)
        assert r.status_code == 400, params
    assert httpx.get(f"{iovox_emu.root_url}/_emulator/messages/nope").status_code == 404


# -------------------------------------------------------------------------------------- iovox


@pytest.fixture(scope="module")
def iovox_server() -> Iterator[Server]:
    with running("iovox-email") as server:
        yield server


@pytest.fixture()
def iovox_emu(iovox_server: Server) -> Server:
    control(iovox_server, "POST", "reset")
    return iovox_server


def iovox_mail(**fields: Any) -> SendEmailRequest:
    return SendEmailRequest.from_dict(
        samples.iovox_send(**{"text_content": "plain text", **fields})
    )


def test_iovox_messages(iovox_emu: Server) -> None:
    c = _iovox_client(iovox_emu)
    first = expect(iovox_send.sync(client=c, body=iovox_mail()), SendEmailResponse)
    second = expect(iovox_send.sync(
        client=c,
        body=iovox_mail(
            recipient_address="bounce.me@example.org",
            subject="Invoice 42",
            text_content="your invoice",
            attachments=[
                {"disposition": "attachment", "type": "text/plain", "body": "aGVsbG8=",
                 "filename": "a.txt"},
                {"disposition": "inline", "type": "image/png", "body": "iVBORw0K", "id": "logo"},
            ],
        ),
    ), SendEmailResponse)  # fmt: skip
    listing = inbox(iovox_emu)
    assert listing["total"] == 2
    newest, oldest = listing["messages"]
    assert [newest["id"], oldest["id"]] == [str(second.message_id), str(first.message_id)]
    check_shape(newest, "iovox-email", "email")
    assert newest["from"] == "Bob <bob@customer.com>"
    assert newest["to"] == ["Billy <bounce.me@example.org>"]
    assert (newest["subject"], newest["text"], newest["html"]) == (
        "Invoice 42", "your invoice", "<p>html</p>"
    )  # fmt: skip
    assert newest["attachments"] == [
        {"name": "a.txt", "content_type": "text/plain", "size": 5, "disposition": "attachment"},
        {"name": "logo", "content_type": "image/png", "size": 6, "disposition": "inline",
         "content_id": "logo"},
    ]  # fmt: skip
    assert newest["status"] == "received_bounced" and oldest["status"] == "sent"
    assert [h["status"] for h in newest["history"]] == ["received", "received_bounced"]
    assert newest["metadata"] == {"link_id": "1234"} and newest["operation"] == "send_email"

    # filters: parts of texts in any case, status exact, since, kind, operation
    assert ids(iovox_emu, to="BOUNCE.me") == [newest["id"]]
    assert ids(iovox_emu, to="billy <billy@") == [oldest["id"]]  # names are part of it
    assert ids(iovox_emu, **{"from": "bob@"}) == [newest["id"], oldest["id"]]
    assert ids(iovox_emu, subject="invoice") == [newest["id"]]
    assert ids(iovox_emu, text="PLAIN") == [oldest["id"]]
    assert ids(iovox_emu, text="<p>") == [newest["id"], oldest["id"]]  # html counts as text
    assert ids(iovox_emu, status="SENT") == [oldest["id"]]
    assert ids(iovox_emu, tag="x") == [] and ids(iovox_emu, kind="sms") == []
    assert ids(iovox_emu, operation="send_email", since=oldest["created_at"]) == [
        newest["id"], oldest["id"]
    ]  # fmt: skip
    assert ids(iovox_emu, since="2999-01-01T00:00:00Z") == []
    # paging
    page = inbox(iovox_emu, limit=1, offset=1)
    assert page["total"] == 2 and [m["id"] for m in page["messages"]] == [oldest["id"]]

    # read (the web bug) is the last state
    control(iovox_emu, "POST", "read", json={"message_id": oldest["id"]})
    read = detail(iovox_emu, oldest["id"])
    assert read["status"] == "read" and read["history"][-1]["status"] == "read"

    # detail: the request as sent and the MIME text
    full = detail(iovox_emu, newest["id"])
    assert full["request"]["subject"] == "Invoice 42" and full["request"]["link_id"] == 1234
    parsed = mime(full)
    assert parsed["Subject"] == "Invoice 42" and parsed["From"] == "Bob <bob@customer.com>"
    assert parsed["To"] == "Billy <bounce.me@example.org>" and parsed["Message-ID"]
    assert parsed["Date"] is not None
    body = parsed.get_body(("plain",))
    html = parsed.get_body(("html",))
    assert body is not None and body.get_content().strip() == "your invoice"
    assert html is not None and "<p>html</p>" in html.get_content()
    files = list(parsed.iter_attachments())
    assert [(a.get_filename(), a.get_content_type()) for a in files] == [
        ("a.txt", "text/plain"), (None, "image/png")
    ]  # fmt: skip
    assert files[0].get_content() == "hello" and files[1]["Content-ID"] == "<logo>"

    # DELETE forgets them: the search API no longer finds them either
    assert control(iovox_emu, "DELETE", "messages") == {"deleted": 2}
    assert inbox(iovox_emu)["total"] == 0
    assert expect(search_emails.sync(client=c), SearchResponse).total_results == 0
    assert httpx.get(f"{iovox_emu.root_url}/_emulator/messages/{oldest['id']}").status_code == 404


def _iovox_client(server: Server) -> Any:
    return iovox.client("demo", "demo-secure-key", base_url=server.base_url)


def test_iovox_names_are_shown_as_typed(iovox_emu: Server) -> None:
    body = iovox_mail(sender_name="José, Jr", recipient_name="Zoë", subject="Olá\nthere")
    iovox_send.sync(client=_iovox_client(iovox_emu), body=body)
    [message] = inbox(iovox_emu)["messages"]
    assert message["from"] == '"José, Jr" <bob@customer.com>'
    assert message["to"] == ["Zoë <billy@example.org>"] and message["subject"] == "Olá\nthere"
    parsed = mime(detail(iovox_emu, message["id"]))  # encoded in the MIME text, decoded back
    assert parsed["From"].addresses[0].display_name == "José, Jr"
    assert parsed["Subject"] == "Olá there"  # a header holds no line break


def test_iovox_wait_returns_when_the_message_arrives(iovox_emu: Server) -> None:
    thread, out = waiting(iovox_emu, subject="awaited")
    iovox_send.sync(client=_iovox_client(iovox_emu), body=iovox_mail(subject="not this one"))
    iovox_send.sync(client=_iovox_client(iovox_emu), body=iovox_mail(subject="The awaited one"))
    answer = answered(thread, out)
    assert [m["subject"] for m in answer["messages"]] == ["The awaited one"]
    # nothing matching: an empty listing once the (short) wait is over
    assert inbox(iovox_emu, subject="never", wait=0.2) == {"total": 0, "messages": []}


# ---------------------------------------------------------------------------------------- sms


@pytest.fixture(scope="module")
def sms_server() -> Iterator[Server]:
    # delivery only on /_emulator/advance: the test decides when a message is final
    with running("icomm-sms", delivery_delay=3600) as server:
        yield server


@pytest.fixture()
def sms_emu(sms_server: Server) -> Server:
    control(sms_server, "POST", "reset")
    return sms_server


def sms_send(server: Server, body: dict[str, Any]) -> Any:
    c = sms.client("demo-api-key", base_url=server.base_url)
    return send_sms_messages.sync(client=c, body=SmsRequestEnvelope.from_dict(body))


def test_sms_messages(sms_emu: Server) -> None:
    sent = sms_send(sms_emu, {"messages": [
        {"sender": "InfoSMS", "destinations": [{"to": "41793026727"}, {"to": "41793020000"}],
         "content": {"text": "Your code is 1234"},
         "webhooks": {"callbackData": "order-7"},
         "options": {"platform": {"entityId": "ent-1", "applicationId": "app-1"}}},
        {"destinations": [{"to": "12", "messageId": "short-one"}],
         "content": {"hex": "48 65 6c 6c 6f"}},
    ]})  # fmt: skip
    bulk = sent.bulk_id
    listing = inbox(sms_emu)
    assert listing["total"] == 3
    rejected, undeliverable, delivered = listing["messages"]  # newest first
    check_shape(delivered, "icomm-sms", "sms")
    assert delivered["from"] == "InfoSMS" and delivered["to"] == ["41793026727"]
    assert delivered["text"] == "Your code is 1234" and delivered["subject"] is None
    assert delivered["metadata"] == {
        "bulkId": bulk, "messageCount": 1, "callbackData": "order-7", "entityId": "ent-1",
        "applicationId": "app-1",
    }  # fmt: skip
    assert delivered["status"] == "PENDING" and len(delivered["history"]) == 1
    assert rejected["id"] == "short-one" and rejected["status"] == "REJECTED"
    assert rejected["text"] is None and rejected["metadata"]["binary"]["hex"] == "48 65 6c 6c 6f"
    assert [h["status"] for h in rejected["history"]] == ["REJECTED"]

    control(sms_emu, "POST", "advance")
    done = {m["id"]: m for m in inbox(sms_emu)["messages"]}
    final = done[delivered["id"]]
    assert final["status"] == "DELIVERED" and final["status_name"] == "DELIVERED_TO_HANDSET"
    assert [h["status"] for h in final["history"]] == ["PENDING", "DELIVERED"]
    assert final["history"][0]["at"] <= final["history"][1]["at"]
    assert done[undeliverable["id"]]["status"] == "UNDELIVERABLE"
    assert ids(sms_emu, status="delivered") == [delivered["id"]]
    assert ids(sms_emu, to="4179302") == [undeliverable["id"], delivered["id"]]
    assert ids(sms_emu, text="code is") == [undeliverable["id"], delivered["id"]]
    assert ids(sms_emu, **{"from": "infosms"}, limit=1) == [undeliverable["id"]]
    assert ids(sms_emu, kind="email") == [] and ids(sms_emu, subject="code") == []

    # detail: one request for the three messages it created
    full = detail(sms_emu, delivered["id"])
    assert full["request"]["messages"][0]["content"] == {"text": "Your code is 1234"}
    assert detail(sms_emu, "short-one")["request"] == full["request"] and "mime" not in full

    # DELETE: messages, reports and logs go; the next send still gets a later sentAt
    assert control(sms_emu, "DELETE", "messages") == {"deleted": 3}
    assert inbox(sms_emu)["total"] == 0
    c = sms.client("demo-api-key", base_url=sms_emu.base_url)
    logs = get_outbound_sms_message_logs.sync(client=c)
    assert logs is not None and not logs.results  # type: ignore[union-attr]
    sms_send(sms_emu, {"messages": [{"destinations": [{"to": "41793026727"}],
                                     "content": {"text": "again"}}]})  # fmt: skip
    assert [m["text"] for m in inbox(sms_emu)["messages"]] == ["again"]


def test_sms_wait_for_a_delivery(sms_emu: Server) -> None:
    sms_send(sms_emu, {"messages": [{"destinations": [{"to": "41793026727"}],
                                     "content": {"text": "hi"}}]})  # fmt: skip
    thread, out = waiting(sms_emu, status="DELIVERED")
    control(sms_emu, "POST", "advance")  # the background delivery, made to happen now
    answer = answered(thread, out)
    assert [m["status"] for m in answer["messages"]] == ["DELIVERED"]


# ------------------------------------------------------------------------------------ icommkt


@pytest.fixture(scope="module")
def icommkt_server() -> Iterator[Server]:
    with running("icommkt-email") as server:
        yield server


@pytest.fixture()
def icommkt_emu(icommkt_server: Server) -> Server:
    control(icommkt_server, "POST", "reset")
    return icommkt_server


def icommkt_client(server: Server) -> Any:
    return icommkt.client("demo-server-token", base_url=server.base_url)


def test_icommkt_single_batch_and_template_sends(icommkt_emu: Server) -> None:
    c = icommkt_client(icommkt_emu)
    single = expect(icommkt_send.sync(client=c, body=IcommktMessage.from_dict({
        "From": f"Shop <{ICOMMKT_SENDER}>", "To": "Ann <ann@example.org>, hardbounce@example.org",
        "Cc": "cc@example.org", "Bcc": "audit@example.org", "Subject": "Your order",
        "TextBody": "Thanks!", "HtmlBody": "<b>Thanks!</b>", "Tag": "orders",
        "Metadata": {"order": "7"}, "TrackOpens": True,
        "Headers": [{"Name": "X-Order", "Value": "7"}],
        "Attachments": [{"Name": "invoice.pdf", "Content": "JVBERi0=",
                         "ContentType": "application/pdf"}],
    })), IcommktSent)  # fmt: skip
    batch = send_email_batch.sync(client=c, body=[
        IcommktMessage.from_dict({"From": ICOMMKT_SENDER, "To": "b1@example.org",
                                  "Subject": "Batch one", "TextBody": "1", "Tag": "news"}),
        IcommktMessage.from_dict({"From": "stranger@example.net", "To": "x@example.org",
                                  "Subject": "refused", "TextBody": "no"}),
        IcommktMessage.from_dict({"From": ICOMMKT_SENDER, "To": "b3@example.org",
                                  "Subject": "Batch three", "TextBody": "3"}),
    ])  # fmt: skip
    assert isinstance(batch, list) and batch[1].error_code == 400
    expect(create_template.sync(client=c, body=CreateTemplateRequest(
        name="Welcome", alias="welcome", subject="Hi {{name}}", html_body="<p>Hello {{name}}</p>",
        text_body="Hello {{name}}",
    )), TemplateSaved)  # fmt: skip
    templated_body = TemplatedEmailMessage.from_dict({
        "From": ICOMMKT_SENDER, "To": "ada@example.org", "TemplateAlias": "welcome",
        "TemplateModel": {"name": "Ada <3"},
    })  # fmt: skip
    templated = expect(send_email_with_template.sync(client=c, body=templated_body), IcommktSent)

    listing = inbox(icommkt_emu)
    assert listing["total"] == 4  # the refused batch message was never stored
    welcome, three, one, order = listing["messages"]
    check_shape(order, "icommkt-email", "email")
    assert [m["operation"] for m in listing["messages"]] == [
        "send_email_with_template", "send_email_batch", "send_email_batch", "send_email"
    ]  # fmt: skip
    assert order["id"] == str(single.message_id)
    assert order["from"] == f"Shop <{ICOMMKT_SENDER}>"
    assert order["to"] == ["Ann <ann@example.org>", "hardbounce@example.org"]
    assert (order["cc"], order["bcc"]) == (["cc@example.org"], ["audit@example.org"])
    assert (order["tag"], order["metadata"]) == ("orders", {"order": "7"})
    assert order["attachments"] == [
        {"name": "invoice.pdf", "content_type": "application/pdf", "size": 5}
    ]
    # the hard-bounced recipient: Sent, then Bounced
    assert order["status"] == "Bounced"
    assert [(h["status"], h.get("recipient")) for h in order["history"]] == [
        ("Sent", None), ("Bounced", "hardbounce@example.org")
    ]  # fmt: skip
    assert (one["subject"], three["subject"]) == ("Batch one", "Batch three")
    assert welcome["id"] == str(templated.message_id)
    assert welcome["subject"] == "Hi Ada <3" and welcome["html"] == "<p>Hello Ada &lt;3</p>"
    assert welcome["text"] == "Hello Ada <3" and welcome["status"] == "Sent"

    # an open (control action) is the latest event
    control(
        icommkt_emu, "POST", "open", json={"MessageID": order["id"], "Recipient": "ann@example.org"}
    )
    assert [h["status"] for h in detail(icommkt_emu, order["id"])["history"]][-1] == "Opened"
    assert ids(icommkt_emu, status="opened") == [order["id"]]

    # filters
    assert ids(icommkt_emu, tag="orders") == [order["id"]]
    assert ids(icommkt_emu, to="audit@") == [order["id"]]  # bcc counts
    assert ids(icommkt_emu, to="b3@example.org") == [three["id"]]
    assert ids(icommkt_emu, subject="batch") == [three["id"], one["id"]]
    assert ids(icommkt_emu, text="hello ada") == [welcome["id"]]
    assert ids(icommkt_emu, operation="send_email_batch", limit=1, offset=1) == [one["id"]]
    assert ids(icommkt_emu, status="Sent") == [welcome["id"], three["id"], one["id"]]

    # detail: the request (a batch keeps its whole body) and the MIME text
    full = detail(icommkt_emu, order["id"])
    assert full["request"]["Subject"] == "Your order"
    assert [m["Subject"] for m in detail(icommkt_emu, three["id"])["request"]] == [
        "Batch one", "refused", "Batch three"
    ]  # fmt: skip
    parsed = mime(full)
    assert parsed["Subject"] == "Your order" and parsed["Cc"] == "cc@example.org"
    assert "Bcc" not in parsed and parsed["X-Order"] == "7" and parsed["X-PM-Tag"] == "orders"
    assert parsed.get_body(("plain",)).get_content().strip() == "Thanks!"  # type: ignore[union-attr]
    assert "<b>Thanks!</b>" in parsed.get_body(("html",)).get_content()  # type: ignore[union-attr]
    [pdf] = parsed.iter_attachments()
    assert pdf.get_filename() == "invoice.pdf" and pdf.get_content() == b"%PDF-"
    rendered = mime(detail(icommkt_emu, welcome["id"]))
    assert rendered["Subject"] == "Hi Ada <3"

    # DELETE hides them; the provider's own API still has the message (bounces refer to it)
    assert control(icommkt_emu, "DELETE", "messages") == {"deleted": 4}
    assert inbox(icommkt_emu)["total"] == 0
    kept = expect(get_outbound_message_details.sync(order["id"], client=c), OutboundMessageDetails)
    assert kept.subject == "Your order"
    assert httpx.get(f"{icommkt_emu.root_url}/_emulator/messages/{order['id']}").status_code == 404


def test_icommkt_test_token_sends_are_not_captured(icommkt_emu: Server) -> None:
    c = icommkt.client(icommkt.TEST_TOKEN, base_url=icommkt_emu.base_url)
    icommkt_send.sync(client=c, body=IcommktMessage.from_dict(
        {"From": ICOMMKT_SENDER, "To": "t@example.org", "Subject": "test", "TextBody": "x"}
    ))  # fmt: skip
    assert inbox(icommkt_emu)["total"] == 0


def test_icommkt_wait_returns_when_the_message_arrives(icommkt_emu: Server) -> None:
    thread, out = waiting(icommkt_emu, to="late@example.org")
    icommkt_send.sync(client=icommkt_client(icommkt_emu), body=IcommktMessage.from_dict(
        {"From": ICOMMKT_SENDER, "To": "late@example.org", "Subject": "late", "TextBody": "x"}
    ))  # fmt: skip
    assert [m["subject"] for m in answered(thread, out)["messages"]] == ["late"]


# ------------------------------------------------------------------------------------ inxmail


@pytest.fixture(scope="module")
def inxmail_server() -> Iterator[Server]:
    with running("inxmail") as server:
        yield server


@pytest.fixture()
def inxmail_emu(inxmail_server: Server) -> Server:
    control(inxmail_server, "POST", "reset")
    return inxmail_server


def inxmail_setup(server: Server) -> tuple[Any, int, list[int], int]:
    """A list, an attribute, two recipients and an approved mailing: (client, list, recipients,
    mailing)."""
    c = inxmail.client("customer", "demo-client", "demo-secret", base_url=server.base_url)
    mlist = expect(create_mailing_list.sync(client=c, body=MailingListCreate.from_dict({
        "name": "news", "type": "STANDARD", "senderAddress": "news@example.com",
        "senderName": "The News",
    })), MailingList)  # fmt: skip
    expect(create_recipient_attribute.sync(client=c, body=RecipientAttributeCreate.from_dict(
        {"name": "firstName", "type": "TEXT", "maxLength": 20}
    )), RecipientAttribute)  # fmt: skip
    people = [
        expect(create_recipient.sync(client=c, body=RecipientCreate.from_dict(
            {"email": email, "attributes": {"firstName": name}}
        )), Recipient).id
        for email, name in (("jane@example.org", "Jane"), ("joe@example.org", "Joe"))
    ]  # fmt: skip
    mailing = expect(create_regular_mailing.sync(client=c, body=RegularMailingCreate.from_dict({
        "name": "Spring sale", "subject": "Hello [firstName]", "listId": mlist.id,
        "editorContentType": "TEXT_HTML", "text": "Dear [firstName]", "html": "<p>[firstName]</p>",
    })), RegularMailingCreated)  # fmt: skip
    expect(create_mailing_approval.sync(
        mailing.id, client=c, body=ApprovalCreate.from_dict({"approvalCommand": "APPROVE"})
    ), ApprovalCreated)  # fmt: skip
    return c, mlist.id, people, mailing.id


def test_inxmail_sendings_are_messages_per_recipient(inxmail_emu: Server) -> None:
    c, list_id, (jane, joe), mailing_id = inxmail_setup(inxmail_emu)
    single = expect(create_sending.sync(client=c, body=SendingCreate.from_dict(
        {"mailingId": mailing_id, "recipientId": joe}
    )), Sending)  # fmt: skip
    control(inxmail_emu, "POST", "seed", json={"memberships": [
        {"recipientId": jane, "listId": list_id}, {"recipientId": joe, "listId": list_id},
    ]})  # fmt: skip
    mass = expect(create_sending.sync(client=c, body=SendingCreate.from_dict(
        {"mailingId": mailing_id}
    )), Sending)  # fmt: skip

    listing = inbox(inxmail_emu)
    assert [m["id"] for m in listing["messages"]] == [
        f"{mass.id}-{joe}", f"{mass.id}-{jane}", f"{single.id}-{joe}"
    ]  # fmt: skip
    to_joe = listing["messages"][0]
    check_shape(to_joe, "inxmail", "email")
    assert to_joe["from"] == "The News <news@example.com>" and to_joe["to"] == ["joe@example.org"]
    assert (to_joe["subject"], to_joe["text"], to_joe["html"]) == (
        "Hello Joe", "Dear Joe", "<p>Joe</p>"
    )  # fmt: skip
    assert to_joe["status"] == "SENT" and to_joe["tag"] == "Spring sale"
    assert to_joe["metadata"] == {
        "mailingId": mailing_id, "sendingId": mass.id, "listId": list_id, "recipientId": joe,
        "sendingType": "MASS_MAILING",
    }  # fmt: skip
    assert ids(inxmail_emu, subject="hello jane") == [f"{mass.id}-{jane}"]
    assert ids(inxmail_emu, to="joe@", limit=1, offset=1) == [f"{single.id}-{joe}"]
    assert ids(inxmail_emu, status="sent", **{"from": "news@"}, tag="Spring sale") == [
        m["id"] for m in listing["messages"]
    ]

    full = detail(inxmail_emu, f"{single.id}-{joe}")
    assert full["request"] == {"mailingId": mailing_id, "recipientId": joe}
    parsed = mime(full)
    assert parsed["Subject"] == "Hello Joe" and parsed["To"] == "joe@example.org"
    assert parsed.get_body(("html",)).get_content().strip() == "<p>Joe</p>"  # type: ignore[union-attr]
    assert httpx.get(f"{inxmail_emu.root_url}/_emulator/messages/9-x").status_code == 404

    # DELETE hides them: the sending protocol (and its counts) stay
    assert control(inxmail_emu, "DELETE", "messages") == {"deleted": 3}
    assert inbox(inxmail_emu)["total"] == 0
    protocol = expect(
        list_sending_protocol_entries.sync(mass.id, client=c), SendingProtocolEntryCollection
    )
    assert isinstance(protocol.field_embedded, SendingProtocolEntryCollectionEmbedded)
    assert len(protocol.field_embedded.inxprotocol_entries or []) == 2


def test_inxmail_wait_returns_when_the_sending_happens(inxmail_emu: Server) -> None:
    c, _, (jane, _), mailing_id = inxmail_setup(inxmail_emu)
    thread, out = waiting(inxmail_emu, to="jane@")
    create_sending.sync(client=c, body=SendingCreate.from_dict(
        {"mailingId": mailing_id, "recipientId": jane}
    ))  # fmt: skip
    assert [m["subject"] for m in answered(thread, out)["messages"]] == ["Hello Jane"]


def test_inxmail_test_sendings_are_test_mails(inxmail_emu: Server) -> None:
    c, list_id, (jane, joe), mailing_id = inxmail_setup(inxmail_emu)
    seeded = control(inxmail_emu, "POST", "seed", json={"test-mail-groups": [
        {"name": "QA", "listId": list_id, "emails": ["qa1@example.org", "qa2@example.org"]}
    ]})  # fmt: skip
    [group] = seeded["created"]["test-mail-groups"]
    to_group = create_test_sending.sync_detailed(client=c, body=InxTestSending.from_dict(
        {"mailingId": mailing_id, "testMailGroupId": group, "recipientIds": [jane]}
    ))  # fmt: skip
    assert to_group.status_code == 202
    own = create_test_sending.sync_detailed(client=c, body=InxTestSending.from_dict(
        {"mailingId": mailing_id, "recipientIds": [joe]}
    ))  # fmt: skip
    assert own.status_code == 202
    mails = inbox(inxmail_emu, operation="create_test_sending")["messages"]
    assert [(m["to"], m["subject"]) for m in mails] == [
        (["joe@example.org"], "Hello Joe"),  # no group: to the recipient's own address
        (["qa2@example.org"], "Hello Jane"),  # the group's addresses, personalised for Jane
        (["qa1@example.org"], "Hello Jane"),
    ]
    assert {m["status"] for m in mails} == {"TEST_SENT"}
    assert mails[1]["metadata"] == {
        "mailingId": mailing_id, "listId": list_id, "testMailGroupId": group, "recipientId": jane,
    }  # fmt: skip
    full = detail(inxmail_emu, mails[2]["id"])
    assert full["request"]["testMailGroupId"] == group
    assert mime(full)["To"] == "qa1@example.org"
    assert control(inxmail_emu, "DELETE", "messages") == {"deleted": 3}
    assert inbox(inxmail_emu)["total"] == 0
