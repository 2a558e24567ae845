"""``sendspec conform`` for CI (issue 13, item 4): options in any order and ``--`` to pytest,
per-operation progress lines, JUnit/JSON reports named after the operations, a failure
table with curl reproductions, ``--workers N`` and exit codes 0/1/2/3.

The suites run for real against the emulators with ``--max-examples 2``.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import socket
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sendspec import cli
from sendspec_conformance import report, runner
from sendspec_emulator import running
from sendspec_emulator.specs import load_spec

DEMO = {"SENDSPEC_IOVOX_USERNAME": "demo", "SENDSPEC_IOVOX_SECURE_KEY": "demo-secure-key"}
STATEFUL = {"iovox-email": "stateful IovoxWorkflow", "icomm-sms": "stateful SmsWorkflow"}
PROGRESS = re.compile(r"^\[ ?(\d+)/(\d+)\] (\S+ \S+|stateful \w+) +(\d+) requests  (\S+) ")


METHODS = ("get", "post", "put", "patch", "delete")


def operations(slug: str, methods: tuple[str, ...] = METHODS) -> set[str]:
    """``METHOD /path`` of every operation the spec of ``slug`` has."""
    return {
        f"{method.upper()} {path}"
        for path, item in load_spec(slug)["paths"].items()
        for method in item
        if method in methods
    }


def conform(*args: str) -> tuple[int, str, str]:
    """``sendspec conform ARGS`` in process: (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main(["conform", *args])
        except SystemExit as exit_:  # argparse
            code = int(exit_.code or 0)
    return code, out.getvalue(), err.getvalue()


def junit_names(path: Path) -> list[str]:
    return [case.get("name", "") for case in ET.parse(path).getroot().iter("testcase")]


@pytest.fixture(scope="module")
def iovox_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str, Path]:
    """The iovox suite once, options before the provider: (exit code, stdout, report dir)."""
    where = tmp_path_factory.mktemp("iovox")
    code, out, _ = conform(
        "--max-examples", "2", "--report", "junit,json", "iovox-email", "--report-dir", str(where)
    )
    return code, out, where


def test_junit_names_every_operation_and_the_stateful_scenario(
    iovox_run: tuple[int, str, Path],
) -> None:
    code, _, where = iovox_run
    assert code == 0
    names = junit_names(where / "conform-iovox-email.xml")
    assert len(names) == len(set(names))  # was: every testcase named test_operation
    assert set(names) == operations("iovox-email") | {STATEFUL["iovox-email"]}
    suite = ET.parse(where / "conform-iovox-email.xml").getroot().find("testsuite")
    assert suite is not None and suite.get("failures") == "0" and suite.get("tests") == "5"


def test_json_report_has_a_case_per_operation(iovox_run: tuple[int, str, Path]) -> None:
    _, _, where = iovox_run
    data = json.loads((where / "conform-iovox-email.json").read_text())
    assert data["provider"] == "iovox-email" and data["target"] == "emulator"
    assert {op["operation"] for op in data["operations"]} == operations("iovox-email")
    for case in [*data["operations"], *data["stateful"]]:
        assert case["status"] == "passed" and case["failures"] == []
        assert case["requests"] > 0 and case["duration"] >= 0
    assert [s["scenario"] for s in data["stateful"]] == [STATEFUL["iovox-email"]]
    assert data["summary"]["passed"] == 5 and data["summary"]["exit_code"] == 0


def test_one_progress_line_per_operation_with_counts(iovox_run: tuple[int, str, Path]) -> None:
    _, out, _ = iovox_run
    lines = [m for m in map(PROGRESS.match, out.splitlines()) if m]
    assert [int(m.group(1)) for m in lines] == [1, 2, 3, 4, 5]  # was: dots and [ 40%]
    assert {m.group(2) for m in lines} == {"5"}
    assert {m.group(3) for m in lines} == operations("iovox-email") | {STATEFUL["iovox-email"]}
    assert all(m.group(5) == "ok" for m in lines)
    assert "ETA " in out.splitlines()[0] or "ETA " in out
    assert "iovox-email: 5 passed, 0 failed" in out


