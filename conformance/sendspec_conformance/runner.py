"""``sendspec conform``: run a provider's suite in one or more pytest processes, show one
progress line per finished operation, merge the workers' results into one report and one
exit code.

Each worker is ``python -m pytest <suite> -p sendspec_conformance.report`` with its shard
(``--sendspec-shard I/N``: every N-th test from the I-th, so operations spread over the
processes, and each process starts its own emulator) and a pipe (``--sendspec-events-fd``)
on which it sends a JSON line per finished test. The parent reads every pipe as lines arrive
(no polling) and prints the progress lines; then the workers' pytest output (failure details),
a failure table, and writes the JUnit and JSON reports.

Exit codes: 0 every test passed (or was skipped), 1 a test failed, 2 usage (bad options,
pytest's usage errors, nothing selected), 3 the target cannot be reached or refuses the
credentials (the preflight before any test, or every test failing to connect).
"""

from __future__ import annotations

import json
import os
import re
import selectors
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from . import suite_path
from .report import (
    FORMATS,
    STATEFUL_PREFIX,
    Progress,
    Report,
    Result,
    summary_table,
    write_reports,
)

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_UNREACHABLE = 0, 1, 2, 3
#: pytest's exit codes (pytest.ExitCode) without importing pytest in the parent
PYTEST_OK, PYTEST_FAILED, PYTEST_INTERRUPTED, PYTEST_INTERNAL, PYTEST_USAGE, PYTEST_NONE = range(6)


#: the line of a harness' pytest.exit (preflight failed in the worker)
_HARNESS_EXIT = re.compile(r"sendspec: (.+?)(?: !+)?$", re.MULTILINE)


class UsageError(ValueError):
    """Options ``run`` refuses (exit 2)."""


@dataclass
class Options:
    provider: str
    max_examples: int = 25
    base_url: str | None = None
    allow_writes: bool = False
    allow_destructive: bool = False
    rate_limit: int | None = None  # requests per minute (None: the provider's documented one)
    workers: int = 1
    reports: list[str] = field(default_factory=list)  # "junit", "json"
    report_dir: Path = Path(".")
    pytest_args: list[str] = field(default_factory=list)


def parse_reports(text: str) -> list[str]:
    """``junit,json`` -> ["junit", "json"]; an unknown format is a UsageError."""
    formats = [part.strip().lower() for part in text.split(",") if part.strip()]
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise UsageError(f"--report {text!r}: choose from {', '.join(FORMATS)} (comma-separated)")
    return list(dict.fromkeys(formats))


def environment(options: Options, environ: Mapping[str, str]) -> dict[str, str]:
    """The workers' environment: ``environ`` plus the harness' SENDSPEC_* settings."""
    if options.workers < 1:
        raise UsageError(f"--workers {options.workers}: at least 1")
    if options.max_examples < 1:
        raise UsageError(f"--max-examples {options.max_examples}: at least 1")
    if options.rate_limit is not None and options.rate_limit < 0:
        raise UsageError(f"--rate-limit {options.rate_limit}: requests per minute, 0: no limit")
    env = dict(environ)
    env["SENDSPEC_MAX_EXAMPLES"] = str(options.max_examples)
    env.pop("SENDSPEC_BASE_URL", None)
    if options.base_url:
        env["SENDSPEC_BASE_URL"] = options.base_url
        env["SENDSPEC_ALLOW_WRITES"] = "1" if options.allow_writes else "0"
    if options.allow_destructive:
        env["SENDSPEC_ALLOW_DESTRUCTIVE"] = "1"
    share = rate_share(options, environ)
    if share is not None:
        env["SENDSPEC_RATE_LIMIT"] = share
    return env


def rate_share(options: Options, environ: Mapping[str, str]) -> str | None:
    """``SENDSPEC_RATE_LIMIT`` for each worker: the limit is the run's, so N workers each
    keep to 1/N of ``--rate-limit`` (or of ``SENDSPEC_RATE_LIMIT``, or against a live URL of
    the provider's documented limit); None: leave it to the harness (one worker)."""
    rate: float | None = None
    if options.rate_limit is not None:
        rate = float(options.rate_limit)
    elif options.workers > 1:
        text = environ.get("SENDSPEC_RATE_LIMIT", "").strip()
        if text:
            try:
                rate = float(text)
            except ValueError:
                return None  # the harness reports it
        elif options.base_url:
            rate = documented_rate_limit(options.provider)
    if rate is None:
        return None
    return f"{rate / options.workers:g}" if rate else "0"


