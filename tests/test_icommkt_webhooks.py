"""ICOMMKT webhooks: the emulator pushes the spec's payloads to loopback receivers when the
events happen (sends, the bounce/open/click/inbound control actions, inbound bypass and
retry), records every attempt, and sendspec.icommkt.parse_webhook() reads what it pushes.

Each receiver is a threaded HTTP server in this process; a test waits for the bodies it
expects (a condition variable, bounded) or for the emulator's pending pushes to finish
(``GET /_emulator/webhooks?wait=``), never sleeps."""

from __future__ import annotations

import base64
import copy
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from icommkt_email_client.api.email import send_email, send_email_batch
from icommkt_email_client.api.messages import bypass_inbound_message, retry_inbound_message
from icommkt_email_client.models import (
    BounceWebhook,
    BounceWebhookRecordType,
    ClickWebhook,
    DeliveryWebhook,
    EmailMessage,
    InboundWebhook,
    OpenWebhook,
    SendEmailResponse,
    TrackLinks,
)
from sendspec import cli, icommkt
from sendspec.runtime import expect
from sendspec.testing import Emulator, EmulatorError
from sendspec_emulator import create_app
from sendspec_emulator.core import SchemaSet
from sendspec_emulator.icommkt import webhooks
from sendspec_emulator.icommkt.webhooks import SCHEMAS
from sendspec_emulator.server import free_port, spawn
from sendspec_emulator.specs import load_spec

SENDER = "sender@example.com"
WAIT = 15.0  # seconds a test waits for pushes at most (a loaded machine)


def _strict(node: Any) -> Any:
    """The spec with ``additionalProperties: false`` on every object schema that lists its
    properties and says nothing else: a pushed payload may carry no member the spec lacks."""
    if isinstance(node, dict):
        out = {k: _strict(v) for k, v in node.items()}
        if "properties" in out and "additionalProperties" not in out:
            out["additionalProperties"] = False
        return out
    if isinstance(node, list):
        return [_strict(v) for v in node]
    return node


STRICT = SchemaSet(_strict(copy.deepcopy(load_spec("icommkt-email"))))


def assert_valid(kind: str, payload: Any) -> None:
    problems = STRICT.violations(f"/components/schemas/{SCHEMAS[kind]}", payload)
    assert not problems, f"{kind} payload outside the spec: {[p.text() for p in problems]}"


class Receiver:
    """A loopback HTTP server that keeps every POST (path, headers, JSON body) and answers
    ``status``."""

    def __init__(self, status: int = 200, gate: threading.Event | None = None) -> None:
        self.status = status
        #: when given, each request is answered only once it is set (a hanging receiver)
        self.gate = gate
        self.bodies: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.paths: list[str] = []
        self._cond = threading.Condition()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with receiver._cond:
                    receiver.bodies.append(json.loads(raw))
                    receiver.headers.append(dict(self.headers))
                    receiver.paths.append(self.path)
                    receiver._cond.notify_all()
                if receiver.gate is not None:
                    receiver.gate.wait(WAIT)
                self.send_response(receiver.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str = "/hook") -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def wait_for(self, count: int, timeout: float = WAIT) -> list[dict[str, Any]]:
        """The first ``count`` bodies, once they have arrived (AssertionError after
        ``timeout`` seconds)."""
        with self._cond:
            arrived = self._cond.wait_for(lambda: len(self.bodies) >= count, timeout)
            assert arrived, f"{len(self.bodies)} of {count} webhook bodies arrived"
            return list(self.bodies[:count])

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.close()


def send(emulator: Emulator, to: str, **extra: Any) -> str:
    body = EmailMessage(from_=SENDER, to=to, subject="Hi", text_body="Hello", **extra)
    sent = expect(send_email.sync(client=emulator.client(), body=body), SendEmailResponse)
    assert isinstance(sent.message_id, str)
    return sent.message_id


def settled(emulator: Emulator) -> dict[str, Any]:
    """The webhook state once no push is pending."""
    state = emulator.webhooks(wait=WAIT)
    assert state["pending"] == 0, state
    return state


