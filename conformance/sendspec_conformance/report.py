"""Per-operation results of a conformance run: a pytest plugin, progress lines and reports.

``sendspec conform`` runs a suite with ``-p sendspec_conformance.report``. The plugin names
each test after what it checks (schemathesis' ``test_operation[POST /email]`` is the
operation ``POST /email``; a state machine's ``TestIovoxWorkflow::runTest`` is the scenario
``stateful IovoxWorkflow``), counts the requests each one made, and keeps each failure's
check, message, response status and curl reproduction (schemathesis' "Reproduce with").

Options (all optional; ``sendspec conform`` sets them)::

    --sendspec-shard I/N       run only every N-th test from the I-th (0-based): one worker
    --sendspec-events-fd FD    write one JSON line per event to FD (for the parent process)
    --sendspec-report FORMATS  junit,json: write the reports of this process at the end
    --sendspec-report-dir DIR  where (default .): conform-<provider>.xml / .json
    --sendspec-provider SLUG   the provider named in the reports (default: from the suite)

Without ``--sendspec-events-fd`` the plugin prints the progress lines and the failure table
itself; with it, the parent (``sendspec_conformance.runner``) does, for every worker at once.
Messages and curl commands never carry a credential: schemathesis filters credential headers
and the plugin replaces the values of the ``SENDSPEC_*`` credential variables.
"""

from __future__ import annotations

import base64
import json
import os
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, Any

import pytest

#: report formats ``--report`` takes
FORMATS = ("junit", "json")
STATEFUL_PREFIX = "stateful "
FILTERED = "[Filtered]"
#: how much of a failure message the reports keep
MESSAGE_LIMIT = 4000
_CREDENTIAL_NAME = re.compile(r"KEY|SECRET|TOKEN|PASSWORD")
_CONNECTION_TEXT = re.compile(
    r"Connection refused|Failed to establish a new connection|cannot connect|"
    r"lost the connection to|"
    r"Name or service not known|nodename nor servname|Connection reset|Max retries exceeded",
    re.IGNORECASE,
)
_CONNECTION_TYPES = {
    "ConnectionError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "NewConnectionError",
    "MaxRetryError",
    "ConnectTimeout",
    "ConnectError",
    "Unreachable",
}


# ------------------------------------------------------------------------------ the results
@dataclass
class Failure:
    """One failed check (or error) of one test."""

    check: str
    message: str
    status_code: int | None = None
    curl: str | None = None
    code: str | None = None  # schemathesis' failure code (ST1xx), when it is a check

    @property
    def headline(self) -> str:
        """The message's first non-empty line."""
        return next((line.strip() for line in self.message.splitlines() if line.strip()), "")


@dataclass
class Result:
    """One finished test: an operation or a stateful scenario."""

    name: str  # "POST /email" or "stateful IovoxWorkflow"
    kind: str  # "operation", "stateful" or "test"
    status: str  # "passed", "failed", "error" or "skipped"
    requests: int = 0  # requests it made (examples, their shrinking, a scenario's steps)
    duration: float = 0.0
    failures: list[Failure] = field(default_factory=list)
    reason: str | None = None  # why it was skipped
    connection_error: bool = False  # every failure was "cannot connect"

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["duration"] = round(self.duration, 3)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Result:
        values = dict(data)
        values["failures"] = [Failure(**f) for f in values.get("failures") or []]
        return cls(**{k: v for k, v in values.items() if k in cls.__dataclass_fields__})


