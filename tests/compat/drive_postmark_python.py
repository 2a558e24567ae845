"""Drive ActiveCampaign's postmark-python 0.4.0 against the ICOMMKT emulator
(run with .venv-compat/postmark-python/bin/python).

    drive_postmark_python.py --base-url URL --root-url URL --key SERVER_TOKEN

The only adaptation: ICOMMKT authenticates with ``X-Trx-Api-Key`` where Postmark uses
``X-Postmark-Server-Token``. postmark-python sets that header once, as a default header of the
``httpx.AsyncClient`` it builds in ``ServerClient.__init__`` (postmark/clients/server_client.py),
so the driver renames that one entry after construction; the base URL is the library's own
``base_url=`` argument, ``retries=0`` its own option (no backoff sleeps). The HTTP exchanges are
observed with an httpx response event hook, for the report only.
"""

from __future__ import annotations

import asyncio
from datetime import date, datetime, timedelta
from typing import Any

import icommkt_fixtures
from compat_common import Expected, Raw, Recorder, all_sent, args_from_argv, nonempty
from icommkt_fixtures import READER, SENDER, TEMPLATE_ALIAS
from postmark import Attachment, Email, Header, ServerClient
from postmark import sync as postmark_sync
from postmark.models.bounces import BounceType
from postmark.models.suppressions.enums import SuppressionOrigin, SuppressionReason
from postmark.models.templates.enums import TemplateTypeFilter
from postmark.models.templates.schemas import (
    CreateTemplateRequest,
    EditTemplateRequest,
    TemplateEmail,
    ValidateTemplateRequest,
)

LIBRARY = "postmark-python"

DOC = "../shared/provider-docs/000_fb645931d1b479dc.txt"
ZERO_DAYS = 'line {line}: "Days that didn’t produce statistics won’t appear in the JSON response."'

# Calls where postmark-python is stricter than the documented ICOMMKT service: its pydantic
# response models require fields the doc's examples leave out. Each entry must keep failing
# with ``match`` in the error (else the suite reports it stale).
EXPECTED: dict[str, Expected] = {
    "bounces.get_delivery_stats": Expected(
        reason="BounceTypeCount requires Type and TypeCode on every Bounces entry; the doc's "
        "'All' entry has no Type and no entry has a TypeCode",
        evidence=f"{DOC} lines 404-443, /deliverystats example: lines 408-411 "
        '{"Name": "All", "Count": 253} (no Type), the others {"Type", "Name", "Count"} only',
        match="Bounces.0.Type\n  Field required",
    ),
    "stats.bounce_counts": Expected(
        reason="BounceDay requires HardBounce, SMTPApiError, SoftBounce and Transient in every "
        "day; the doc's days carry only the counts that occurred",
        evidence=f"{DOC} {ZERO_DAYS.format(line=3273)}; example lines 3298-3324: "
        '{"Date": "2014-01-03", "Transient": 7}',
        match="for BounceCounts\nDays.",
    ),
    "stats.platform_usage": Expected(
        reason="PlatformDay requires Desktop, Mobile, Unknown and WebMail in every day; the "
        "doc's days carry only the platforms seen",
        evidence=f"{DOC} {ZERO_DAYS.format(line=3624)}; example lines 3649-3672: "
        '{"Date": "2014-01-01", "Desktop": 1, "WebMail": 1}',
        match="for PlatformUsage\nDays.",
    ),
    "stats.browser_platform_usage": Expected(
        reason="BrowserPlatformDay requires Desktop, Mobile and Unknown in every day; the "
        "doc's days carry only the platforms seen",
        evidence=f"{DOC} {ZERO_DAYS.format(line=4010)}; example lines 4031-4052: "
        '{"Date": "2014-01-01", "Desktop": 1}',
        match="for BrowserPlatformUsage\nDays.",
    ),
    "stats.click_location": Expected(
        reason="ClickLocationDay requires HTML and Text in every day; the doc's days carry "
        "only the locations clicked",
        evidence=f"{DOC} {ZERO_DAYS.format(line=4097)}; example lines 4114-4134: "
        '{"Date": "2014-01-01", "HTML": 1}',
        match="for ClickLocation\nDays.",
    ),
}

