"""Drive Infobip's infobip-api-python-client 6.0.0 against the icomm SMS emulator
(run with .venv-compat/infobip/bin/python).

    drive_infobip.py --base-url URL --root-url URL --key API_KEY

No adaptation: the SDK sends ``Authorization: App <key>`` (``Configuration(api_key=...)`` sets
the ``App`` prefix), which is icomm's scheme; the host is the SDK's own ``host=`` argument (it
leaves http:// on loopback alone). The HTTP exchanges are observed by wrapping the SDK's
``rest_client.request`` (the response is returned untouched), for the report only.

Deliveries are finalised with ``POST /_emulator/advance`` (the emulator runs with a long
delivery delay, so nothing is delivered behind the driver's back); the delivery-report webhook
is received on a loopback HTTP server of the driver and parsed with the SDK's models.
"""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from compat_common import Expected, Raw, Recorder, args_from_argv, nonempty
from infobip_api_client import ApiClient, Configuration
from infobip_api_client.api.sms_api import SmsApi
from infobip_api_client.models.message_general_status import MessageGeneralStatus
from infobip_api_client.models.platform import Platform
from infobip_api_client.models.sms_binary_content import SmsBinaryContent
from infobip_api_client.models.sms_delivery_result import SmsDeliveryResult
from infobip_api_client.models.sms_destination import SmsDestination
from infobip_api_client.models.sms_message import SmsMessage
from infobip_api_client.models.sms_message_content import SmsMessageContent
from infobip_api_client.models.sms_message_delivery_reporting import (
    SmsMessageDeliveryReporting,
)
from infobip_api_client.models.sms_message_options import SmsMessageOptions
from infobip_api_client.models.sms_message_request_options import SmsMessageRequestOptions
from infobip_api_client.models.sms_request import SmsRequest
from infobip_api_client.models.sms_request_scheduling_settings import (
    SmsRequestSchedulingSettings,
)
from infobip_api_client.models.sms_text_content import SmsTextContent
from infobip_api_client.models.sms_webhooks import SmsWebhooks

LIBRARY = "infobip-api-python-client"

# Calls where the SDK is stricter than the documented icomm service (none so far).
EXPECTED: dict[str, Expected] = {}

OUT_OF_SCOPE = {
    "SmsApi.get_inbound_sms_messages": "/sms/1/inbox/reports: not in the icomm SMS doc",
    "SmsApi.get_scheduled_sms_messages, reschedule_sms_messages": (
        "/sms/1/bulks: not in the icomm SMS doc"
    ),
    "SmsApi.get_scheduled_sms_messages_status, update_scheduled_sms_messages_status": (
        "/sms/1/bulks/status: not in the icomm SMS doc"
    ),
    "SmsApi.preview_sms_message": "/sms/1/preview: not in the icomm SMS doc",
    "get_outbound_sms_message_logs(use_cursor, cursor)": (
        "cursor paging of /sms/3/logs: not in the icomm SMS doc (sentSince/sentUntil/limit only)"
    ),
    "every other API of the SDK (Email, Voice, Viber, 2FA, Messages, Calls, ...)": (
        "other Infobip products; the icomm doc covers SMS send, reports and logs"
    ),
}


BINARY_HEX = "54 65 73 74 20 6d 65 73 73 61 67 65"


def check(found: list[Any], expect: dict[str, set[Any]] | None, count: int | None) -> list[Any]:
    """Each result's attribute (dotted path) is one of the allowed values, every allowed value
    occurs, and ``count`` results came back (when given)."""
    for path, allowed in (expect or {}).items():
        seen = set()
        for item in found:
            value = item
            for part in path.split("."):
                value = getattr(value, part, None)
            if value not in allowed:
                raise AssertionError(f"filter not applied: {path}={value!r} not in {allowed}")
            seen.add(value)
        if seen != allowed:
            raise AssertionError(f"filter incomplete: {path} gave {seen}, wanted {allowed}")
    if count is not None and len(found) != count:
        raise AssertionError(f"expected {count} results, got {len(found)}")
    return found


class Receiver:
    """Loopback HTTP server that stores each webhook body it is sent."""

    def __init__(self) -> None:
        self.bodies: list[bytes] = []
        bodies = self.bodies

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                bodies.append(self.rfile.read(length))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *_: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/delivery-reports"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def text_message(to: list[str], text: str, **options: Any) -> SmsMessage:
    return SmsMessage(
        sender="InfoSMS",
        destinations=[SmsDestination(to=number) for number in to],
        content=SmsMessageContent(SmsTextContent(text=text)),
        **options,
    )


