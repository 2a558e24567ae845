"""sendspec.testing (the Emulator handle) and the pytest plugin's fixtures (issue 12)."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
import samples
from icomm_sms_client.api.default import get_outbound_sms_message_logs, send_sms_messages
from icomm_sms_client.models import (
    SmsDestination,
    SmsLogsResponse,
    SmsMessage,
    SmsRequestEnvelope,
    SmsTextMessageContent,
)
from icommkt_email_client.api.email import send_email as icommkt_send
from icommkt_email_client.models import EmailMessage
from inxmail_client.api.lists import list_mailing_lists
from iovox_email_client.api.email import search_emails, send_email
from iovox_email_client.models import SendEmailRequest
from iovox_email_client.types import Unset
from sendspec import NO_RETRIES, ServerError
from sendspec.testing import (
    ControlPlaneUnavailable,
    Emulator,
    EmulatorError,
    Message,
    MessageNotFound,
    provider_slug,
)

pytest_plugins = ["pytester"]


def iovox_send(**overrides: Any) -> SendEmailRequest:
    return SendEmailRequest.from_dict(samples.iovox_send(**overrides))


def sms_envelope(*numbers: str, text: str = "Hello") -> SmsRequestEnvelope:
    return SmsRequestEnvelope(
        messages=[
            SmsMessage(
                destinations=[SmsDestination(to=n) for n in numbers],
                sender="InfoSMS",
                content=SmsTextMessageContent(text=text),
            )
        ]
    )


def test_provider_names() -> None:
    assert [provider_slug(n) for n in ("iovox", "sms", "icommkt", "inxmail")] == [
        "iovox-email", "icomm-sms", "icommkt-email", "inxmail",
    ]  # fmt: skip
    assert provider_slug("icomm-sms") == "icomm-sms"
    with pytest.raises(ValueError, match="unknown provider 'mailgun'"):
        provider_slug("mailgun")


# ----------------------------------------------------------------------- the fixtures' handles


def test_every_fixture_gives_a_ready_client(
    iovox_emulator: Emulator,
    sms_emulator: Emulator,
    icommkt_emulator: Emulator,
    inxmail_emulator: Emulator,
) -> None:
    assert iovox_emulator.base_url == iovox_emulator.root_url + "/rest/v1"
    assert inxmail_emulator.base_url == inxmail_emulator.root_url + "/customer/rest/v1"
    assert sms_emulator.base_url == sms_emulator.root_url
    assert search_emails.sync(client=iovox_emulator.client()) is not None
    logs = get_outbound_sms_message_logs.sync(client=sms_emulator.client())
    assert isinstance(logs, SmsLogsResponse)
    sent = icommkt_send.sync(
        client=icommkt_emulator.client(),
        body=EmailMessage(from_="sender@example.com", to="a@example.org", text_body="Hi"),
    )
    assert sent is not None and sent.error_code == 0
    assert list_mailing_lists.sync(client=inxmail_emulator.client()) is not None
    # the handle's repr shows where, never the credentials
    assert "demo" not in repr(iovox_emulator) and iovox_emulator.base_url in repr(iovox_emulator)


def test_the_journal_counts_calls(iovox_emulator: Emulator) -> None:
    client = iovox_emulator.client()
    for _ in range(3):
        send_email.sync(client=client, body=iovox_send())
    search_emails.sync(client=client, limit=5)
    sends = iovox_emulator.requests(operation_id="send_email")
    assert [(r.method, r.path, r.status) for r in sends] == [("POST", "/rest/v1/email", 201)] * 3
    assert [r.seq for r in sends] == sorted(r.seq for r in sends)
    (search,) = iovox_emulator.requests(method="GET")
    assert search.operation_id == "search_emails" and "limit=5" in search.query.split("&")
    assert len(iovox_emulator.requests()) == 4
    assert iovox_emulator.requests(status=400) == []
    with pytest.raises(TypeError, match="unknown journal filter 'operation'"):
        iovox_emulator.requests(operation="send_email")


def test_reset_before_each_test_part_1(iovox_emulator: Emulator) -> None:
    send_email.sync(client=iovox_emulator.client(), body=iovox_send())
    iovox_emulator.script("search_emails", status=503, times=None)
    iovox_emulator.faults(latency_ms=1)  # not undone here: the next test's reset does it
    assert len(iovox_emulator.requests()) == 1


def test_reset_before_each_test_part_2(iovox_emulator: Emulator) -> None:
    # the same session server, reset: no journal, no rules, the faults it started with
    assert iovox_emulator.requests() == [] and iovox_emulator.scripted() == []
    assert iovox_emulator.faults().before["latency_ms"] == 0
    assert search_emails.sync(client=iovox_emulator.client()) is not None


def test_a_script_as_a_context_manager(iovox_emulator: Emulator) -> None:
    client = iovox_emulator.client(retry=NO_RETRIES)
    with iovox_emulator.script(
        "send_email", status=503, times=None, headers={"Retry-After": "3"}
    ) as scripted:
        assert [r["status"] for r in scripted.rules] == [503]
        for _ in range(2):
            with pytest.raises(ServerError) as err:
                send_email.sync(client=client, body=iovox_send())
            assert err.value.status_code == 503
        assert [r["used"] for r in iovox_emulator.scripted()] == [2]
    assert iovox_emulator.scripted() == []  # cleared on exit
    assert send_email.sync(client=client, body=iovox_send()) is not None
    # a dict rule, or several; the emulator's refusal comes back as its message
    iovox_emulator.script({"operation": "send_email", "status": 400}, times=2)
    iovox_emulator.script([{"operation": "search_emails", "delay_ms": 1}])
    assert [r["operation"] for r in iovox_emulator.scripted()] == ["send_email", "search_emails"]
    with pytest.raises(EmulatorError, match="operation must be one of") as bad:
        iovox_emulator.script("no_such_operation", status=500)
    assert bad.value.status_code == 400


def test_faults_as_a_context_manager(iovox_emulator: Emulator) -> None:
    client = iovox_emulator.client(retry=NO_RETRIES)
    with iovox_emulator.faults(rate_503=1.0, retry_after=2) as faults:
        assert faults.settings["rate_503"] == 1.0 and faults.before["rate_503"] == 0.0
        with pytest.raises(ServerError):
            search_emails.sync(client=client)
    assert search_emails.sync(client=client) is not None  # restored on exit
    with pytest.raises(TypeError, match="unknown fault settings"):
        iovox_emulator.faults(rate_500=1.0)
    with pytest.raises(EmulatorError, match="between 0 and 1"):
        iovox_emulator.faults(rate_429=2.0)


def test_advance_moves_the_clock(icommkt_emulator: Emulator) -> None:
    before = icommkt_emulator.now()
    moved = icommkt_emulator.advance(7200)
    assert (icommkt_emulator.now() - before).total_seconds() >= 7200
    assert set(moved) == {"now"}


@pytest.mark.sendspec_emulator("sms", delivery_delay=3600)
def test_advance_delivers_sms(sms_emulator: Emulator) -> None:
    client = sms_emulator.client()
    send_sms_messages.sync(client=client, body=sms_envelope("41793026727", "41793020000"))
    logs = get_outbound_sms_message_logs.sync(client=client)
    assert isinstance(logs, SmsLogsResponse) and isinstance(logs.results, list)
    assert {log.status.group_name for log in logs.results if log.status} == {"PENDING"}
    result = sms_emulator.advance()
    assert result["finalised"] == 2
    logs = get_outbound_sms_message_logs.sync(client=client)
    assert isinstance(logs, SmsLogsResponse) and isinstance(logs.results, list)
    groups = {log.destination: log.status.group_name for log in logs.results if log.status}
    assert groups == {"41793026727": "DELIVERED", "41793020000": "UNDELIVERABLE"}


@pytest.mark.sendspec_emulator("icomm-sms", delivery_delay=3600)
def test_the_marker_shares_one_server_per_options(
    sms_emulator: Emulator, sendspec_emulator_pool: Any
) -> None:
    assert sendspec_emulator_pool.get("icomm-sms", {"delivery_delay": 3600}) is sms_emulator
    assert sendspec_emulator_pool.get("icomm-sms", {}) is not sms_emulator


# ------------------------------------------------------------------------------------ messages


def test_messages_and_wait_for_message(icommkt_emulator: Emulator) -> None:
    client = icommkt_emulator.client()
    for to, subject in (("ada@example.org", "Welcome"), ("bob@example.org", "Invoice")):
        icommkt_send.sync(
            client=client,
            body=EmailMessage(
                from_="sender@example.com", to=to, subject=subject, text_body="Hi", tag="t1"
            ),
        )
    found = icommkt_emulator.wait_for_message(to="ada@example.org")
    assert isinstance(found, Message) and found.subject == "Welcome"
    assert found.kind == "email" and found.provider == "icommkt-email"
    assert found.to == ("ada@example.org",) and found.from_ == "sender@example.com"
    assert found.created_at is not None and found.raw["id"] == found.id
    listed = icommkt_emulator.messages()
    assert [m.subject for m in listed] == ["Invoice", "Welcome"]  # newest first
    assert [m.subject for m in icommkt_emulator.messages(subject="invo")] == ["Invoice"]
    assert icommkt_emulator.messages(from_="nobody@") == []
    assert len(icommkt_emulator.messages(limit=1)) == 1
    full = icommkt_emulator.message(found.id)
    assert full.request is not None and full.mime is not None and "Welcome" in full.mime
    with pytest.raises(EmulatorError) as missing:
        icommkt_emulator.message("no-such-id")
    assert missing.value.status_code == 404
    with pytest.raises(EmulatorError, match="unknown filters"):
        icommkt_emulator.messages(recipient="x")
    assert icommkt_emulator.forget_messages() == 2 and icommkt_emulator.messages() == []


def test_message_filters_and_provider_actions(iovox_emulator: Emulator) -> None:
    client = iovox_emulator.client()
    send_email.sync(client=client, body=iovox_send(subject="Old"))
    iovox_emulator.advance(3600)
    between = iovox_emulator.now() - timedelta(minutes=30)  # (iovox keeps whole seconds)
    sent = send_email.sync(client=client, body=iovox_send(subject="New"))
    assert [m.subject for m in iovox_emulator.messages(since=between)] == ["New"]
    assert [m.subject for m in iovox_emulator.messages(kind="email", text="HTML")] == [
        "New", "Old",
    ]  # fmt: skip
    assert iovox_emulator.messages(kind="sms") == []
    # a provider's own control action: the web bug of the newest e-mail loads
    assert sent is not None and not isinstance(sent, Unset)
    iovox_emulator.control("read", {"message_id": str(sent.message_id)})
    read = iovox_emulator.wait_for_message(subject="New", status="read")
    assert [h.status for h in read.history][-1] == "read"
    with pytest.raises(EmulatorError) as unknown:
        iovox_emulator.control("no-such-action")
    assert unknown.value.status_code == 404


def test_wait_for_message_lists_what_was_received(icommkt_emulator: Emulator) -> None:
    icommkt_send.sync(
        client=icommkt_emulator.client(),
        body=EmailMessage(
            from_="sender@example.com", to="ada@example.org", subject="Welcome", text_body="Hi"
        ),
    )
    with pytest.raises(MessageNotFound) as err:
        icommkt_emulator.wait_for_message(timeout=0.2, subject="Password reset")
    text = str(err.value)
    assert "no icommkt-email message matched subject='Password reset' within 0.2 s" in text
    assert "received 1:" in text and "ada@example.org: 'Welcome'" in text
    assert isinstance(err.value, AssertionError) and isinstance(err.value, TimeoutError)


def test_wait_for_message_waits_for_sms_delivery(sms_emulator: Emulator) -> None:
    # the fixture's emulator delivers on its own shortly after the send: the wait sees it
    send_sms_messages.sync(client=sms_emulator.client(), body=sms_envelope("41793026727"))
    delivered = sms_emulator.wait_for_message(to="41793026727", status="DELIVERED")
    assert delivered.kind == "sms" and delivered.text == "Hello"
    assert [h.status for h in delivered.history][-1] == "DELIVERED"


# ----------------------------------------------------------------------- start, connect, tokens


def test_connect_to_a_running_emulator_by_root_or_base_url(iovox_emulator: Emulator) -> None:
    for url in (iovox_emulator.root_url, iovox_emulator.base_url + "/"):
        with Emulator.connect(url, "iovox") as other:
            assert (other.root_url, other.base_url) == (
                iovox_emulator.root_url, iovox_emulator.base_url,
            )  # fmt: skip
            assert other.has_control_plane and other.server is None
            send_email.sync(client=other.client(), body=iovox_send())
    assert len(iovox_emulator.requests(operation_id="send_email")) == 2
    with pytest.raises(EmulatorError, match="is the iovox-email emulator, not icomm-sms"):
        Emulator.connect(iovox_emulator.root_url, "sms")


def test_connect_to_nothing_is_a_clear_error() -> None:
    from sendspec_emulator.server import free_port

    with pytest.raises(EmulatorError, match=r"nothing answers at http://127\.0\.0\.1:"):
        Emulator.connect(f"http://127.0.0.1:{free_port()}", "iovox")


@pytest.fixture
def sandbox() -> Iterator[str]:
    """A stand-in for a real sandbox: an HTTP server without /_emulator/."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(404)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<h1>Not Found</h1>")

        def log_message(self, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_sandbox_has_no_control_plane(sandbox: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SENDSPEC_SMS_API_KEY", "the-sandbox-key")
    with Emulator.connect(sandbox, "sms") as target:
        assert not target.has_control_plane
        assert target.credentials == {"api_key": "the-sandbox-key"}  # sendspec conform's
        assert target.client() is not None
        for call in (target.messages, target.requests, target.reset, target.advance):
            with pytest.raises(ControlPlaneUnavailable, match="has no emulator control plane"):
                call()


def test_a_control_token() -> None:
    with Emulator.start("iovox", control_token="s3cret-token") as emulator:
        send_email.sync(client=emulator.client(), body=iovox_send())
        assert len(emulator.requests()) == 1
        with Emulator.connect(emulator.root_url, "iovox", control_token="wrong") as wrong:
            with pytest.raises(EmulatorError, match="SENDSPEC_CONTROL_TOKEN") as err:
                wrong.requests()
            assert err.value.status_code == 401 and "s3cret" not in str(err.value)


def test_start_with_provider_options() -> None:
    with Emulator.start("sms", api_key="my-key", delivery_delay=3600) as emulator:
        assert emulator.credentials == {"api_key": "my-key"} and emulator.server is not None
        send_sms_messages.sync(client=emulator.client(), body=sms_envelope("41793026727"))
        assert emulator.advance()["finalised"] == 1


# ------------------------------------------------------------------------------- the plugin


def test_the_plugin_is_registered_and_imports_nothing_heavy() -> None:
    code = (
        "import importlib.metadata as m, sys\n"
        "(ep,) = [e for e in m.entry_points(group='pytest11') if e.name == 'sendspec']\n"
        "ep.load()\n"
        "heavy = {'sendspec.testing', 'sendspec_emulator', 'uvicorn', 'starlette', 'httpx'}\n"
        "print(ep.value, sorted(heavy & set(sys.modules)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["sendspec.pytest_plugin", "[]"]


PLUGIN_TESTS = """
import pytest
from iovox_email_client.api.email import search_emails

def test_first(iovox_emulator):
    assert iovox_emulator.requests() == []
    search_emails.sync(client=iovox_emulator.client())
    assert len(iovox_emulator.requests()) == 1

def test_second(iovox_emulator):
    assert iovox_emulator.requests() == []

def test_client_only(iovox_emulator):
    assert iovox_emulator.base_url.endswith("/rest/v1")
"""


def test_the_fixtures_in_a_users_test_suite(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(PLUGIN_TESTS)
    pytester.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=3)


def test_the_fixtures_pointed_at_a_running_emulator(
    pytester: pytest.Pytester, iovox_emulator: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytester.makepyfile(
        PLUGIN_TESTS
        + f"""
def test_it_is_that_one(iovox_emulator):
    assert iovox_emulator.base_url == {iovox_emulator.base_url!r}
    assert iovox_emulator.server is None

@pytest.mark.sendspec_emulator("iovox", username="other")
def test_options_need_a_local_emulator(iovox_emulator):
    pass
"""
    )
    result = pytester.runpytest(
        "-p", "no:cacheprovider", "-rs", "--sendspec-base-url", f"iovox={iovox_emulator.root_url}"
    )
    result.assert_outcomes(passed=4, skipped=1)
    result.stdout.fnmatch_lines(["*sendspec_emulator options*username*need an emulator started*"])
    # the same through the environment
    monkeypatch.setenv("SENDSPEC_IOVOX_BASE_URL", iovox_emulator.base_url)
    pytester.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=4, skipped=1)


def test_the_fixtures_pointed_at_a_sandbox_skip_inspection(
    pytester: pytest.Pytester, sandbox: str
) -> None:
    pytester.makepyfile(PLUGIN_TESTS)
    result = pytester.runpytest("-p", "no:cacheprovider", "-rs", "--sendspec-base-url",
                                f"iovox-email={sandbox}/rest/v1")  # fmt: skip
    result.assert_outcomes(passed=1, skipped=2)
    result.stdout.fnmatch_lines(["*has no emulator control plane (a real sandbox or API?)*"])


def test_a_bad_base_url_option_is_a_usage_error(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(PLUGIN_TESTS)
    result = pytester.runpytest("--sendspec-base-url", "mailgun=http://x")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*unknown provider 'mailgun'*"])
    result = pytester.runpytest("--sendspec-base-url", "http://x")
    result.stderr.fnmatch_lines(["*--sendspec-base-url takes PROVIDER=URL*"])
