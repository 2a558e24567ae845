"""Drive postmarker 1.0 against the ICOMMKT emulator (run with .venv-compat/postmarker/bin/python).

    drive_postmarker.py --base-url URL --root-url URL --key SERVER_TOKEN

The only adaptation: ICOMMKT authenticates with ``X-Trx-Api-Key`` where Postmark uses
``X-Postmark-Server-Token`` / ``X-Postmark-Account-Token``. postmarker puts that header in
``PostmarkClient.call`` (postmarker/core.py), so ``IcommktClient.call`` is the same method with
the header name changed; the base URL is postmarker's own ``root_api_url`` argument. Everything
else (paths, query names, JSON bodies with their nulls) is postmarker's. The HTTP exchanges are
observed with a requests response hook on postmarker's session, for the report only.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from typing import Any

import icommkt_fixtures
from compat_common import Expected, Raw, Recorder, all_sent, args_from_argv, nonempty
from icommkt_fixtures import READER, SENDER, TEMPLATE_ALIAS
from postmarker.core import PostmarkClient
from postmarker.models.emails import Email

LIBRARY = "postmarker"

DOC = "../shared/provider-docs/000_fb645931d1b479dc.txt"

# Calls that fail by the documented contract, not by an emulator fault: each must keep failing
# with ``match`` (a regex) in the error, else the suite reports the entry stale.
EXPECTED: dict[str, Expected] = {
    "Template.edit(Subject=...) (partial edit)": Expected(
        reason="postmarker's edit sends every field it is not given as null, so a partial edit "
        "sends Name: null; the doc requires Name when editing (null counts as absent)",
        evidence=f"{DOC} line 1224 'Name string required' in the body format of "
        "PUT /templates/{templateIdOrAlias} (line 1207)",
        match=r"\[300\] [^;]*\bName\b",
    ),
}

OUT_OF_SCOPE = {
    "triggers.tags.all / create / get / edit / delete, Tag.get / edit / delete": (
        "/triggers/tags: Postmark's tag triggers; the ICOMMKT doc has only inbound rule triggers"
    ),
    "senders.all / get / create / edit / delete / resend / verifyspf / requestnewdkim": (
        "/senders: account-level sender signature API (account token); not in the ICOMMKT doc"
    ),
    "SenderSignature.get / edit / delete / resend / verifyspf / requestnewdkim": (
        "model methods of /senders; not in the ICOMMKT doc"
    ),
    "domains.all / get / create / edit / delete / verifyspf / verifydkim / verifyreturnpath "
    "/ rotatedkim, Domain.*": ("/domains: account-level domains API; not in the ICOMMKT doc"),
    "server.get / edit, Server.edit": ("/server: server settings API; not in the ICOMMKT doc"),
    "status.get / services / availability / delivery, status.incidents.*": (
        "status.postmarkapp.com, Postmark's status page API (not the ICOMMKT API)"
    ),
    "spamcheck": "spamcheck.postmarkapp.com (SpamAssassin service), not the ICOMMKT API",
}


class IcommktClient(PostmarkClient):
    """postmarker's client with ICOMMKT's header name (the single adaptation)."""

    def call(self, method, endpoint, token_type="server", data=None, **kwargs):  # type: ignore[no-untyped-def]
        token = self.account_token if token_type == "account" else self.server_token
        return self._call(
            method, self.root_api_url, endpoint, data, {"X-Trx-Api-Key": token}, **kwargs
        )


def main() -> None:
    args = args_from_argv()
    rec = Recorder(LIBRARY, EXPECTED)
    raw = Raw(args["base_url"], args["root_url"], {"X-Trx-Api-Key": args["key"]})
    fx = icommkt_fixtures.create(raw, rec)

    client = IcommktClient(
        server_token=args["key"], root_api_url=args["base_url"] + "/", timeout=30
    )

    def hook(response: Any, *_: Any, **__: Any) -> None:
        request = response.request
        sent = request.body.decode() if isinstance(request.body, bytes) else request.body or ""
        rec.saw(request.method, request.url, response.status_code, response.text, sent)

    client.session.hooks["response"].append(hook)
    today = date.today()
    since, until = today - timedelta(days=7), today + timedelta(days=1)
    call = rec.call
    emails = client.emails

    # ------------------------------------------------------------------------ sending
    call(
        "emails.send",
        emails.send,
        From=SENDER,
        To=READER,
        Subject="postmarker send",
        TextBody="Hello",
        HtmlBody="<p>Hello</p>",
        Tag="compat",
        Metadata={"lib": "postmarker"},
        Headers={"X-Compat": "1"},
        TrackOpens=True,
        TrackLinks="HtmlAndText",
    )
    call(
        "emails.send(Cc, Bcc, ReplyTo, MessageStream, Attachments as tuples)",
        emails.send,
        From=f"Sender <{SENDER}>",
        To=[READER, "second@example.org"],
        Cc="cc@example.org",
        Bcc=["bcc@example.org"],
        ReplyTo="reply@example.org",
        Subject="postmarker send, all fields",
        TextBody="Hello",
        MessageStream="outbound",
        Attachments=[
            ("hello.txt", "aGVsbG8=", "text/plain"),
            ("logo.png", "iVBORw0KGgo=", "image/png", "cid:logo"),
        ],
    )
    mime = MIMEText("Hello from MIME", "plain")
    mime["From"], mime["To"], mime["Subject"] = SENDER, READER, "postmarker MIMEText"
    call("emails.send(message=MIMEText)", emails.send, message=mime)
    multipart = MIMEMultipart()
    multipart["From"], multipart["To"], multipart["Subject"] = SENDER, READER, "multipart"
    multipart.attach(MIMEText("Hello", "plain"))
    multipart.attach(MIMEText("<p>Hello</p>", "html"))
    attachment = MIMEApplication(b"%PDF-1.4 compat", Name="report.pdf")
    attachment["Content-Disposition"] = 'attachment; filename="report.pdf"'
    multipart.attach(attachment)
    call("emails.send(message=MIMEMultipart with attachment)", emails.send, message=multipart)

    email = emails.Email(
        From=SENDER, To=[READER, "second@example.org"], Subject="Email()", TextBody="Hello"
    )
    email["X-Compat"] = "1"
    email.attach_binary(b"hello", "hello.txt")
    call("Email(...).send() (list To, header, attach_binary)", email.send)
    call(
        "emails.send_batch",
        lambda: all_sent(
            emails.send_batch(
                {"From": SENDER, "To": READER, "Subject": "batch 1", "TextBody": "one"},
                {"From": SENDER, "To": READER, "Subject": "batch 2", "HtmlBody": "<p>two</p>"},
            )
        ),
    )
    batch = emails.EmailBatch(
        Email(From=SENDER, To=READER, Subject="EmailBatch 1", TextBody="one"), mime
    )
    call("EmailBatch(...).send()", lambda: all_sent(batch.send()))
    call(
        "emails.send_with_template",
        emails.send_with_template,
        TemplateId=fx.template_id,
        TemplateModel={"name": "Ada"},
        From=SENDER,
        To=READER,
    )
    template_email = emails.EmailTemplate(
        TemplateAlias=TEMPLATE_ALIAS, TemplateModel={"name": "Bob"}, From=SENDER, To=READER
    )
    call("EmailTemplate(TemplateAlias).send()", template_email.send)
    call(
        "emails.send_template_batch",
        lambda: all_sent(
            emails.send_template_batch(
                {
                    "TemplateId": fx.template_id,
                    "TemplateModel": {"name": "C"},
                    "From": SENDER,
                    "To": READER,
                },
                {
                    "TemplateAlias": TEMPLATE_ALIAS,
                    "TemplateModel": {},
                    "From": SENDER,
                    "To": READER,
                },
            )
        ),
    )
    template_batch = emails.EmailTemplateBatch(template_email)
    call("EmailTemplateBatch(...).send()", lambda: all_sent(template_batch.send()))

    # ------------------------------------------------------------------------ bounces
    bounces = client.bounces
    call("bounces.deliverystats", lambda: bounces.deliverystats)
    call("bounces.tags", lambda: bounces.tags)
    call("bounces.all()", lambda: nonempty(bounces.all()))
    call(
        "bounces.all(type, inactive, emailFilter, tag, fromdate, todate)",
        lambda: nonempty(
            bounces.all(
                count=10,
                type="HardBounce",
                inactive=True,
                emailFilter="hardbounce",
                tag="fixture",
                fromdate=since,
                todate=until,
            )
        ),
    )
    call(
        "bounces.all(messageID)",
        lambda: nonempty(bounces.all(messageID=fx.plain_ids[1] if fx.plain_ids else "")),
    )
    hard = [*fx.hard_bounces, 0, 0, 0]
    bounce = call("bounces.get", bounces.get, hard[0])
    if bounce is not None:
        call("Bounce.dump", lambda: bounce.dump)
        call("Bounce.message", lambda: bounce.message)
        call("Bounce.activate()", bounce.activate)
    call("bounces.get_dump", bounces.get_dump, hard[1])
    call("bounces.activate", bounces.activate, hard[1])
    webhook_body = json.dumps(fx.bounce_json or {"ID": hard[2]})
    hooked = call("bounces.Bounce(webhook JSON)", bounces.Bounce, webhook_body)
    if hooked is not None:
        call("Bounce(webhook JSON).dump", lambda: hooked.dump)
    if fx.spam_bounce is not None:
        call("bounces.get (SpamComplaint)", bounces.get, fx.spam_bounce)

    # ---------------------------------------------------------------------- templates
    templates = client.templates
    made = call(
        "templates.create",
        templates.create,
        Name="postmarker template",
        Subject="Hi {{name}}",
        HtmlBody="<p>Hi {{name}}</p>",
        TextBody="Hi {{name}}",
        Alias="postmarker-template",
    )
    created_id = getattr(made, "TemplateId", None) or fx.template_id
    template = call("templates.get", templates.get, created_id)
    if template is not None:
        call("Template.get()", template.get)
        call("Template.edit(Subject=...) (partial edit)", template.edit, Subject="Edited {{name}}")
        call(
            "Template.edit(Name, Subject, HtmlBody, TextBody)",
            template.edit,
            Name="postmarker template, edited",
            Subject="Edited {{name}}",
            HtmlBody="<p>Edited {{name}}</p>",
            TextBody="Edited {{name}}",
        )
    call("templates.edit", templates.edit, created_id, Name="postmarker template, renamed")
    call("templates.all()", lambda: nonempty(templates.all()))
    call(
        "templates.validate",
        templates.validate,
        Subject="Hi {{name}}",
        HtmlBody="<p>{{#each items}}{{title}}{{/each}}</p>",
        TextBody="Hi {{name}}",
        TestRenderModel={"name": "Ada"},
    )
    spare = [*fx.spare_templates, 0, 0]
    spare_template = call("templates.get (to delete)", templates.get, spare[0])
    if spare_template is not None:
        call("Template.delete()", spare_template.delete)
    call("templates.delete", templates.delete, spare[1])

    # ----------------------------------------------------------------------- messages
    outbound = client.messages.outbound
    call("messages.outbound.all()", lambda: nonempty(outbound.all()))
    call(
        "messages.outbound.all(recipient, fromemail, tag, status, fromdate, todate, subject)",
        lambda: nonempty(
            outbound.all(
                count=10,
                recipient=READER,
                fromemail=SENDER,
                tag="fixture",
                status="sent",
                fromdate=since,
                todate=until,
                subject="Fixture tracked",
            )
        ),
    )
    message = call("messages.outbound.get", outbound.get, fx.tracked_id)
    if message is not None:
        call("OutboundMessage.get()", message.get)
        call("OutboundMessage.get_dump()", message.get_dump)
        call("OutboundMessage.opens()", message.opens)
    call("messages.outbound.get_dump", outbound.get_dump, fx.tracked_id)
    listed = call("messages.outbound.all(count=1) -> OutboundMessage", outbound.all, count=1)
    if listed:
        call("OutboundMessage (from all()).get()", listed[0].get)
    opens = outbound.opens
    found = call("messages.outbound.opens.all()", lambda: nonempty(opens.all()))
    call(
        "messages.outbound.opens.all(recipient, tag, client_*, os_*, platform, country, "
        "region, city)",
        lambda: nonempty(opens.all(count=10, **icommkt_fixtures.OPEN_FILTERS)),
    )
    call("messages.outbound.opens.get", opens.get, fx.tracked_id)
    if found:
        call("Open.message", lambda: found[0].message)
        # the open webhook posts the same record: postmarker builds an Open from its JSON
        hooked_open = call("opens.Open(webhook JSON)", opens.Open, json.dumps(found[0].as_dict()))
        if hooked_open is not None:
            call("Open(webhook JSON).message", lambda: hooked_open.message)

    inbound = client.messages.inbound
    call("messages.inbound.all()", lambda: nonempty(inbound.all()))
    call(
        "messages.inbound.all(recipient, fromemail, tag, subject, status, fromdate, todate)",
        lambda: nonempty(
            inbound.all(
                count=10,
                recipient="inbound@inbound.icommapp.com",
                fromemail="customer@example.net",
                tag="fixture",
                subject="Inbound Processed",
                status="processed",
                fromdate=since,
                todate=until,
            )
        ),
    )
    call("messages.inbound.all(mailboxhash)", inbound.all, count=10, mailboxhash="hash")
    got = call("messages.inbound.get", inbound.get, fx.inbound_processed)
    if got is not None:
        call("InboundMessage.get()", got.get)
        call("InboundMessage.as_mime()", got.as_mime)
        call("InboundMessage['X-Spam-Status']", lambda: got["X-Spam-Status"])
    blocked = [*fx.inbound_blocked, "", ""]
    failed = [*fx.inbound_failed, "", ""]
    blocked_message = call("messages.inbound.get (Blocked)", inbound.get, blocked[0])
    if blocked_message is not None:
        call("InboundMessage.bypass()", blocked_message.bypass)
    if blocked_message is not None:
        # the inbound webhook posts the message: postmarker builds an InboundMessage from it
        hooked_inbound = call(
            "inbound.InboundMessage(webhook JSON)",
            inbound.InboundMessage,
            json.dumps(blocked_message.as_dict()),
        )
        if hooked_inbound is not None:
            call("InboundMessage(webhook JSON).get()", hooked_inbound.get)
    call("messages.inbound.bypass", inbound.bypass, blocked[1])
    failed_message = call("messages.inbound.get (Failed)", inbound.get, failed[0])
    if failed_message is not None:
        call("InboundMessage.retry()", failed_message.retry)
    call("messages.inbound.retry", inbound.retry, failed[1])

    # -------------------------------------------------------------------------- stats
    stats = client.stats
    for name in (
        "overview",
        "sends",
        "bounces",
        "spam",
        "tracked",
        "opens",
        "opens_platforms",
        "emailclients",
        "readtimes",
        "clicks",
        "browserfamilies",
        "clicks_platforms",
        "location",
    ):
        call(f"stats.{name}", getattr(stats, name))
    call("stats.overview(tag, fromdate, todate)", stats.overview, "fixture", since, until)
    call("stats.sends(tag, fromdate, todate)", stats.sends, "fixture", since, until)

    # ----------------------------------------------------------------- inbound rules
    rules = client.triggers.inboundrules
    rule = call("triggers.inboundrules.create", rules.create, "blocked@example.net")
    call("triggers.inboundrules.create (domain)", rules.create, "spam.example.net")
    call("triggers.inboundrules.all()", lambda: nonempty(rules.all()))
    if rule is not None:
        call("InboundRule.delete()", rule.delete)
    spare_rules = [*fx.spare_rules, 0]
    call("triggers.inboundrules.delete", rules.delete, spare_rules[0])

    for name, reason in OUT_OF_SCOPE.items():
        rec.out_of_scope(name, reason)
    rec.finish()


if __name__ == "__main__":
    main()