OUT_OF_SCOPE = {
    "outbound.send_bulk, outbound.get_bulk_status": (
        "/email/bulk: Postmark's bulk API; the ICOMMKT doc has /email/batch only"
    ),
    "stream.list / get / create / edit / archive / unarchive": (
        "/message-streams (stream management); the ICOMMKT doc has only "
        "/message-streams/{stream_id}/suppressions"
    ),
    "webhooks.list / get / create / edit / delete": (
        "/webhooks (webhook configuration API); the ICOMMKT doc names webhooks but documents "
        "no API for them"
    ),
    "server.get / edit": "/server (server settings API); not in the ICOMMKT doc",
    "AccountClient: server, domain, signature, data_removals, templates.push": (
        "account-level APIs (X-Postmark-Account-Token); the ICOMMKT doc has server-token APIs only"
    ),
}


def adapt(client: ServerClient) -> ServerClient:
    """The single adaptation: ICOMMKT's auth header name."""
    headers = client._http_client.headers
    headers["X-Trx-Api-Key"] = headers.pop("X-Postmark-Server-Token")
    return client


async def run(args: dict[str, str], rec: Recorder, fx: icommkt_fixtures.Fixtures) -> None:
    client = adapt(ServerClient(args["key"], retries=0, timeout=30, base_url=args["base_url"]))

    async def hook(response: Any) -> None:
        await response.aread()
        request = response.request
        rec.saw(
            request.method,
            str(request.url),
            response.status_code,
            response.text,
            request.content.decode(errors="replace"),
        )

    client._http_client.event_hooks = {"response": [hook]}
    call = rec.acall
    today = date.today()
    since, until = today - timedelta(days=7), today + timedelta(days=1)
    since_dt = datetime.combine(since, datetime.min.time())
    until_dt = datetime.combine(until, datetime.min.time())
    out = client.outbound

    # ------------------------------------------------------------------------ sending
    email = Email(
        sender=SENDER,
        to=READER,
        subject="postmark-python send",
        text_body="Hello",
        html_body='<p>Hello <a href="https://example.com/x">x</a></p>',
        tag="compat",
        headers=[Header(name="X-Compat", value="1")],
        track_opens=True,
        track_links="HtmlAndText",
        attachments=[Attachment(name="hello.txt", content="aGVsbG8=", content_type="text/plain")],
        metadata={"lib": "postmark-python"},
        message_stream="outbound",
    )
    await call("outbound.send(Email)", out.send, email)
    await call(
        "outbound.send(dict)",
        out.send,
        {"sender": SENDER, "to": READER, "subject": "dict", "text_body": "Hello"},
    )
    await call(
        "outbound.send_batch",
        lambda: _all_sent(
            out.send_batch(
                [
                    email,
                    {"From": SENDER, "To": READER, "Subject": "batch 2", "HtmlBody": "<p>2</p>"},
                ]
            )
        ),
    )
    await call(
        "outbound.send_with_template(TemplateId)",
        out.send_with_template,
        TemplateEmail(
            template_id=fx.template_id, template_model={"name": "Ada"}, sender=SENDER, to=READER
        ),
    )
    await call(
        "outbound.send_with_template(TemplateAlias)",
        out.send_with_template,
        {
            "TemplateAlias": TEMPLATE_ALIAS,
            "TemplateModel": {"name": "B"},
            "From": SENDER,
            "To": READER,
        },
    )
    await call(
        "outbound.send_batch_with_template",
        lambda: _all_sent(
            out.send_batch_with_template(
                [
                    {
                        "TemplateId": fx.template_id,
                        "TemplateModel": {"name": "C"},
                        "From": SENDER,
                        "To": READER,
                    },
                    {"TemplateAlias": TEMPLATE_ALIAS, "From": SENDER, "To": READER},
                ]
            )
        ),
    )

    # ----------------------------------------------------------------- outbound reads
    await call("outbound.list()", lambda: _items(out.list()))
    await call(
        "outbound.list(recipient, from_email, tag, status, from_date, to_date, subject, "
        "message_stream, metadata)",
        lambda: _items(
            out.list(
                count=10,
                recipient=READER,
                from_email=SENDER,
                tag="fixture",
                status="sent",
                from_date=since_dt,
                to_date=until_dt,
                subject="Fixture tracked",
                message_stream="outbound",
                metadata={"order": "42"},
            )
        ),
    )
    await call("outbound.stream()", lambda: _collect(out.stream(batch_size=2, max_messages=5)))
    await call("outbound.get", out.get, fx.tracked_id)
    await call("outbound.get_dump", out.get_dump, fx.tracked_id)
    await call("outbound.list_opens()", lambda: _items(out.list_opens()))
    await call(
        "outbound.list_opens(recipient, tag, client_*, os_*, platform, country, region, city, "
        "message_stream, from_date, to_date)",
        lambda: _items(
            out.list_opens(
                count=10,
                **icommkt_fixtures.OPEN_FILTERS,
                message_stream="outbound",
                from_date=since_dt,
                to_date=until_dt,
            )
        ),
    )
    await call("outbound.list_message_opens", lambda: _items(out.list_message_opens(fx.tracked_id)))
    await call("outbound.list_clicks()", lambda: _items(out.list_clicks()))
    await call(
        "outbound.list_clicks(recipient, tag, platform, message_stream, from_date, to_date)",
        lambda: _items(
            out.list_clicks(
                count=10,
                recipient=READER,
                tag="fixture",
                platform=icommkt_fixtures.OPEN_FILTERS["platform"],  # the click's reader too
                message_stream="outbound",
                from_date=since_dt,
                to_date=until_dt,
            )
        ),
    )
    await call(
        "outbound.list_message_clicks", lambda: _items(out.list_message_clicks(fx.tracked_id))
    )

    # ------------------------------------------------------------------------ bounces
    bounces = client.bounces
    hard = [*fx.hard_bounces, 0, 0, 0]
    await call("bounces.get_delivery_stats", bounces.get_delivery_stats)
    await call("bounces.list()", lambda: _items(bounces.list()))
    await call(
        "bounces.list(type, inactive, email_filter, tag, from_date, to_date, message_stream)",
        lambda: _items(
            bounces.list(
                count=10,
                type=BounceType.HARD_BOUNCE,
                inactive=True,
                email_filter="hardbounce",
                tag="fixture",
                from_date=since_dt,
                to_date=until_dt,
                message_stream="outbound",
            )
        ),
    )
    await call(
        "bounces.list(message_id)",
        lambda: _items(bounces.list(message_id=fx.plain_ids[1] if fx.plain_ids else "")),
    )
    await call(
        "bounces.list(type=SpamComplaint)",
        lambda: _items(bounces.list(type=BounceType.SPAM_COMPLAINT)),
    )
    await call("bounces.stream()", lambda: _collect(bounces.stream(batch_size=2, max_bounces=10)))
    await call("bounces.get", bounces.get, hard[0])
    if fx.spam_bounce is not None:
        await call("bounces.get (SpamComplaint)", bounces.get, fx.spam_bounce)
    await call("bounces.get_dump", bounces.get_dump, hard[0])
    await call("bounces.activate", bounces.activate, hard[1])

    # ---------------------------------------------------------------------- templates
    templates = client.templates
    made = await call(
        "templates.create",
        templates.create,
        CreateTemplateRequest(
            name="postmark-python template",
            alias="pp-template",
            subject="Hi {{name}}",
            html_body="<p>Hi {{name}}</p>",
            text_body="Hi {{name}}",
        ),
    )
    created = made.template_id if made is not None else fx.template_id
    await call("templates.get(id)", templates.get, created)
    await call("templates.get(alias)", templates.get, TEMPLATE_ALIAS)
    await call(
        "templates.edit",
        templates.edit,
        created,
        EditTemplateRequest(name="postmark-python template, renamed", subject="Edited"),
    )
    await call("templates.list()", lambda: _items(templates.list()))
    await call(
        "templates.list(template_type)",
        lambda: _items(templates.list(template_type=TemplateTypeFilter.STANDARD)),
    )
    await call(
        "templates.validate",
        templates.validate,
        ValidateTemplateRequest(
            subject="Hi {{name}}",
            html_body="<p>{{#each items}}{{title}}{{/each}}</p>",
            text_body="Hi {{name}}",
            test_render_model={"name": "Ada"},
            inline_css_for_html_test_render=True,
        ),
    )
    spare = [*fx.spare_templates, 0]
    await call("templates.delete", templates.delete, spare[0])

    # ------------------------------------------------------------------------ inbound
    inbound = client.inbound
    await call("inbound.list()", lambda: _items(inbound.list()))
    await call(
        "inbound.list(recipient, from_email, tag, subject, mailbox_hash, status, from_date, "
        "to_date)",
        lambda: _items(
            inbound.list(
                count=10,
                recipient="inbound@inbound.icommapp.com",
                from_email="customer@example.net",
                tag="fixture",
                subject="Inbound Processed",
                status="processed",
                from_date=since_dt,
                to_date=until_dt,
            )
        ),
    )
    await call("inbound.list(mailbox_hash)", lambda: inbound.list(mailbox_hash="hash"))
    await call("inbound.get", inbound.get, fx.inbound_processed)
    await call("inbound.bypass", inbound.bypass, ([*fx.inbound_blocked, ""])[0])
    await call("inbound.retry", inbound.retry, ([*fx.inbound_failed, ""])[0])

    # ------------------------------------------------------------------ inbound rules
    rules = client.inbound_rules
    rule = await call("inbound_rules.create", rules.create, "blocked@example.net")
    await call("inbound_rules.create (domain)", rules.create, "spam.example.net")
    await call("inbound_rules.list()", lambda: _items(rules.list()))
    await call("inbound_rules.delete", rules.delete, rule.id if rule else ([*fx.spare_rules, 0])[0])

    # ------------------------------------------------------------------- suppressions
    sup = client.suppressions
    await call(
        "suppressions.create",
        sup.create,
        "outbound",
        ["suppressed@example.org", "also-suppressed@example.org"],
    )
    await call("suppressions.dump()", lambda: _nonempty(sup.dump("outbound")))
    await call(
        "suppressions.dump(suppression_reason, origin, from_date, to_date, email_address)",
        sup.dump,
        "outbound",
        suppression_reason=SuppressionReason.MANUAL_SUPPRESSION,
        origin=SuppressionOrigin.CUSTOMER,
        from_date=since,
        to_date=until,
        email_address="suppressed@example.org",
    )
    await call(
        "suppressions.dump(suppression_reason=HardBounce, origin=Recipient)",
        sup.dump,
        "outbound",
        suppression_reason=SuppressionReason.HARD_BOUNCE,
        origin=SuppressionOrigin.RECIPIENT,
    )
    await call("suppressions.delete", sup.delete, "outbound", ["suppressed@example.org"])

    # -------------------------------------------------------------------------- stats
    stats = client.stats
    for name in (
        "overview",
        "sent_counts",
        "bounce_counts",
        "spam_counts",
        "tracked_counts",
        "open_counts",
        "platform_usage",
        "email_client_usage",
        "read_times",
        "click_counts",
        "browser_usage",
        "browser_platform_usage",
        "click_location",
    ):
        await call(f"stats.{name}", getattr(stats, name))
    await call(
        "stats.overview(tag, from_date, to_date, message_stream)",
        stats.overview,
        tag="fixture",
        from_date=since,
        to_date=until,
        message_stream="outbound",
    )
    await client.close()


