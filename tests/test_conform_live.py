"""Live conformance runs (issue 13, item 5): the shipped suites against an emulator posing as
a live URL (``SENDSPEC_BASE_URL``), run as a user would (``python -m pytest <suite>``), and
the pieces of :mod:`sendspec_conformance.live` on their own (the pacing bucket on a fake
clock, the spec extensions, the preflight's answers).

Every subprocess run is bounded (``SENDSPEC_MAX_EXAMPLES=1``, a few operations where the
suite would be long) and talks to an emulator of this process on loopback only.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sendspec_conformance import live, suite_path
from sendspec_emulator import Server, create_app, running, serve
from sendspec_emulator.core import Clock
from sendspec_emulator.server import free_port
from sendspec_emulator.specs import load_spec

ROOT = Path(__file__).resolve().parent.parent
SLUGS = ("iovox-email", "icomm-sms", "icommkt-email", "inxmail")
#: a run's own settings come from each test; these stay as the environment has them
KEPT = {"SENDSPEC_SPECS", "SENDSPEC_DETERMINISTIC"}


def run_suite(
    slug: str, base_url: str, *pytest_args: str, **env: str
) -> subprocess.CompletedProcess[str]:
    """``python -m pytest <slug's suite>`` against ``base_url`` (a live run), one example."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("SENDSPEC_") or k in KEPT}
    environ.update(SENDSPEC_BASE_URL=base_url, SENDSPEC_MAX_EXAMPLES="1", **env)
    cmd = [sys.executable, "-m", "pytest", str(suite_path(slug)), "-q", "-rs"]
    cmd += ["-p", "no:cacheprovider", *pytest_args]
    return subprocess.run(
        cmd, cwd=ROOT, env=environ, capture_output=True, text=True, timeout=540, check=False
    )


def journal(server: Server, **filters: Any) -> dict[str, Any]:
    params = {"limit": 1000, **filters}
    response = httpx.get(f"{server.root_url}/_emulator/requests", params=params, timeout=10)
    response.raise_for_status()
    data: dict[str, Any] = response.json()
    return data


def lines(result: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]


# ---------------------------------------------------------------------------- the bucket


