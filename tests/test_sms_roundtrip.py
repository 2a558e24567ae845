"""icomm SMS: the generated client + overlays against the emulator, end to end."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from icomm_sms_client.api.default import (
    get_outbound_sms_message_delivery_reports,
    get_outbound_sms_message_logs,
    send_sms_messages,
)
from icomm_sms_client.models import (
    MessageDeliveryReporting,
    MessageGeneralStatus,
    SmsBinaryMessageContent,
    SmsDestination,
    SmsLogContent,
    SmsLogsResponse,
    SmsMessage,
    SmsRequestEnvelope,
    SmsResponseEnvelope,
    SmsTextMessageContent,
    SmsWebhooks,
)
from sendspec import AuthenticationError, ValidationError, sms
from sendspec.runtime import expect
from sendspec.testing import Emulator

# messages stay pending until a test calls advance(): with the default short delay the
# background ticker delivered (and pushed) first, so what advance() reported raced it
pytestmark = pytest.mark.sendspec_emulator("icomm-sms", delivery_delay=3600)


def envelope(*numbers: str, webhook: str | None = None) -> SmsRequestEnvelope:
    message = SmsMessage(
        destinations=[SmsDestination(to=n) for n in numbers],
        sender="InfoSMS",
        content=SmsTextMessageContent(text="Hello from sendspec"),
    )
    if webhook:
        message.webhooks = SmsWebhooks(
            delivery=MessageDeliveryReporting(url=webhook), callback_data="cb-1"
        )
    return SmsRequestEnvelope(messages=[message])


def test_send_logs_reports_round_trip(sms_emulator: Emulator) -> None:
    c = sms_emulator.client()
    sent = expect(
        send_sms_messages.sync(client=c, body=envelope("41793026727", "41793020000")),
        SmsResponseEnvelope,
    )
    assert {m.status.group_name for m in sent.messages} == {"PENDING"}
    ids = {m.message_id for m in sent.messages}
    sms_emulator.advance()
    assert isinstance(sent.bulk_id, str)
    logs = list(sms.iter_logs(c, bulk_id=[sent.bulk_id]))
    assert {log.message_id for log in logs} == ids
    by_to = {log.destination: log.status.group_name for log in logs}
    assert by_to == {"41793026727": "DELIVERED", "41793020000": "UNDELIVERABLE"}
    reports = sms.drain_reports(c, bulk_id=sent.bulk_id)  # a single string on reports (Infobip)
    assert {r.message_id for r in reports} == ids
    assert sms.drain_reports(c) == []  # returned only once
    only = get_outbound_sms_message_logs.sync(
        client=c, general_status=MessageGeneralStatus.UNDELIVERABLE
    )
    assert [log.destination for log in only.results] == ["41793020000"]  # type: ignore[union-attr]


def test_logs_walk_past_the_1000_limit(sms_emulator: Emulator) -> None:
    c = sms_emulator.client()
    numbers = [f"4179{i:07d}" for i in range(1, 2502)]
    sent = expect(send_sms_messages.sync(client=c, body=envelope(*numbers)), SmsResponseEnvelope)
    walked = [log.message_id for log in sms.iter_logs(c, page_size=1000)]
    assert len(walked) == len(set(walked)) == 2501
    assert set(walked) == {m.message_id for m in sent.messages}
    logs = sms_emulator.requests(operation_id="get_outbound_sms_message_logs")
    assert len(logs) == 3  # 1000 + 1000 + 501
    assert isinstance(sent.bulk_id, str)
    small = [log.message_id for log in sms.iter_logs(c, page_size=7, bulk_id=[sent.bulk_id])]
    assert small == walked  # latest first, whatever the window size


def test_async_overlays(sms_emulator: Emulator) -> None:
    c = sms_emulator.client()

    async def run() -> tuple[int, int]:
        sent = await send_sms_messages.asyncio(client=c, body=envelope("41793026727"))
        assert isinstance(sent, SmsResponseEnvelope)
        sms_emulator.advance()
        logs = [log async for log in sms.aiter_logs(c)]
        return len(logs), len(await sms.adrain_reports(c))

    assert asyncio.run(run()) == (1, 1)


def test_errors_are_typed(sms_emulator: Emulator) -> None:
    with pytest.raises(AuthenticationError) as auth:
        get_outbound_sms_message_logs.sync(
            client=sms.client("wrong-key", base_url=sms_emulator.base_url)
        )
    assert auth.value.error.error_code == "E401" and "wrong-key" not in str(auth.value)
    with pytest.raises(ValidationError) as bad:
        get_outbound_sms_message_delivery_reports.sync(client=sms_emulator.client(), limit=1001)
    assert bad.value.error.violations[0].property_ == "limit"
    with pytest.raises(ValidationError) as mnc:
        get_outbound_sms_message_logs.sync(client=sms_emulator.client(), mnc="01")
    assert [v.property_ for v in mnc.value.error.violations] == ["mnc"]


class Receiver:
    def __init__(self) -> None:
        self.bodies: list[bytes] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                receiver.bodies.append(self.rfile.read(int(self.headers["Content-Length"])))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/dlr"


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    thread = threading.Thread(target=r.httpd.serve_forever, daemon=True)
    thread.start()
    yield r
    r.httpd.shutdown()


def test_webhook_payload_parses_into_generated_models(
    sms_emulator: Emulator, receiver: Receiver
) -> None:
    c = sms_emulator.client()
    sent = expect(
        send_sms_messages.sync(client=c, body=envelope("41793026727", webhook=receiver.url)),
        SmsResponseEnvelope,
    )
    assert sms_emulator.advance()["pushed"] == 1
    (body,) = receiver.bodies
    parsed = sms.parse_delivery_reports(body)
    (report,) = parsed.results
    assert report.message_id == sent.messages[0].message_id
    assert report.callback_data == "cb-1" and report.status.name == "DELIVERED_TO_HANDSET"
    assert json.loads(body)["results"][0]["bulkId"] == sent.bulk_id
    assert sms.drain_reports(c) == []  # pushed reports are not pulled again


def test_text_and_binary_messages_through_the_generated_union(sms_emulator: Emulator) -> None:
    c = sms_emulator.client()
    body = SmsRequestEnvelope(messages=[
        SmsMessage(destinations=[SmsDestination(to="41793026727")],
                   content=SmsTextMessageContent(text="Hello")),
        SmsMessage(destinations=[SmsDestination(to="41793026728")],
                   content=SmsBinaryMessageContent(hex_="48 65 6c 6c 6f")),
        SmsMessage(destinations=[SmsDestination(to="41793026729")],
                   content=SmsBinaryMessageContent(hex_="0048 0069", data_coding=8)),
    ])  # fmt: skip
    assert body.to_dict()["messages"][1]["content"] == {
        "hex": "48 65 6c 6c 6f", "dataCoding": 0, "esmClass": 0,
    }  # fmt: skip
    # the generated union parses both variants back
    again = SmsRequestEnvelope.from_dict(body.to_dict())
    assert [type(m.content) for m in again.messages] == [
        SmsTextMessageContent, SmsBinaryMessageContent, SmsBinaryMessageContent,
    ]  # fmt: skip
    sent = expect(send_sms_messages.sync(client=c, body=body), SmsResponseEnvelope)
    assert [m.status.name for m in sent.messages if m.status] == ["PENDING_ACCEPTED"] * 3
    sms_emulator.advance()
    logs = {log.destination: log for log in sms.iter_logs(c)}
    assert all(log.status and log.status.group_name == "DELIVERED" for log in logs.values())
    text, hello, unicode = (logs[f"4179302672{i}"].content for i in (7, 8, 9))
    assert isinstance(text, SmsLogContent) and text.text == "Hello"
    assert isinstance(hello, SmsLogContent) and (hello.hex_, hello.data_coding) == (
        "48 65 6c 6c 6f", 0,
    )  # fmt: skip
    assert isinstance(unicode, SmsLogContent) and unicode.data_coding == 8


def test_bad_hex_is_a_typed_validation_error(sms_emulator: Emulator) -> None:
    body = SmsRequestEnvelope(messages=[SmsMessage(
        destinations=[SmsDestination(to="41793026727")],
        content=SmsBinaryMessageContent(hex_="486"),
    )])  # fmt: skip
    with pytest.raises(ValidationError) as bad:
        send_sms_messages.sync(client=sms_emulator.client(), body=body)
    assert [(v.property_, v.violation) for v in bad.value.error.violations] == [
        ("messages[0].content.hex", "has an invalid format")
    ]


def test_list_filters_are_sent_as_repeated_parameters(sms_emulator: Emulator) -> None:
    c = sms_emulator.client()
    bulks = []
    for to in ("41793026727", "41793026728", "41793026729"):
        sent = expect(send_sms_messages.sync(client=c, body=envelope(to)), SmsResponseEnvelope)
        bulks.append(sent.bulk_id)
    urls: list[httpx.URL] = []
    c.get_httpx_client().event_hooks["request"].append(lambda r: urls.append(r.url))
    page = get_outbound_sms_message_logs.sync(client=c, bulk_id=[bulks[0], bulks[2]])
    assert isinstance(page, SmsLogsResponse) and isinstance(page.results, list)
    assert sorted(log.destination for log in page.results) == ["41793026727", "41793026729"]
    assert urls[-1].params.get_list("bulkId") == [bulks[0], bulks[2]]
    # comma-separated values work as well (the doc's form)
    comma = c.get_httpx_client().get("/sms/3/logs", params={"bulkId": f"{bulks[0]},{bulks[1]}"})
    assert sorted(x["destination"] for x in comma.json()["results"]) == [
        "41793026727", "41793026728",
    ]  # fmt: skip
    walked = [log.destination for log in sms.iter_logs(c, bulk_id=bulks[1:])]
    assert walked == ["41793026729", "41793026728"]