def documented_rate_limit(slug: str) -> float | None:
    """Requests per minute for a live run of ``slug``: its spec's, else the harness' default."""
    try:
        from . import live
    except ImportError:  # pragma: no cover - shipped together
        return None
    documented = live.documented_rate_limit(slug)
    return float(documented) if documented is not None else float(live.UNDOCUMENTED_RATE_LIMIT)


def preflight(options: Options) -> str | None:
    """None when the live target answers an authenticated request; else the one-line reason
    (unreachable or credentials refused). Nothing to check against the emulator."""
    if not options.base_url:
        return None
    try:
        from . import live
    except ImportError:  # pragma: no cover - shipped together
        return None
    try:
        live.preflight(options.provider, options.base_url)
    except live.PreflightError as exc:
        return " ".join(str(exc).split()) or type(exc).__name__
    return None


def pytest_command(
    options: Options, shard: tuple[int, int] | None, events_fd: int | None
) -> list[str]:
    cmd = [sys.executable, "-m", "pytest", str(suite_path(options.provider)), "-q"]
    cmd += ["-p", "no:cacheprovider", "-p", "sendspec_conformance.report"]
    # no pytest percentages (they counted tests, not operations): the progress lines say it
    cmd += ["-o", "console_output_style=classic"]
    cmd += ["--sendspec-provider", options.provider]
    if shard is not None:
        cmd += ["--sendspec-shard", f"{shard[0]}/{shard[1]}"]
    if events_fd is not None:
        cmd += ["--sendspec-events-fd", str(events_fd)]
    elif options.reports:
        cmd += ["--sendspec-report", ",".join(options.reports)]
        cmd += ["--sendspec-report-dir", str(options.report_dir)]
    return cmd + list(options.pytest_args)


@dataclass
class Worker:
    index: int
    process: subprocess.Popen[bytes]
    events: IO[bytes]
    output: IO[bytes]  # its pytest output
    buffer: bytes = b""
    selected: list[str] | None = None
    results: int = 0
    exitstatus: int | None = None


class Run:
    """The merged state of every worker's events."""

    def __init__(self, options: Options, out: IO[str]) -> None:
        self.options = options
        self.out = out
        self.report = Report(options.provider, options.base_url or None)
        self.progress = Progress(out)

    def event(self, worker: Worker, data: dict[str, Any]) -> None:
        kind = data.get("event")
        if kind == "collected":
            worker.selected = list(data.get("selected") or [])
            if not self.report.order:
                self.report.order = list(data.get("order") or [])
                self.progress.total = len(self.report.order)
                # the ETA counts from the first collected suite, not the workers' start-up
                self.progress.started = self.progress.clock()
        elif kind == "result":
            result = Result.from_dict(data)
            worker.results += 1
            self.report.results.append(result)
            self.progress(result)
        elif kind == "done":
            worker.exitstatus = int(data.get("exitstatus", PYTEST_INTERNAL))


def _read_events(run: Run, workers: Sequence[Worker]) -> None:
    selector = selectors.DefaultSelector()
    for worker in workers:
        selector.register(worker.events, selectors.EVENT_READ, worker)
    open_pipes = len(workers)
    while open_pipes:
        for key, _ in selector.select():
            worker = key.data
            chunk = os.read(worker.events.fileno(), 65536)
            if not chunk:
                selector.unregister(worker.events)
                worker.events.close()
                open_pipes -= 1
                continue
            worker.buffer += chunk
            *lines, worker.buffer = worker.buffer.split(b"\n")
            for line in lines:
                if line.strip():
                    try:
                        run.event(worker, json.loads(line))
                    except ValueError:
                        continue
    selector.close()


