"""The ``sendspec`` command: argument handling and the emulator it serves."""

from __future__ import annotations

import base64
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from sendspec import cli
from sendspec_emulator.server import spawn

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
