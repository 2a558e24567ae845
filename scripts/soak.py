#!/usr/bin/env python3
"""Soak probes (``make soak``): longer hostile-but-fair runs against the emulators, each served
by ``sendspec emulate`` in its own process on loopback, each bounded in time and memory, each
reporting figures to a Markdown report. Nothing here is a pass/fail test (the bounded
reliability tests are in tests/); the figures are for issue 11's before/after notes.

1. Freeze time: one hostile request (a JSON array of ints POSTed to iovox
   ``/email/address/proxy``, 0.2 MB and 10 MB) while ``/_emulator/health`` is polled every
   10 ms: the longest health wait, the hostile request's own time, the server's peak RSS and
   whether it stops on SIGTERM.
2. Body caps: a ladder of body sizes per provider: the smallest answered 413, and whether
   anything was stored (rows counted in the emulator's ``--db`` file); a chunked body (no
   Content-Length) twice that size.
3. Slow clients: a body shorter than its Content-Length and partial headers (how long the
   server holds each connection), N idle connections (how many are still held after the
   window, and whether a normal request is served meanwhile).
4. Durability: repeated ``kill -9`` of an emulator on a ``--db`` file while clients send:
   acknowledged sends lost after restart, ``PRAGMA integrity_check``.
5. Concurrency: 16 concurrent clients per provider (sends and lists): 5xx, p50/p99, RSS.
6. Two processes on one ``--db`` file, one seeding heavily, the other answering sends:
   500s vs 503/429.
7. Client deadline accuracy: the overlay client's wall time under injected latency and
   503 + Retry-After, with ``timeout=1.0`` (and a total-deadline option when the client has
   one) against the requested bound.

Every emulator is killed if its RSS passes 3 GB; every wait has a wall-clock cap, reported
as "> N s". ``--quick`` runs each probe briefly (about a minute in all); the default run
takes under ten minutes. Run it with another checkout's interpreter (e.g.
``/tmp/old/.venv/bin/python scripts/soak.py``) to measure that checkout's code.
"""

from __future__ import annotations

import argparse
import contextlib
import inspect
import itertools
import os
import platform
import random
import select
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import sendspec_emulator

ROOT = Path(__file__).resolve().parent.parent
RSS_CAP = 3 * 2**30
MB = 2**20
IOVOX = {"username": "demo", "secureKey": "demo-secure-key"}
SMS = {"Authorization": "App demo-api-key"}
ICOMMKT = {"X-Trx-Api-Key": "demo-server-token"}
INXMAIL_AUTH = ("demo-client", "demo-secret")
HAL = {
    "Accept": "application/hal+json,application/problem+json",
    "Content-Type": "application/hal+json",
}
#: every emulator this run started, killed at exit whatever happened
LIVE: list[Emulator] = []