def _start(options: Options, env: Mapping[str, str], index: int) -> Worker:
    read_fd, write_fd = os.pipe()
    shard = (index, options.workers) if options.workers > 1 else None
    # its pytest output (failure details) is printed after the progress lines, whole
    output = tempfile.TemporaryFile()  # noqa: SIM115
    try:
        process = subprocess.Popen(
            pytest_command(options, shard, write_fd),
            env=dict(env),
            pass_fds=(write_fd,),
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    except BaseException:
        os.close(read_fd)
        raise
    finally:
        os.close(write_fd)  # the worker holds it: EOF when the worker ends
    return Worker(index, process, os.fdopen(read_fd, "rb", buffering=0), output)


def _not_run(report: Report, workers: Sequence[Worker]) -> None:
    """A worker that stopped early (``-x``, a crash, the harness' exit) leaves its remaining
    tests in the report as skipped with the reason, so every operation is still named."""
    finished = {r.name for r in report.results}
    for worker in workers:
        for name in worker.selected or ():
            if name in finished:
                continue
            kind = "stateful" if name.startswith(STATEFUL_PREFIX) else "operation"
            reason = f"not run: its worker ended first (pytest exit {worker.process.returncode})"
            report.results.append(Result(name, kind, "skipped", reason=reason))


def exit_code(report: Report, workers: Sequence[Worker]) -> tuple[int, str | None]:
    """The run's exit code and, for 2 and 3, why."""
    codes = [w.process.returncode for w in workers]
    if any(code == PYTEST_USAGE for code in codes):
        return EXIT_USAGE, "pytest refused its arguments (see above)"
    # the harness ends a worker with 3 before its first test when its preflight fails
    if any(w.process.returncode == EXIT_UNREACHABLE and not w.results for w in workers):
        return EXIT_UNREACHABLE, None
    if report.cannot_connect():
        line = next(f for r in report.failed() for f in r.failures).headline[:200]
        if report.base_url is None or report.base_url not in line:
            line = f"cannot connect to {report.base_url or 'the emulator'}: {line}"
        return EXIT_UNREACHABLE, line
    if report.failed():
        return EXIT_FAILED, None
    # a worker that failed without a failing test: collection error, crash, after-run check
    if any(code not in (PYTEST_OK, PYTEST_NONE) for code in codes):
        return EXIT_FAILED, None
    if not report.results:  # every shard empty: -k matched nothing
        return EXIT_USAGE, "no test selected"
    return EXIT_OK, None


def run(options: Options, out: IO[str] | None = None, err: IO[str] | None = None) -> int:
    """Run the suite as ``options`` say; the exit code (0/1/2/3)."""
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        env = environment(options, os.environ)
    except UsageError as exc:
        print(f"error: {exc}", file=err)
        return EXIT_USAGE
    reason = preflight(options)
    if reason is not None:
        print(f"error: {reason}", file=err)
        return EXIT_UNREACHABLE
    started = time.monotonic()
    run_ = Run(options, out)
    workers: list[Worker] = []
    try:
        for index in range(options.workers):
            workers.append(_start(options, env, index))
        _read_events(run_, workers)
        for worker in workers:
            worker.process.wait()
    except KeyboardInterrupt:
        print("interrupted", file=err)
        return 130
    finally:  # an interrupted or failed run leaves no worker behind
        for worker in workers:
            if worker.process.poll() is None:
                worker.process.terminate()
                worker.process.wait()
    report = run_.report
    report.duration = time.monotonic() - started
    _not_run(report, workers)
    code, why = exit_code(report, workers)
    report.exit_code = code
    out.flush()
    outputs = []
    for worker in workers:
        worker.output.seek(0)
        outputs.append(worker.output.read().decode("utf-8", "replace").strip())
        worker.output.close()
    if code == EXIT_UNREACHABLE and why is None:  # the harness' one line (pytest.exit)
        found = (m.group(1) for m in map(_HARNESS_EXIT.search, outputs) if m)
        why = next(found, "the target cannot be tested (see the workers' output)")
    for worker, text in zip(workers, outputs, strict=True):
        # unreachable: the same connection error in every test says nothing more than one line
        if text and code != EXIT_UNREACHABLE:
            if options.workers > 1:
                print(f"---- worker {worker.index + 1}/{options.workers} ----", file=out)
            print(text, file=out)
    table = summary_table(report)
    if table:
        print("\nconformance failures:", file=out)
        print(table, file=out)
    counts = report.counts()
    print(
        f"{options.provider}: {counts['passed']} passed, {counts['failed']} failed,"
        f" {counts['error']} errors, {counts['skipped']} skipped"
        f" in {report.duration:.1f}s ({options.workers} worker"
        f"{'s' if options.workers > 1 else ''})",
        file=out,
    )
    if options.reports:
        for path in write_reports(report, options.report_dir, options.reports):
            print(f"report: {path}", file=out)
    if why is not None:
        print(f"error: {why}", file=err)
    return code