# ------------------------------------------------------------------------------- deliveries
def test_a_send_pushes_a_delivery_per_recipient_and_its_bounces(
    icommkt_emulator: Emulator, receiver: Receiver
) -> None:
    icommkt_emulator.webhooks(delivery=receiver.url("/delivery"), bounce=receiver.url("/bounce"))
    message_id = send(
        icommkt_emulator,
        "Reader <reader@example.org>, hardbounce@example.org",
        cc="autoresponder@example.org",
        tag="welcome",
        metadata=icommkt_metadata({"order": "42"}),
    )
    # reader and the auto-responder got it (2 deliveries); a hard bounce and an auto reply
    bodies = receiver.wait_for(4)
    by_path = sorted(zip(receiver.paths[:4], bodies, strict=True), key=lambda p: p[0])
    kinds = [path.strip("/") for path, _ in by_path]
    assert kinds == ["bounce", "bounce", "delivery", "delivery"]
    for kind, body in zip(kinds, (b for _, b in by_path), strict=True):
        assert_valid(kind, body)
        assert body["MessageID"] == message_id
        assert body["Metadata"] == {"order": "42"}
        assert body["Tag"] == "welcome"
    deliveries = [b for p, b in by_path if p == "/delivery"]
    assert sorted(d["Recipient"] for d in deliveries) == [
        "autoresponder@example.org",
        "reader@example.org",
    ]
    assert {d["RecordType"] for d in deliveries} == {"Delivery"}
    bounces = {b["Type"]: b for p, b in by_path if p == "/bounce"}
    assert set(bounces) == {"HardBounce", "AutoResponder"}
    assert bounces["HardBounce"]["Email"] == "hardbounce@example.org"
    assert bounces["HardBounce"]["RecordType"] == "Bounce" and bounces["HardBounce"]["Inactive"]
    # the pushes carry the JSON as a real service would: content type, no credentials
    assert {h["Content-Type"] for h in receiver.headers} == {"application/json"}
    assert not any("X-Trx-Api-Key" in h for h in receiver.headers)

    parsed = [icommkt.parse_webhook(json.dumps(b).encode()) for b in bodies]
    assert sorted(type(p).__name__ for p in parsed) == [
        "BounceWebhook", "BounceWebhook", "DeliveryWebhook", "DeliveryWebhook",
    ]  # fmt: skip
    state = settled(icommkt_emulator)
    assert [a["state"] for a in state["attempts"]] == ["pushed"] * 4
    assert {(a["kind"], a["status"], a["tries"]) for a in state["attempts"]} == {
        ("delivery", 200, 1),
        ("bounce", 200, 1),
    }


def icommkt_metadata(values: dict[str, str]) -> Any:
    from icommkt_email_client.models import Metadata

    return Metadata.from_dict(values)


def test_a_spam_complaint_is_a_bounce_webhook_with_its_record_type(
    icommkt_emulator: Emulator, receiver: Receiver
) -> None:
    icommkt_emulator.webhooks(bounce=receiver.url())
    send(icommkt_emulator, "spamcomplaint@example.org")
    (body,) = receiver.wait_for(1)
    assert_valid("bounce", body)
    assert body["RecordType"] == "SpamComplaint" and body["From"] == ""
    parsed = icommkt.parse_webhook(body)
    assert isinstance(parsed, BounceWebhook)
    assert parsed.record_type == BounceWebhookRecordType.SPAMCOMPLAINT


def test_a_batch_pushes_for_its_stored_messages_only(
    icommkt_emulator: Emulator, receiver: Receiver
) -> None:
    icommkt_emulator.webhooks(delivery=receiver.url())
    batch = [
        EmailMessage(from_=SENDER, to=f"r{i}@example.org", subject="s", text_body="t")
        for i in range(3)
    ]
    batch.insert(1, EmailMessage(from_="stranger@example.net", to="x@example.org", text_body="t"))
    results = send_email_batch.sync(client=icommkt_emulator.client(), body=batch)
    assert isinstance(results, list)
    assert [r.error_code for r in results] == [0, 400, 0, 0]
    bodies = receiver.wait_for(3)
    # one URL gets its pushes one at a time, in the order of the events
    assert [b["Recipient"] for b in bodies] == [
        "r0@example.org",
        "r1@example.org",
        "r2@example.org",
    ]
    assert len(settled(icommkt_emulator)["attempts"]) == 3


