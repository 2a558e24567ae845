"""The Inxmail emulator's cost per request is flat in the data it stores (issue 11).

Measured without a clock: SQLite's progress handler counts the virtual-machine instructions
each request runs, the same on any machine and load. A request against 20,000 stored
recipients (each a member of a list) may cost a small constant factor more than against none;
reading every recipient or membership costs a thousand times more (about 260,000 instructions
for a 1-item page before issue 11, 145 after).
"""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sendspec_emulator.core import Clock, Database, Emulator
from sendspec_emulator.inxmail import InxmailProvider
from sendspec_emulator.specs import load_spec

SPEC = load_spec("inxmail")
PREFIX = "/customer/rest/v1"
HEADERS = {
    "Authorization": "Basic " + base64.b64encode(b"demo-client:demo-secret").decode(),
    "Accept": "application/hal+json,application/problem+json",
}
FILLER = 20_000
TICK = 1  # VM instructions per progress-handler call


class Probe:
    """An in-process emulator whose requests are priced in SQLite VM instructions."""

    def __init__(self, filler: int) -> None:
        self.db = Database()
        InxmailProvider(self.db, Clock())  # creates the tables
        self._seed(filler)
        # a process started on the database as it now is (what `--db` does after a restart)
        self.app = Emulator(SPEC, InxmailProvider(self.db, Clock()))
        self.ticks = 0
        self.db.conn.set_progress_handler(self._tick, TICK)
        self.loop = asyncio.new_event_loop()
        transport = httpx.ASGITransport(app=self.app)
        self.client = httpx.AsyncClient(
            transport=transport, base_url=f"http://localhost{PREFIX}", headers=HEADERS
        )

    def _tick(self) -> int:
        self.ticks += 1
        return 0

    def _seed(self, filler: int) -> None:
        """Lists 1 (everyone), 2 (the three probe recipients) and 3 (empty); the probes first
        (ids 1-3), then ``filler`` recipients in list 1; a subscription event per membership
        but those of list 1 for the probes; written in one transaction."""
        list_row = {"type": "STANDARD", "senderAddress": "a@example.com", "description": None}
        lists = [
            (1, {**list_row, "name": "everyone", "creationDate": "2024-01-01T00:00:00Z"}),
            (2, {**list_row, "name": "probes", "creationDate": "2024-01-01T00:00:00Z"}),
            (3, {**list_row, "name": "empty", "creationDate": "2024-01-01T00:00:00Z"}),
        ]
        people = [
            (
                i,
                {
                    "email": f"{'probe' if i <= 3 else 'user'}{i}@example.com",
                    "attributes": {},
                    "unavailable": False,
                    "last_modified": "2024-01-01T00:00:00Z",
                },
            )
            for i in range(1, 4 + filler)
        ]
        events = [
            (
                i,
                {
                    "listId": 1 if i > 3 else 2,
                    "recipientId": i,
                    "emailAddress": person["email"],
                    "type": "VERIFIED_SUBSCRIPTION",
                    "timestamp": "2024-01-01T00:00:00Z",
                },
            )
            for i, person in people
        ]
        members = [(i, 1, "SUBSCRIBED", "2024-01-01T00:00:00Z") for i, _ in people]
        members += [(i, 2, "SUBSCRIBED", "2024-01-01T00:00:00Z") for i in (1, 2, 3)]
        with self.db.tx() as conn:
            conn.executemany(
                "INSERT INTO items (coll, id, data) VALUES (?, ?, ?)",
                [("lists", i, json.dumps(d)) for i, d in lists]
                + [("recipients", i, json.dumps(d)) for i, d in people]
                + [("subscription-events", i, json.dumps(d)) for i, d in events],
            )
            conn.executemany(
                "INSERT INTO sequences (coll, last, changed) VALUES (?, ?, ?)",
                [
                    ("lists", 3, None),
                    ("recipients", len(people), None),
                    ("subscription-events", len(events), None),
                ],
            )
            conn.executemany(
                "INSERT INTO memberships (recipient_id, list_id, state, subscribed)"
                " VALUES (?, ?, ?, ?)",
                members,
            )

    def cost(self, method: str, path: str, status: int, **kwargs: Any) -> int:
        """The ticks one request takes (its status checked)."""
        self.ticks = 0
        response = self.loop.run_until_complete(self.client.request(method, path, **kwargs))
        assert response.status_code == status, response.text
        return self.ticks

    def close(self) -> None:
        self.loop.run_until_complete(self.client.aclose())
        self.loop.close()
        self.db.close()


