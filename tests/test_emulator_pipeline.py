"""The emulator core's leniency switches and strict response validation, on a small spec of
their own (so each mechanism is seen apart from any provider's rules)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from typing import Any

import httpx
import pytest
from sendspec_emulator import serve
from sendspec_emulator.core import (
    ApiError,
    Call,
    Clock,
    Database,
    Emulator,
    Handler,
    Provider,
    Reply,
    drop_nulls,
    handles,
)
from sendspec_emulator.core.rendered import RawJSON

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "pipeline", "version": "1"},
    "servers": [{"url": "http://localhost/api/v1"}],
    "paths": {
        "/items": {
            "get": {
                "operationId": "list_items",
                "parameters": [
                    {"name": "count", "in": "query", "schema": {"type": "integer"}},
                    {"name": "active", "in": "query", "schema": {"type": "boolean"}},
                    {
                        "name": "id",
                        "in": "query",
                        "explode": True,
                        "schema": {"type": "array", "items": {"type": "integer"}},
                    },
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Page"}}
                        },
                    },
                    "400": {"description": "bad", "content": {"application/json": {}}},
                },
            },
            "post": {
                "operationId": "create_item",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["Name"],
                                "properties": {
                                    "Name": {"type": "string"},
                                    "Tag": {"type": ["string", "null"]},
                                    "Meta": {
                                        "type": ["object", "null"],
                                        "properties": {"Key": {"type": ["string", "null"]}},
                                    },
                                    "Parts": {
                                        "type": "array",
                                        "items": {"$ref": "#/components/schemas/Part"},
                                    },
                                    "Model": {"type": "object", "additionalProperties": True},
                                },
                            }
                        }
                    },
                },
                "responses": {
                    "200": {"description": "ok", "content": {"application/json": {}}},
                    "400": {"description": "bad", "content": {"application/json": {}}},
                },
            },
        },
        "/items/{id}": {
            "patch": {
                "operationId": "patch_item",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "requestBody": {
                    "content": {
                        "application/merge-patch+json": {
                            "schema": {
                                "type": "object",
                                "properties": {"Tag": {"type": ["string", "null"]}},
                            }
                        }
                    }
                },
                "responses": {"200": {"description": "ok", "content": {"application/json": {}}}},
            }
        },
        "/items/validate": {
            "post": {
                "operationId": "validate_item",
                "responses": {"204": {"description": "no content"}},
            }
        },
    },
    "components": {
        "schemas": {
            "Part": {"$ref": "#/components/schemas/PartBody"},
            "PartBody": {
                "anyOf": [
                    {"type": "object", "properties": {"Note": {"type": ["string", "null"]}}},
                    {"type": "null"},
                ]
            },
            "Page": {
                "type": "object",
                "required": ["Total", "Items"],
                "properties": {
                    "Total": {"type": "integer"},
                    "Items": {"type": "array", "items": {"type": "integer"}},
                },
            },
        }
    },
}


class Pipeline(Provider):
    slug = "pipeline"

    def __init__(self, db: Database, clock: Clock, **flags: bool) -> None:
        super().__init__(db, clock)
        for name, value in flags.items():
            setattr(self, name, value)
        #: what each handler saw / should answer
        self.seen: list[Call] = []
        self.answer: Reply | None = None

    def handlers(self) -> dict[str, Handler]:
        ops = ("list_items", "create_item", "patch_item", "validate_item")
        return dict.fromkeys(ops, self.handle)

    def handle(self, call: Call) -> Reply:
        self.seen.append(call)
        if self.answer is not None:
            return self.answer
        if call.operation_id == "list_items":
            return Reply(200, {"Total": 1, "Items": call.query.get("id", [])})
        if call.operation_id == "validate_item":
            return Reply(204)
        return Reply(200, {"ok": True})

    def error_response(self, error: ApiError) -> Reply:
        return Reply(error.status, {"Message": error.message})


@pytest.fixture
def make() -> Iterator[Any]:
    with ExitStack() as stack:

        def start(strict: bool = True, **flags: bool) -> tuple[Pipeline, httpx.Client]:
            provider = Pipeline(Database(), Clock(), **flags)
            server = stack.enter_context(serve(Emulator(SPEC, provider, strict_responses=strict)))
            client = stack.enter_context(httpx.Client(base_url=server.base_url))
            return provider, client

        yield start


# --------------------------------------------------------------------------------------------
# leniency switches: off by default, each one opens exactly its own door


def test_by_default_paths_and_query_names_are_exact(make: Any) -> None:
    _, http = make()
    assert http.get("/items/").status_code == 404
    assert http.get("/ITEMS").status_code == 404
    assert http.get("/items", params={"Count": "x"}).status_code == 200  # undeclared: ignored
    assert http.get("/items", params={"count": "x"}).status_code == 400


def test_a_trailing_slash_without_case_folding(make: Any) -> None:
    _, http = make(trailing_slash=True)
    assert http.get("/items/").status_code == 200
    assert http.get("/Items").status_code == 404
    assert http.get("/Items/").status_code == 404


def test_case_folding_without_a_trailing_slash(make: Any) -> None:
    _, http = make(case_insensitive_paths=True)
    assert http.get("/Items").status_code == 200
    assert http.get("/items/").status_code == 404


def test_both_path_leniencies(make: Any) -> None:
    provider, http = make(trailing_slash=True, case_insensitive_paths=True)
    assert http.get("/items/").status_code == 200
    assert http.get("/Items").status_code == 200
    upper = str(http.base_url).replace("/api/v1", "/API/V1")  # the server prefix too
    assert http.get(upper + "items/validate/").status_code == 405
    assert http.post("/ITEMS/Validate/").status_code == 204
    assert [c.operation_id for c in provider.seen] == ["list_items", "list_items", "validate_item"]
    assert http.get("/items//").status_code == 404  # one slash, not any number


def test_case_insensitive_query_names(make: Any) -> None:
    provider, http = make(case_insensitive_query=True)
    assert http.get("/items", params={"COUNT": "3"}).status_code == 200
    assert provider.seen[-1].query == {"count": 3}
    r = http.get("/items", params={"Count": "x"})
    assert r.status_code == 400 and "count" in r.json()["Message"]
    r = http.get("/items?count=1&Count=2")
    assert r.status_code == 400 and "given once" in r.json()["Message"]


def test_query_values_reach_the_handler_in_the_specs_order(make: Any) -> None:
    provider, http = make(case_insensitive_query=True)
    assert http.get("/items?id=4&ACTIVE=true&count=3&unknown=1").status_code == 200
    assert list(provider.seen[-1].query.items()) == [("count", 3), ("active", True), ("id", [4])]
    assert provider.seen[-1].raw_query["unknown"] == "1"  # undeclared: the raw query keeps it
    assert http.get("/items").status_code == 200
    assert provider.seen[-1].query == {} and dict(provider.seen[-1].raw_query) == {}


def test_parameterless_paths_route_alike_every_time(make: Any) -> None:
    """The router remembers what a parameterless path found (not a 404, 405 or templated
    path), per method and exact raw path."""
    provider, http = make(trailing_slash=True, case_insensitive_paths=True)
    for _ in range(2):
        assert http.get("/items").status_code == 200
        assert http.get("/ITEMS/").status_code == 200
        assert http.delete("/items").status_code == 405
        assert http.get("/nothing").status_code == 404
    assert [c.operation_id for c in provider.seen] == ["list_items"] * 4


def test_boolean_values_in_any_case_only_where_the_provider_says(make: Any) -> None:
    _, exact = make()
    assert exact.get("/items?active=true").status_code == 200
    assert exact.get("/items?active=True").status_code == 400
    provider, folded = make(case_insensitive_booleans=True)
    for word, value in (("True", True), ("FALSE", False), ("false", False)):
        assert folded.get(f"/items?active={word}").status_code == 200
        assert provider.seen[-1].query == {"active": value}
    assert folded.get("/items?active=yes").status_code == 400


def test_array_parameters_take_repeated_values(make: Any) -> None:
    _, http = make()
    r = http.get("/items?id=1&id=2")
    assert r.status_code == 200 and r.json()["Items"] == [1, 2]
    # without comma_separated_arrays, "1,2" is one item, and not an integer
    assert http.get("/items?id=1,2").status_code == 400
    assert http.get("/items?count=1&count=2").status_code == 400  # a scalar stays single


def test_comma_separated_arrays(make: Any) -> None:
    _, http = make(comma_separated_arrays=True)
    assert http.get("/items?id=1,2&id=3").json()["Items"] == [1, 2, 3]
    r = http.get("/items?id=1,x")
    assert r.status_code == 400 and "id" in r.json()["Message"]


def test_nulls_reach_the_handler_as_absent_members(make: Any) -> None:
    provider, http = make(nulls_as_absent=True)
    body = {
        "Name": "a",
        "Tag": None,
        "Meta": {"Key": None},
        "Parts": [{"Note": None}, None],  # through items, $ref to $ref, anyOf
        "Model": {"free": None},  # a free-form map keeps its nulls
    }
    assert http.post("/items", json=body).status_code == 200
    assert provider.seen[-1].body == {
        "Name": "a",
        "Meta": {},
        "Parts": [{}, None],
        "Model": body["Model"],
    }
    # merge-patch: null removes a value, so it reaches the handler
    r = http.patch(
        "/items/1",
        content=b'{"Tag": null}',
        headers={"content-type": "application/merge-patch+json"},
    )
    assert r.status_code == 200 and provider.seen[-1].body == {"Tag": None}
    # a member the spec does not let be null is still refused
    assert http.post("/items", json={"Name": None}).status_code == 400


def test_without_nulls_as_absent_the_handler_sees_the_nulls(make: Any) -> None:
    provider, http = make()
    assert http.post("/items", json={"Name": "a", "Tag": None}).status_code == 200
    assert provider.seen[-1].body == {"Name": "a", "Tag": None}


def test_drop_nulls_keeps_nulls_inside_arrays_and_undeclared_members() -> None:
    schema = {
        "type": "object",
        "properties": {
            "a": {"type": ["string", "null"]},
            "b": {"type": "array", "items": {"properties": {"c": {}}}},
        },
    }
    assert drop_nulls({"a": None, "b": [None, {"c": None}], "x": None}, schema, {}) == {
        "b": [None, {}],
        "x": None,
    }


# --------------------------------------------------------------------------------------------
# strict responses: an answer the spec rejects is a failure a suite sees


@pytest.mark.parametrize(
    ("reply", "problem"),
    [
        (Reply(200, {"Total": "1", "Items": []}), "response.Total"),
        (Reply(200, {"Items": []}), "Total"),
        (Reply(201, {"Total": 1, "Items": []}), "201 is not a documented response"),
    ],
)
def test_strict_mode_turns_an_undocumented_answer_into_a_500(
    make: Any, reply: Reply, problem: str, caplog: pytest.LogCaptureFixture
) -> None:
    provider, http = make(strict=True)
    provider.answer = reply
    r = http.get("/items")
    assert r.status_code == 500
    assert problem in r.json()["Message"]
    assert any("outside its spec" in rec.getMessage() for rec in caplog.records)


def test_strict_mode_checks_error_answers_too(make: Any) -> None:
    provider, http = make(strict=True)
    provider.answer = Reply(404, {"Message": "gone"})  # list_items documents no 404
    assert http.get("/items").status_code == 500
    # a body on a response the spec documents without one
    provider.answer = Reply(204, {"x": 1})
    assert http.post("/items/validate").status_code == 500


def test_strict_mode_passes_what_the_spec_allows(make: Any) -> None:
    _, http = make(strict=True)
    assert http.get("/items?id=4").json() == {"Total": 1, "Items": [4]}
    assert http.get("/items?count=x").status_code == 400  # documented error, free-form body
    assert http.post("/items/validate").status_code == 204


def test_strict_mode_checks_pre_rendered_records_as_sent(make: Any) -> None:
    # a page's records embedded as JSON text (core.rendered) are checked as the client
    # reads them: a wrong one still fails, a right one goes out byte for byte
    provider, http = make(strict=True)
    provider.answer = Reply(200, {"Total": 2, "Items": [RawJSON(b"4"), RawJSON(b'"5"')]})
    r = http.get("/items")
    assert r.status_code == 500
    assert "response.Items[1]" in r.json()["Message"]
    provider.answer = Reply(200, {"Total": 2, "Items": [RawJSON(b"4"), RawJSON(b"5")]})
    r = http.get("/items")
    assert r.status_code == 200
    assert r.content == b'{"Total":2,"Items":[4,5]}'
    # text that is not JSON at all is not sent either
    provider.answer = Reply(200, {"Total": 1, "Items": [RawJSON(b"{4")]})
    r = http.get("/items")
    assert r.status_code == 500
    assert "response.Items[0]" in r.json()["Message"]


def test_without_strict_mode_the_answer_goes_out_as_it_is(make: Any) -> None:
    provider, http = make(strict=False)
    provider.answer = Reply(200, {"Total": "1"})
    assert http.get("/items").json() == {"Total": "1"}


# --------------------------------------------------------------------------------------------
# handlers register themselves by operationId


class Listing(Provider):
    slug = "listing"

    @handles("list_items")
    def list_items(self, call: Call) -> Reply:
        return Reply(200, {"Total": 0, "Items": []})


class Writing(Listing):
    @handles("create_item", "patch_item")
    def write(self, call: Call) -> Reply:
        return Reply(200, {})


def test_marked_methods_are_the_handlers_of_their_operations() -> None:
    provider = Writing(Database(), Clock())
    table = provider.handlers()
    assert set(table) == {"list_items", "create_item", "patch_item"}
    assert table["create_item"] == provider.write
    # the core refuses to start while an operation of the spec has no handler, and names it
    with pytest.raises(RuntimeError, match="validate_item"):
        Emulator(SPEC, provider)


def test_an_override_keeps_the_operation_and_two_handlers_are_an_error() -> None:
    class Overriding(Writing):
        def list_items(self, call: Call) -> Reply:
            return Reply(200, {"Total": 1, "Items": [1]})

    provider = Overriding(Database(), Clock())
    assert provider.handlers()["list_items"] == provider.list_items

    class Twice(Writing):
        @handles("list_items")
        def other(self, call: Call) -> Reply:
            return Reply(200, {})

    with pytest.raises(RuntimeError, match="list_items is handled by both list_items and other"):
        Twice(Database(), Clock()).handlers()