class FakeClock:
    """A monotonic clock that moves only when slept on (or told to)."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds > 0
        self.slept.append(seconds)
        self.now += seconds


def test_token_bucket_spends_its_burst_then_waits_for_each_token() -> None:
    clock = FakeClock()
    bucket = live.TokenBucket(3, 2.0, clock=clock, sleep=clock.sleep)  # 3 at once, 2 a second
    assert [bucket.acquire() for _ in range(3)] == [0.0, 0.0, 0.0]
    assert clock.slept == []
    assert bucket.wait_time() == pytest.approx(0.5)
    assert bucket.acquire() == pytest.approx(0.5)  # the 4th waits for one token
    clock.now += 10  # idle: the bucket refills, up to its capacity only
    assert [bucket.acquire() for _ in range(3)] == [0.0, 0.0, 0.0]
    assert bucket.acquire() == pytest.approx(0.5)
    assert bucket.acquired == 8 and bucket.waited == pytest.approx(1.0)


def test_token_bucket_refuses_a_useless_shape() -> None:
    for capacity, rate in ((0, 1.0), (1, 0.0), (1, -1.0)):
        with pytest.raises(ValueError):
            live.TokenBucket(capacity, rate)


@pytest.mark.parametrize("limit", [600, 120, 10, 2, 1])
def test_pacer_keeps_every_minute_under_the_limit(limit: int) -> None:
    """Requests of varying length (the suite waits for each answer): in no 60 s window,
    fixed or sliding, do more than the limit reach the server, counting the request still in
    flight from before the window."""
    clock = FakeClock()
    pacer = live.Pacer(limit, clock=clock, sleep=clock.sleep)
    starts = []
    for i in range(3 * limit + 5):
        pacer.acquire()
        starts.append(clock.now)
        clock.now += (i % 7) * 0.003  # the answer's time: 0 to 18 ms
    assert pacer.budget + 1 <= limit or limit == 1
    for first in range(len(starts)):
        window_end = starts[first] + 60.0
        inside = sum(1 for t in starts[first:] if t < window_end)
        assert inside <= max(1, limit - 1), (limit, first, inside)
    # and it is no slower than it needs to be: the budget is the limit less 2 %
    assert live.budget(600) == 588 and live.budget(120) == pytest.approx(117.6)


def test_pacer_with_the_documented_inxmail_limit() -> None:
    clock = FakeClock()
    pacer = live.Pacer(live.rate_limit("inxmail", live=True) or 0, clock=clock, sleep=clock.sleep)
    for _ in range(589):
        pacer.acquire()
    # 588 a minute: the 589th request starts a full minute after the first
    assert clock.now - 1000.0 == pytest.approx(60.0)


# ---------------------------------------------------------------------------- the spec's word


def test_rate_limits_come_from_the_specs_and_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("SENDSPEC_RATE_LIMIT", raising=False)
    assert live.documented_rate_limit("inxmail") == 600  # "600 requests per minute"
    assert live.documented_rate_limit("icomm-sms") == 120  # Infobip's throttle of the logs
    assert live.rate_limit("inxmail", live=True) == 600
    assert live.rate_limit("inxmail", live=False) is None  # the emulator: unpaced
    assert live.spec_rate_limit({"info": {"title": "t"}}) is None
    monkeypatch.setenv("SENDSPEC_RATE_LIMIT", "90")
    assert live.rate_limit("inxmail", live=True) == 90
    assert live.rate_limit("iovox-email", live=False) == 90  # told: an emulator run too
    monkeypatch.setenv("SENDSPEC_RATE_LIMIT", "0")
    assert live.rate_limit("inxmail", live=True) is None  # --rate-limit 0: unpaced
    for bad in ("fast", "-1", "nan"):
        monkeypatch.setenv("SENDSPEC_RATE_LIMIT", bad)
        with pytest.raises(ValueError, match="SENDSPEC_RATE_LIMIT"):
            live.rate_limit("inxmail", live=True)
    with pytest.raises(ValueError, match="requests per minute"):
        live.spec_rate_limit({"info": {"title": "t", live.RATE_LIMIT_EXTENSION: "lots"}})


def test_side_effects_are_read_from_the_spec() -> None:
    marked = {slug: live.side_effects(load_spec(slug)) for slug in SLUGS}
    assert set(marked["icomm-sms"]) == {"get_outbound_sms_message_delivery_reports"}
    assert "returned only once" in marked["icomm-sms"]["get_outbound_sms_message_delivery_reports"]
    assert marked["inxmail"] == marked["iovox-email"] == marked["icommkt-email"] == {}
    # the extension decides, not a list: marking another read marks it
    spec = {"paths": {"/a": {"get": {"operationId": "a", live.SIDE_EFFECTS_EXTENSION: True}}}}
    assert live.side_effects(spec) == {"a": "a read changes the API's state"}


def test_the_preflight_read_is_a_harmless_get_from_the_spec() -> None:
    chosen = {slug: live.preflight_operation(load_spec(slug)) for slug in SLUGS}
    # SMS: the reports come first in the spec, but reading them consumes them
    assert chosen["icomm-sms"] == ("get_outbound_sms_message_logs", "/sms/3/logs")
    assert chosen["inxmail"] == ("get_root", "/")
    assert chosen["iovox-email"] == ("search_emails", "/email/search")
    assert chosen["icommkt-email"][1] == "/deliverystats"


# ---------------------------------------------------------------------------- the preflight


def test_preflight_passes_with_good_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SENDSPEC_SMS_API_KEY", "SENDSPEC_INXMAIL_SECRET"):
        monkeypatch.delenv(name, raising=False)
    with running("icomm-sms") as sms, running("inxmail") as inxmail:
        live.preflight("icomm-sms", sms.base_url)
        live.preflight("inxmail", inxmail.base_url)
        assert journal(sms)["total"] == 1  # one call, nothing else


def test_preflight_refused_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SENDSPEC_SMS_API_KEY", "wrong-key-s3cret")
    monkeypatch.setenv("SENDSPEC_INXMAIL_SECRET", "wrong-s3cret")
    with running("icomm-sms") as sms, running("inxmail") as inxmail:
        # user info in the URL is never shown either
        url = sms.base_url.replace("http://", "http://ada:pa55word@")
        with pytest.raises(live.Unauthenticated) as refused:
            live.preflight("icomm-sms", url)
        with pytest.raises(live.Unauthenticated) as forbidden:
            live.preflight("inxmail", inxmail.base_url)  # Inxmail: wrong credentials are 403
    assert "answered 401" in refused.value.message
    assert "check SENDSPEC_SMS_API_KEY" in refused.value.message
    assert "answered 403" in forbidden.value.message
    for message in (refused.value.message, forbidden.value.message):
        assert "\n" not in message and "s3cret" not in message
        assert "pa55word" not in message and "ada" not in message


def test_preflight_unreachable_targets() -> None:
    port = free_port()  # nothing listens there
    with pytest.raises(
        live.Unreachable, match=rf"cannot connect to http://127.0.0.1:{port}: connection refused"
    ):
        live.preflight("iovox-email", f"http://127.0.0.1:{port}")
    with running("iovox-email") as server, pytest.raises(live.Unreachable, match="base URL"):
        live.preflight("iovox-email", server.root_url + "/elsewhere")  # 404: no API there
    with pytest.raises(live.Unreachable, match="not an http"):
        live.preflight("iovox-email", "ftp://127.0.0.1/")


def test_preflight_gives_up_on_a_silent_server() -> None:
    """A server that accepts the connection and never answers: the preflight returns at its
    timeout (5 s by default) with one line."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)  # the kernel completes the handshake; nobody ever reads
        port = listener.getsockname()[1]
        with pytest.raises(live.Unreachable, match=r"no answer within 0\.5 s"):
            live.preflight("icomm-sms", f"http://127.0.0.1:{port}", timeout=0.5)


