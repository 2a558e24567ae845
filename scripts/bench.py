#!/usr/bin/env python3
"""Benchmarks (``make bench``): writes a Markdown report; nothing here is a pass/fail test.

1. Emulator throughput (first, on a machine not yet warmed by the rest): requests/s of a
   send and then a list operation (over what the send stored) per provider, against the
   ceiling (a bare ASGI app under the same server configuration, ``bench_ceiling.py``) and
   Stoplight Prism mocking the same spec, all with the same load generator in the same run
   (wrk, installed from Debian's packages when missing and root, else a multi-process
   Python generator: ``bench_load.py``; Prism 5.16 from the npm registry into
   .bench-tools/ when npm is available, skipped otherwise).
2. Cost vs data size: a 1-item page and one POST per provider at 0 / 10k / 50k stored
   records (``bench_cost.py``).
3. Client overhead: sequential calls through the generated client + overlays vs raw httpx
   sending the same request to the same emulator, in one run (goal: ratio >= 0.9).
4. Pagination: walk N iovox records with ``search_all`` vs a raw httpx page loop, the same
   for Inxmail's HAL cursor (with the Inxmail / iovox ratio) and ICOMMKT's count/offset:
   records/s and peak Python memory (tracemalloc).
5. Generation time of every spec, and the conformance suite's time.

``--only throughput`` or ``--only cost`` runs one section.
"""

from __future__ import annotations

import argparse
import base64
import platform
import shutil
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from iovox_email_client.api.email import search_emails
from sendspec import NO_RETRIES, iovox
from sendspec_emulator.server import free_port, spawn

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the bench_* modules beside this one
from bench_cost import cost_table
from bench_load import CONNECTIONS, LoadResult, ceiling_server, cpu_seconds, listening_pid, run_load

ROOT = Path(__file__).resolve().parent.parent
HEADERS = {"username": "demo", "secureKey": "demo-secure-key"}


@contextmanager
def emulator(slug: str) -> Iterator[tuple[str, str]]:
    """(base_url, root_url) of ``sendspec emulate slug`` run as its own process, so the
    client's CPU time is not shared with the server's through one GIL (Inxmail's rate limit
    off)."""
    with spawn(slug, *(["--rate-limit", "0"] if slug == "inxmail" else [])) as proc:
        yield proc.base_url, proc.root_url


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


#: records/s of every walk timed, by its label (for the Inxmail / iovox ratio)
WALK_RATES: dict[str, float] = {}
RAW_IOVOX_WALK = "raw httpx loop"
RAW_INXMAIL_WALK = "raw httpx next-href loop"


def walk_table(*walks: tuple[str, Callable[[], int]]) -> list[str]:
    """Markdown rows timing each (label, walk) once, then once more under tracemalloc for
    its peak memory (tracing slows allocation-heavy code, so the two runs are separate)."""
    rows = [
        "| path | records | seconds | records/s | peak traced memory (separate run) |",
        "|---|---|---|---|---|",
    ]
    for label, walk in walks:
        seconds, records, _ = timed(walk)
        _, _, peak = timed(walk, trace=True)
        WALK_RATES[label] = records / seconds
        rows.append(
            f"| {label} | {records} | {seconds:.2f} | {records / seconds:.0f} | "
            f"{peak / 1e6:.1f} MB |"
        )
    return rows


