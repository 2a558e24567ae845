"""Load generation for ``make bench``: wrk when it is there (installed from Debian's packages
when missing and running as root), else a multi-process Python generator; and the ceiling,
a bare ASGI app served by the same server with the same configuration as ``sendspec
emulate``, in its own process.

Every row of a run names the generator that produced it (``LoadResult.tool``).
"""

from __future__ import annotations

import http.client
import json
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

HERE = Path(__file__).resolve().parent
#: concurrent connections of every throughput row (the issue measured with 8)
CONNECTIONS = 8
#: the placeholder a body template replaces by a number unique to the request
UNIQUE = "{n}"


@dataclass
class LoadResult:
    rate: float  # requests/s
    requests: int
    non_2xx: int
    errors: int  # connection errors and timeouts
    tool: str
    #: the server process's CPU time (user + system) per answered request, in µs (None
    #: where /proc is not there): steadier than requests/s on a shared machine
    cpu_us: float | None = None

    def cell(self) -> str:
        notes = []
        if self.non_2xx:
            notes.append(f"{self.non_2xx} non-2xx")
        if self.errors:
            notes.append(f"{self.errors} errors")
        return f"{self.rate:.0f}" + (f" ({', '.join(notes)})" if notes else "")


def wrk_binary() -> str | None:
    """wrk, installed with apt-get when missing and this process is root (None otherwise)."""
    found = shutil.which("wrk")
    if found or os.geteuid() != 0 or not shutil.which("apt-get"):
        return found
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}

    def apt(*args: str) -> None:
        subprocess.run(["apt-get", *args], capture_output=True, check=False, timeout=600, env=env)

    apt("install", "-y", "-qq", "wrk")
    if not shutil.which("wrk"):  # a machine whose package lists were never fetched
        apt("update", "-qq")
        apt("install", "-y", "-qq", "wrk")
    return shutil.which("wrk")


def _lua_string(text: str) -> str:
    level = 0
    while f"]{'=' * level}]" in text:
        level += 1
    return f"[{'=' * level}[{text}]{'=' * level}]"


def _wrk_script(method: str, headers: dict[str, str], body: str | None) -> str:
    lines = [f"wrk.method = {_lua_string(method)}"]
    for name, value in headers.items():
        lines.append(f"wrk.headers[ {_lua_string(name)} ] = {_lua_string(value)}")
    if body is not None and UNIQUE in body:
        # a body unique to each request (e.g. a new address): the thread's number and a
        # counter replace the placeholder
        head, tail = body.split(UNIQUE, 1)
        head += f"{time.time_ns():x}-"  # unique across runs too
        lines += [
            "local counter = 0",
            "local threads = 0",
            "function setup(thread) threads = threads + 1; thread:set('tid', threads) end",
            "function request()",
            "  counter = counter + 1",
            f"  local body = {_lua_string(head)} .. tid .. 'x' .. counter .. {_lua_string(tail)}",
            "  return wrk.format(nil, nil, nil, body)",
            "end",
        ]
    elif body is not None:
        lines.append(f"wrk.body = {_lua_string(body)}")
    return "\n".join(lines) + "\n"


def _run_wrk(
    binary: str,
    url: str,
    method: str,
    headers: dict[str, str],
    body: str | None,
    seconds: float,
    connections: int,
) -> LoadResult:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(_wrk_script(method, headers, body))
    try:
        proc = subprocess.run(
            [
                binary,
                f"-t{min(2, connections)}",
                f"-c{connections}",
                f"-d{max(1, round(seconds))}s",
                "--timeout",
                "10s",
                "-s",
                script.name,
                url,
            ],
            capture_output=True,
            text=True,
            check=False,
            timeout=seconds + 60,
        )
    finally:
        os.unlink(script.name)
    out = proc.stdout
    rate = re.search(r"Requests/sec:\s*([\d.]+)", out)
    total = re.search(r"(\d+) requests in", out)
    if proc.returncode != 0 or rate is None or total is None:
        raise RuntimeError(f"wrk failed: {proc.stderr.strip() or out.strip()}")
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s*(\d+)", out)
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    errors = sum(int(n) for n in socket.groups()) if socket else 0
    return LoadResult(
        float(rate.group(1)),
        int(total.group(1)),
        int(non_2xx.group(1)) if non_2xx else 0,
        errors,
        "wrk",
    )