def test_the_test_token_pushes_nothing(icommkt_emulator: Emulator, receiver: Receiver) -> None:
    icommkt_emulator.webhooks(delivery=receiver.url())
    test_client = icommkt.client(icommkt.TEST_TOKEN, base_url=icommkt_emulator.base_url)
    body = EmailMessage(from_=SENDER, to="reader@example.org", subject="s", text_body="t")
    expect(send_email.sync(client=test_client, body=body), SendEmailResponse)
    assert settled(icommkt_emulator)["attempts"] == []
    assert receiver.bodies == []


# ------------------------------------------------------------------------------- tracking
def test_opens_and_first_clicks_are_pushed(icommkt_emulator: Emulator, receiver: Receiver) -> None:
    icommkt_emulator.webhooks(open=receiver.url("/open"), click=receiver.url("/click"))
    message_id = send(
        icommkt_emulator,
        "reader@example.org",
        html_body='<a href="https://example.com/a">a</a>',
        track_opens=True,
        track_links=TrackLinks.HTMLANDTEXT,
        metadata=icommkt_metadata({"k": "v"}),
    )
    icommkt_emulator.control("open", {"MessageID": message_id, "ReadSeconds": 7})
    icommkt_emulator.control("open", {"MessageID": message_id, "UserAgent": "Thunderbird"})
    for _ in range(2):  # the second click on the same link is not pushed
        icommkt_emulator.control("click", {"MessageID": message_id})
    icommkt_emulator.control("click", {"MessageID": message_id, "Link": "https://example.com/b"})
    bodies = receiver.wait_for(4)
    state = settled(icommkt_emulator)
    assert len(receiver.bodies) == 4 and len(state["attempts"]) == 4
    opens = [b for p, b in zip(receiver.paths, bodies, strict=True) if p == "/open"]
    clicks = [b for p, b in zip(receiver.paths, bodies, strict=True) if p == "/click"]
    for body in opens:
        assert_valid("open", body)
    for body in clicks:
        assert_valid("click", body)
    assert [(o["FirstOpen"], o["ReadSeconds"]) for o in opens] == [(True, 7), (False, 0)]
    assert opens[1]["UserAgent"] == "Thunderbird" and opens[0]["Metadata"] == {"k": "v"}
    assert [c["OriginalLink"] for c in clicks] == ["https://example.com/a", "https://example.com/b"]
    assert all(c["Recipient"] == "reader@example.org" for c in (*opens, *clicks))
    first_open, first_click = icommkt.parse_webhook(opens[0]), icommkt.parse_webhook(clicks[0])
    assert isinstance(first_open, OpenWebhook) and first_open.first_open is True
    assert isinstance(first_click, ClickWebhook)
    assert first_click.original_link == "https://example.com/a"


def test_a_bounce_control_action_pushes_a_bounce(
    icommkt_emulator: Emulator, receiver: Receiver
) -> None:
    message_id = send(icommkt_emulator, "reader@example.org")
    icommkt_emulator.webhooks(bounce=receiver.url())
    made = icommkt_emulator.control("bounce", {"MessageID": message_id, "Type": "SoftBounce"})
    (body,) = receiver.wait_for(1)
    assert_valid("bounce", body)
    assert (body["ID"], body["Type"], body["Email"]) == (
        made["ID"],
        "SoftBounce",
        "reader@example.org",
    )
    parsed = icommkt.parse_webhook(body)
    assert isinstance(parsed, BounceWebhook) and parsed.id == made["ID"]