def overhead(calls: int) -> list[str]:
    with emulator("iovox-email") as (base_url, root_url):
        httpx.post(f"{root_url}/_emulator/emails", json={"count": 50}).raise_for_status()
        client = iovox.client("demo", "demo-secure-key", base_url=base_url)
        raw = httpx.Client(base_url=base_url, headers=HEADERS)
        # the raw loop requests exactly the URL the generated client sends (it adds the
        # spec's defaults, order and page, to limit)
        sent: list[httpx.URL] = []
        client.get_httpx_client().event_hooks["request"].append(lambda r: sent.append(r.url))
        search_emails.sync(client=client, limit=10)
        client.get_httpx_client().event_hooks["request"].clear()
        query = sent[0].raw_path.decode()
        # what hand-written httpx code does: the path and a params mapping (same bytes on
        # the wire, checked below)
        params = httpx.QueryParams(sent[0].params)
        assert raw.get("/email/search", params=params).request.url == sent[0]
        url = str(sent[0])

        def generated(n: int) -> None:
            for _ in range(n):
                search_emails.sync(client=client, limit=10)

        def plain(n: int) -> None:
            for _ in range(n):
                raw.get("/email/search", params=params).json()

        def prebuilt(n: int) -> None:
            for _ in range(n):
                raw.get(url).json()

        # short alternating rounds, so drift on this shared machine hits every path alike
        batch, rounds = 50, max(1, calls // 50)
        paths: dict[str, Callable[[int], None]] = {
            "generated": generated,
            "raw": plain,
            "prebuilt": prebuilt,
        }
        for path in paths.values():
            path(100)  # warm up
        spent = {name: [0.0, 0.0] for name in paths}  # wall, client CPU
        ratios = []
        for _ in range(rounds):
            walls = {}
            for name, path in paths.items():
                wall, cpu = time.perf_counter(), time.process_time()
                path(batch)
                walls[name] = time.perf_counter() - wall
                spent[name][0] += walls[name]
                spent[name][1] += time.process_time() - cpu
            ratios.append(walls["raw"] / walls["generated"])
        total = batch * rounds
        ratios.sort()
        median = ratios[len(ratios) // 2]

    def row(label: str, name: str) -> str:
        wall, cpu = spent[name]
        return (
            f"| {label} | {total} | {wall:.3f} | {total / wall:.0f} | {cpu / total * 1e6:.0f} µs |"
        )

    return [
        f"## Client overhead (iovox GET /email/search, sequential, {rounds} alternating rounds"
        f" of {batch})",
        "",
        f"Both paths send the same request (`{query}`) and decode the JSON; the generated",
        "client also builds its models (10 records per call).",
        "",
        "| path | calls | seconds | calls/s | client CPU per call |",
        "|---|---|---|---|---|",
        row("generated client + overlays", "generated"),
        row("raw httpx (`get(path, params=...)`)", "raw"),
        row("raw httpx, URL built once outside the loop", "prebuilt"),
        "",
        "Client CPU is this process's CPU time (the emulator runs in its own process). The",
        "generated path's extra CPU is building the models (about 25 µs for 10 records), the",
        "generated call plumbing (parameter dict, status enum, Response wrapper) and the",
        "overlays' auth flow, retry transport and error hook; encoding the query from a",
        "mapping is what separates the two raw rows.",
        "",
        f"Throughput ratio (overlay / raw `params=`): "
        f"**{spent['raw'][0] / spent['generated'][0]:.2f}** overall, {median:.2f} median of"
        f" rounds (goal >= 0.9); against the prebuilt URL "
        f"{spent['prebuilt'][0] / spent['generated'][0]:.2f}.",
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

        table = walk_table(("`sendspec.iovox.search_all`", overlay), (RAW_IOVOX_WALK, plain))
    return [
        f"## Pagination: iovox page/limit, {records} records, pages of {page_size}",
        "",
        *table,
        "",
        "Peak memory is the client's (the emulator runs in its own process); it stays at",
        "about one page because the iterator holds one page at a time.",
        "",
    ]


def inxmail_cursor(records: int) -> list[str]:
    """Walk ``records`` Inxmail recipients with the HAL cursor vs a raw next-href loop."""
    from inxmail_client.api.recipients import list_recipients
    from sendspec import inxmail

    with emulator("inxmail") as (base_url, root_url):
        batch = 10_000
        for start in range(0, records, batch):
            rows = [
                {"email": f"r{i}@example.com"} for i in range(start, min(records, start + batch))
            ]
            httpx.post(f"{root_url}/_emulator/seed", json={"recipients": rows}, timeout=300)
        client = inxmail.client(
            "customer", "demo-client", "demo-secret", base_url=base_url, retry=NO_RETRIES
        )
        raw = httpx.Client(
            auth=("demo-client", "demo-secret"), timeout=60, headers={"Accept": inxmail.ACCEPT}
        )

        def overlay() -> int:
            return sum(1 for _ in inxmail.Cursor(list_recipients, client, page_size=1000))

        def plain() -> int:
            seen, href = 0, f"{base_url}/recipients?pageSize=1000"
            while href:
                body = raw.get(href).json()
                seen += len(body.get("_embedded", {}).get("inx:recipients", []))
                href = body["_links"].get("next", {}).get("href")
            return seen

        table = walk_table(("`sendspec.inxmail.Cursor`", overlay), (RAW_INXMAIL_WALK, plain))
    ratio = ""
    if RAW_IOVOX_WALK in WALK_RATES:
        ratio = (
            f"Inxmail cursor walk ÷ iovox page walk (raw loops, records/s): "
            f"**{WALK_RATES[RAW_INXMAIL_WALK] / WALK_RATES[RAW_IOVOX_WALK]:.2f}**"
            " (1.00: walking Inxmail's store costs what walking iovox's does)."
        )
    return [
        f"## Pagination: Inxmail HAL cursor, {records} recipients, pages of 1000",
        "",
        *table,
        "",
        ratio,
        "",
    ]


def icommkt_paging(records: int) -> list[str]:
    """Walk ``records`` ICOMMKT outbound messages by count/offset: the overlay splits the date
    range where more than 10,000 match; the raw loop walks known 12-hour slices."""
    from datetime import datetime, timedelta

    from icommkt_email_client.api.messages import list_outbound_messages
    from sendspec import icommkt

    batch, hours = 500, 1  # one batch of 500 per emulated hour
    with emulator("icommkt-email") as (base_url, root_url):
        token = {"X-Trx-Api-Key": "demo-server-token"}
        seed = httpx.Client(base_url=base_url, headers=token, timeout=300)
        started = time.perf_counter()
        first = None
        for start in range(0, records, batch):
            size = min(batch, records - start)
            messages = [{**ICOMMKT_SEND, "To": f"r{start + i}@example.org"} for i in range(size)]
            answer = seed.post("/email/batch", json=messages).json()
            if first is None:
                first = seed.get(f"/messages/outbound/{answer[0]['MessageID']}/details").json()
            httpx.post(
                f"{root_url}/_emulator/clock", json={"advance_seconds": hours * 3600}
            ).raise_for_status()
        seeding = time.perf_counter() - started
        assert first is not None
        begin = datetime.fromisoformat(first["ReceivedAt"][:19])
        end = begin + timedelta(hours=hours * (records // batch + 1))
        client = icommkt.client("demo-server-token", base_url=base_url, retry=NO_RETRIES)

        def overlay() -> int:
            walk = icommkt.iter_items_by_date(
                list_outbound_messages, client, fromdate=begin, todate=end
            )
            return sum(1 for _ in walk)

        def plain() -> int:
            seen, lo = 0, begin
            while lo <= end:
                hi = lo + timedelta(hours=12) - timedelta(seconds=1)
                window = {
                    "fromdate": f"{lo:%Y-%m-%dT%H:%M:%S}",
                    "todate": f"{hi:%Y-%m-%dT%H:%M:%S}",
                }
                offset = 0
                while True:
                    params: dict[str, str | int] = {"count": 500, "offset": offset, **window}
                    body = seed.get("/messages/outbound", params=params).json()
                    seen += len(body["Messages"])
                    offset += len(body["Messages"])
                    if not body["Messages"] or offset >= body["TotalCount"]:
                        break
                lo = hi + timedelta(seconds=1)
            return seen

        table = walk_table(
            ("`sendspec.icommkt.iter_items_by_date` (splits ranges above 10,000)", overlay),
            ("raw httpx loop over known 12-hour slices", plain),
        )
    return [
        f"## Pagination: ICOMMKT count/offset, {records} outbound messages, pages of 500",
        "",
        f"Seeded through `POST /email/batch` ({records // batch} batches, one per emulated hour)"
        f" in {seeding:.1f} s. The API pages through at most 10,000 matches per query.",
        "",
        *table,
        "",
    ]


# --------------------------------------------------------------------------- throughput

SMS_SEND = {
    "messages": [
        {"sender": "InfoSMS", "destinations": [{"to": "41793026727"}], "content": {"text": "bench"}}
    ]
}
IOVOX_SEND = {
    "link_id": "1234",
    "sender_address": "bob@customer.com",
    "sender_name": "Bob",
    "recipient_address": "billy@example.org",
    "recipient_name": "Billy",
    "subject": "bench",
    "text_content": "t",
    "html_content": "<p>h</p>",
}
ICOMMKT_SEND = {
    "From": "sender@example.com",
    "To": "reader@example.org",
    "Subject": "bench",
    "TextBody": "Hello",
}
INXMAIL_HEADERS = {
    "Authorization": "Basic " + base64.b64encode(b"demo-client:demo-secret").decode(),
    "Accept": "application/hal+json,application/problem+json",
    "Content-Type": "application/hal+json",
}
#: a new address per request (bench_load replaces {n})
INXMAIL_CREATE = '{"email":"bench{n}@example.com","attributes":{}}'


@dataclass
class Load:
    label: str
    method: str
    path: str  # below the base URL (the spec's server path)
    body: Any = None


#: provider -> (auth headers, the send (a write) and the list measured after it)
LOADS: dict[str, tuple[dict[str, str], Load, Load]] = {
    "iovox-email": (
        HEADERS,
        Load("send (POST /email)", "POST", "/email", IOVOX_SEND),
        Load("list (GET /email/search?limit=10)", "GET", "/email/search?limit=10"),
    ),
    "icommkt-email": (
        {"X-Trx-Api-Key": "demo-server-token"},
        Load("send (POST /email)", "POST", "/email", ICOMMKT_SEND),
        Load(
            "list (GET /messages/outbound?count=10&offset=0)",
            "GET",
            "/messages/outbound?count=10&offset=0",
        ),
    ),
    "icomm-sms": (
        {"Authorization": "App demo-api-key"},
        Load("send (POST /sms/3/messages)", "POST", "/sms/3/messages", SMS_SEND),
        Load("list (GET /sms/3/logs?limit=10)", "GET", "/sms/3/logs?limit=10"),
    ),
    "inxmail": (
        INXMAIL_HEADERS,
        Load("create (POST /recipients)", "POST", "/recipients", INXMAIL_CREATE),
        Load("list (GET /recipients?pageSize=10)", "GET", "/recipients?pageSize=10"),
    ),
}


#: provider -> a list request whose answer is empty once the emulator has no deferred work
#: left: the SMS emulator sends a request's messages 1 ms apart (its model of the send queue)
#: and delivers each 0.2 s after its sentAt, so a send run at thousands of messages a second
#: leaves seconds of deliveries queued behind it
PENDING = {"icomm-sms": "/sms/3/logs?generalStatus=PENDING&limit=1"}


def settle(base_url: str, headers: dict[str, str], slug: str, timeout: float = 120) -> float:
    """Wait until ``slug``'s emulator has finished the work a send run left queued; the
    server's CPU seconds spent meanwhile (0 for a provider with none)."""
    path = PENDING.get(slug)
    if path is None:
        return 0.0
    pid = listening_pid(base_url)
    before = cpu_seconds(pid) if pid else 0.0
    deadline = time.monotonic() + timeout
    with httpx.Client(headers=headers, timeout=30) as client:
        while client.get(base_url + path).raise_for_status().json()["results"]:
            if time.monotonic() > deadline:
                raise RuntimeError(f"{slug}: queued work not done after {timeout:.0f} s")
            time.sleep(0.2)
    return cpu_seconds(pid) - before if pid else 0.0


def prism_binary() -> Path | None:
    tools = ROOT / ".bench-tools"
    binary = tools / "node_modules" / ".bin" / "prism"
    if binary.exists():
        return binary
    if not shutil.which("npm"):
        return None
    tools.mkdir(exist_ok=True)
    proc = subprocess.run(
        [
            "npm",
            "install",
            "--prefix",
            str(tools),
            "--no-audit",
            "--no-fund",
            "--silent",
            "@stoplight/prism-cli@5.16.0",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    return binary if proc.returncode == 0 and binary.exists() else None


@contextmanager
def prism(slug: str, binary: Path) -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen(
        [
            str(binary),
            "mock",
            str(ROOT / "specs" / f"{slug}.yaml"),
            "--port",
            str(port),
            "--host",
            "127.0.0.1",
            "--errors",
            "false",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        root = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(root, timeout=1)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("prism did not start") from None
                time.sleep(0.2)
        yield root
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def emulator_throughput(seconds: float, force_python: bool = False) -> list[str]:
    """Requests/s of each provider's send, then its list (over what the send stored), each
    beside the ceiling (a bare ASGI app under the same server) sent the row's own request,
    measured right before and right after the row, and Prism."""

    def load(url: str, headers: dict[str, str], op: Load, span: float = seconds) -> LoadResult:
        """A warm-up second (Prism's JIT, first-use caches), then the measured run; the
        result's ``requests`` counts both (what a send row stored)."""
        warm = run_load(url, op.method, headers, op.body, seconds=1, force_python=force_python)
        result = run_load(url, op.method, headers, op.body, seconds=span, force_python=force_python)
        result.requests += warm.requests
        return result

    binary = prism_binary()
    with ExitStack() as stack:
        ceiling_root = stack.enter_context(ceiling_server()).rstrip("/")
        #: the ceiling's bare GET /, before the first row and after the last (a reference:
        #: the rows are compared with the ceiling sent their own request)
        plain = [load(ceiling_root + "/", {}, CEILING, CEILING_SECONDS)]
        rows: list[Row] = []
        for slug, (headers, send, listing) in LOADS.items():
            theirs: list[LoadResult | str] = ["not installable"] * 2
            with emulator(slug) as (base_url, _):
                # the row's request, path and all (the server's prefix too), to the ceiling
                ceiling_url = ceiling_root + urlsplit(base_url).path
                ours: list[Row] = []
                for op in (send, listing):
                    # a neighbour's load on a shared machine comes and goes over a run of
                    # minutes: a row is compared with the ceiling of its own minute
                    before = load(ceiling_url + op.path, headers, op, CEILING_SECONDS)
                    mine = load(base_url + op.path, headers, op)
                    if op is send:  # its queued work, done before anything else runs, is its
                        drained = settle(base_url, headers, slug)
                        if mine.cpu_us is not None and mine.requests:
                            mine.cpu_us += drained / mine.requests * 1e6
                    after = load(ceiling_url + op.path, headers, op, CEILING_SECONDS)
                    ours.append(Row(slug, op, mine, 0, "", (before, after)))
                    if op is send:  # the same request to this emulator without its handlers
                        with ceiling_server(pipeline=slug) as alone_root:
                            alone_url = alone_root.rstrip("/") + urlsplit(base_url).path
                            ours[-1].alone = load(alone_url + op.path, headers, op)
                ours[1].stored = ours[0].mine.requests  # what the list paged through
            if binary is not None:
                try:
                    with prism(slug, binary) as root:
                        theirs = [load(root + op.path, headers, op) for op in (send, listing)]
                except RuntimeError as exc:
                    theirs = [str(exc)] * 2
            for row, other in zip(ours, theirs, strict=True):
                row.prism = other
                rows.append(row)
        plain.append(load(ceiling_root + "/", {}, CEILING, CEILING_SECONDS))
    ceilings = [c for row in rows for c in row.ceiling]
    tools = sorted({c.tool for c in [*plain, *ceilings]} | {r.mine.tool for r in rows})

    def ratio(ceiling_cpu: float | None, result: LoadResult) -> str:
        if result.cpu_us is None or ceiling_cpu is None:
            return "–"
        return f"{ceiling_cpu / result.cpu_us:.2f}"

    _, plain_cpu = mean(plain)
    plain_rates = [c.rate for c in plain]
    plain_cpus = [c.cpu_us for c in plain if c.cpu_us]
    lines = [
        f"## Emulator throughput ({CONNECTIONS} connections, {seconds:.0f} s per row, "
        f"load generator: {', '.join(tools)})",
        "",
        "| provider | operation | records stored | sendspec req/s | ceiling req/s | × ceiling |"
        " server CPU µs/request | ceiling CPU µs/request | × ceiling (CPU) |"
        " × GET / ceiling (CPU) | Prism req/s | sendspec ÷ Prism |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
        f"| ceiling | bare ASGI app, fixed JSON body, GET / ({len(plain)} runs: lowest – "
        f"highest) | – | – | {min(plain_rates):.0f} – {max(plain_rates):.0f} | – | – | "
        + (f"{min(plain_cpus):.0f} – {max(plain_cpus):.0f}" if plain_cpus else "–")
        + " | – | 1.00 | – | – |",
    ]
    for row in rows:
        ceiling_rate, ceiling_cpu = mean(row.ceiling)
        mine, other = row.mine, row.prism
        versus = "–"
        if isinstance(other, LoadResult):
            versus = f"{mine.rate / other.rate:.2f}" if other.rate else "–"
            other = other.cell()
        cpu_cells = (
            f"{mine.cpu_us:.0f} | {ceiling_cpu:.0f}"
            if mine.cpu_us is not None and ceiling_cpu is not None
            else "– | –"
        )
        lines.append(
            f"| {row.slug} | {row.op.label} | {row.stored or '–'} | {mine.cell()} | "
            f"{ceiling_rate:.0f} | {mine.rate / ceiling_rate:.2f} | {cpu_cells} | "
            f"{ratio(ceiling_cpu, mine)} | {ratio(plain_cpu, mine)} | {other} | {versus} |"
        )
    lines += [
        "",
        "The ceiling is a bare ASGI app (`bench_ceiling.py`) that reads the request and answers",
        "a fixed small JSON body, served by the same uvicorn configuration as `sendspec emulate`",
        "(`server_config`) in its own process. Each row's ceiling is that app sent the row's own",
        "request (method, path, headers, body: what the server itself must parse for it), with",
        f"the same load generator for {CEILING_SECONDS:.0f} s right before and right after the",
        "row; the ceiling columns are the mean of those two runs and × ceiling divides by them.",
        "× GET / ceiling (CPU) divides instead by the bare app's CPU per request for a plain",
        "`GET /` (the first table row; measured before the first row and after the last): the",
        "request-parsing cost of a POST with a JSON body and auth headers then counts against",
        "the emulator. Each list row runs right after its provider's send row, over the records",
        'that run stored ("records stored"), once the work the send run left queued is done (the',
        "SMS emulator's deliveries: it sends 1,000 messages a second and delivers each 0.2 s",
        "later); the send row's server CPU includes that work. The emulator validates every",
        "request against the spec and keeps state in SQLite; Prism (`prism mock` 5.16, static",
        "examples, no state) is the reference point. Goal: every row ≥ 0.5× the ceiling and",
        "≥ 2× Prism. Server CPU is the serving process's user + system time per answered",
        "request (from /proc): on a shared machine requests/s move with the neighbours' load,",
        "CPU per request much less, so × ceiling (CPU) is the steadier ratio.",
    ]
    lines += write_split(rows)
    lines.append("")
    return lines


def mean(results: tuple[LoadResult, ...] | list[LoadResult]) -> tuple[float, float | None]:
    """(req/s, CPU µs/request), the mean of ``results``."""
    rate = sum(c.rate for c in results) / len(results)
    cpus = [c.cpu_us for c in results if c.cpu_us]
    return rate, (sum(cpus) / len(cpus) if cpus else None)


@dataclass
class Row:
    """A throughput row: the emulator's run and the ceiling's runs around it."""

    slug: str
    op: Load
    mine: LoadResult
    stored: int
    prism: LoadResult | str
    ceiling: tuple[LoadResult, LoadResult]
    #: a send row's run against its emulator with every handler answering a constant
    alone: LoadResult | None = None


def write_split(rows: list[Row]) -> list[str]:
    """The table of where a write's server CPU goes: the emulator's request path alone (its
    handlers answering a constant) and its handler (the rest), beside the ceiling."""
    lines = [
        "",
        "### Where a write's server CPU goes",
        "",
        "| provider | operation | ceiling CPU µs/request | without its handlers: CPU µs/request |"
        " × ceiling (CPU) | emulator CPU µs/request | the handler's CPU µs/request |"
        " the handler's budget at 0.5× ceiling, µs |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        alone, mine = row.alone, row.mine
        _, ceiling = mean(row.ceiling)
        if alone is None or alone.cpu_us is None or mine.cpu_us is None or ceiling is None:
            continue
        handler = mine.cpu_us - alone.cpu_us
        lines.append(
            f"| {row.slug} | {row.op.label} | {ceiling:.0f} | {alone.cpu_us:.0f} |"
            f" {ceiling / alone.cpu_us:.2f} | {mine.cpu_us:.0f} | {handler:.0f} |"
            f" {2 * ceiling - alone.cpu_us:.0f} |"
        )
    lines += [
        "",
        '"Without its handlers" is the same emulator (`bench_ceiling.py --pipeline`) with every',
        "operation answering a constant JSON body, sent the send row's request for as long, right",
        "after that row: routing, auth, reading, parsing and validating the body, the journal and",
        "rendering, with no handler's work (SQL, ids, the stored record). The handler's CPU is",
        "the emulator's minus that; its budget is what a send may spend on top of that request",
        "path and still be 0.5× the ceiling (2 × ceiling − without handlers). A handler over its",
        "budget cannot reach 0.5× by trimming the request path alone.",
    ]
    return lines


#: the ceiling's request, and how long each of its runs lasts
CEILING = Load("ceiling", "GET", "/")
CEILING_SECONDS = 3.0


SUITES = "conformance/sendspec_conformance/suites"


def conformance_time() -> list[str]:
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", SUITES],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - started
    summary = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else "no output"
    return [
        "## Conformance suite",
        "",
        f"`pytest {SUITES}` (default examples per operation): {elapsed:.1f} s — {summary}",
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
    parser.add_argument("--icommkt-records", type=int, default=20_000)
    parser.add_argument("--skip-conformance", action="store_true")
    parser.add_argument("--seconds", type=float, default=5.0, help="per throughput row")
    parser.add_argument(
        "--python-load", action="store_true", help="the Python load generator even if wrk is there"
    )
    parser.add_argument(
        "--only",
        choices=("throughput", "cost"),
        help="run one section (for a quick look; the report then holds only it)",
    )
    args = parser.parse_args()
    lines = [
        "# sendspec benchmarks",
        "",
        f"{time.strftime('%Y-%m-%d %H:%M:%S')} · Python {platform.python_version()} · "
        f"{platform.machine()} · emulator in its own process, loopback HTTP",
        "",
    ]
    sections: list[tuple[str, Callable[[], list[str]]]] = []
    if args.only in (None, "throughput"):
        sections.append(("throughput", lambda: emulator_throughput(args.seconds, args.python_load)))
    if args.only in (None, "cost"):
        sections.append(("cost vs data size", lambda: cost_table(emulator)))
    if args.only is None:
        sections += [
            ("client overhead", lambda: overhead(args.calls)),
            ("iovox walk", lambda: pagination(args.records, args.page_size)),
            ("Inxmail walk", lambda: inxmail_cursor(args.records)),
            ("ICOMMKT walk", lambda: icommkt_paging(args.icommkt_records)),
            ("generation", generation),
        ]
        if not args.skip_conformance:
            sections.append(("conformance suite", conformance_time))
    spent = []
    for name, section in sections:
        started = time.perf_counter()
        lines += section()
        spent.append(f"{name} {time.perf_counter() - started:.0f} s")
        print(f"bench: {spent[-1]}", file=sys.stderr, flush=True)
    lines += ["## Bench run time", "", "; ".join(spent) + ".", ""]
    out = ROOT / args.out
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    print(f"report written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