def _python_worker(
    args: tuple[int, str, str, dict[str, str], str | None, float, float],
) -> tuple[int, int, int]:
    """One connection's loop, from ``start`` until ``stop`` (wall clock): (answers, non-2xx,
    errors)."""
    index, url, method, headers, body, start, stop = args
    parts = urlsplit(url)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=10)
    done = bad = errors = counter = 0
    while time.time() < start:
        time.sleep(0.001)
    while time.time() < stop:
        counter += 1
        payload = None
        if body is not None:
            payload = body.replace(UNIQUE, f"{start:.0f}-{index}x{counter}").encode()
        try:
            conn.request(method, target, body=payload, headers=headers)
            response = conn.getresponse()
            response.read()
        except (OSError, http.client.HTTPException):
            errors += 1
            conn.close()
            conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port)
            continue
        done += 1
        bad += not 200 <= response.status < 300
    conn.close()
    return done, bad, errors


def _run_python(
    url: str,
    method: str,
    headers: dict[str, str],
    body: str | None,
    seconds: float,
    connections: int,
) -> LoadResult:
    start = time.time() + 0.5  # every process connects before the clock starts
    stop = start + seconds
    jobs = [(i, url, method, headers, body, start, stop) for i in range(connections)]
    with multiprocessing.get_context("fork").Pool(connections) as pool:
        results = pool.map(_python_worker, jobs)
    done = sum(r[0] for r in results)
    return LoadResult(
        done / seconds,
        done,
        sum(r[1] for r in results),
        sum(r[2] for r in results),
        f"python ({connections} processes)",
    )


def listening_pid(url: str) -> int | None:
    """The process listening on ``url``'s loopback port (Linux /proc), or None."""
    port = urlsplit(url).port
    try:
        inodes = set()
        for table in ("/proc/net/tcp", "/proc/net/tcp6"):
            with open(table) as lines:
                for line in list(lines)[1:]:
                    fields = line.split()
                    local, state, inode = fields[1], fields[3], fields[9]
                    if state == "0A" and int(local.rsplit(":", 1)[1], 16) == port:
                        inodes.add(f"socket:[{inode}]")
        for pid in filter(str.isdigit, os.listdir("/proc")):
            try:
                fds = os.listdir(f"/proc/{pid}/fd")
                if any(os.readlink(f"/proc/{pid}/fd/{fd}") in inodes for fd in fds):
                    return int(pid)
            except OSError:
                continue
    except (OSError, ValueError, IndexError):
        return None
    return None


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of ``pid`` so far."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_load(
    url: str,
    method: str = "GET",
    headers: dict[str, str] | None = None,
    body: Any = None,
    *,
    seconds: float = 5.0,
    connections: int = CONNECTIONS,
    force_python: bool = False,
) -> LoadResult:
    """Requests/s of ``method url`` over ``connections`` keep-alive connections for
    ``seconds``. ``body`` (JSON-encoded unless a str) may hold ``{n}``, replaced by a
    number unique to each request."""
    headers = dict(headers or {})
    text: str | None = None
    if body is not None:
        text = body if isinstance(body, str) else json.dumps(body, separators=(",", ":"))
        headers.setdefault("Content-Type", "application/json")
    binary = None if force_python else wrk_binary()
    pid = listening_pid(url)
    before = cpu_seconds(pid) if pid else 0.0
    if binary is not None:
        result = _run_wrk(binary, url, method, headers, text, seconds, connections)
    else:
        result = _run_python(url, method, headers, text, seconds, connections)
    if pid and result.requests:
        result.cpu_us = (cpu_seconds(pid) - before) / result.requests * 1e6
    return result


# --------------------------------------------------------------------------------------------
# the ceiling: a bare ASGI app under the emulators' own server configuration


@contextmanager
def ceiling_server(startup_seconds: float = 20, pipeline: str | None = None) -> Iterator[str]:
    """The root URL of ``bench_ceiling.py`` (a fixed JSON body for any request), run as its
    own process like ``sendspec emulate``; with ``pipeline``, that provider's emulator with
    every handler answering a constant instead (``bench_ceiling.py --pipeline``)."""
    from sendspec_emulator.server import free_port

    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            str(HERE / "bench_ceiling.py"),
            "--port",
            str(port),
            *(["--pipeline", pipeline] if pipeline else []),
        ],
        stdout=subprocess.DEVNULL,
    )
    root = f"http://127.0.0.1:{port}"
    ready = root + ("/_emulator/health" if pipeline else "/")
    try:
        deadline = time.monotonic() + startup_seconds
        while True:
            try:
                httpx.get(ready, timeout=1).raise_for_status()
                break
            except httpx.HTTPError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    what = f"the {pipeline} pipeline app" if pipeline else "the ceiling app"
                    raise RuntimeError(f"{what} did not start") from None
                time.sleep(0.05)
        yield root + "/"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