#: (name, method, path, status, request options): pages, filtered pages and writes
REQUESTS: list[tuple[str, str, str, int, dict[str, Any]]] = [
    ("1-item page", "GET", "/recipients?pageSize=1", 200, {}),
    ("page after a cursor", "GET", "/recipients?afterId=2&pageSize=1", 200, {}),
    ("email filter", "GET", "/recipients?email=PROBE2@example.com", 200, {}),
    ("member of a small list", "GET", "/recipients?subscribedTo=2&pageSize=2", 200, {}),
    ("list page", "GET", "/lists?pageSize=1", 200, {}),
    ("1-item event page", "GET", "/events/subscriptions?pageSize=1", 200, {}),
    ("events of a small list", "GET", "/events/subscriptions?listId=2&pageSize=2", 200, {}),
    ("events of two lists", "GET", "/events/subscriptions?listIds=2,3&pageSize=2", 200, {}),
    (
        "create a recipient",
        "POST",
        "/recipients",
        201,
        {"json": {"email": "new@example.com", "attributes": {}}},
    ),
    (
        "subscribe a known address",
        "POST",
        "/events/subscriptions",
        200,
        {"json": {"listId": 3, "email": "Probe1@example.com"}},
    ),
    (
        "tracking permission by address",
        "POST",
        "/tracking-permissions",
        201,
        {
            "json": {
                "listId": 2,
                "email": "probe3@example.com",
                "trackingPermissionState": "GRANTED",
            }
        },
    ),
    (
        "create a list",
        "POST",
        "/lists",
        201,
        {"json": {"name": "fresh", "type": "STANDARD", "senderAddress": "a@example.com"}},
    ),
]


@pytest.fixture(scope="module")
def costs() -> Iterator[dict[int, dict[str, int]]]:
    """The ticks of every request of REQUESTS, at 0 and at FILLER stored recipients."""
    out: dict[int, dict[str, int]] = {}
    for filler in (0, FILLER):
        probe = Probe(filler)
        try:
            out[filler] = {
                name: probe.cost(method, path, status, **kwargs)
                for name, method, path, status, kwargs in REQUESTS
            }
        finally:
            probe.close()
    yield out


@pytest.mark.parametrize("name", [r[0] for r in REQUESTS])
def test_cost_is_flat_in_stored_recipients(costs: dict[int, dict[str, int]], name: str) -> None:
    small, large = costs[0][name], costs[FILLER][name]
    # a few more rows read past the cursor may cost a little more; reading the 20,000 rows
    # costs ~1000x more
    assert large <= 3 * small + 100, f"{name}: {small} instructions at 0, {large} at {FILLER:,}"


def test_cursor_bounds_beyond_sqlite_integers_page_as_any_other() -> None:
    """``afterId`` has no bounds in the spec; SQLite's integers do: a cursor past them selects
    every item or none, with the links as for any cursor."""
    probe = Probe(0)
    try:
        for after, count, first in ((-(2**70), 3, False), (2**70, 0, True)):
            path = f"/recipients?afterId={after}&pageSize=5"
            response = probe.loop.run_until_complete(probe.client.get(path))
            assert response.status_code == 200, response.text
            body = response.json()
            assert len(body["_embedded"]["inx:recipients"]) == count
            assert ("first" in body["_links"]) is first
            assert f"afterId={after}&" in body["_links"]["self"]["href"]
    finally:
        probe.close()