async def _items(page: Any) -> Any:
    result = await page
    nonempty(result.items)
    return result


async def _all_sent(coro: Any) -> Any:
    return all_sent(await coro)


async def _nonempty(coro: Any) -> Any:
    return nonempty(await coro)


async def _collect(gen: Any) -> Any:
    return nonempty([item async for item in gen])


def sync_calls(args: dict[str, str], rec: Recorder, fx: icommkt_fixtures.Fixtures) -> None:
    """postmark.sync wraps the same managers; two calls through it, same adaptation."""
    client = postmark_sync.ServerClient(args["key"], retries=0, base_url=args["base_url"])
    adapt(client._async)
    rec.call("sync.ServerClient.bounces.get", client.bounces.get, ([*fx.hard_bounces, 0])[0])
    rec.call(
        "sync.ServerClient.outbound.send",
        client.outbound.send,
        {"sender": SENDER, "to": READER, "subject": "sync", "text_body": "Hello"},
    )
    client.close()


def main() -> None:
    args = args_from_argv()
    rec = Recorder(LIBRARY, EXPECTED)
    raw = Raw(args["base_url"], args["root_url"], {"X-Trx-Api-Key": args["key"]})
    fx = icommkt_fixtures.create(raw, rec)
    asyncio.run(run(args, rec, fx))
    sync_calls(args, rec, fx)
    for name, reason in OUT_OF_SCOPE.items():
        rec.out_of_scope(name, reason)
    rec.finish()


if __name__ == "__main__":
    main()
