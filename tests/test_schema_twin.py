"""The compiled twin (jsonschema-rs) that answers "valid?" before jsonschema runs: it must
never accept what jsonschema (with the emulators' strict formats) rejects, and a valid
instance must not reach jsonschema at all (that is where the request path's time went)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sendspec_emulator.core import schemas
from sendspec_emulator.core.routing import escape_token
from sendspec_emulator.core.schemas import SchemaSet
from sendspec_emulator.specs import load_spec

SLUGS = ("iovox-email", "icomm-sms", "icommkt-email", "inxmail")

#: values at the edges where two validators tend to differ: integer formats, string formats
#: (the emulators' own checkers), patterns (\d, $ before a newline), numbers vs integers
POOL: list[Any] = [
    None,
    True,
    False,
    0,
    -1,
    7,
    1.5,
    1.0,
    2**31 - 1,
    2**31,
    -(2**31) - 1,
    2**63 - 1,
    2**63,
    2**64,
    1e300,
    "",
    "a",
    "A_B",
    "x" * 300,
    "a@b.co",
    "bob@customer.com",
    "bob@",
    "a b@c.d",
    "2024-01-31",
    "2024-02-30",
    "2024-01-01T00:00:00Z",
    "2024-01-01T00:00:00+0100",
    "2024-01-01 10:00:00",
    "127.0.0.1",
    "01.1.1.1",
    "123e4567-e89b-12d3-a456-426614174000",
    "http://x.y/z",
    "not a uri",
    "abc\n",
    "٣",
    "12",
    "-5",
    "ff 00",
    "QUJD",
    "true",
    [],
    [1],
    ["a", "b"],
    [None],
    {},
    {"a": 1},
    {"link_id": "1234"},
]
_SCHEMA = {"schema", "items", "additionalProperties", "not", "contains", "propertyNames"}
_SCHEMA_LISTS = {"allOf", "anyOf", "oneOf", "prefixItems"}
_SCHEMA_MAPS = {"properties", "schemas", "patternProperties", "$defs"}
_DATA = {"example", "examples", "enum", "const", "default"}


def schema_pointers(
    node: Any, pointer: str = "", is_schema: bool = False
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every (sub)schema of an OpenAPI document, with its JSON pointer."""
    if isinstance(node, list):
        for i, item in enumerate(node):
            yield from schema_pointers(item, f"{pointer}/{i}")
        return
    if not isinstance(node, dict):
        return
    if is_schema:
        yield pointer, node
    for key, value in node.items():
        here = f"{pointer}/{escape_token(key)}"
        if key in _SCHEMA and isinstance(value, dict):
            yield from schema_pointers(value, here, True)
        elif key in _SCHEMA_LISTS and is_schema and isinstance(value, list):
            for i, sub in enumerate(value):
                yield from schema_pointers(sub, f"{here}/{i}", True)
        elif key in _SCHEMA_MAPS and (is_schema or key == "schemas") and isinstance(value, dict):
            for name, sub in value.items():
                yield from schema_pointers(sub, f"{here}/{escape_token(name)}", True)
        elif not (is_schema and key in _DATA):
            yield from schema_pointers(value, here)


def instances(schema: dict[str, Any]) -> Iterator[Any]:
    yield from POOL
    properties = schema.get("properties")
    if isinstance(properties, dict) and properties:
        for i in range(8):  # objects whose members walk the pool
            yield {name: POOL[(i * 7 + j * 3) % len(POOL)] for j, name in enumerate(properties)}


@pytest.mark.parametrize("slug", SLUGS)
def test_the_twin_never_accepts_what_jsonschema_rejects(slug: str) -> None:
    spec = load_spec(slug)
    checked = SchemaSet(spec)
    pointers = list(schema_pointers(spec))
    assert len(pointers) > 100  # the walk found the document's schemas
    lenient, accepted = [], 0
    for pointer, schema in pointers:
        for value in instances(schema):
            if checked.is_valid(pointer, value):
                accepted += 1
                if any(True for _ in checked.validator(pointer).iter_errors(value)):
                    lenient.append((pointer, value))
    assert accepted > 1000  # the corpus reaches valid instances, not only failures
    assert lenient == []


def test_formats_and_integer_ranges_are_jsonschemas_own() -> None:
    spec = {
        "components": {
            "schemas": {
                "n": {"type": "integer", "format": "int32"},
                "big": {"type": "integer", "format": "int64", "minimum": 0},
                "mail": {"type": "string", "format": "email"},
                # a format jsonschema-rs checks and the emulators do not: jsonschema decides
                "free": {"type": "string", "format": "duration"},
                "f": {"type": "number", "format": "int32"},
            }
        }
    }
    checked = SchemaSet(spec)
    at = "/components/schemas/"
    assert checked.is_valid(at + "n", 2**31 - 1)
    assert not checked.is_valid(at + "n", 2**31)
    assert checked.violations(at + "n", 2**31) != []
    assert not checked.is_valid(at + "big", 2**63)
    assert not checked.is_valid(at + "big", -1)  # the schema's own minimum is kept
    assert not checked.is_valid(at + "mail", "bob@")
    assert checked.is_valid(at + "free", "not a duration")
    # a float is not an int for the int32 checker: the twin says "maybe", jsonschema accepts
    assert checked.violations(at + "f", 1e12) == []


def test_a_valid_instance_never_reaches_jsonschema(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = load_spec("iovox-email")
    checked = SchemaSet(spec)
    body = {
        "link_id": "1234",
        "sender_address": "bob@customer.com",
        "sender_name": "Bob",
        "recipient_address": "billy@example.org",
        "recipient_name": "Billy",
        "subject": "s",
        "text_content": "t",
        "html_content": "<p>h</p>",
    }
    pointer = "/paths/~1email/post/requestBody/content/application~1json/schema"

    def refuse(self: SchemaSet, pointer: str) -> Any:
        raise AssertionError("jsonschema ran on a valid instance")

    monkeypatch.setattr(SchemaSet, "validator", refuse)
    assert checked.violations(pointer, body) == []
    with pytest.raises(AssertionError):  # an invalid one is described by jsonschema
        checked.violations(pointer, {**body, "sender_address": "bob@"})


def test_an_instance_the_twin_cannot_take_falls_back() -> None:
    checked = SchemaSet({"components": {"schemas": {"s": {"type": "string", "maxLength": 3}}}})
    # a lone surrogate cannot cross into Rust: jsonschema decides (and accepts it)
    assert not checked.is_valid("/components/schemas/s", "\udc00")
    assert checked.violations("/components/schemas/s", "\udc00") == []


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ({"a": "\udc00"}, ["a"]),
        ({"\ud800": 1}, [""]),
        ([{"x": ["ok", "\udfff"]}], ["[0].x[1]"]),
        ({"n": 2**70, "s": "\udc00"}, ["s"]),  # beyond orjson's integers: the walk decides
        ({"a": "ş ✓", "b": [1, 2.5, None, True]}, []),
    ],
)
def test_lone_surrogates_are_named_wherever_they_are(body: Any, where: list[str]) -> None:
    assert [v.where for v in schemas.invalid_unicode(body)] == where