@dataclass
class Report:
    """The results of one run (every worker's), in the suite's order."""

    provider: str
    base_url: str | None = None  # None: the emulator
    results: list[Result] = field(default_factory=list)
    order: list[str] = field(default_factory=list)
    duration: float = 0.0
    exit_code: int | None = None

    def sorted_results(self) -> list[Result]:
        index = {name: i for i, name in enumerate(self.order)}
        return sorted(self.results, key=lambda r: index.get(r.name, len(index)))

    @property
    def operations(self) -> list[Result]:
        return [r for r in self.sorted_results() if r.kind != "stateful"]

    @property
    def stateful(self) -> list[Result]:
        return [r for r in self.sorted_results() if r.kind == "stateful"]

    def counts(self) -> dict[str, int]:
        counts = {"total": len(self.results), "passed": 0, "failed": 0, "error": 0, "skipped": 0}
        for result in self.results:
            counts[result.status] = counts.get(result.status, 0) + 1
        return counts

    def failed(self) -> list[Result]:
        return [r for r in self.sorted_results() if r.status in ("failed", "error")]

    def cannot_connect(self) -> bool:
        """Every test that ran failed because the target could not be reached."""
        ran = [r for r in self.results if r.status != "skipped"]
        return bool(ran) and all(r.status != "passed" and r.connection_error for r in ran)

    def as_dict(self) -> dict[str, Any]:
        counts = self.counts()
        return {
            "provider": self.provider,
            "base_url": self.base_url,
            "target": "emulator" if self.base_url is None else "live",
            "operations": [_case_dict(r, "operation") for r in self.operations],
            "stateful": [_case_dict(r, "scenario") for r in self.stateful],
            "summary": {
                **counts,
                "requests": sum(r.requests for r in self.results),
                "duration": round(self.duration, 3),
                "exit_code": self.exit_code,
            },
        }


def _case_dict(result: Result, key: str) -> dict[str, Any]:
    data = result.as_dict()
    out: dict[str, Any] = {key: data.pop("name")}
    data.pop("kind")
    out.update(data)
    return out


# ------------------------------------------------------------------------------ the writers
def write_json(report: Report, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report.as_dict(), indent=2) + "\n", encoding="utf-8")
    return path


def junit_tree(report: Report) -> ET.ElementTree[ET.Element]:
    """JUnit XML: one ``testcase`` per operation (``name="POST /email"``) and per stateful
    scenario, in one ``testsuite`` named after the provider."""
    counts = report.counts()
    root = ET.Element("testsuites")
    suite = ET.SubElement(
        root,
        "testsuite",
        name=f"sendspec conform {report.provider}",
        tests=str(counts["total"]),
        failures=str(counts["failed"]),
        errors=str(counts["error"]),
        skipped=str(counts["skipped"]),
        time=f"{report.duration:.3f}",
    )
    props = ET.SubElement(suite, "properties")
    ET.SubElement(props, "property", name="target", value=report.base_url or "emulator")
    for result in report.sorted_results():
        case = ET.SubElement(
            suite,
            "testcase",
            classname=f"{report.provider}.{result.kind}",
            name=result.name,
            time=f"{result.duration:.3f}",
        )
        if result.status == "skipped":
            ET.SubElement(case, "skipped", message=result.reason or "skipped")
        elif result.status in ("failed", "error"):
            tag = "failure" if result.status == "failed" else "error"
            first = result.failures[0] if result.failures else None
            element = ET.SubElement(
                case,
                tag,
                message=first.headline if first else result.status,
                type=first.check if first else result.status,
            )
            element.text = "\n\n".join(_failure_text(f) for f in result.failures)
        ET.SubElement(case, "system-out").text = f"{result.requests} requests"
    ET.indent(root)
    return ET.ElementTree(root)


def _failure_text(failure: Failure) -> str:
    text = f"{failure.check}"
    if failure.status_code is not None:
        text += f" [{failure.status_code}]"
    text += f"\n{failure.message}"
    if failure.curl:
        text += f"\n\nReproduce with:\n    {failure.curl}"
    return text


