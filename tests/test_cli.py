"""The ``sendspec`` command: argument handling and the emulator it serves."""

from __future__ import annotations

import base64
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from sendspec import cli
from sendspec_emulator.server import free_port, spawn

SENDSPEC = str(Path(sys.executable).parent / "sendspec")
BASIC = "Basic " + base64.b64encode(b"demo-client:demo-secret").decode()


@contextmanager
def emulate(*args: str) -> Iterator[str]:
    """``sendspec emulate ARGS`` in its own process; yields its base URL."""
    with spawn(*args) as proc:
        yield proc.base_url


def test_emulate_port_0_names_the_free_port_it_listens_on() -> None:
    """``--port 0`` printed ``http://127.0.0.1:0/...``: nothing listens there."""
    with spawn("icomm-sms", "--port", "0") as proc:
        port = int(proc.root_url.rsplit(":", 1)[1])
        assert port > 0 and proc.base_url == proc.root_url
        r = httpx.get(proc.base_url + "/sms/3/logs", headers={"Authorization": "App demo-api-key"})
        assert r.status_code == 200, r.text


def test_inxmail_emulator_limits_600_per_minute_by_default() -> None:
    with emulate("inxmail") as base_url:
        r = httpx.get(base_url + "/", headers={"Authorization": BASIC})
        assert r.status_code == 200
        assert r.headers["X-RateLimit-Limit"] == "600"
        assert r.headers["X-RateLimit-Remaining"] == "599"


def test_inxmail_rate_limit_is_configurable() -> None:
    with emulate("inxmail", "--rate-limit", "2") as base_url:
        answers = [httpx.get(base_url + "/", headers={"Authorization": BASIC}) for _ in range(3)]
        assert [r.status_code for r in answers] == [200, 200, 429]
        assert int(answers[2].headers["Retry-After"]) >= 1
    with emulate("inxmail", "--rate-limit", "0") as base_url:
        answers = [httpx.get(base_url + "/", headers={"Authorization": BASIC}) for _ in range(5)]
        assert {r.status_code for r in answers} == {200}


def test_rate_limit_is_refused_for_other_providers(capsys: pytest.CaptureFixture[str]) -> None:
    for limit in ("10", "600"):
        assert cli.main(["emulate", "iovox-email", "--rate-limit", limit]) == 2
        assert "inxmail emulator only" in capsys.readouterr().err


def test_demo_runs_every_provider(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["demo"]) == 0
    out = capsys.readouterr().out
    for line in (
        "iovox emulator at",
        "ICOMMKT emulator at",
        "Inxmail emulator at",
        "CSV import SUCCESS: 12 imported, 1 failed",
        "cursor walked 12 members in 3 pages of 5",
        "demo finished",
    ):
        assert line in out


@pytest.mark.parametrize(
    ("args", "needs"),
    [
        (["--host", "0.0.0.0"], "--allow-remote"),
        (["--host", "192.0.2.10"], "--allow-remote"),
        (["--host", "0.0.0.0", "--allow-remote"], "--control-token"),
    ],
)
def test_a_non_loopback_bind_needs_a_flag_and_a_control_token(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, args: list[str], needs: str
) -> None:
    monkeypatch.delenv("SENDSPEC_CONTROL_TOKEN", raising=False)
    assert cli.main(["emulate", "iovox-email", *args]) == 2  # refused before serving
    assert needs in capsys.readouterr().err


def test_a_remote_emulator_warns_and_guards_its_control_plane() -> None:
    """``--allow-remote --control-token``: a warning, and the control plane answers only with
    the token (the API itself is unchanged)."""
    port = free_port()
    token = "ctl-token-\u00e9"  # any text, compared as bytes
    proc = subprocess.Popen(
        [SENDSPEC, "emulate", "iovox-email", "--host", "0.0.0.0", "--port", str(port),
         "--allow-remote", "--control-token", token],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    root = f"http://127.0.0.1:{port}"
    try:
        assert proc.stdout is not None and proc.stdout.readline()  # the banner: serving soon
        good = {b"x-sendspec-control-token": token.encode()}
        for _ in range(400):
            try:
                health = httpx.get(f"{root}/_emulator/health", headers=good)
                break
            except httpx.TransportError:
                time.sleep(0.05)  # waiting for the port to open, not racing any work
        assert health.status_code == 200
        for headers in ({}, {"x-sendspec-control-token": "wrong"}):
            r = httpx.post(f"{root}/_emulator/reset", headers=headers)
            assert r.status_code == 401 and "X-Sendspec-Control-Token" in r.json()["error"]
        api = httpx.get(
            f"{root}/rest/v1/email/search", headers={"username": "demo", "secureKey": "x"}
        )
        assert api.status_code in (401, 403) and "errors" in api.json()  # the provider's own
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=10)
    assert "warning" in err and "0.0.0.0" in err and token not in err


