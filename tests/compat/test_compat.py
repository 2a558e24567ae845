"""Compatibility suite: the ecosystem's own client libraries against freshly started emulators.

Each library runs in its own venv (``.venv-compat/<name>/``, built by ``make compat`` from
``tests/compat/requirements-<name>.txt``); its driver script reports one JSON line per call
(see compat_common.py). A test per library fails listing every in-scope call that failed, and
every stale entry of the driver's table of library strictness exceptions.

Without the venv the test is skipped, unless ``SENDSPEC_COMPAT=1`` (set by ``make compat``),
which makes a missing venv a failure.
"""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sendspec_emulator import running

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
VENVS = Path(os.environ.get("SENDSPEC_COMPAT_VENVS", ROOT / ".venv-compat"))
TIMEOUT = 240  # seconds per driver; a run takes a few seconds

IN_SCOPE = {"ok", "failed", "expected_failure", "stale_exception"}
BAD = {"failed", "stale_exception", "setup_failed"}


@dataclass(frozen=True)
class Library:
    venv: str  # .venv-compat/<venv>, tests/compat/requirements-<venv>.txt
    driver: str
    emulator: str
    key: str
    options: tuple[tuple[str, Any], ...] = ()


LIBRARIES = {
    "postmarker": Library(
        "postmarker", "drive_postmarker.py", "icommkt-email", "demo-server-token"
    ),
    "postmark-python": Library(
        "postmark-python", "drive_postmark_python.py", "icommkt-email", "demo-server-token"
    ),
    "infobip-api-python-client": Library(
        "infobip",
        "drive_infobip.py",
        "icomm-sms",
        "demo-api-key",
        # deliveries wait for POST /_emulator/advance: no background delivery races the driver
        (("delivery_delay", 3600),),
    ),
}


def python_of(lib: Library) -> Path:
    return VENVS / lib.venv / "bin" / "python"


def run_driver(lib: Library) -> tuple[list[dict[str, Any]], str]:
    python = python_of(lib)
    if not python.exists():
        message = (
            f"compat venv {python.parent.parent} is missing: run `make compat` "
            f"(builds it from tests/compat/requirements-{lib.venv}.txt)"
        )
        if os.environ.get("SENDSPEC_COMPAT", "") not in ("", "0"):
            pytest.fail(message)
        pytest.skip(message)
    with running(lib.emulator, **dict(lib.options)) as server:
        proc = subprocess.run(
            [
                str(python),
                str(HERE / lib.driver),
                "--base-url",
                server.base_url,
                "--root-url",
                server.root_url,
                "--key",
                lib.key,
            ],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            cwd=HERE,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
            check=False,
        )
    lines, noise = [], []
    for text in proc.stdout.splitlines():
        try:
            line = json.loads(text)
        except ValueError:
            noise.append(text)
            continue
        if isinstance(line, dict) and "status" in line:
            lines.append(line)
        else:
            noise.append(text)
    if proc.returncode != 0 or not lines or lines[-1].get("status") != "done":
        pytest.fail(
            f"driver {lib.driver} did not finish (exit {proc.returncode})\n"
            f"stderr:\n{proc.stderr[-4000:]}\nstdout (not results):\n" + "\n".join(noise[-40:])
        )
    return lines[:-1], proc.stderr


def describe(line: dict[str, Any]) -> str:
    parts = [f"  - {line['call']}: {line.get('error', '')}"]
    if "http_status" in line:
        parts.append(f"      HTTP {line['http_status']} {line.get('body', '')}")
    if "request" in line:
        parts.append(f"      sent: {line['request']}")
    return "\n".join(parts)


def summary(name: str, lines: list[dict[str, Any]]) -> str:
    tried = [line for line in lines if line["status"] in IN_SCOPE]
    worked = [line for line in tried if line["status"] == "ok"]
    expected = [line for line in tried if line["status"] == "expected_failure"]
    skipped = [line for line in lines if line["status"] == "out_of_scope"]
    return (
        f"{name}: {len(worked)}/{len(tried)} calls worked "
        f"({len(expected)} failing as named in the driver's exception table, "
        f"{len(skipped)} out-of-scope groups not counted)"
    )


@pytest.mark.parametrize("name", sorted(LIBRARIES))
def test_library_against_emulator(name: str, compat_summary: list[str]) -> None:
    lines, _ = run_driver(LIBRARIES[name])
    compat_summary.append(summary(name, lines))
    for line in lines:
        if line["status"] == "expected_failure":
            compat_summary.append(f"  named exception: {line['call']}: {line['reason']}")
    bad = [line for line in lines if line["status"] in BAD]
    if bad:
        pytest.fail(
            summary(name, lines)
            + f"\n{len(bad)} in-scope calls failed (or strictness entries went stale):\n"
            + "\n".join(describe(line) for line in bad),
            pytrace=False,
        )