def test_workers_spread_operations_and_report_the_same_testcases(tmp_path: Path) -> None:
    code, out, _ = conform(
        "icomm-sms", "--workers", "2", "--max-examples", "2", "--report", "junit,json",
        "--report-dir", str(tmp_path),
    )  # fmt: skip
    assert code == 0, out
    names = junit_names(tmp_path / "conform-icomm-sms.xml")
    # in the suite's order, as one worker would list them
    assert sorted(names) == sorted(operations("icomm-sms") | {STATEFUL["icomm-sms"]})
    assert len(names) == len(set(names))
    data = json.loads((tmp_path / "conform-icomm-sms.json").read_text())
    assert data["summary"]["total"] == len(names) and data["summary"]["passed"] == len(names)
    done = [int(m.group(1)) for m in map(PROGRESS.match, out.splitlines()) if m]
    assert done == list(range(1, len(names) + 1))  # one count over both workers
    assert "(2 workers)" in out


def test_shards_partition_the_tests() -> None:
    class Item:
        def __init__(self, label: str | None) -> None:
            self.operation_label, self.name, self.cls = label, "runTest", None

    items: list[Any] = [Item(f"GET /{i}") for i in range(5)]
    for count in (1, 2, 3, 7):
        shards = report.shard_of(items, count)
        assert len(shards) == 5 and all(0 <= s < count for s in shards)
        assert sorted(shards) == sorted(i % count for i in range(5))


@pytest.fixture
def broken_search() -> Iterator[str]:
    """An iovox emulator whose searches answer 200 with a body the spec rejects."""
    with running("iovox-email", strict_responses=False) as server:
        rule = {"operation": "search_emails", "times": None, "status": 200, "body": {"bogus": 1}}
        httpx.post(f"{server.root_url}/_emulator/script", json=rule).raise_for_status()
        yield server.base_url


