"""The ``sendspec`` command: argument handling and the emulator it serves."""

from __future__ import annotations

import base64
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