def log(message: str) -> None:
    print(f"[soak {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def proc_status(pid: int) -> dict[str, int]:
    """VmRSS / VmHWM of a process in bytes (from /proc; empty once it has exited)."""
    values: dict[str, int] = {}
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                key, _, rest = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    values[key] = int(rest.split()[0]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return values


def mb(n: float) -> str:
    return f"{n / MB:.0f} MB"


def secs(value: float | None, cap: float) -> str:
    return f"> {cap:.0f} s" if value is None else f"{value:.2f} s"


class Emulator:
    """``sendspec emulate SLUG`` in its own process (own session) on a free loopback port, with
    a watchdog that kills it when its RSS passes :data:`RSS_CAP`."""

    def __init__(self, slug: str, *args: str, db: Path | None = None) -> None:
        self.slug, self.args, self.db = slug, list(args), db
        self.log_path = Path(tempfile.mkstemp(prefix=f"soak-{slug}-", suffix=".log")[1])
        self.peak_rss = 0
        self.rss_killed = False
        self.term_seconds: float | None = None  # time SIGTERM took to stop it, None: ignored
        self.stopped_by = ""
        self.proc: subprocess.Popen[str] | None = None
        self.final_tracebacks: int | None = None
        self.killing = False  # set before kill -9, so clients tell its errors from others

    # lifecycle --------------------------------------------------------------------------
    def start(self, startup_seconds: float = 60) -> Emulator:
        self.port = free_port()
        command = shutil.which("sendspec", path=str(Path(sys.executable).parent)) or "sendspec"
        cmd = [command, "emulate", self.slug, "--port", str(self.port)]
        if self.db is not None:
            cmd += ["--db", str(self.db)]
        if self.slug == "inxmail":
            cmd += ["--rate-limit", "0"]
        cmd += self.args
        with open(self.log_path, "ab") as err:
            self.proc = subprocess.Popen(
                cmd, stdout=subprocess.PIPE, stderr=err, text=True, start_new_session=True
            )
        LIVE.append(self)
        first_line = threading.Event()
        self._line = ""

        def drain() -> None:
            assert self.proc is not None and self.proc.stdout is not None
            for i, line in enumerate(self.proc.stdout):
                if i == 0:
                    self._line = line.strip()
                    first_line.set()
            first_line.set()

        threading.Thread(target=drain, daemon=True).start()
        threading.Thread(target=self._watch, daemon=True).start()
        self.root_url = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + startup_seconds
        first_line.wait(startup_seconds)
        while True:
            try:
                httpx.get(f"{self.root_url}/_emulator/health", timeout=5).raise_for_status()
                break
            except httpx.HTTPError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    self.kill()
                    raise RuntimeError(
                        f"sendspec emulate {self.slug} did not start (log: {self.log_path})"
                    ) from None
                time.sleep(0.05)
        token = self._line.rsplit(" ", 1)[-1]
        self.base_url = token if token.startswith("http") else self.root_url
        self.peak_rss = max(self.peak_rss, self.hwm())
        return self

    def _watch(self) -> None:
        proc = self.proc
        assert proc is not None
        while proc.poll() is None:
            status = proc_status(proc.pid)
            self.peak_rss = max(self.peak_rss, status.get("VmHWM", 0), status.get("VmRSS", 0))
            if status.get("VmRSS", 0) > RSS_CAP:
                self.rss_killed = True
                log(f"{self.slug}: RSS {mb(status['VmRSS'])} > {mb(RSS_CAP)}: kill -9")
                self.kill()
                return
            time.sleep(0.1)

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def rss(self) -> int:
        return proc_status(self.pid).get("VmRSS", 0)

    def hwm(self) -> int:
        return proc_status(self.pid).get("VmHWM", 0)

    def kill(self) -> None:
        if self.alive():
            assert self.proc is not None
            self.peak_rss = max(self.peak_rss, self.hwm())
            self.killing = True
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=30)
            self.stopped_by = self.stopped_by or "kill -9"

    def stop(self, grace: float = 10) -> None:
        """SIGTERM, then kill -9 after ``grace`` seconds (``term_seconds`` tells which)."""
        if not self.alive():
            return
        assert self.proc is not None
        self.peak_rss = max(self.peak_rss, self.hwm())
        started = time.perf_counter()
        self.proc.terminate()
        try:
            self.proc.wait(timeout=grace)
            self.term_seconds = time.perf_counter() - started
            self.stopped_by = "SIGTERM"
        except subprocess.TimeoutExpired:
            self.kill()
            self.stopped_by = f"SIGTERM ignored for {grace:.0f} s, kill -9"

    def tracebacks(self) -> int:
        if self.final_tracebacks is not None:
            return self.final_tracebacks
        try:
            return self.log_path.read_text(errors="replace").count("Traceback")
        except OSError:
            return 0

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
        self.final_tracebacks = self.tracebacks()
        with contextlib.suppress(OSError):
            self.log_path.unlink()


def db_rows(path: Path, ignore: frozenset[str] = frozenset()) -> int:
    """Rows in every table of an emulator's SQLite file but ``ignore`` (read-only, beside the
    server)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    try:
        names = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
            if row[0] not in ignore
        ]
        return sum(conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names)
    finally:
        conn.close()


def db_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def run_capped(fn: Callable[[], Any], cap: float) -> tuple[Any, float | None]:
    """(result or exception, seconds) of ``fn`` in a daemon thread; seconds is None when it did
    not finish within ``cap`` (the thread is left to end with the server it waits on)."""
    box: dict[str, Any] = {}

    def target() -> None:
        started = time.perf_counter()
        try:
            box["result"] = fn()
        except Exception as exc:  # reported, never raised: a probe measures failures
            box["result"] = exc
        box["seconds"] = time.perf_counter() - started

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(cap)
    if thread.is_alive():
        return None, None
    return box["result"], box["seconds"]


def outcome(result: Any) -> str:
    if isinstance(result, httpx.Response):
        return str(result.status_code)
    if isinstance(result, BaseException):
        return type(result).__name__
    return "no answer" if result is None else str(result)


@dataclass
class Settings:
    quick: bool
    freeze_cap: float = 60
    freeze_sizes: tuple[int, ...] = (100_000, 5_000_000)
    ladder: tuple[int, ...] = (1, 5, 10, 50, 100)
    request_cap: float = 60
    hold_cap: float = 60
    idle_connections: int = 800
    idle_window: float = 30
    kill_runs: int = 13
    concurrency: int = 16
    concurrency_seconds: float = 12
    concurrency_providers: tuple[str, ...] = (
        "iovox-email",
        "icomm-sms",
        "icommkt-email",
        "inxmail",
    )
    two_process_seconds: float = 20
    seed_count: int = 400_000
    retry_after: int = 8
    notes: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, quick: bool) -> Settings:
        if not quick:
            return cls(quick=False)
        return cls(
            quick=True,
            freeze_cap=10,
            freeze_sizes=(100_000,),
            ladder=(1, 10),
            request_cap=20,
            hold_cap=15,  # past the emulators' 10 s read timeout
            idle_connections=200,
            idle_window=15,
            kill_runs=3,
            concurrency_seconds=4,
            concurrency_providers=("iovox-email",),
            two_process_seconds=6,
            seed_count=200_000,
            retry_after=2,
        )


# 1. freeze time ------------------------------------------------------------------------------
def int_array(count: int) -> str:
    return "[" + ",".join(["1"] * count) + "]"


#: (provider, path, headers, the hostile body around an array of N ints)
HOSTILE: dict[str, tuple[str, str, dict[str, str], Callable[[int], bytes]]] = {
    "iovox `POST /email/address/proxy`": (
        "iovox-email",
        "/email/address/proxy",
        {**IOVOX, "Content-Type": "application/json"},
        lambda n: int_array(n).encode(),
    ),
    "ICOMMKT `POST /email/batch`": (
        "icommkt-email",
        "/email/batch",
        {**ICOMMKT, "Content-Type": "application/json"},
        lambda n: int_array(n).encode(),
    ),
    "SMS `POST /sms/3/messages` (destinations)": (
        "icomm-sms",
        "/sms/3/messages",
        {**SMS, "Content-Type": "application/json"},
        lambda n: (
            '{"messages":[{"sender":"InfoSMS","destinations":'
            + int_array(n)
            + ',"content":{"text":"x"}}]}'
        ).encode(),
    ),
}


def freeze_one(s: Settings, target: str, count: int) -> str:
    """One table row: ``count`` ints in a hostile body against a health poll every 10 ms."""
    slug, path, headers, make = HOSTILE[target]
    body = make(count)
    label = f"{target}: {count:,} ints ({len(body) / 1e6:.1f} MB)"
    log(f"freeze: {label}")
    stop = threading.Event()
    waits: list[float] = []
    inflight: list[float] = []
    with Emulator(slug) as emu, httpx.Client(timeout=s.freeze_cap + 30) as poll:
        before = []
        for _ in range(20):
            started = time.perf_counter()
            poll.get(f"{emu.root_url}/_emulator/health")
            before.append(time.perf_counter() - started)
            time.sleep(0.01)

        def poller() -> None:
            while not stop.is_set():
                started = time.perf_counter()
                inflight[:] = [started]
                try:
                    poll.get(f"{emu.root_url}/_emulator/health")
                except httpx.HTTPError:
                    return  # the server went away (stopped at the cap)
                inflight.clear()
                waits.append(time.perf_counter() - started)
                time.sleep(0.01)

        thread = threading.Thread(target=poller, daemon=True)
        thread.start()
        time.sleep(0.1)
        result, took = run_capped(
            lambda: httpx.post(
                f"{emu.base_url}{path}",
                content=body,
                headers=headers,
                timeout=s.freeze_cap + 30,
            ),
            s.freeze_cap,
        )
        time.sleep(0.2)  # a few polls after the hostile request
        now = time.perf_counter()
        pending = [now - t for t in inflight]
        longest = max(waits + pending, default=0.0)
        emu.stop(grace=10)  # SIGTERM while (maybe) still busy
        stop.set()
        thread.join(5)
    answer = outcome(result)
    if isinstance(result, httpx.Response):
        size = len(result.content)
        answer += f", {size / 1e6:.1f} MB body" if size >= 100_000 else f", {size:,} B body"
    return (
        f"| {label} | {answer} | {secs(took, s.freeze_cap)} | "
        f"{longest:.3f} s{' (still waiting)' if pending and took is None else ''} | "
        f"{len(waits)} | {statistics.median(before) * 1000:.1f} ms | {mb(emu.peak_rss)}"
        f"{' (killed at the RSS cap)' if emu.rss_killed else ''} | {emu.stopped_by} |"
    )


def freeze(s: Settings) -> list[str]:
    return [
        "## 1. Freeze time (one hostile request: a JSON array of ints where objects belong)",
        "",
        f"Capped at {s.freeze_cap:.0f} s per request and {mb(RSS_CAP)} RSS; the server then"
        " gets SIGTERM (kill -9 after 10 s).",
        "",
        "| hostile body | its answer | its time | longest health wait (10 ms polls) | health "
        "polls | median poll before | server peak RSS | stopped by |",
        "|---|---|---|---|---|---|---|---|",
        *[freeze_one(s, "iovox `POST /email/address/proxy`", n) for n in s.freeze_sizes],
        *[freeze_one(s, target, 100_000) for target in list(HOSTILE)[1:] if not s.quick],
        "",
    ]


# 2. body caps --------------------------------------------------------------------------------
@dataclass
class Target:
    slug: str
    label: str
    path: str
    headers: dict[str, str]
    prefix: bytes
    suffix: bytes
    setup: Callable[[Emulator], None] | None = None
    auth: tuple[str | bytes, str | bytes] | None = None
    #: tables that background work fills (SMS delivery reports of earlier sends, on the clock)
    ignore: frozenset[str] = frozenset()

    def body(self, size: int) -> bytes:
        """A body of ``size`` bytes (``{n}`` in the prefix: a number unique to the call)."""
        prefix = self.prefix.replace(b"{n}", str(next(UNIQUE)).encode())
        return prefix + b"x" * max(0, size - len(prefix) - len(self.suffix)) + self.suffix


UNIQUE = itertools.count(1)


def _inxmail_list(emu: Emulator) -> None:
    r = httpx.post(
        f"{emu.base_url}/lists",
        json={"name": "soak", "type": "STANDARD", "senderAddress": "soak@example.org"},
        headers=HAL,
        auth=INXMAIL_AUTH,
    )
    r.raise_for_status()


TARGETS = (
    Target(
        "iovox-email",
        "iovox `POST /email` (text_content)",
        "/email",
        {**IOVOX, "Content-Type": "application/json"},
        b'{"link_id":"1234","sender_address":"a@example.org","sender_name":"A",'
        b'"recipient_address":"b@example.org","recipient_name":"B","subject":"s",'
        b'"html_content":"h","text_content":"',
        b'"}',
    ),
    Target(
        "icomm-sms",
        "SMS `POST /sms/3/messages` (text)",
        "/sms/3/messages",
        {**SMS, "Content-Type": "application/json"},
        b'{"messages":[{"sender":"InfoSMS","destinations":[{"to":"41793026727"}],'
        b'"content":{"text":"',
        b'"}}]}',
        ignore=frozenset({"reports"}),
    ),
    Target(
        "icommkt-email",
        "ICOMMKT `POST /email` (TextBody)",
        "/email",
        {**ICOMMKT, "Content-Type": "application/json"},
        b'{"From":"sender@example.com","To":"a@example.org","Subject":"s","TextBody":"',
        b'"}',
    ),
    Target(
        "icommkt-email",
        "ICOMMKT `POST /templates` (HtmlBody)",
        "/templates",
        {**ICOMMKT, "Content-Type": "application/json"},
        b'{"Name":"n{n}","Subject":"s","HtmlBody":"',
        b'"}',
    ),
    Target(
        "inxmail",
        "Inxmail `POST /text-modules` (text)",
        "/text-modules",
        HAL,
        b'{"name":"t{n}","listId":1,"type":"TEXT","text":"',
        b'"}',
        setup=_inxmail_list,
        auth=INXMAIL_AUTH,
    ),
)


def caps_one(s: Settings, target: Target) -> str:
    """One table row: the ladder of body sizes against one operation."""
    log(f"body caps: {target.label}")
    cells: list[str] = []
    smallest: int | None = None
    chunked = "-"
    with tempfile.TemporaryDirectory(prefix="soak-db-") as tmp:
        db = Path(tmp) / "caps.sqlite3"
        with Emulator(target.slug, db=db) as emu:
            if target.setup:
                target.setup(emu)

            def send(content: Any) -> tuple[str, int]:
                rows_before = db_rows(db, target.ignore)
                result, took = run_capped(
                    lambda: httpx.post(
                        f"{emu.base_url}{target.path}",
                        content=content,
                        headers=target.headers,
                        auth=target.auth,
                        timeout=s.request_cap + 30,
                    ),
                    s.request_cap,
                )
                if not emu.alive():
                    return "server killed", 0
                stored = db_rows(db, target.ignore) - rows_before
                shown = outcome(result) if took is not None else f"> {s.request_cap:.0f} s"
                shown += f" {took:.1f}s" if took is not None and took >= 1 else ""
                return shown, stored

            for n in s.ladder:
                shown, stored = send(target.body(n * MB))
                cells.append(f"{shown}, {stored:+d} rows")
                if shown.startswith("413"):
                    smallest = n
                    break
                if not emu.alive() or not shown[:1].isdigit():
                    break
            cells += ["-"] * (len(s.ladder) - len(cells))
            if smallest is not None and emu.alive():
                whole = target.body(2 * smallest * MB)

                def chunks() -> Iterator[bytes]:
                    for i in range(0, len(whole), MB):
                        yield whole[i : i + MB]

                shown, stored = send(chunks())
                chunked = f"{shown}, {stored:+d} rows"
    return (
        f"| {target.label} | {' | '.join(cells)} | "
        f"{f'{smallest} MB' if smallest else f'none up to {s.ladder[-1]} MB'} | {chunked} | "
        f"{mb(emu.peak_rss)}{' (RSS cap)' if emu.rss_killed else ''} | {emu.tracebacks()} |"
    )


def body_caps(s: Settings) -> list[str]:
    sizes = " | ".join(f"{n} MB" for n in s.ladder)
    return [
        "## 2. Body caps (a ladder of body sizes; rows = rows added to the `--db` file)",
        "",
        "Each cell: the status (and seconds when >= 1 s), then the rows stored by that request"
        " (SMS: delivery reports, which earlier sends get on the clock, not counted). The ladder"
        " stops at the first 413.",
        "",
        f"| target | {sizes} | smallest 413 | chunked, 2x that | peak RSS | tracebacks |",
        "|---|" + "---|" * len(s.ladder) + "---|---|---|---|",
        *[caps_one(s, target) for target in TARGETS],
        "",
    ]


# 3. slow clients -----------------------------------------------------------------------------
def held_for(emu: Emulator, payload: bytes, cap: float, trickle: bytes = b"") -> str:
    """How long the server keeps a connection that sent ``payload`` and then nothing (or
    ``trickle`` once a second, a slowloris)."""
    with socket.create_connection(("127.0.0.1", emu.port), timeout=10) as sock:
        sock.sendall(payload)
        started = time.perf_counter()
        answer = b""
        while (elapsed := time.perf_counter() - started) < cap:
            readable, _, _ = select.select([sock], [], [], min(1.0, cap - elapsed))
            try:
                if readable:
                    chunk = sock.recv(65536)
                    if not chunk:
                        break
                    answer += chunk
                elif trickle:
                    sock.sendall(trickle)
            except OSError as exc:
                return f"{time.perf_counter() - started:.1f} s, then {type(exc).__name__}"
        else:
            status = f", after answering {answer.split(b' ', 2)[1].decode()}" if answer else ""
            return f"> {cap:.0f} s (held{status})"
        took = time.perf_counter() - started
        status = answer.split(b" ", 2)[1].decode(errors="replace") if answer else "no answer"
        return f"{took:.1f} s, then closed ({status})"


def idle_connections(emu: Emulator, count: int, window: float) -> dict[str, Any]:
    socks: list[socket.socket] = []
    refused = 0
    for _ in range(count):
        try:
            socks.append(socket.create_connection(("127.0.0.1", emu.port), timeout=5))
        except OSError:
            refused += 1
    started = time.perf_counter()
    time.sleep(window / 2)
    normal: dict[str, str] = {}
    for label, url, headers in (
        ("health", f"{emu.root_url}/_emulator/health", {}),
        ("search", f"{emu.base_url}/email/search?limit=1", IOVOX),
    ):
        t = time.perf_counter()
        try:
            r = httpx.get(url, headers=headers, timeout=10)
            normal[label] = f"{r.status_code} in {time.perf_counter() - t:.2f} s"
        except httpx.HTTPError as exc:
            normal[label] = f"{type(exc).__name__} after {time.perf_counter() - t:.1f} s"
    time.sleep(max(0.0, window - (time.perf_counter() - started)))
    held = answered = 0
    for sock in socks:
        sock.setblocking(False)
        data, closed = b"", False
        try:
            while chunk := sock.recv(65536):
                data += chunk
            closed = True  # recv gave b"": the server closed it
        except BlockingIOError:
            pass  # nothing more to read: still open
        except OSError:
            closed = True
        answered += bool(data)
        held += not closed
    for sock in socks:
        sock.close()
    return {
        "held": held,
        "answered": answered,
        "opened": len(socks),
        "refused": refused,
        "normal": normal,
    }


def slow_clients(s: Settings) -> list[str]:
    log(f"slow clients ({s.hold_cap:.0f} s caps, {s.idle_connections} idle for {s.idle_window} s)")
    short_body = (
        b"POST /rest/v1/email HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        b"Content-Length: 1000\r\nusername: demo\r\nsecureKey: demo-secure-key\r\n\r\n"
        b'{"link_id":'
    )
    partial_headers = b"GET /_emulator/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "
    long_body = short_body.replace(b"Content-Length: 1000", b"Content-Length: 1000000")
    results: dict[str, Any] = {}
    emus = [Emulator("iovox-email").start() for _ in range(2)]
    try:
        jobs = {
            "short": lambda: held_for(emus[0], short_body, s.hold_cap),
            "headers": lambda: held_for(emus[0], partial_headers, s.hold_cap),
            "header trickle": lambda: held_for(emus[0], partial_headers, s.hold_cap, trickle=b"a"),
            "body trickle": lambda: held_for(emus[0], long_body, s.hold_cap, trickle=b" "),
            "idle": lambda: idle_connections(emus[1], s.idle_connections, s.idle_window),
        }
        threads = []
        for name, job in jobs.items():

            def run(name: str = name, job: Callable[[], Any] = job) -> None:
                try:
                    results[name] = job()
                except Exception as exc:
                    results[name] = f"probe failed: {type(exc).__name__}: {exc}"

            threads.append(threading.Thread(target=run, daemon=True))
            threads[-1].start()
        for thread in threads:
            thread.join(max(s.hold_cap, s.idle_window) + 60)
    finally:
        for emu in emus:
            emu.__exit__(None, None, None)  # stops it and removes its log
    idle = results.get("idle")
    if isinstance(idle, dict):
        idle_text = (
            f"{idle['held']} of {idle['opened']} still open after {s.idle_window:.0f} s"
            f" ({idle['refused']} refused, {idle['answered']} got an answer); meanwhile"
            f" health {idle['normal']['health']},"
            f" an API search {idle['normal']['search']}"
        )
    else:
        idle_text = str(idle)
    return [
        "## 3. Slow clients (iovox emulator, raw sockets)",
        "",
        "| client | what the server did |",
        "|---|---|",
        f"| body of 11 bytes, `Content-Length: 1000`, then silence | {results.get('short')} |",
        f"| partial headers (no blank line), then silence | {results.get('headers')} |",
        f"| partial headers, then 1 byte a second | {results.get('header trickle')} |",
        "| headers with `Content-Length: 1000000`, then 1 body byte a second |"
        f" {results.get('body trickle')} |",
        f"| {s.idle_connections} idle connections (nothing sent) | {idle_text} |",
        "",
    ]


# 4. durability -------------------------------------------------------------------------------
def kill_run(db: Path, run: int, lifetime: float, acked: set[str], errors: Counter[str]) -> bool:
    """Start iovox on ``db``, send from 2 clients, kill -9 after ``lifetime`` s; False when the
    emulator did not start."""
    try:
        emu = Emulator("iovox-email", db=db).start()
    except RuntimeError:
        return False
    stop = threading.Event()
    counter = itertools.count()

    def sender() -> None:
        with httpx.Client(base_url=emu.base_url, headers=IOVOX, timeout=10) as client:
            while not stop.is_set():
                n = next(counter)
                try:
                    r = client.post(
                        "/email",
                        json={
                            "link_id": "1234",
                            "sender_address": "a@example.org",
                            "sender_name": "A",
                            "recipient_address": f"r{run}-{n}@example.org",
                            "recipient_name": "R",
                            "subject": f"soak {run}-{n}",
                            "text_content": "t",
                            "html_content": "h",
                        },
                    )
                except httpx.HTTPError:
                    if emu.killing or not emu.alive():
                        return
                    errors["transport error"] += 1
                    continue
                if r.status_code == 201:
                    acked.add(r.json()["message_id"])
                else:
                    errors[str(r.status_code)] += 1

    threads = [threading.Thread(target=sender, daemon=True) for _ in range(2)]
    for thread in threads:
        thread.start()
    time.sleep(lifetime)
    emu.kill()
    stop.set()
    for thread in threads:
        thread.join(15)
    emu.log_path.unlink(missing_ok=True)
    return True


def durability(s: Settings) -> list[str]:
    log(f"durability: {s.kill_runs} kill -9 runs")
    rng = random.Random(11)
    acked: set[str] = set()
    errors = Counter[str]()
    with tempfile.TemporaryDirectory(prefix="soak-db-") as tmp:
        db = Path(tmp) / "durable.sqlite3"
        failed = sum(
            not kill_run(db, run, rng.uniform(0.3, 1.5), acked, errors)
            for run in range(s.kill_runs)
        )
        with Emulator("iovox-email", db=db) as emu:
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
            try:
                present = {row[0] for row in conn.execute("SELECT message_id FROM emails")}
                integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
                fk = conn.execute("PRAGMA foreign_key_check").fetchall()
            finally:
                conn.close()
            r = httpx.get(f"{emu.base_url}/email/search?limit=1", headers=IOVOX, timeout=30)
            total = r.json().get("total_results") if r.status_code == 200 else r.status_code
    lost = len(acked - present)
    return [
        "## 4. Durability (iovox on a `--db` file, 2 senders, kill -9 after 0.3-1.5 s)",
        "",
        "| kill -9 runs | acknowledged sends | lost after restart | integrity_check |"
        " foreign_key_check | search total after restart | failed restarts | other answers |",
        "|---|---|---|---|---|---|---|---|",
        f"| {s.kill_runs} | {len(acked)} | {lost} | {integrity} | {len(fk)} problems | {total} |"
        f" {failed} | {dict(errors) or 'none'} |",
        "",
    ]


# 5. concurrency ------------------------------------------------------------------------------
def requests_for(slug: str, base: str) -> tuple[Callable[[httpx.Client, int], httpx.Response], ...]:
    if slug == "iovox-email":
        return (
            lambda c, n: c.post(
                f"{base}/email",
                headers=IOVOX,
                json={
                    "link_id": "1234",
                    "sender_address": "a@example.org",
                    "sender_name": "A",
                    "recipient_address": f"c{n}@example.org",
                    "recipient_name": "C",
                    "subject": "s",
                    "text_content": "t",
                    "html_content": "h",
                },
            ),
            lambda c, n: c.get(f"{base}/email/search", params={"limit": 10}, headers=IOVOX),
        )
    if slug == "icomm-sms":
        return (
            lambda c, n: c.post(
                f"{base}/sms/3/messages",
                headers=SMS,
                json={
                    "messages": [
                        {
                            "sender": "InfoSMS",
                            "destinations": [{"to": f"4179{n % 10_000_000:07d}"}],
                            "content": {"text": "hello"},
                        }
                    ]
                },
            ),
            lambda c, n: c.get(f"{base}/sms/3/logs", params={"limit": 10}, headers=SMS),
        )
    if slug == "icommkt-email":
        return (
            lambda c, n: c.post(
                f"{base}/email",
                headers=ICOMMKT,
                json={
                    "From": "sender@example.com",
                    "To": f"c{n}@example.org",
                    "Subject": "s",
                    "TextBody": "t",
                },
            ),
            lambda c, n: c.get(
                f"{base}/messages/outbound", params={"count": 10, "offset": 0}, headers=ICOMMKT
            ),
        )
    return (
        lambda c, n: c.post(
            f"{base}/lists",
            headers=HAL,
            auth=INXMAIL_AUTH,
            json={"name": f"soak-{n}", "type": "STANDARD", "senderAddress": "a@example.org"},
        ),
        lambda c, n: c.get(
            f"{base}/lists", params={"pageSize": 10}, headers=HAL, auth=INXMAIL_AUTH
        ),
    )


def concurrency_one(s: Settings, slug: str) -> str:
    log(f"concurrency: {slug}, {s.concurrency} clients for {s.concurrency_seconds:.0f} s")
    latencies: list[float] = []
    statuses = Counter[str]()
    counter = itertools.count()
    with Emulator(slug) as emu:
        calls = requests_for(slug, emu.base_url)
        with httpx.Client(timeout=30) as warm:
            for n in range(20):
                calls[n % 2](warm, 10**9 + n)
        rss_start = emu.rss()
        deadline = time.monotonic() + s.concurrency_seconds

        def worker() -> None:
            with httpx.Client(timeout=30) as client:
                while time.monotonic() < deadline:
                    n = next(counter)
                    started = time.perf_counter()
                    try:
                        r = calls[n % 2](client, n)
                        statuses[str(r.status_code)] += 1
                    except httpx.HTTPError as exc:
                        statuses[type(exc).__name__] += 1
                    latencies.append(time.perf_counter() - started)

        started = time.perf_counter()
        threads = [threading.Thread(target=worker, daemon=True) for _ in range(s.concurrency)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(s.concurrency_seconds + 60)
        elapsed = time.perf_counter() - started
        rss_end = emu.rss()
    total = sum(statuses.values())
    five = sum(v for k, v in statuses.items() if k.startswith("5"))
    other = sum(v for k, v in statuses.items() if k[:1] in "134")
    transport = sum(v for k, v in statuses.items() if not k[:1].isdigit())
    return (
        f"| {slug} | {total} | {total / elapsed:.0f} | {five} | {other} | {transport} | "
        f"{percentile(latencies, 0.5) * 1000:.0f} ms | "
        f"{percentile(latencies, 0.99) * 1000:.0f} ms | {max(latencies) * 1000:.0f} ms | "
        f"{mb(rss_start)} -> {mb(rss_end)} ({mb(emu.peak_rss)}) | {emu.tracebacks()} |"
    )


def concurrency(s: Settings) -> list[str]:
    return [
        f"## 5. Concurrency ({s.concurrency} clients, {s.concurrency_seconds:.0f} s per provider,"
        " alternating one send and one 10-item list)",
        "",
        "The load generator shares the machine (and this process's GIL) with the server, so the"
        " rates are a floor; `make bench` measures throughput.",
        "",
        "| provider | requests | req/s | 5xx | other non-2xx | transport errors | p50 | p99 | max |"
        " RSS start -> end (peak) | tracebacks |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
        *[concurrency_one(s, slug) for slug in s.concurrency_providers],
        "",
    ]


# 6. two processes on one --db ----------------------------------------------------------------
def two_processes(s: Settings) -> list[str]:
    log(f"two processes on one --db: seeding {s.seed_count:,} at a time, {s.two_process_seconds} s")
    with tempfile.TemporaryDirectory(prefix="soak-db-") as tmp:
        db = Path(tmp) / "shared.sqlite3"
        with Emulator("iovox-email", db=db) as writer, Emulator("iovox-email", db=db) as answerer:
            stop = threading.Event()
            seeds = Counter[str]()
            seed_times: list[float] = []

            def seeder() -> None:
                with httpx.Client(timeout=s.two_process_seconds + 120) as client:
                    while not stop.is_set():
                        started = time.perf_counter()
                        try:
                            r = client.post(
                                f"{writer.root_url}/_emulator/emails",
                                json={"count": s.seed_count},
                            )
                            seeds[str(r.status_code)] += 1
                        except httpx.HTTPError as exc:
                            seeds[type(exc).__name__] += 1
                        seed_times.append(time.perf_counter() - started)

            statuses = Counter[str]()
            latencies: list[float] = []
            counter = itertools.count()
            send, _ = requests_for("iovox-email", answerer.base_url)

            def client_loop() -> None:
                with httpx.Client(timeout=60) as client:
                    while not stop.is_set():
                        started = time.perf_counter()
                        try:
                            r = send(client, next(counter))
                            statuses[str(r.status_code)] += 1
                        except httpx.HTTPError as exc:
                            statuses[type(exc).__name__] += 1
                        latencies.append(time.perf_counter() - started)

            threads = [threading.Thread(target=seeder, daemon=True)]
            threads += [threading.Thread(target=client_loop, daemon=True) for _ in range(4)]
            for thread in threads:
                thread.start()
            time.sleep(s.two_process_seconds)
            stop.set()
            for thread in threads:
                thread.join(180)
            tracebacks = answerer.tracebacks() + writer.tracebacks()
    total = sum(statuses.values())
    return [
        "## 6. Two processes on one `--db` file (one seeds, the other answers sends)",
        "",
        f"The writer seeds {s.seed_count:,} e-mails per control request, in a loop, for"
        f" {s.two_process_seconds:.0f} s; 4 clients send `POST /email` to the other process.",
        "",
        "| sends | 201 | 500 | 503 | 429 | other | seed requests (each took) | p50 | max |"
        " tracebacks |",
        "|---|---|---|---|---|---|---|---|---|---|",
        f"| {total} | {statuses['201']} | {statuses['500']} | {statuses['503']} | "
        f"{statuses['429']} | "
        f"{dict((k, v) for k, v in statuses.items() if k not in ('201', '500', '503', '429'))}"
        f" | {dict(seeds)} ({', '.join(f'{t:.1f}' for t in seed_times)} s) | "
        f"{percentile(latencies, 0.5) * 1000:.0f} ms | {max(latencies, default=0):.1f} s |"
        f" {tracebacks} |",
        "",
    ]


# 7. client deadline --------------------------------------------------------------------------
def deadline_options() -> list[str]:
    """Names of total-deadline options the overlay client takes, if any."""
    from sendspec import runtime

    names: set[str] = set()
    annotations = getattr(runtime.ClientOptions, "__annotations__", {})
    params = inspect.signature(runtime.build_client).parameters
    for name in list(annotations) + list(params):
        if any(word in name for word in ("deadline", "total")):
            names.add(name)
    return sorted(names)


def client_deadline(s: Settings) -> list[str]:
    from sendspec import iovox

    options = deadline_options()
    log(f"client deadline (total-deadline options: {options or 'none'})")
    scenarios = (
        ("latency 3000 ms on every request", {"latency_ms": 3000}),
        (
            f"503 on every request, Retry-After: {s.retry_after}",
            {"rate_503": 1.0, "retry_after": s.retry_after},
        ),
    )
    variants: list[tuple[str, dict[str, Any]]] = [("timeout=1.0", {"timeout": 1.0})]
    for name in options:
        variants += [
            (f"{name}=1.0", {name: 1.0}),
            (f"timeout=1.0, {name}=1.0", {"timeout": 1.0, name: 1.0}),
        ]
    rows = [
        "| faults | client option | wall time | result | wall / 1.0 s bound |",
        "|---|---|---|---|---|",
    ]
    cap = 60.0
    with Emulator("iovox-email") as emu:
        for label, faults in scenarios:
            for variant, kwargs in variants:
                reset = {"latency_ms": 0, "rate_503": 0.0, "retry_after": 1}
                httpx.post(f"{emu.root_url}/_emulator/faults", json={**reset, **faults})
                try:
                    client = iovox.client(
                        "demo", "demo-secure-key", base_url=emu.base_url, **kwargs
                    )
                except TypeError as exc:
                    rows.append(f"| {label} | {variant} | - | refused: {exc} | - |")
                    continue

                def call(client: Any = client) -> Any:
                    from iovox_email_client.api.email import search_emails

                    return search_emails.sync(client=client, limit=1)

                result, took = run_capped(call, cap)
                shown = type(result).__name__ if isinstance(result, BaseException) else "answered"
                if took is None:
                    shown = "still running"

                over = "-" if took is None else f"{took / 1.0:.1f}x"
                rows.append(f"| {label} | {variant} | {secs(took, cap)} | {shown} | {over} |")
        httpx.post(f"{emu.root_url}/_emulator/faults", json={"latency_ms": 0, "rate_503": 0.0})
    return [
        "## 7. Client deadline (sendspec.iovox.client, `search_emails`, faults injected)",
        "",
        f"Total-deadline options found on the client: {', '.join(options) or 'none'}.",
        "",
        *rows,
        "",
    ]


PROBES: dict[str, Callable[[Settings], list[str]]] = {
    "freeze": freeze,
    "caps": body_caps,
    "slow": slow_clients,
    "durability": durability,
    "concurrency": concurrency,
    "two-processes": two_processes,
    "deadline": client_deadline,
}


def code_under_test() -> str:
    root = Path(sendspec_emulator.__file__).resolve().parents[2]
    try:
        head = subprocess.run(
            ["git", "-C", str(root), "log", "-1", "--format=%h %s"],
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        head, dirty = "unknown", ""
    if len(head) > 80:
        head = head[:79] + "…"
    return f"`{root}` at {head}{' (with uncommitted changes)' if dirty else ''}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default="reports/soak.md")
    parser.add_argument("--quick", action="store_true", help="each probe briefly (~1 minute)")
    parser.add_argument("--only", nargs="*", choices=sorted(PROBES), help="run these probes")
    args = parser.parse_args()
    settings = Settings.of(args.quick)
    started = time.perf_counter()
    lines = [
        f"# sendspec soak{' (quick)' if args.quick else ''}",
        "",
        f"{time.strftime('%Y-%m-%d %H:%M:%S')} · Python {platform.python_version()} · "
        f"{platform.machine()} · {os.cpu_count()} CPUs · each emulator in its own process,"
        " loopback HTTP",
        "",
        f"Code under test: {code_under_test()}.",
        "",
    ]
    try:
        for name, probe in PROBES.items():
            if args.only and name not in args.only:
                continue
            t = time.perf_counter()
            try:
                lines += probe(settings)
            except Exception as exc:  # one broken probe must not lose the others' figures
                lines += [f"## {name}: probe failed: {type(exc).__name__}: {exc}", ""]
            log(f"{name}: {time.perf_counter() - t:.0f} s")
    finally:
        for emu in LIVE:
            emu.kill()
    lines += [f"Total soak time: {time.perf_counter() - started:.0f} s.", ""]
    out = ROOT / args.out
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    print(f"report written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