def test_a_failure_exits_1_with_a_table_and_a_curl_reproduction(
    broken_search: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in DEMO.items():
        monkeypatch.setenv(name, value)
    code, out, _ = conform(
        "iovox-email", "--base-url", broken_search, "--credentials-from-env", "--rate-limit", "0",
        "--max-examples", "2", "--report", "json,junit", "--report-dir", str(tmp_path),
        "--", f"--junitxml={tmp_path / 'j.xml'}", "-x",
    )  # fmt: skip
    assert code == 1
    # after options, -- still reaches pytest (was: 'unrecognized arguments')
    assert (tmp_path / "j.xml").exists()
    table = out.split("conformance failures:\n", 1)[1]
    header, _, row = table.splitlines()[:3]
    assert header.split() == ["operation", "check", "status", "message"]
    assert row.startswith("GET /email/search") and "Response violates schema" in row
    assert " 200 " in row and '"current_page" is a required property' in row
    text = (tmp_path / "conform-iovox-email.json").read_text()
    assert "demo-secure-key" not in text  # credentials never in a report
    data = json.loads(text)
    assert data["target"] == "live" and data["base_url"] == broken_search
    (search,) = [op for op in data["operations"] if op["operation"] == "GET /email/search"]
    assert search["status"] == "failed"
    failure = search["failures"][0]
    assert failure["check"] == "Response violates schema" and failure["status_code"] == 200
    headers = f"-H 'username: demo' -H 'secureKey: {report.FILTERED}'"
    assert failure["curl"].startswith(f"curl -X GET {headers}")
    assert f"'{broken_search}/email/search?" in failure["curl"]
    junit = ET.parse(tmp_path / "conform-iovox-email.xml").getroot()
    (case,) = [c for c in junit.iter("testcase") if c.get("name") == "GET /email/search"]
    failed = case.find("failure")
    assert failed is not None and "Reproduce with:" in (failed.text or "")
    # -x stopped pytest at the failure: the scenario after it is named, skipped with why
    (scenario,) = [c for c in junit.iter("testcase") if c.get("name") == STATEFUL["iovox-email"]]
    skipped = scenario.find("skipped")
    assert skipped is not None and "not run" in skipped.get("message", "")


def test_closed_port_exits_3_with_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SENDSPEC_SMS_API_KEY", "some-key")
    with socket.socket() as sock:  # bound, never listening: connections are refused
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        code, out, err = conform("icomm-sms", "--base-url", url, "--credentials-from-env")
    assert code == 3
    assert len(err.strip().splitlines()) == 1 and "cannot connect" in err
    assert "some-key" not in err + out and "urllib3" not in err + out


def test_connections_lost_after_the_preflight_exit_3(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test failing to connect (here: the target drops every connection after both
    preflights, the CLI's and the worker's) is exit 3, not a test failure."""
    for name, value in DEMO.items():
        monkeypatch.setenv(name, value)
    with running("iovox-email") as server:
        for rule in (
            {"operation": "search_emails", "times": 2, "action": "delay", "delay_ms": 1},
            {"operation": "search_emails", "times": None, "action": "drop"},
        ):
            httpx.post(f"{server.root_url}/_emulator/script", json=rule).raise_for_status()
        code, out, err = conform(
            "iovox-email", "--base-url", server.base_url, "--credentials-from-env",
            "--max-examples", "1", "--rate-limit", "0",  # unpaced: it is the emulator
        )  # fmt: skip
    assert code == 3, out + err
    assert len(err.strip().splitlines()) == 1 and "lost the connection" in err
    assert "Traceback" not in out


def test_refused_credentials_exit_3(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SENDSPEC_SMS_API_KEY", "wrong-key")
    with running("icomm-sms") as server:
        code, out, err = conform(
            "icomm-sms", "--base-url", server.base_url, "--credentials-from-env"
        )
    assert code == 3  # was: 3 passed, rc 0 (a 401 is a documented response)
    assert len(err.strip().splitlines()) == 1 and "wrong-key" not in err + out


@pytest.mark.parametrize(
    "args",
    [
        ["nope"],
        ["iovox-email", "--report", "xml"],
        ["iovox-email", "--workers", "0"],
        ["iovox-email", "--max-examples", "0"],
        ["iovox-email", "--rate-limit", "-1"],
        ["iovox-email", "--base-url", "http://127.0.0.1:9"],  # no --credentials-from-env
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    code, _, err = conform(*args)
    assert code == 2 and err.strip()


def test_pytest_usage_error_exits_2() -> None:
    code, _, err = conform("iovox-email", "--", "--no-such-pytest-option")
    assert code == 2 and "pytest refused its arguments" in err


def test_every_test_failing_to_connect_is_exit_3() -> None:
    """Connections lost after the preflight (the harness fails each test with one line)."""

    def result(name: str, status: str, check: str) -> report.Result:
        failure = report.Failure(check, "cannot connect to http://x: connection refused")
        return report.Result(name, "operation", status, failures=[failure],
                             connection_error=check == "connection")  # fmt: skip

    lost = report.Report("icomm-sms", "http://x", [result("GET /a", "failed", "connection")])
    assert lost.cannot_connect()
    lost.results.append(report.Result("GET /b", "operation", "passed"))
    assert not lost.cannot_connect()  # something got through: the failures are failures
    other = report.Report("icomm-sms", "http://x", [result("GET /a", "failed", "Server error")])
    assert not other.cannot_connect()


def test_progress_line_and_eta() -> None:
    now = [100.0]
    stream = io.StringIO()
    progress = report.Progress(stream, clock=lambda: now[0])
    progress.total = 4
    now[0] = 110.0
    progress(report.Result("POST /email", "operation", "passed", requests=25))
    now[0] = 130.0
    progress(report.Result("GET /email/search", "operation", "failed", requests=3))
    first, second = stream.getvalue().splitlines()
    assert first.startswith("[1/4] POST /email ")
    assert first.endswith(" 25 requests  ok      ETA 30s")
    assert "FAILED" in second and second.endswith("ETA 30s")
    assert report.format_duration(80) == "1m20s" and report.format_duration(3700) == "1h01m"


def test_rate_limit_is_shared_by_the_workers() -> None:
    options = runner.Options("inxmail", base_url="http://x", workers=2)
    assert runner.rate_share(options, {}) == "300"  # Inxmail's documented 600/min, halved
    options.rate_limit = 90
    assert runner.rate_share(options, {}) == "45"
    assert runner.environment(options, {})["SENDSPEC_RATE_LIMIT"] == "45"
    options.rate_limit, options.workers = None, 1
    assert "SENDSPEC_RATE_LIMIT" not in runner.environment(options, {})  # the harness decides
    options.allow_destructive = True
    assert runner.environment(options, {})["SENDSPEC_ALLOW_DESTRUCTIVE"] == "1"


def test_curl_and_status_come_from_the_failure_text() -> None:
    text = "[500] Internal Server Error:\n\n    `x`\n\nReproduce with:\n\n    curl -X GET 'http://h/a'\n"
    assert report._curl_in(text) == "curl -X GET 'http://h/a'"
    assert report._status_in(text) == 500
    env = {"SENDSPEC_SMS_API_KEY": "s3cret-key", "SENDSPEC_IOVOX_USERNAME": "demo"}
    assert report.redact("App s3cret-key by demo", env) == f"App {report.FILTERED} by demo"
