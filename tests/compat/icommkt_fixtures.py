"""ICOMMKT fixtures for the Postmark-library drivers, created with plain HTTP (stdlib only).

Only documented request bodies are used, so a fixture failing is an emulator problem of its
own (reported as ``setup_failed``), and every library call is tried even when others fail.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from compat_common import Raw, Recorder

SENDER = "sender@example.com"
READER = "reader@example.org"
LINK = "https://example.com/welcome"
TEMPLATE_ALIAS = "compat-fixture"
#: open filters (the libraries' keyword names) that the fixture open matches, so a filter
#: call must find it: the open is seeded bare, and these are the client, OS, platform and place
#: a real open records (the doc's sample record, which the emulator gives a bare open)
OPEN_FILTERS: dict[str, Any] = {
    "recipient": READER,
    "tag": "fixture",
    "client_name": "Chrome 34.0.1847.131",
    "client_company": "Google Inc.",
    "client_family": "Chrome",
    "os_name": "OS X 10.7 Lion",
    "os_family": "OS X",
    "os_company": "Apple Computer, Inc.",
    "platform": "WebMail",
    "country": "Serbia",
    "region": "Autonomna Pokrajina Vojvodina",
    "city": "Novi Sad",
}


@dataclass
class Fixtures:
    tracked_id: str = ""  # sent with TrackOpens and TrackLinks, opened once and clicked once
    plain_ids: list[str] = field(default_factory=list)
    hard_bounces: list[int] = field(default_factory=list)  # inactive, can be activated
    spam_bounce: int | None = None
    bounce_json: dict[str, Any] = field(default_factory=dict)  # one bounce as the API returns it
    inbound_processed: str = ""
    inbound_blocked: list[str] = field(default_factory=list)
    inbound_failed: list[str] = field(default_factory=list)
    template_id: int | None = None
    spare_templates: list[int] = field(default_factory=list)  # for the delete calls
    spare_rules: list[int] = field(default_factory=list)


def create(raw: Raw, rec: Recorder) -> Fixtures:
    fx = Fixtures()

    def step(what: str, fn: Any) -> Any:
        try:
            return fn()
        except Exception as exc:
            rec.setup_failed(what, f"{type(exc).__name__}: {exc}")
            return None

    sent = step(
        "tracked message",
        lambda: raw.api(
            "POST",
            "/email",
            {
                "From": SENDER,
                "To": READER,
                "Subject": "Fixture tracked",
                "HtmlBody": f'<p>Hello <a href="{LINK}">welcome</a></p>',
                "TextBody": f"Hello {LINK}",
                "Tag": "fixture",
                "TrackOpens": True,
                "TrackLinks": "HtmlAndText",
                "Metadata": {"order": "42"},
            },
        ),
    )
    if sent:
        fx.tracked_id = sent["MessageID"]
        # what a real open/click carries is up to the service: only the event itself is seeded
        step("open", lambda: raw.control("open", {"MessageID": fx.tracked_id}))
        step("click", lambda: raw.control("click", {"MessageID": fx.tracked_id}))
    for local in ("plain1", "hardbounce1", "hardbounce2", "hardbounce3", "spamcomplaint1"):
        sent = step(
            f"message to {local}",
            lambda local=local: raw.api(
                "POST",
                "/email",
                {
                    "From": SENDER,
                    "To": f"{local}@example.org",
                    "Subject": f"Fixture {local}",
                    "TextBody": "Hello",
                    "Tag": "fixture",
                },
            ),
        )
        if sent:
            fx.plain_ids.append(sent["MessageID"])
    bounces = step("bounce list", lambda: raw.api("GET", "/bounces?count=50&offset=0"))
    if bounces:
        hard = [b for b in bounces["Bounces"] if b["Type"] == "HardBounce"]
        fx.hard_bounces = sorted(b["ID"] for b in hard)
        spam = [b["ID"] for b in bounces["Bounces"] if b["Type"] == "SpamComplaint"]
        fx.spam_bounce = spam[0] if spam else None
        if hard:
            fx.bounce_json = hard[0]
    for status, target in (
        ("Processed", None),
        ("Blocked", fx.inbound_blocked),
        ("Blocked", fx.inbound_blocked),
        ("Failed", fx.inbound_failed),
        ("Failed", fx.inbound_failed),
    ):
        message_id = str(uuid.uuid4())
        seeded = step(
            f"inbound {status}",
            lambda message_id=message_id, status=status: raw.control(
                "inbound",
                {
                    "MessageID": message_id,
                    "From": "customer@example.net",
                    "FromName": "Customer",
                    "To": "inbound@inbound.icommapp.com",
                    "Subject": f"Inbound {status}",
                    "TextBody": "Hello",
                    "HtmlBody": "<p>Hello</p>",
                    "Tag": "fixture",
                    "Status": status,
                    "Headers": [{"Name": "X-Spam-Status", "Value": "No"}],
                },
            ),
        )
        if seeded is None:
            continue
        if target is None:
            fx.inbound_processed = message_id
        else:
            target.append(message_id)
    for name, alias in (("Compat fixture", TEMPLATE_ALIAS), ("Spare 1", None), ("Spare 2", None)):
        body = {
            "Name": name,
            "Subject": "Hello {{name}}",
            "HtmlBody": "<p>Hello {{name}}</p>",
            "TextBody": "Hello {{name}}",
        }
        if alias:
            body["Alias"] = alias
        made = step(f"template {name}", lambda body=body: raw.api("POST", "/templates", body))
        if made and alias:
            fx.template_id = made["TemplateId"]
        elif made:
            fx.spare_templates.append(made["TemplateId"])
    for rule in ("spare-one.example.net", "spare-two.example.net"):
        made = step(
            f"inbound rule {rule}",
            lambda rule=rule: raw.api("POST", "/triggers/inboundrules", {"Rule": rule}),
        )
        if made:
            fx.spare_rules.append(made["ID"])
    return fx