# ------------------------------------------------------------------------------- inbound
def test_inbound_messages_are_pushed_unless_blocked(
    icommkt_emulator: Emulator, receiver: Receiver
) -> None:
    icommkt_emulator.webhooks(inbound=receiver.url())
    content = base64.b64encode(b"note").decode()
    made = icommkt_emulator.control(
        "inbound",
        {
            "From": "customer@example.net",
            "FromName": "Customer",
            "To": "Support <abc+ticket-7@inbound.icommapp.com>",
            "Subject": "Re: order",
            "MailboxHash": "ticket-7",
            "TextBody": "Thanks!",
            "Headers": [{"Name": "X-Spam-Score", "Value": "0.1"}],
            "Attachments": [
                {"Name": "n.txt", "Content": content, "ContentType": "text/plain",
                 "ContentLength": 4},
            ],
        },
    )  # fmt: skip
    (body,) = receiver.wait_for(1)
    assert_valid("inbound", body)
    assert body["MessageID"] == made["MessageID"] and body["MessageStream"] == "inbound"
    assert body["Attachments"][0]["Content"] == content
    assert body["ToFull"][0]["MailboxHash"] == "ticket-7"
    parsed = icommkt.parse_webhook(body)
    assert isinstance(parsed, InboundWebhook) and parsed.subject == "Re: order"

    # a failed one is pushed again when retried; a Failed or Queued one is not pushed at first
    failed = icommkt_emulator.control("inbound", {"Status": "Failed"})
    retried = retry_inbound_message.sync(failed["MessageID"], client=icommkt_emulator.client())
    assert retried is not None and getattr(retried, "error_code", None) == 0
    (_, again) = receiver.wait_for(2)
    assert again["MessageID"] == failed["MessageID"]
    assert_valid("inbound", again)
    assert len(settled(icommkt_emulator)["attempts"]) == 2


def test_a_blocked_inbound_message_is_pushed_when_bypassed(
    icommkt_emulator: Emulator, receiver: Receiver
) -> None:
    icommkt_emulator.webhooks(inbound=receiver.url())
    blocked = icommkt_emulator.control("inbound", {"Status": "Blocked"})
    assert settled(icommkt_emulator)["attempts"] == [] and receiver.bodies == []
    answer = bypass_inbound_message.sync(blocked["MessageID"], client=icommkt_emulator.client())
    assert getattr(answer, "error_code", None) == 0
    (body,) = receiver.wait_for(1)
    assert body["MessageID"] == blocked["MessageID"]


def test_an_inbound_message_the_webhook_could_not_carry_is_refused(
    icommkt_emulator: Emulator,
) -> None:
    for bad in ({"Headers": [{"Name": "X"}]}, {"Attachments": ["a"]}, {"Headers": {}}):
        with pytest.raises(EmulatorError) as caught:
            icommkt_emulator.control("inbound", bad)
        assert caught.value.status_code == 400
    assert icommkt_emulator.messages() == []


# ------------------------------------------------------------------------------- failures
def test_failed_pushes_are_recorded_and_never_fail_the_request(
    icommkt_emulator: Emulator,
) -> None:
    failing = Receiver(status=500)
    closed_port = free_port()  # nothing listens there
    try:
        icommkt_emulator.webhooks(
            delivery=failing.url(), bounce=f"http://127.0.0.1:{closed_port}/hook"
        )
        message_id = send(icommkt_emulator, "reader@example.org, hardbounce@example.org")
        failing.wait_for(TRIES_EXPECTED)  # tried twice
        state = settled(icommkt_emulator)
    finally:
        failing.close()
    attempts = {a["kind"]: a for a in state["attempts"]}
    assert attempts["delivery"]["state"] == "failed"
    assert (attempts["delivery"]["status"], attempts["delivery"]["tries"]) == (500, 2)
    assert attempts["delivery"]["error"] == "answered 500"
    assert attempts["bounce"]["state"] == "failed" and attempts["bounce"]["status"] is None
    assert attempts["bounce"]["error"].startswith("ConnectError")
    assert {a["message_id"] for a in state["attempts"]} == {message_id}


TRIES_EXPECTED = 2


