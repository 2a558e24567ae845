#!/usr/bin/env python3
"""Benchmarks (``make bench``): writes a Markdown report; nothing here is a pass/fail test.

1. Client overhead: sequential calls through the generated client + overlays vs raw httpx
   sending the same request to the same emulator, in one run (goal: ratio >= 0.9).
2. Pagination: walk N iovox records with ``search_all`` vs a raw httpx page loop:
   records/s and peak Python memory (tracemalloc).
3. Generation time of every spec.
"""

from __future__ import annotations

import argparse
import platform
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from iovox_email_client.api.email import search_emails
from sendspec import NO_RETRIES, iovox
from sendspec_conformance.emulator.server import free_port

ROOT = Path(__file__).resolve().parent.parent
HEADERS = {"username": "demo", "secureKey": "demo-secure-key"}


@contextmanager
def emulator(slug: str) -> Iterator[tuple[str, str]]:
    """(base_url, root_url) of ``sendspec emulate slug`` run as its own process, so the
    client's CPU time is not shared with the server's through one GIL."""
    port = free_port()
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "sendspec"), "emulate", slug, "--port", str(port)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()  # "<slug> emulator on http://127.0.0.1:<port><prefix>"
        base_url = line.strip().rsplit(" ", 1)[-1]
        root = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(f"{root}/_emulator/health").raise_for_status()
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        yield base_url, root
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def timed(fn: Callable[[], int], trace: bool = False) -> tuple[float, int, int]:
    """(seconds, result, peak traced bytes or 0); tracing slows allocation-heavy code."""
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    result = fn()
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] if trace else 0
    if trace:
        tracemalloc.stop()
    return elapsed, result, peak


def overhead(calls: int) -> list[str]:
    with emulator("iovox-email") as (base_url, _):
        client = iovox.client("demo", "demo-secure-key", base_url=base_url)
        raw = httpx.Client(base_url=base_url, headers=HEADERS)
        params = {"limit": 10}

        def generated() -> int:
            for _ in range(calls):
                search_emails.sync(client=client, limit=10)
            return calls

        def plain() -> int:
            for _ in range(calls):
                raw.get("/email/search", params=params).json()
            return calls

        generated(), plain()  # warm up both paths
        rounds = [(timed(generated)[0], timed(plain)[0]) for _ in range(3)]
        gen = min(r[0] for r in rounds)
        raw_s = min(r[1] for r in rounds)
    return [
        "## Client overhead (iovox GET /email/search, sequential, best of 3)",
        "",
        "| path | calls | seconds | calls/s |",
        "|---|---|---|---|",
        f"| generated client + overlays | {calls} | {gen:.3f} | {calls / gen:.0f} |",
        f"| raw httpx | {calls} | {raw_s:.3f} | {calls / raw_s:.0f} |",
        "",
        f"Throughput ratio (overlay / raw): **{raw_s / gen:.2f}** (goal >= 0.9)",
        "",
    ]


def pagination(records: int, page_size: int) -> list[str]:
    with emulator("iovox-email") as (base_url, root_url):
        r = httpx.post(f"{root_url}/_emulator/emails", json={"count": records}, timeout=120)
        r.raise_for_status()
        client = iovox.client("demo", "demo-secure-key", base_url=base_url, retry=NO_RETRIES)
        raw = httpx.Client(base_url=base_url, headers=HEADERS, timeout=60)

        def overlay() -> int:
            return sum(1 for _ in iovox.search_all(client, page_size=page_size))

        def plain() -> int:
            seen, page = 0, 1
            while True:
                body = raw.get("/email/search", params={"page": page, "limit": page_size}).json()
                seen += len(body["results"])
                if page >= body["total_pages"]:
                    return seen
                page += 1

        o_s, o_n, _ = timed(overlay)
        p_s, p_n, _ = timed(plain)
        _, _, o_peak = timed(overlay, trace=True)
        _, _, p_peak = timed(plain, trace=True)
    return [
        f"## Pagination: iovox page/limit, {records} records, pages of {page_size}",
        "",
        "| path | records | seconds | records/s | peak traced memory (separate run) |",
        "|---|---|---|---|---|",
        f"| `sendspec.iovox.search_all` | {o_n} | {o_s:.2f} | {o_n / o_s:.0f} | "
        f"{o_peak / 1e6:.1f} MB |",
        f"| raw httpx loop | {p_n} | {p_s:.2f} | {p_n / p_s:.0f} | {p_peak / 1e6:.1f} MB |",
        "",
        "Peak memory is the client's (the emulator runs in its own process); it stays at",
        "about one page because the iterator holds one page at a time.",
        "",
    ]


def generation() -> list[str]:
    started = time.perf_counter()
    with_check = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - started
    return [
        "## Generation",
        "",
        f"All specs generated and compared with generated/: {elapsed:.2f} s "
        f"(exit {with_check.returncode}).",
        "",
    ]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="reports/bench.md")
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--page-size", type=int, default=1000)
    args = parser.parse_args()
    lines = [
        "# sendspec benchmarks",
        "",
        f"{time.strftime('%Y-%m-%d %H:%M:%S')} · Python {platform.python_version()} · "
        f"{platform.machine()} · emulator in its own process, loopback HTTP",
        "",
    ]
    lines += overhead(args.calls)
    lines += pagination(args.records, args.page_size)
    lines += generation()
    out = ROOT / args.out
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    print(f"report written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
