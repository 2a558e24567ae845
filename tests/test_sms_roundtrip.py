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
    SmsDestination,
    SmsMessage,
    SmsRequestEnvelope,
    SmsResponseEnvelope,
    SmsTextMessageContent,
    SmsWebhooks,
)
from sendspec import AuthenticationError, ValidationError, sms
from sendspec.runtime import expect
from sendspec_conformance.emulator import Server


def client_for(server: Server, key: str = "demo-api-key") -> Any:
    return sms.client(key, base_url=server.base_url)


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


def advance(server: Server) -> dict[str, Any]:
    r = httpx.post(f"{server.root_url}/_emulator/advance", json={})
    assert r.status_code == 200
    result: dict[str, Any] = r.json()
    return result


def test_send_logs_reports_round_trip(sms_server: Server) -> None:
    c = client_for(sms_server)
    sent = expect(
        send_sms_messages.sync(client=c, body=envelope("41793026727", "41793020000")),
        SmsResponseEnvelope,
    )
    assert {m.status.group_name for m in sent.messages} == {"PENDING"}
    ids = {m.message_id for m in sent.messages}
    advance(sms_server)
    logs = list(sms.iter_logs(c, bulk_id=sent.bulk_id))
    assert {log.message_id for log in logs} == ids
    by_to = {log.destination: log.status.group_name for log in logs}
    assert by_to == {"41793026727": "DELIVERED", "41793020000": "UNDELIVERABLE"}
    reports = sms.drain_reports(c, bulk_id=sent.bulk_id)
    assert {r.message_id for r in reports} == ids
    assert sms.drain_reports(c) == []  # returned only once
    only = get_outbound_sms_message_logs.sync(
        client=c, general_status=MessageGeneralStatus.UNDELIVERABLE
    )
    assert [log.destination for log in only.results] == ["41793020000"]  # type: ignore[union-attr]


def test_logs_walk_past_the_1000_limit(sms_server: Server) -> None:
    c = client_for(sms_server)
    numbers = [f"4179{i:07d}" for i in range(1, 2502)]
    sent = expect(send_sms_messages.sync(client=c, body=envelope(*numbers)), SmsResponseEnvelope)
    before = sms_server.app.requests
    walked = [log.message_id for log in sms.iter_logs(c, page_size=1000)]
    assert len(walked) == len(set(walked)) == 2501
    assert set(walked) == {m.message_id for m in sent.messages}
    assert sms_server.app.requests - before == 3  # 1000 + 1000 + 501
    small = [log.message_id for log in sms.iter_logs(c, page_size=7, bulk_id=sent.bulk_id)]
    assert small == walked  # latest first, whatever the window size


def test_async_overlays(sms_server: Server) -> None:
    c = client_for(sms_server)

    async def run() -> tuple[int, int]:
        sent = await send_sms_messages.asyncio(client=c, body=envelope("41793026727"))
        assert isinstance(sent, SmsResponseEnvelope)
        advance(sms_server)
        logs = [log async for log in sms.aiter_logs(c)]
        return len(logs), len(await sms.adrain_reports(c))

    assert asyncio.run(run()) == (1, 1)


def test_errors_are_typed(sms_server: Server) -> None:
    with pytest.raises(AuthenticationError) as auth:
        get_outbound_sms_message_logs.sync(client=client_for(sms_server, "wrong-key"))
    assert auth.value.error.error_code == "E401" and "wrong-key" not in str(auth.value)
    with pytest.raises(ValidationError) as bad:
        get_outbound_sms_message_delivery_reports.sync(client=client_for(sms_server), limit=1001)
    assert bad.value.error.violations[0].property_ == "limit"
    with pytest.raises(ValidationError) as mnc:
        get_outbound_sms_message_logs.sync(client=client_for(sms_server), mnc="01")
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
    sms_server: Server, receiver: Receiver
) -> None:
    c = client_for(sms_server)
    sent = expect(
        send_sms_messages.sync(client=c, body=envelope("41793026727", webhook=receiver.url)),
        SmsResponseEnvelope,
    )
    assert advance(sms_server)["pushed"] == 1
    (body,) = receiver.bodies
    parsed = sms.parse_delivery_reports(body)
    (report,) = parsed.results
    assert report.message_id == sent.messages[0].message_id
    assert report.callback_data == "cb-1" and report.status.name == "DELIVERED_TO_HANDSET"
    assert json.loads(body)["results"][0]["bulkId"] == sent.bulk_id
    assert sms.drain_reports(c) == []  # pushed reports are not pulled again