def test_a_hanging_receiver_times_out(
    icommkt_emulator: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(webhooks, "TIMEOUT", 0.2)
    gate = threading.Event()
    hanging = Receiver(gate=gate)
    try:
        icommkt_emulator.webhooks(delivery=hanging.url())
        send(icommkt_emulator, "reader@example.org")
        (attempt,) = settled(icommkt_emulator)["attempts"]  # both tries timed out
    finally:
        gate.set()
        hanging.close()
    assert (attempt["state"], attempt["tries"], attempt["status"]) == ("failed", 2, None)
    assert "Timeout" in attempt["error"]


def test_pushes_past_the_pending_bound_are_dropped_and_counted(
    icommkt_emulator: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(webhooks, "MAX_PENDING", 1)
    gate = threading.Event()
    slow = Receiver(gate=gate)
    try:
        icommkt_emulator.webhooks(delivery=slow.url())
        send(icommkt_emulator, "a@example.org, b@example.org, c@example.org")
        slow.wait_for(1)
        state = icommkt_emulator.webhooks()
        assert (state["pending"], state["dropped"], len(state["attempts"])) == (1, 2, 1)
        gate.set()
        state = settled(icommkt_emulator)
    finally:
        gate.set()
        slow.close()
    assert [a["state"] for a in state["attempts"]] == ["pushed"]
    assert slow.bodies[0]["Recipient"] == "a@example.org"


def test_the_control_plane_refuses_what_is_not_a_webhook_setting(
    icommkt_emulator: Emulator, sms_emulator: Emulator
) -> None:
    http = icommkt_emulator._http
    assert http.post("webhooks", json=["http://127.0.0.1:9/h"]).status_code == 400
    assert http.post("webhooks", content=b"{nope").status_code == 400
    assert http.get("webhooks", params={"wait": "soon"}).status_code == 400
    assert http.get("webhooks", params={"since": "1"}).status_code == 400
    assert http.get("webhooks", params={"wait": "nan"}).status_code == 400
    # other providers have no such setting (SMS takes a URL per message)
    assert sms_emulator._http.get("webhooks").status_code == 405
    assert sms_emulator._http.post("webhooks", json={}).status_code == 404


def test_urls_are_checked_and_shown_without_credentials(
    icommkt_emulator: Emulator, receiver: Receiver
) -> None:
    own = icommkt_emulator.root_url
    for kinds, problem in (
        ({"delivery": "http://192.0.2.1/hook"}, "not a loopback address"),
        ({"delivery": "ftp://127.0.0.1/hook"}, "not an http(s) URL"),
        ({"open": receiver.url("/_emulator/reset")}, "control plane"),
        ({"click": f"{own}/hook"}, "this emulator itself"),
        ({"delivered": receiver.url()}, "unknown webhook kinds ['delivered']"),
        ({"bounce": 7}, "non-empty string"),
    ):
        with pytest.raises(EmulatorError) as caught:
            icommkt_emulator.webhooks(**kinds)
        assert caught.value.status_code == 400 and problem in str(caught.value), caught.value
    with pytest.raises(EmulatorError) as caught:
        icommkt_emulator.webhooks(wait=61)
    assert caught.value.status_code == 400
    assert icommkt_emulator.webhooks()["urls"] == {}

    secret_url = receiver.url("/hook").replace("//", "//hook-user:hook-secret@") + "?token=abc"
    state = icommkt_emulator.webhooks(delivery=secret_url)
    assert state["urls"] == {"delivery": receiver.url("/hook") + "?…"}
    send(icommkt_emulator, "reader@example.org")
    receiver.wait_for(1)
    assert receiver.paths == ["/hook?token=abc"]
    basic = base64.b64encode(b"hook-user:hook-secret").decode()
    assert receiver.headers[0]["Authorization"] == f"Basic {basic}"
    shown = json.dumps(settled(icommkt_emulator))
    assert "hook-secret" not in shown and "abc" not in shown

    # null removes one kind; DELETE clears them all
    state = icommkt_emulator.webhooks(delivery=None, bounce=receiver.url())
    assert list(state["urls"]) == ["bounce"]
    icommkt_emulator._control("DELETE", "webhooks")
    assert icommkt_emulator.webhooks() == {"urls": {}, "pending": 0, "dropped": 0, "attempts": []}


def test_reset_puts_back_the_start_urls(receiver: Receiver) -> None:
    with Emulator.start("icommkt-email", webhooks={"delivery": receiver.url()}) as emulator:
        emulator.webhooks(bounce=receiver.url(), delivery=None)
        emulator.reset()
        assert emulator.webhooks()["urls"] == {"delivery": receiver.url()}
        send(emulator, "reader@example.org")
        (body,) = receiver.wait_for(1)
        assert isinstance(icommkt.parse_webhook(body), DeliveryWebhook)
    with pytest.raises(ValueError, match="not a loopback address"):
        create_app("icommkt-email", webhooks={"delivery": "http://192.0.2.1/"})


# ------------------------------------------------------------------------------- parsing
@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (b"{not json", "not JSON"),
        ("[1, 2]", "a JSON object, not list"),
        ({"RecordType": "Unsubscribe", "MessageID": "x"}, "unknown webhook RecordType"),
        ({"Subject": "no id"}, "not an ICOMMKT webhook body"),
        ({"RecordType": "Delivery", "MessageID": "x", "Recipient": "r"}, "lacks 'DeliveredAt'"),
        (
            {"RecordType": "Open", "MessageID": "x", "ReceivedAt": "t", "Client": "Chrome"},
            "does not match the schema",
        ),
        ({"MessageID": "x", "From": "a@b.c", "ToFull": "nobody"}, "does not match the schema"),
    ],
)
def test_parse_webhook_refuses_unknown_shapes(body: Any, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        icommkt.parse_webhook(body)


def test_parse_webhook_reads_the_spec_examples() -> None:
    webhooks = load_spec("icommkt-email")["webhooks"]
    models = {
        "bounce": BounceWebhook,
        "delivery": DeliveryWebhook,
        "open": OpenWebhook,
        "click": ClickWebhook,
        "inbound": InboundWebhook,
    }
    for kind, model in models.items():
        example = webhooks[kind]["post"]["requestBody"]["content"]["application/json"]["example"]
        assert isinstance(icommkt.parse_webhook(example), model)


# ------------------------------------------------------------------------------- CLI
def test_sendspec_emulate_takes_webhook_urls(receiver: Receiver) -> None:
    with (
        spawn(
            "icommkt-email",
            "--webhook",
            f"delivery={receiver.url('/d')}",
            "--webhook",
            f"bounce={receiver.url('/b')}",
        ) as proc,
        Emulator.connect(proc.root_url, "icommkt-email") as emulator,
    ):
        assert emulator.webhooks()["urls"] == {
            "bounce": receiver.url("/b"),
            "delivery": receiver.url("/d"),
        }
        message_id = send(emulator, "softbounce@example.org")
        (body,) = receiver.wait_for(1)  # a soft bounce: no delivery
        assert receiver.paths == ["/b"] and body["MessageID"] == message_id
        assert_valid("bounce", body)
        emulator.reset()  # keeps the command line's URLs
        assert list(emulator.webhooks()["urls"]) == ["bounce", "delivery"]


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (["icommkt-email", "--webhook", "delivery"], "--webhook takes KIND=URL"),
        (["icommkt-email", "--webhook", "sent=http://127.0.0.1:9/h"], "unknown webhook kinds"),
        (["icommkt-email", "--webhook", "open=http://example.com/h"], "not a loopback address"),
        (
            ["icommkt-email", "--port", "8999", "--webhook", "open=http://127.0.0.1:8999/h"],
            "this emulator itself",
        ),
        (
            ["icommkt-email", "--webhook", "open=http://127.0.0.1:9/a", "--webhook",
             "open=http://127.0.0.1:9/b"],
            "given twice",
        ),
        (["icomm-sms", "--webhook", "delivery=http://127.0.0.1:9/h"], "icommkt-email only"),
    ],
)  # fmt: skip
def test_a_bad_webhook_option_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], args: list[str], problem: str
) -> None:
    assert cli.main(["emulate", *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: --webhook") and problem in err, err