# ---------------------------------------------------------------------------- pytest runs


def test_wrong_sms_key_ends_the_run_with_exit_3_and_one_line() -> None:
    with running("icomm-sms") as server:
        result = run_suite("icomm-sms", server.base_url, SENDSPEC_SMS_API_KEY="wrong-key-s3cret")
        calls = journal(server)
    output = result.stdout + result.stderr
    assert result.returncode == 3, output
    said = [line for line in lines(result) if "refused the credentials" in line]
    assert len(said) == 1 and "answered 401" in said[0], output
    assert "s3cret" not in output and "Traceback" not in output
    assert "passed" not in output  # no test ran: a 401 is not a pass
    # one harmless call: the preflight's GET of the logs, nothing else
    assert [(c["method"], c["operationId"], c["status"]) for c in calls["requests"]] == [
        ("GET", "get_outbound_sms_message_logs", 401)
    ]


def test_closed_port_is_exit_3_with_one_line() -> None:
    port = free_port()
    result = run_suite("iovox-email", f"http://127.0.0.1:{port}/rest/v1")
    output = result.stdout + result.stderr
    assert result.returncode == 3, output
    assert f"cannot connect to http://127.0.0.1:{port}/rest/v1: connection refused" in output
    assert len(lines(result)) <= 3, output  # was 699 lines of urllib3 internals
    assert "urllib3" not in output and "Traceback" not in output


@pytest.fixture
def sms_with_a_pending_report() -> Iterator[Server]:
    """An SMS emulator holding one delivery report a pull would return (and consume)."""
    with running("icomm-sms", delivery_delay=3600) as server:
        sent = httpx.post(
            f"{server.base_url}/sms/3/messages",
            headers={"Authorization": "App demo-api-key"},
            json={
                "messages": [
                    {
                        "sender": "InfoSMS",
                        "destinations": [{"to": "41793026727"}],
                        "content": {"text": "Hello"},
                    }
                ]
            },
            timeout=10,
        )
        assert sent.status_code == 200, sent.text
        httpx.post(f"{server.root_url}/_emulator/advance", timeout=30).raise_for_status()
        assert pending(server) == 1
        httpx.delete(f"{server.root_url}/_emulator/requests", timeout=10).raise_for_status()
        yield server


def pending(server: Server) -> int:
    response = httpx.post(f"{server.root_url}/_emulator/reports_pending", timeout=10)
    response.raise_for_status()
    count: int = response.json()["reports_pending"]
    return count


