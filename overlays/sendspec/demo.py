"""``sendspec demo`` / ``make demo``: the main job end to end on the embedded emulators.

Starts the iovox, icomm SMS, ICOMMKT and Inxmail emulators on loopback, sends through the
generated clients (with the overlays' auth, retries and typed errors), then pages through the
results with the overlays' iterators, and shows a typed error for bad input.
"""

from __future__ import annotations

import httpx


def _iovox() -> None:
    from iovox_email_client.api.email import send_email
    from iovox_email_client.models import SendEmailRequest, SendEmailResponse
    from iovox_email_client.types import UNSET
    from sendspec_emulator import running

    from . import iovox
    from .errors import ValidationError
    from .runtime import expect

    with running("iovox-email") as server:
        client = iovox.client("demo", "demo-secure-key", base_url=server.base_url)
        print(f"iovox emulator at {server.base_url}")
        for i in range(12):
            sent = expect(
                send_email.sync(
                    client=client,
                    body=SendEmailRequest(
                        link_id=1234,
                        sender_address="bob@customer.com",
                        sender_name="Bob",
                        recipient_address=f"reader{i}@example.org",
                        recipient_name=f"Reader {i}",
                        subject="Your quote",
                        text_content="Hello",
                        html_content="<p>Hello</p>",
                        proxy_domain="example.com" if i == 0 else UNSET,
                    ),
                ),
                SendEmailResponse,
            )
            if i == 0:
                print(f"  sent {sent.message_id} via proxy {sent.proxy_address}")
        pages = list(iovox.search_pages(client, page_size=5, order="recipient_address_ASC"))
        print(
            f"  search: {pages[0].total_results} e-mails in {len(pages)} pages of 5: "
            f"{[len(p.results) for p in pages]}"
        )
        for record in iovox.search_all(client, page_size=5, fields="recipient_address,disposition"):
            print(f"    {record.recipient_address:<22} {record.disposition}")
        try:
            send_email.sync(
                client=client,
                body=SendEmailRequest(
                    link_id="no-such-link",
                    sender_address="bob@customer.com",
                    sender_name="Bob",
                    recipient_address="x@example.org",
                    recipient_name="X",
                    subject="s",
                    text_content="t",
                    html_content="h",
                ),
            )
        except ValidationError as exc:
            print(f"  bad input -> {type(exc).__name__}: {exc}")


def _sms() -> None:
    from icomm_sms_client.api.default import send_sms_messages
    from icomm_sms_client.models import (
        SmsDestination,
        SmsMessage,
        SmsRequestEnvelope,
        SmsResponseEnvelope,
        SmsTextMessageContent,
    )
    from sendspec_emulator import running

    from . import sms
    from .runtime import expect

    with running("icomm-sms", delivery_delay=0.05) as server:
        client = sms.client("demo-api-key", base_url=server.base_url)
        print(f"icomm SMS emulator at {server.base_url}")
        envelope = SmsRequestEnvelope(
            messages=[
                SmsMessage(
                    sender="InfoSMS",
                    destinations=[SmsDestination(to=f"4179302{i:04d}") for i in range(1, 2501)],
                    content=SmsTextMessageContent(text="Your code is 1234"),
                )
            ]
        )
        sent = expect(send_sms_messages.sync(client=client, body=envelope), SmsResponseEnvelope)
        status = sent.messages[0].status
        print(
            f"  sent bulk {sent.bulk_id}: {len(sent.messages)} messages, "
            f"status {status.name if status else 'unknown'}"
        )
        httpx.post(f"{server.root_url}/_emulator/advance", json={})  # deliver every message now
        logs = list(sms.iter_logs(client, page_size=1000))
        delivered = sum(getattr(log.status, "group_name", None) == "DELIVERED" for log in logs)
        print(f"  logs: {len(logs)} walked in 1000-log time windows, {delivered} delivered")
        reports = sms.drain_reports(client)
        print(f"  reports drained: {len(reports)}; again: {len(sms.drain_reports(client))}")


def _icommkt() -> None:
    from icommkt_email_client.api.bounces import list_bounces
    from icommkt_email_client.models import EmailMessage
    from sendspec_emulator import running

    from . import icommkt

    with running("icommkt-email") as server:
        client = icommkt.client("demo-server-token", base_url=server.base_url)
        print(f"ICOMMKT emulator at {server.base_url}")
        batch = [
            EmailMessage(
                from_="sender@example.com",
                to=f"{'hardbounce' if i % 4 == 0 else 'reader'}{i}@example.org",
                subject="Welcome",
                text_body="Hello",
            )
            for i in range(40)
        ]
        results = icommkt.send_batch(client, batch)
        print(f"  batch of {len(results)} sent, {len(icommkt.batch_failures(results))} failed")
        bounces = list(icommkt.iter_items(list_bounces, client, page_size=4))
        print(f"  bounces walked in pages of 4 (count/offset): {len(bounces)}")
        try:
            icommkt.send_batch(
                client,
                [
                    *batch[:2],
                    EmailMessage(
                        from_="sender@example.com", to="not-an-address", subject="s", text_body="t"
                    ),
                ],
            )
        except icommkt.BatchError as exc:
            print(f"  per-message failure -> {type(exc).__name__}: {exc}")


def _inxmail() -> None:
    import io

    from inxmail_client.api.imports import get_recipient_import, import_recipients
    from inxmail_client.api.lists import create_mailing_list
    from inxmail_client.api.recipients import list_recipients
    from inxmail_client.models import (
        MailingList,
        MailingListCreate,
        MailingListCreateType,
        RecipientImport,
        RecipientImportUpload,
    )
    from inxmail_client.types import File
    from sendspec_emulator import running

    from . import inxmail
    from .errors import ValidationError
    from .runtime import expect

    with running("inxmail") as server:
        client = inxmail.client("customer", "demo-client", "demo-secret", base_url=server.base_url)
        print(f"Inxmail emulator at {server.base_url}")
        new_list = MailingListCreate(
            name="newsletter",
            type_=MailingListCreateType.STANDARD,
            sender_address="john.doe@example.com",
        )
        lst = expect(create_mailing_list.sync(client=client, body=new_list), MailingList)
        csv = "email\n" + "".join(f"reader{i}@example.org\n" for i in range(12)) + "oops\n"
        upload = RecipientImportUpload(file=File(io.BytesIO(csv.encode()), "r.csv", "text/csv"))
        started = expect(
            import_recipients.sync(client=client, body=upload, list_id=lst.id), RecipientImport
        )
        done = expect(get_recipient_import.sync(started.id, client=client), RecipientImport)
        print(f"  CSV import {done.state}: {done.success_count} imported, {done.fail_count} failed")
        cursor = inxmail.Cursor(list_recipients, client, page_size=5, subscribed_to=lst.id)
        emails = [r.email for r in cursor]
        print(f"  cursor walked {len(emails)} members in {cursor.pages} pages of 5 (_links.next)")
        try:
            create_mailing_list.sync(client=client, body=new_list)
        except ValidationError as exc:
            print(f"  duplicate list name -> {type(exc).__name__} ({inxmail.problem_type(exc)})")


def main() -> int:
    _iovox()
    _sms()
    _icommkt()
    _inxmail()
    print("demo finished")
    return 0