def main() -> None:
    args = args_from_argv()
    rec = Recorder(LIBRARY, EXPECTED)
    raw = Raw(args["base_url"], args["root_url"], {"Authorization": f"App {args['key']}"})
    receiver = Receiver()

    config = Configuration(host=args["base_url"], api_key=args["key"])
    api_client = ApiClient(config)
    request = api_client.rest_client.request

    def observed(method: str, url: str, *a: Any, **kw: Any) -> Any:
        response = request(method, url, *a, **kw)
        body = response.read()
        sent = kw.get("body")
        rec.saw(
            method,
            url,
            response.status,
            body.decode(errors="replace") if isinstance(body, bytes) else str(body),
            json.dumps(sent) if sent is not None else "",
        )
        return response

    api_client.rest_client.request = observed
    sms = SmsApi(api_client)
    call = rec.call

    def advance() -> None:
        try:
            raw.control("advance")
        except Exception as exc:
            rec.setup_failed("POST /_emulator/advance", str(exc))

    def sent_ids(response: Any) -> list[str]:
        return [m.message_id for m in (response.messages if response else [])]

    # ------------------------------------------------------------------------ sending
    first = call(
        "send_sms_messages (text, 2 destinations, bulkId, campaignReferenceId, platform)",
        sms.send_sms_messages,
        SmsRequest(
            messages=[
                text_message(
                    ["41793026727", "41793026728"],
                    "Hello from the Infobip SDK",
                    options=SmsMessageOptions(
                        campaign_reference_id="summersale",
                        platform=Platform(
                            entity_id="promotional-traffic-entity",
                            application_id="marketing-automation-application",
                        ),
                    ),
                )
            ],
            options=SmsMessageRequestOptions(
                schedule=SmsRequestSchedulingSettings(bulk_id="compat-bulk-1")
            ),
        ),
    )
    second = call(
        "send_sms_messages (text, messageId given, campaignReferenceId)",
        sms.send_sms_messages,
        SmsRequest(
            messages=[
                SmsMessage(
                    sender="InfoSMS",
                    destinations=[SmsDestination(to="41793026729", message_id="compat-msg-2")],
                    content=SmsMessageContent(SmsTextContent(text="Second")),
                    options=SmsMessageOptions(campaign_reference_id="wintersale"),
                )
            ]
        ),
    )
    binary = call(
        "send_sms_messages (binary content: hex, dataCoding, esmClass)",
        sms.send_sms_messages,
        SmsRequest(
            messages=[
                SmsMessage(
                    sender="InfoSMS",
                    destinations=[SmsDestination(to="41793026730")],
                    content=SmsMessageContent(
                        SmsBinaryContent(hex=BINARY_HEX, data_coding=0, esm_class=0)
                    ),
                )
            ]
        ),
    )
    call(
        "send_sms_messages (binary content, defaults only: hex)",
        sms.send_sms_messages,
        SmsRequest(
            messages=[
                SmsMessage(
                    destinations=[SmsDestination(to="41793026731")],
                    content=SmsMessageContent(SmsBinaryContent(hex="0f c2 4a bf 34 13 ba")),
                )
            ]
        ),
    )
    call(
        "send_sms_messages_with_http_info (undeliverable destination)",
        sms.send_sms_messages_with_http_info,
        SmsRequest(messages=[text_message(["41793020000"], "Nobody home")]),
    )
    hooked = call(
        "send_sms_messages (webhooks.delivery.url, callbackData)",
        sms.send_sms_messages,
        SmsRequest(
            messages=[
                text_message(
                    ["41793026732", "41793026733"],
                    "With a delivery webhook",
                    webhooks=SmsWebhooks(
                        delivery=SmsMessageDeliveryReporting(url=receiver.url),
                        content_type="application/json",
                        callback_data="compat-callback",
                    ),
                )
            ]
        ),
    )
    for text, number in (
        ("for reports by messageId", "41793026734"),
        ("for reports by limit", "41793026735"),
        ("for reports unfiltered", "41793026736"),
    ):
        call(
            f"send_sms_messages ({text})",
            sms.send_sms_messages,
            SmsRequest(messages=[text_message([number], text)]),
        )
    advance()

    # ------------------------------------------------------------------------ webhook
    def parse_webhook() -> Any:
        nonempty(receiver.bodies)
        parsed = [SmsDeliveryResult.from_json(body.decode()) for body in receiver.bodies]
        reports = [r for result in parsed for r in (result.results or [])]
        wanted = set(sent_ids(hooked))
        got = {r.message_id for r in reports}
        if wanted - got:
            raise AssertionError(f"webhook reports missing for {sorted(wanted - got)}")
        for report in reports:
            if report.status is None or report.status.group_name is None:
                raise AssertionError(f"report without status group: {report}")
            if report.callback_data != "compat-callback":
                raise AssertionError(f"callbackData not echoed: {report.callback_data!r}")
        return reports

    if hooked is not None:
        call("SmsDeliveryResult.from_json (pushed delivery-report webhook)", parse_webhook)
    receiver.close()

    # ------------------------------------------------------------------------ reports
    def reports(expect: Any = None, count: int | None = None, **filters: Any) -> Any:
        """Reports matching the filters; ``expect`` (attribute -> allowed values) and ``count``
        check that the filter was applied, not ignored."""
        found = nonempty(sms.get_outbound_sms_message_delivery_reports(**filters).results)
        return check(found, expect, count)

    first_bulk = first.bulk_id if first else "compat-bulk-1"
    call(
        "get_outbound_sms_message_delivery_reports(bulk_id)",
        reports,
        {"bulk_id": {first_bulk}},
        2,
        bulk_id=first_bulk,
    )
    second_id = (sent_ids(second) or ["compat-msg-2"])[0]
    call(
        "get_outbound_sms_message_delivery_reports(message_id)",
        reports,
        {"message_id": {second_id}},
        1,
        message_id=second_id,
    )
    call(
        "get_outbound_sms_message_delivery_reports(campaign_reference_id)",
        sms.get_outbound_sms_message_delivery_reports,
        campaign_reference_id="summersale",
    )
    call(
        "get_outbound_sms_message_delivery_reports(entity_id, application_id)",
        sms.get_outbound_sms_message_delivery_reports,
        entity_id="promotional-traffic-entity",
        application_id="marketing-automation-application",
    )
    call("get_outbound_sms_message_delivery_reports(limit)", reports, None, 1, limit=1)
    call("get_outbound_sms_message_delivery_reports()", reports)

    # --------------------------------------------------------------------------- logs
    def logs(expect: Any = None, count: int | None = None, **filters: Any) -> Any:
        found = nonempty(sms.get_outbound_sms_message_logs(**filters).results)
        return check(found, expect, count)

    now = datetime.now(UTC)
    bulks = [b.bulk_id for b in (first, second) if b is not None and b.bulk_id] or ["x", "y"]
    messages = sent_ids(first)[:1] + sent_ids(second) or ["x", "y"]
    call("get_outbound_sms_message_logs()", logs)
    call(
        "get_outbound_sms_message_logs(destination)",
        logs,
        {"destination": {"41793026727"}},
        1,
        destination="41793026727",
    )
    call("get_outbound_sms_message_logs(sender)", logs, {"sender": {"InfoSMS"}}, sender="InfoSMS")
    call(
        "get_outbound_sms_message_logs(bulk_id=[one])",
        logs,
        {"bulk_id": {bulks[0]}},
        2,
        bulk_id=bulks[:1],
    )
    call(
        "get_outbound_sms_message_logs(bulk_id=[two], repeated parameter)",
        logs,
        {"bulk_id": set(bulks)},
        3,
        bulk_id=bulks,
    )
    call(
        "get_outbound_sms_message_logs(message_id=[two], repeated parameter)",
        logs,
        {"message_id": set(messages)},
        len(messages),
        message_id=messages,
    )
    call(
        "get_outbound_sms_message_logs(campaign_reference_id=[two], repeated parameter)",
        logs,
        {"campaign_reference_id": {"summersale", "wintersale"}},
        3,
        campaign_reference_id=["summersale", "wintersale"],
    )
    call(
        "get_outbound_sms_message_logs(general_status=DELIVERED)",
        logs,
        {"status.group_name": {MessageGeneralStatus.DELIVERED}},
        general_status=MessageGeneralStatus.DELIVERED,
    )
    call(
        "get_outbound_sms_message_logs(general_status=UNDELIVERABLE)",
        logs,
        {"status.group_name": {MessageGeneralStatus.UNDELIVERABLE}},
        1,
        general_status=MessageGeneralStatus.UNDELIVERABLE,
    )
    call(
        "get_outbound_sms_message_logs(sent_since, sent_until)",
        logs,
        sent_since=now - timedelta(hours=1),
        sent_until=now + timedelta(minutes=5),
    )
    call("get_outbound_sms_message_logs(limit)", logs, None, 2, limit=2)
    call(
        "get_outbound_sms_message_logs(entity_id, application_id)",
        logs,
        {"bulk_id": {bulks[0]}},
        2,
        entity_id="promotional-traffic-entity",
        application_id="marketing-automation-application",
    )
    call(
        "get_outbound_sms_message_logs(mcc, mnc)",
        sms.get_outbound_sms_message_logs,
        mcc="228",
        mnc="01",
    )

    def binary_log() -> Any:
        found = logs(None, 1, message_id=sent_ids(binary) or ["x"])
        content = found[0].content
        instance = getattr(content, "actual_instance", None)
        if not isinstance(instance, SmsBinaryContent) or instance.hex != BINARY_HEX:
            raise AssertionError(f"binary message logged with content {content!r}")
        return found

    if binary is not None:
        call("get_outbound_sms_message_logs (binary message's content)", binary_log)

    for name, reason in OUT_OF_SCOPE.items():
        rec.out_of_scope(name, reason)
    rec.finish()


if __name__ == "__main__":
    main()