def write_junit(report: Report, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    junit_tree(report).write(path, encoding="utf-8", xml_declaration=True)
    return path


def report_paths(provider: str, directory: Path, formats: Iterable[str]) -> dict[str, Path]:
    suffix = {"junit": "xml", "json": "json"}
    return {fmt: directory / f"conform-{provider}.{suffix[fmt]}" for fmt in formats}


def write_reports(report: Report, directory: Path, formats: Iterable[str]) -> list[Path]:
    written = []
    for fmt, path in report_paths(report.provider, directory, formats).items():
        written.append(write_junit(report, path) if fmt == "junit" else write_json(report, path))
    return written


def summary_table(report: Report) -> str:
    """The failures as a table (operation, check, status, first line of the message); ''
    when nothing failed."""
    rows = []
    for result in report.failed():
        for failure in result.failures or [Failure(result.status, "")]:
            status = "-" if failure.status_code is None else str(failure.status_code)
            rows.append((result.name, failure.check, status, failure.headline))
    if not rows:
        return ""
    header = ("operation", "check", "status", "message")
    widths = [min(max(len(r[i]) for r in [header, *rows]), 48) for i in range(3)]
    lines = []
    for row in [header, *rows]:
        cells = [row[i][: widths[i]].ljust(widths[i]) for i in range(3)]
        lines.append("  ".join([*cells, row[3][:100]]).rstrip())
    lines.insert(1, "  ".join("-" * w for w in [*widths, 7]))
    return "\n".join(lines)


def format_duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    minutes, secs = divmod(seconds, 60)
    if minutes >= 60:
        return f"{minutes // 60}h{minutes % 60:02d}m"
    return f"{minutes}m{secs:02d}s" if minutes else f"{secs}s"


class Progress:
    """``[12/47] POST /email  25 requests  ok  ETA 1m20s``: one line per finished test."""

    def __init__(self, stream: IO[str] | None = None, clock: Any = time.monotonic) -> None:
        self.stream = stream
        self.clock = clock
        self.started = clock()
        self.total = 0
        self.done = 0

    def line(self, result: Result) -> str:
        self.done += 1
        total = max(self.total, self.done)
        elapsed = self.clock() - self.started
        remaining = total - self.done
        eta = f"ETA {format_duration(elapsed / self.done * remaining)}" if remaining else "done"
        word = {"passed": "ok", "failed": "FAILED", "error": "ERROR", "skipped": "skipped"}
        width = len(str(total))
        text = (
            f"[{self.done:>{width}}/{total}] {result.name:<36} "
            f"{result.requests:>4} requests  {word.get(result.status, result.status):<7} {eta}"
        )
        if result.status == "skipped" and result.reason:
            text += f"  ({result.reason[:80]})"
        return text

    def __call__(self, result: Result) -> None:
        text = self.line(result)
        if self.stream is not None:
            self.stream.write(text + "\n")
            self.stream.flush()


# -------------------------------------------------------------------- failures from exceptions
def redact(text: str, environ: Mapping[str, str] | None = None) -> str:
    """``text`` without the values of the credential variables (``SENDSPEC_*KEY|SECRET|...``,
    and Inxmail's Basic token made of its id and secret)."""
    env = os.environ if environ is None else environ
    secrets = [
        value
        for name, value in env.items()
        if name.startswith("SENDSPEC_") and _CREDENTIAL_NAME.search(name) and len(value) >= 4
    ]
    user, secret = env.get("SENDSPEC_INXMAIL_CLIENT_ID"), env.get("SENDSPEC_INXMAIL_SECRET")
    if user and secret:
        secrets.append(base64.b64encode(f"{user}:{secret}".encode()).decode())
    for value in sorted(secrets, key=len, reverse=True):
        text = text.replace(value, FILTERED)
    return text


_CURL = re.compile(r"Reproduce with:\s*\n\s*\n?(?P<curl>(?:[ \t]+\S.*\n?)+)")
_STATUS = re.compile(r"^\[(?P<status>\d{3})\] ", re.MULTILINE)


def _curl_in(text: str) -> str | None:
    match = _CURL.search(text)
    if match is None:
        return None
    lines = [line.strip() for line in match.group("curl").splitlines()]
    return " ".join(line for line in lines if line) or None


def _status_in(text: str) -> int | None:
    match = _STATUS.search(text)
    return int(match.group("status")) if match else None


def _text_of(exc: BaseException) -> str:
    notes = "\n".join(getattr(exc, "__notes__", None) or [])
    message = getattr(exc, "message", None)
    text = message if isinstance(message, str) and message else str(exc)
    return f"{text}\n{notes}" if notes else text


def _is_connection_error(exc: BaseException) -> bool:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if any(cls.__name__ in _CONNECTION_TYPES for cls in type(current).__mro__):
            return True
        current = current.__cause__ or current.__context__
    return bool(_CONNECTION_TEXT.search(str(exc)))


def _leaves(exc: BaseException) -> Iterator[tuple[BaseException, BaseException]]:
    """(schemathesis failure group or plain exception, its enclosing group) pairs."""
    from schemathesis.core.failures import FailureGroup

    if isinstance(exc, FailureGroup) or not isinstance(exc, BaseExceptionGroup):
        yield exc, exc
        return
    for sub in exc.exceptions:
        yield from _leaves(sub)


def failures_of(exc: BaseException) -> list[Failure]:
    """The failures an exception a test raised carries: one per schemathesis check failure
    (its check title, code, message, the response status and the curl of the case), or one
    for any other exception (its type and message, and a curl when schemathesis noted one)."""
    from schemathesis.core.failures import FailureGroup

    out: list[Failure] = []
    for leaf, _ in _leaves(exc):
        text = redact(_text_of(leaf))
        curl, status = _curl_in(text), _status_in(text)
        if isinstance(leaf, FailureGroup):
            for check in leaf.exceptions:
                message = redact(check.message or check.title)[:MESSAGE_LIMIT]
                code = getattr(check, "code", None)
                out.append(Failure(check.title, message, status, curl, code))
        else:
            message = text.split("\nReproduce with:", 1)[0].strip() or type(leaf).__name__
            out.append(Failure(type(leaf).__name__, message[:MESSAGE_LIMIT], status, curl))
    return out


# ------------------------------------------------------------------------------ the plugin
def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("sendspec", "sendspec conform reports")
    group.addoption("--sendspec-shard", default=None, metavar="I/N")
    group.addoption("--sendspec-events-fd", type=int, default=None, metavar="FD")
    group.addoption("--sendspec-report", default=None, metavar="FORMATS")
    group.addoption("--sendspec-report-dir", default=".", metavar="DIR")
    group.addoption("--sendspec-provider", default=None, metavar="SLUG")


def pytest_configure(config: pytest.Config) -> None:
    if config.pluginmanager.has_plugin("sendspec-conform-collector"):
        return
    config.pluginmanager.register(Collector(config), "sendspec-conform-collector")


def parse_shard(text: str | None) -> tuple[int, int] | None:
    if not text:
        return None
    index, _, count = text.partition("/")
    shard = int(index), int(count)
    if not 0 <= shard[0] < shard[1]:
        raise pytest.UsageError(f"--sendspec-shard {text}: want I/N with 0 <= I < N")
    return shard


def test_name(item: pytest.Item) -> tuple[str, str]:
    """(name, kind) of a collected test: an operation's label, ``stateful <Machine>`` for a
    schemathesis state machine, else pytest's name."""
    label = getattr(item, "operation_label", None)
    if isinstance(label, str) and label:
        return label, "operation"
    cls = getattr(item, "cls", None)
    if cls is not None:
        from schemathesis.generation.stateful.state_machine import StatefulSchemaMark

        if StatefulSchemaMark.is_set(cls):
            return STATEFUL_PREFIX + cls.__qualname__.removesuffix(".TestCase"), "stateful"
    return item.name, "test"


def shard_of(items: list[pytest.Item], count: int) -> list[int]:
    """The shard of each item: operations round-robin from shard 0, stateful scenarios (the
    longest tests) round-robin from the last shard, so the shards' work stays even."""
    out, operations, scenarios = [], 0, 0
    for item in items:
        if test_name(item)[1] == "stateful":
            out.append((count - 1 - scenarios) % count)
            scenarios += 1
        else:
            out.append(operations % count)
            operations += 1
    return out


class Collector:
    """Names, times and counts every test, keeps its failures and hands each finished
    ``Result`` to the progress printer or the parent process."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.shard = parse_shard(config.getoption("sendspec_shard"))
        fd = config.getoption("sendspec_events_fd")
        self.events: IO[str] | None = os.fdopen(fd, "w", buffering=1) if fd is not None else None
        formats = config.getoption("sendspec_report")
        self.formats = [f for f in (formats or "").split(",") if f]
        self.report = Report(provider=config.getoption("sendspec_provider") or "")
        self.report.base_url = os.environ.get("SENDSPEC_BASE_URL") or None
        self.progress = Progress(None if self.events else sys.stdout)
        self.current: Result | None = None
        self._hook: Any = None
        self._register_counter()

    # requests per test: schemathesis' after_call hook
    def _register_counter(self) -> None:
        try:
            import schemathesis
        except ImportError:  # pragma: no cover - the suites need it
            return

        def after_call(context: Any, case: Any, response: Any) -> None:
            if self.current is not None:
                self.current.requests += 1

        self._hook = schemathesis.hook("after_call")(after_call)

    def pytest_unconfigure(self, config: pytest.Config) -> None:
        if self._hook is not None:
            from schemathesis.hooks import GLOBAL_HOOK_DISPATCHER

            GLOBAL_HOOK_DISPATCHER.unregister(self._hook)
        if self.events is not None:
            self.events.close()

    def emit(self, event: str, **data: Any) -> None:
        if self.events is not None:
            self.events.write(json.dumps({"event": event, **data}) + "\n")

    @pytest.hookimpl(trylast=True)
    def pytest_collection_modifyitems(
        self, session: pytest.Session, config: pytest.Config, items: list[pytest.Item]
    ) -> None:
        if not self.report.provider and items:
            module = getattr(items[0], "module", None)
            name = getattr(module, "__name__", "").rpartition(".")[2]
            self.report.provider = name.removeprefix("test_").replace("_", "-")
        self.report.order = [test_name(item)[0] for item in items]
        selected = items
        if self.shard is not None:
            index, count = self.shard
            shards = shard_of(items, count)
            selected = [item for item, at in zip(items, shards, strict=True) if at == index]
            deselected = [item for item, at in zip(items, shards, strict=True) if at != index]
            if deselected:
                config.hook.pytest_deselected(items=deselected)
            items[:] = selected
        self.progress.total = len(self.report.order)
        self.emit(
            "collected",
            provider=self.report.provider,
            order=self.report.order,
            selected=[test_name(item)[0] for item in selected],
        )

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_protocol(self, item: pytest.Item, nextitem: pytest.Item | None) -> Any:
        name, kind = test_name(item)
        self.current = Result(name, kind, "passed")
        started = time.monotonic()
        try:
            return (yield)
        finally:
            result, self.current = self.current, None
            result.duration = time.monotonic() - started
            result.connection_error = bool(result.failures) and all(
                f.check == "cannot connect" for f in result.failures
            )
            for failure in result.failures:
                if failure.check == "cannot connect":
                    failure.check = "connection"
            self.finished(result)

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(self, item: pytest.Item, call: pytest.CallInfo[Any]) -> Any:
        report: pytest.TestReport = yield
        result = self.current
        if result is None:
            return report
        if report.skipped and call.when in ("setup", "call") and result.status == "passed":
            result.status = "skipped"
            result.reason = _skip_reason(report)
        elif report.failed:
            # a failure in the test is "failed", one in setup/teardown (or a non-check
            # exception with no response, e.g. cannot connect) is "error"
            exc = call.excinfo.value if call.excinfo is not None else None
            if exc is None:
                failures = [Failure("pytest", redact(str(report.longrepr))[:MESSAGE_LIMIT])]
            else:
                failures = failures_of(exc)
                if _is_connection_error(exc):
                    for failure in failures:
                        failure.check = "cannot connect"
            result.failures.extend(failures)
            if result.status != "failed":
                result.status = "failed" if call.when == "call" else "error"
        return report

    @pytest.hookimpl(wrapper=True)
    def pytest_report_teststatus(self, report: pytest.TestReport, config: pytest.Config) -> Any:
        """No pytest dots (the progress lines say more), unless pytest was asked for -v."""
        outcome = yield
        if outcome and config.get_verbosity() <= 0:
            category, _letter, word = outcome
            return category, "", word
        return outcome

    def finished(self, result: Result) -> None:
        self.report.results.append(result)
        if self.events is not None:
            self.emit("result", **result.as_dict())
        else:
            self.progress(result)

    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        self.report.duration = time.monotonic() - self.progress.started
        self.report.exit_code = int(exitstatus)
        self.emit("done", exitstatus=int(exitstatus))
        if self.events is None and self.formats:
            directory = Path(self.config.getoption("sendspec_report_dir"))
            write_reports(self.report, directory, self.formats)

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if self.events is not None:
            return
        table = summary_table(self.report)
        if table:
            terminalreporter.write_sep("=", "conformance failures")
            terminalreporter.write_line(table)


def _skip_reason(report: pytest.TestReport) -> str:
    longrepr = report.longrepr
    if isinstance(longrepr, tuple) and len(longrepr) == 3:
        return str(longrepr[2]).removeprefix("Skipped: ")
    return str(longrepr or "skipped")