def test_sms_live_run_leaves_the_pending_report(sms_with_a_pending_report: Server) -> None:
    server = sms_with_a_pending_report
    result = run_suite("icomm-sms", server.base_url, SENDSPEC_RATE_LIMIT="0")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    reads = journal(server, operationId="get_outbound_sms_message_delivery_reports")
    assert reads["total"] == 0
    assert journal(server, operationId="get_outbound_sms_message_logs")["total"] > 0
    assert pending(server) == 1
    # the report is still there for its owner: the next pull returns it
    pulled = httpx.get(
        f"{server.base_url}/sms/3/reports",
        headers={"Authorization": "App demo-api-key"},
        timeout=10,
    )
    assert [r["to"] for r in pulled.json()["results"]] == ["41793026727"]


def test_sms_destructive_run_is_what_consumes_reports(sms_with_a_pending_report: Server) -> None:
    """The other side: allowed to be destructive, the run reads the reports (so the test
    above would see the report consumed if the extension were not honoured)."""
    server = sms_with_a_pending_report
    result = run_suite(
        "icomm-sms",
        server.base_url,
        SENDSPEC_RATE_LIMIT="0",
        SENDSPEC_ALLOW_DESTRUCTIVE="1",
        SENDSPEC_OPERATIONS="get_outbound_sms_message_delivery_reports",
    )
    assert journal(server, operationId="get_outbound_sms_message_delivery_reports")["total"] > 0
    assert pending(server) == 0, result.stdout + result.stderr


class FastClock(Clock):
    """The emulator's clock running ``factor`` times real time (on the monotonic clock):
    with 60, the emulator's minute, and so Inxmail's rate window, passes in one second."""

    def __init__(self, factor: float) -> None:
        super().__init__()
        self.factor = factor
        self._start = datetime.now(UTC)
        self._t0 = time.monotonic()

    def now(self) -> datetime:
        elapsed = (time.monotonic() - self._t0) * self.factor
        return self._start + timedelta(seconds=elapsed) + self.offset


def test_inxmail_paced_run_makes_no_429() -> None:
    """The Inxmail emulator enforces its limit per (its) minute with fixed windows; its clock
    runs 60x, so the window is one real second and its limit of 3 is 180 a real minute. The
    suite paced at 120 a minute (``--rate-limit 120``, as from ``x-sendspec-rate-limit``)
    starts a request every 0.51 s: at most 2 start in any second, 3 arrive. Unpaced, the
    same run sends its requests back to back and gets 429s."""
    app = create_app("inxmail", rate_limit=3)
    app.provider.clock = FastClock(60)
    with serve(app) as server:
        result = run_suite(
            "inxmail",
            server.base_url,
            SENDSPEC_RATE_LIMIT="120",
            SENDSPEC_OPERATIONS="get_blacklist_entry",
        )
        limited = journal(server, status=429)["total"]
        # what the emulator counts towards its limit: authenticated calls of an operation
        counted = [
            c
            for c in journal(server)["requests"]
            if c["operationId"] and c["status"] not in (401, 403)
        ]
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert limited == 0, output
    assert len(counted) >= 7  # enough requests that 3 a second would be exceeded unpaced


def test_iovox_live_read_only_run_skips_the_state_machine_with_the_reason() -> None:
    with running("iovox-email") as server:
        node = f"{suite_path('iovox-email')}::TestIovoxWorkflow"
        result = run_suite("iovox-email", server.base_url, node, SENDSPEC_RATE_LIMIT="0")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "1 skipped" in output and "NoLinksFound" not in output, output
    assert "no usable links" in output and "SENDSPEC_ALLOW_WRITES=1" in output, output


def test_connection_lost_mid_run_fails_with_one_line() -> None:
    """The preflight passes, then the target drops every connection of one operation."""
    with running("inxmail") as server:
        rule = {"operation": "list_blacklist_entries", "action": "drop", "times": None}
        httpx.post(f"{server.root_url}/_emulator/script", json=rule, timeout=10).raise_for_status()
        result = run_suite(
            "inxmail",
            server.base_url,
            SENDSPEC_RATE_LIMIT="0",
            SENDSPEC_OPERATIONS="list_blacklist_entries",
        )
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    lost = [line for line in lines(result) if line.startswith("lost the connection to")]
    assert lost == [f"lost the connection to {server.base_url}: connection closed mid-answer"]
    assert "urllib3" not in output and "IncompleteRead" not in output, output
