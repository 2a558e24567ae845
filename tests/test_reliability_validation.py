"""Validation with a budget (issue 11): a 0.2 MB array of 100,000 ints to iovox
``/email/address/proxy`` took 52.6 s (one error per item, all collected and sorted, on the
event loop) and held a health check 49 s. Now the top level's cheap keywords come first,
validation stops after the first MAX_VIOLATIONS problems, and large bodies are decoded and
validated off the event loop. The work is counted, not timed."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from sendspec_emulator import create_app
from sendspec_emulator.core import SchemaSet
from sendspec_emulator.core.app import parse_json
from sendspec_emulator.core.schemas import MAX_VIOLATIONS

IOVOX = {"username": "demo", "secureKey": "demo-secure-key"}
HOSTILE = list(range(100_000))  # one violation per item: each must be an object
PROXY = "/paths/~1email~1address~1proxy/post/requestBody/content/application~1json/schema"


class Counting:
    """A validator's stand-in that counts the errors taken from its (lazy) iter_errors."""

    def __init__(self, validator: Draft202012Validator) -> None:
        self.validator = validator
        self.pulled = 0

    def iter_errors(self, instance: Any) -> Iterator[Any]:
        for error in self.validator.iter_errors(instance):
            self.pulled += 1
            yield error


def counting(schemas: SchemaSet) -> dict[str, Counting]:
    seen: dict[str, Counting] = {}
    original = schemas.validator

    def validator(pointer: str) -> Any:
        if pointer not in seen:
            seen[pointer] = Counting(original(pointer))
        return seen[pointer]

    schemas.validator = validator  # type: ignore[method-assign]
    return seen


def test_validation_stops_after_the_first_violations() -> None:
    app = create_app("iovox-email")
    seen = counting(app.schemas)
    found = app.schemas.violations(PROXY, HOSTILE)
    assert len(found) == MAX_VIOLATIONS
    assert found[0].where == "[0]" and found[0].message == "must be of type object"
    assert seen[PROXY].pulled <= MAX_VIOLATIONS  # not 100,000
    app.provider.db.close()


def test_the_top_levels_cheap_keywords_are_checked_before_any_item() -> None:
    spec = {
        "components": {
            "schemas": {  # items before maxItems: the full walk would visit every item first
                "Batch": {"type": "array", "items": {"type": "object"}, "maxItems": 2}
            }
        }
    }
    schemas = SchemaSet(spec)
    seen = counting(schemas)
    found = schemas.violations("/components/schemas/Batch", [1] * 1000)
    assert [v.text() for v in found] == ["must have at most 2 items"]
    assert seen == {}  # the full validator never ran
    # within the cheap limits, the items are validated as before
    found = schemas.violations("/components/schemas/Batch", [1, {}])
    assert [(v.where, v.message) for v in found] == [("[0]", "must be of type object")]


def test_a_hostile_array_gets_its_400_after_bounded_work() -> None:
    app = create_app("iovox-email")
    seen = counting(app.schemas)

    async def post() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as http:
            return await http.post("/rest/v1/email/address/proxy", json=HOSTILE, headers=IOVOX)

    r = asyncio.run(post())
    assert r.status_code == 400
    assert len(r.json()["errors"]) == MAX_VIOLATIONS
    assert seen[PROXY].pulled <= MAX_VIOLATIONS
    app.provider.db.close()


def test_a_large_body_is_validated_off_the_event_loop() -> None:
    """While the hostile body's validation is held (in its worker thread), a health check
    is answered: on the event loop, validation would hold every other request."""
    app = create_app("iovox-email")
    started, release = threading.Event(), threading.Event()
    held: list[bool] = []
    original = app.schemas.violations

    def violations(pointer: str, instance: Any, *args: Any, **kwargs: Any) -> Any:
        if instance == HOSTILE:
            started.set()
            held.append(release.wait(10))  # False: nothing released it (the loop was held)
        return original(pointer, instance, *args, **kwargs)

    app.schemas.violations = violations  # type: ignore[method-assign]

    async def scenario() -> tuple[httpx.Response, httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as http:
            hostile = asyncio.create_task(
                http.post(
                    "/rest/v1/email/address/proxy",
                    content=json.dumps(HOSTILE),
                    headers={**IOVOX, "Content-Type": "application/json"},
                )
            )
            assert await asyncio.to_thread(started.wait, 10)
            health = await http.get("/_emulator/health")
            release.set()
            return health, await hostile

    health, hostile = asyncio.run(scenario())
    assert health.status_code == 200
    assert held == [True]  # the health check came while the validation was held
    assert hostile.status_code == 400
    app.provider.db.close()


def test_icommkt_still_tells_a_batch_over_500_messages() -> None:
    app = create_app("icommkt-email")

    async def post() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as http:
            return await http.post(
                "/email/batch",
                json=[{"To": 1}] * 20_000,
                headers={"X-Trx-Api-Key": "demo-server-token"},
            )

    r = asyncio.run(post())
    assert r.status_code == 422
    assert r.json()["ErrorCode"] == 410
    app.provider.db.close()


def test_a_long_array_goes_to_the_compiled_twin_item_by_item() -> None:
    """One call into the twin holds the GIL for the whole value (the event loop waits that
    long even though the body is validated in a worker thread): a long array of a plain
    array schema is given to it one item at a time."""
    app = create_app("iovox-email")
    seen: list[Any] = []
    original = app.schemas.is_valid

    def is_valid(pointer: str, instance: Any) -> bool:
        seen.append(instance)
        return original(pointer, instance)

    app.schemas.is_valid = is_valid  # type: ignore[method-assign]
    item = {
        "link_id": "abc1234",
        "sender_address": "bob.bob@iovox.com",
        "recipient_address": "bob@customer.com",
        "proxy_domain": "example.com",
    }
    assert app.schemas.violations(PROXY, [item] * 5000) == []
    assert len(seen) == 5000 and all(value == item for value in seen)
    found = app.schemas.violations(PROXY, [item] * 4999 + [1])
    assert [(v.where, v.message) for v in found] == [("[4999]", "must be of type object")]
    app.provider.db.close()


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner),
    max_leaves=25,
)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(_JSON_VALUES)
def test_the_fast_json_parse_gives_json_loads_value(value: Any) -> None:
    raw = json.dumps(value).encode()
    assert json.dumps(parse_json(raw)) == json.dumps(json.loads(raw))


@pytest.mark.parametrize(
    "raw",
    [b"[1e400]", b"[123456789012345678901234567890]", b"[NaN]", b'["\\udc00"]',
     b'{"a": 1, "a": 2}', "[1]".encode("utf-16"), b"[-9223372036854775809, 1E5, -0]"],
)  # fmt: skip
def test_the_fast_json_parse_defers_to_json_loads_where_orjson_differs(raw: bytes) -> None:
    assert repr(parse_json(raw)) == repr(json.loads(raw))  # big ints stay exact, NaN, ...