# ------------------------------------------ generate with no provider, help, --log-level (issue 13)
def test_generate_without_a_provider_regenerates_every_one(
    capfd: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(["generate", "--check"]) == 0  # argparse took no provider (was: invalid choice)
    out = capfd.readouterr().out
    assert "generated/ matches specs/" in out
    for slug in cli.SUITES:
        assert slug in out


def test_generate_refuses_an_unknown_provider(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["generate", "--check", "nope"]) == 2
    err = capsys.readouterr().err
    assert "'nope'" in err and "iovox-email" in err


@pytest.mark.parametrize("command", [[], ["generate"], ["emulate"], ["conform"], ["demo"]])
def test_help_shows_examples(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main([*command, "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    examples = out.split("examples:\n", 1)[1]
    assert examples.startswith("  sendspec ")
    if command:
        assert f"sendspec {command[0]}" in examples


def test_help_shows_defaults(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["emulate", "--help"])
    out = " ".join(capsys.readouterr().out.split())  # unwrapped
    for shown in (
        "(0: a free one) (default: 8080)",
        "(default: :memory:)",
        "answered 429 (default: 0.0)",
        "(default: 127.0.0.1)",
        "{critical,error,warning,info,debug}",
        "headers, query or body) (default: warning)",
    ):
        assert shown in out
    assert "(default: None)" not in out and "(default: False)" not in out
    with pytest.raises(SystemExit):
        cli.main(["conform", "--help"])
    assert "per operation (default: 25)" in " ".join(capsys.readouterr().out.split())


def _emulate_and_call(*args: str) -> tuple[tuple[int, int], str]:
    """``sendspec emulate iovox-email ARGS``: one API request carrying a credential in a header
    and a query value, one with a wrong key; their statuses and the server's stderr."""
    port = free_port()
    proc = subprocess.Popen(
        [SENDSPEC, "emulate", "iovox-email", "--port", str(port), *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    root = f"http://127.0.0.1:{port}"
    try:
        assert proc.stdout is not None and proc.stdout.readline()  # the banner: serving soon
        for _ in range(400):
            try:
                httpx.get(f"{root}/_emulator/health")
                break
            except httpx.TransportError:
                time.sleep(0.05)  # waiting for the port to open, not racing any work
        ok = httpx.get(
            f"{root}/rest/v1/email/search",
            params={"link_id": "query-secret-1234"},
            headers={"username": "demo", "secureKey": "demo-secure-key"},
        )
        denied = httpx.get(
            f"{root}/rest/v1/email/search", headers={"username": "demo", "secureKey": "wrong-key"}
        )
        assert denied.status_code in (401, 403)
        statuses = (ok.status_code, denied.status_code)
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=10)
    return statuses, err


def test_log_level_info_logs_one_line_per_request_without_secrets() -> None:
    (ok, denied), out = _emulate_and_call("--log-level", "info")
    lines = re.findall(r"\[iovox-email\] (GET|POST) (\S+) (\d{3}|-) (\d+\.\d) ms$", out, flags=re.M)
    searches = [line for line in lines if line[1] == "/rest/v1/email/search"]
    assert [(s[0], int(s[2])) for s in searches] == [("GET", ok), ("GET", denied)]
    assert ("GET", "/_emulator/health") in {line[:2] for line in lines}
    for secret in ("demo-secure-key", "wrong-key", "query-secret-1234", "secureKey"):
        assert secret not in out
    assert "Uvicorn running on" in out  # uvicorn's own info messages at that level too


def test_log_level_defaults_to_warning_without_an_access_log() -> None:
    _, out = _emulate_and_call()
    assert "/rest/v1/email/search" not in out and " ms" not in out
    _, out = _emulate_and_call("--log-level", "error")
    assert "/rest/v1/email/search" not in out


def test_log_level_is_one_of_the_named_levels(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["emulate", "iovox-email", "--log-level", "verbose"])
    assert exit_.value.code == 2
    assert "invalid choice: 'verbose'" in capsys.readouterr().err


def test_the_access_log_wraps_the_app_for_emulate_all() -> None:
    """In-process (as ``--all`` serves them): the wrapped app is still the emulator to
    ``serve`` and the inbox, and logs each request at INFO with its provider."""
    import logging
    from typing import cast

    from sendspec_emulator import create_app
    from sendspec_emulator.core.app import Emulator
    from sendspec_emulator.server import serve

    records: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record.getMessage())

    keep = Keep()
    cli.access_log.addHandler(keep)
    level = cli.access_log.level
    cli.access_log.setLevel(logging.INFO)
    try:
        app = create_app("icomm-sms")
        with serve(cast(Emulator, cli.AccessLog(app))) as server:
            assert server.app.provider.slug == "icomm-sms"
            r = httpx.get(server.base_url + "/sms/3/logs", headers={"Authorization": "App x"})
            assert r.status_code == 401
        assert cli._unwrapped(server.app) is app
    finally:
        cli.access_log.removeHandler(keep)
        cli.access_log.setLevel(level)
    (line,) = [r for r in records if "/sms/3/logs" in r]
    assert re.fullmatch(r"\[icomm-sms\] GET /sms/3/logs 401 \d+\.\d ms", line)
