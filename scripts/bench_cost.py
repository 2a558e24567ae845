"""``make bench``'s "cost vs data size" table: per provider, the time of a 1-item page and of
one POST (sequential, keep-alive, median of repeated calls) with 0, 10,000 and 50,000 records
stored. Records are seeded fast: through an emulator's control plane where it has a bulk
action (iovox e-mails, Inxmail recipients), else through the API's own batch sends (SMS:
1,000 destinations per request; ICOMMKT: ``POST /email/batch`` of 500)."""

from __future__ import annotations

import itertools
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

SIZES = (0, 10_000, 50_000)
REPEATS = 21
WARMUP = 3
_unique = itertools.count()


@dataclass
class Target:
    slug: str
    headers: dict[str, str]
    page: str  # a 1-item page of the records seeded
    post: tuple[str, Callable[[], Any]]  # path, a new body per call
    seed: Callable[[httpx.Client, str, int], None]  # (API client, root URL, how many)
    content_type: str = "application/json"


def _seed_iovox(api: httpx.Client, root: str, count: int) -> None:
    httpx.post(f"{root}/_emulator/emails", json={"count": count}, timeout=300).raise_for_status()


def _seed_sms(api: httpx.Client, root: str, count: int) -> None:
    for start in range(0, count, 1000):
        destinations = [{"to": f"4179{n:07d}"} for n in range(start, min(count, start + 1000))]
        body = {"messages": [{"sender": "Seed", "destinations": destinations,
                              "content": {"text": "seed"}}]}  # fmt: skip
        api.post("/sms/3/messages", json=body).raise_for_status()
    # delivered now, not by the background ticker while the next requests are timed
    httpx.post(f"{root}/_emulator/advance", json={}, timeout=300).raise_for_status()


def _seed_icommkt(api: httpx.Client, root: str, count: int) -> None:
    for start in range(0, count, 500):
        batch = [
            {"From": "sender@example.com", "To": f"r{n}@example.org", "Subject": "seed",
             "TextBody": "seed"}
            for n in range(start, min(count, start + 500))
        ]  # fmt: skip
        api.post("/email/batch", json=batch).raise_for_status()


def _seed_inxmail(api: httpx.Client, root: str, count: int) -> None:
    for start in range(0, count, 10_000):
        rows = [
            {"email": f"seed{next(_unique)}@example.com"}
            for _ in range(start, min(count, start + 10_000))
        ]
        r = httpx.post(f"{root}/_emulator/seed", json={"recipients": rows}, timeout=300)
        r.raise_for_status()


def _sms_send() -> Any:
    return {"messages": [{"sender": "InfoSMS", "destinations": [{"to": "41793026727"}],
                          "content": {"text": "bench"}}]}  # fmt: skip


def _iovox_send() -> Any:
    return {
        "link_id": "1234",
        "sender_address": "bob@customer.com",
        "sender_name": "Bob",
        "recipient_address": "billy@example.org",
        "recipient_name": "Billy",
        "subject": "bench",
        "text_content": "t",
        "html_content": "<p>h</p>",
    }


def _icommkt_send() -> Any:
    return {"From": "sender@example.com", "To": "reader@example.org", "Subject": "bench",
            "TextBody": "Hello"}  # fmt: skip


def _inxmail_create() -> Any:
    return {"email": f"cost{next(_unique)}@example.com", "attributes": {}}


TARGETS = (
    Target(
        "iovox-email",
        {"username": "demo", "secureKey": "demo-secure-key"},
        "/email/search?limit=1",
        ("/email", _iovox_send),
        _seed_iovox,
    ),
    Target(
        "icomm-sms",
        {"Authorization": "App demo-api-key"},
        "/sms/3/logs?limit=1",
        ("/sms/3/messages", _sms_send),
        _seed_sms,
    ),
    Target(
        "icommkt-email",
        {"X-Trx-Api-Key": "demo-server-token"},
        "/messages/outbound?count=1&offset=0",
        ("/email", _icommkt_send),
        _seed_icommkt,
    ),
    Target(
        "inxmail",
        {"Accept": "application/hal+json,application/problem+json"},
        "/recipients?pageSize=1",
        ("/recipients", _inxmail_create),
        _seed_inxmail,
        content_type="application/hal+json",
    ),
)


def _median_ms(call: Callable[[], httpx.Response]) -> float:
    for _ in range(WARMUP):
        call().raise_for_status()
    times = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        call().raise_for_status()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def measure(target: Target, base_url: str, root_url: str) -> list[tuple[int, float, float]]:
    """(records, page ms, POST ms) at each of SIZES."""
    auth = ("demo-client", "demo-secret") if target.slug == "inxmail" else None
    out = []
    with httpx.Client(base_url=base_url, headers=target.headers, auth=auth, timeout=120) as api:
        stored = 0
        path, body = target.post
        headers = {"Content-Type": target.content_type}
        for size in SIZES:
            if size > stored:
                target.seed(api, root_url, size - stored)
                stored = size
            page = _median_ms(lambda: api.get(target.page))
            post = _median_ms(lambda: api.post(path, json=body(), headers=headers))
            stored += WARMUP + REPEATS  # the POSTs stored records too
            out.append((size, page, post))
    return out


def cost_table(emulator: Callable[[str], Any]) -> list[str]:
    """The Markdown section; ``emulator(slug)`` is bench.py's context manager yielding
    (base_url, root_url) of an emulator in its own process."""
    sizes = " | ".join(f"{n:,} records" for n in SIZES)
    lines = [
        f"## Cost vs data size (ms per request, sequential, median of {REPEATS} after"
        f" {WARMUP} warm-up calls)",
        "",
        f"| provider | request | {sizes} | {SIZES[-1]:,} ÷ 0 |",
        "|---|---|" + "---|" * (len(SIZES) + 1),
    ]
    for target in TARGETS:
        with emulator(target.slug) as (base_url, root_url):
            rows = measure(target, base_url, root_url)
        for label, column in ((f"GET {target.page}", 1), (f"POST {target.post[0]}", 2)):
            cells = " | ".join(f"{row[column]:.1f}" for row in rows)
            ratio = rows[-1][column] / rows[0][column]
            lines.append(f"| {target.slug} | `{label}` | {cells} | {ratio:.1f}× |")
    lines += [
        "",
        "Seeding: iovox `POST /_emulator/emails`, Inxmail `POST /_emulator/seed` (recipients),",
        "SMS `POST /sms/3/messages` with 1,000 destinations each, ICOMMKT `POST /email/batch`",
        "of 500. Each POST stores one more record (an Inxmail POST creates a recipient).",
        "",
    ]
    return lines
