"""The SMS emulator's logs filters and report pulls cost the same however many messages it
holds (issue 11, "cost grows with data", audited for every provider).

Priced in SQLite virtual-machine instructions (the progress handler, one call each), not in
time: the same on any machine and load. Before the fix a logs page filtered by destination
read every message of the 48 h window and a report pull sorted every pending report.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sendspec_emulator.core import Clock, Database, Emulator
from sendspec_emulator.sms import SmsProvider
from sendspec_emulator.specs import load_spec

SPEC = load_spec("icomm-sms")
HEADERS = {"Authorization": "App demo-api-key"}
FILLER = 5_000
PROBE = "41791111111"


class Probe:
    """An in-process SMS emulator holding three probe messages and ``filler`` others, all
    delivered (their reports pending), whose requests are priced in VM instructions."""

    def __init__(self, filler: int) -> None:
        self.db = Database()
        # pending until the control plane's advance: nothing is delivered while measuring
        self.app = Emulator(SPEC, SmsProvider(self.db, Clock(), delivery_delay=600.0))
        self.loop = asyncio.new_event_loop()
        self.client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=self.app), base_url="http://localhost"
        )
        self.send([PROBE] * 3)
        for start in range(0, filler, 250):
            self.send([f"4179{n:07d}" for n in range(start + 1, min(filler, start + 250) + 1)])
        advanced = self.request("POST", "/_emulator/advance", json={})
        assert advanced.status_code == 200, advanced.text
        self.ticks = 0

    def _tick(self) -> int:
        self.ticks += 1
        return 0

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        return self.loop.run_until_complete(
            self.client.request(method, path, headers=HEADERS, **kwargs)
        )

    def send(self, destinations: list[str]) -> None:
        messages = [
            {"sender": "InfoSMS", "destinations": [{"to": d}], "content": {"text": "Hi"}}
            for d in destinations
        ]
        response = self.request("POST", "/sms/3/messages", json={"messages": messages})
        assert response.status_code == 200, response.text

    def cost(self, path: str) -> tuple[int, Any]:
        self.ticks = 0
        self.db.conn.set_progress_handler(self._tick, 1)
        try:
            response = self.request("GET", path)
        finally:
            self.db.conn.set_progress_handler(None, 0)
        assert response.status_code == 200, response.text
        return self.ticks, response.json()

    def close(self) -> None:
        self.loop.run_until_complete(self.client.aclose())
        self.loop.close()
        self.db.close()


REQUESTS = {
    "logs page": "/sms/3/logs?limit=1",
    "logs of a destination": f"/sms/3/logs?limit=2&destination={PROBE}",
    "report pull": "/sms/3/reports?limit=1",
}


@pytest.fixture(scope="module")
def costs() -> Iterator[dict[int, dict[str, tuple[int, Any]]]]:
    out: dict[int, dict[str, tuple[int, Any]]] = {}
    for filler in (0, FILLER):
        probe = Probe(filler)
        try:
            out[filler] = {name: probe.cost(path) for name, path in REQUESTS.items()}
        finally:
            probe.close()
    yield out


@pytest.mark.parametrize("name", list(REQUESTS))
def test_cost_is_flat_in_stored_messages(
    costs: dict[int, dict[str, tuple[int, Any]]], name: str
) -> None:
    (small, body), (large, big_body) = costs[0][name], costs[FILLER][name]
    assert len(body["results"]) == len(big_body["results"]) >= 1  # the same page size
    assert large <= 3 * small + 100, f"{name}: {small} instructions at 0, {large} at {FILLER:,}"


def test_the_filtered_page_is_the_newest_of_that_destination(
    costs: dict[int, dict[str, tuple[int, Any]]],
) -> None:
    for filler in (0, FILLER):
        _, body = costs[filler]["logs of a destination"]
        assert [r["destination"] for r in body["results"]] == [PROBE, PROBE]
