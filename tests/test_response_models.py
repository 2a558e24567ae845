"""The generated clients parse every body the specs allow a service to send.

For every documented JSON response of every operation of every spec (and every webhook
payload), bodies are built from the response schema in three ways:

- ``minimal``: only the required members (at every depth);
- ``nulls``: every member that may be null is present and null;
- ``random``: optional members randomly present or absent, nullable ones randomly null, and
  (in the top levels of objects the schema leaves open) members the spec does not name, as a
  service adds them over time: the model must keep them.

Each body is first checked against the spec (JSON Schema 2020-12 with the emulators' format
checker), so a body that fails afterwards is one the spec allows. It is then parsed exactly
as the generated client parses that status (the operation module's ``_parse_response``, or
``Model.from_dict`` for a webhook payload) and turned back with ``to_dict()``, which must
keep every member: equal up to JSON types (date-times compared as instants, UUIDs by value,
numbers by value).

One case per distinct response schema (operations sharing ``$ref: Problem`` share a case).
Deterministic under ``SENDSPEC_DETERMINISTIC=1`` like the conformance suites;
``SENDSPEC_MODEL_EXAMPLES`` sets the examples per case and mode (default 4).
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import json
import math
import os
import pkgutil
import re
import sys
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from sendspec_conformance import harness
from sendspec_emulator.core import FORMAT_CHECKER
from sendspec_emulator.specs import load_spec as _load_spec

ROOT = Path(__file__).resolve().parent.parent
_gen_spec = importlib.util.spec_from_file_location("_generate", ROOT / "scripts" / "generate.py")
assert _gen_spec is not None and _gen_spec.loader is not None
generate = importlib.util.module_from_spec(_gen_spec)
sys.modules.setdefault("_generate", generate)
_gen_spec.loader.exec_module(generate)

SPEC_URI = "urn:sendspec:spec"
MODES = ("minimal", "nulls", "random")
EXAMPLES = int(os.environ.get("SENDSPEC_MODEL_EXAMPLES", "4"))
#: deeper than this, objects get only their required members and arrays their minimum
MAX_DEPTH = 6
JSON_MEDIA = re.compile(r"^application/(json|[\w.+-]+\+json)$")


# --------------------------------------------------------------------------------------------
# the cases


@dataclass(frozen=True)
class Case:
    slug: str
    package: str
    where: str  # "operation_id status" or "webhook name"
    pointer: str  # JSON pointer of the schema in the spec
    operation_id: str | None
    status: int | None
    media: str
    model: str | None  # for webhooks: the generated model's class name

    @property
    def id(self) -> str:
        return f"{self.slug}:{self.where}"


@functools.cache
def load_spec(slug: str) -> dict[str, Any]:
    return _load_spec(slug)  # read once; nothing here changes it


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _deref(spec: dict[str, Any], node: Any) -> tuple[Any, str | None]:
    """``node`` with its (local) ``$ref`` chain followed, and the pointer it ended at."""
    pointer = None
    while isinstance(node, dict) and "$ref" in node:
        pointer = node["$ref"].removeprefix("#")
        node = spec
        for part in pointer.strip("/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node, pointer


def _operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            if method in generate.HTTP_METHODS and isinstance(op, dict):
                yield path, method, op


#: JSON bodies that no generated code parses (reported by a test, so none is skipped silently)
UNCOVERED: list[str] = []


def collect_cases() -> list[Case]:
    cases: list[Case] = []
    for slug, package in generate.PROVIDERS.items():
        spec = load_spec(slug)
        generated_spec = generate.preprocess(spec)  # what the generator saw
        seen: set[str] = set()
        for path, method, op in _operations(spec):
            kept = generated_spec["paths"][path][method].get("responses", {})
            for status, response in op.get("responses", {}).items():
                if status not in kept or not status.isdigit():
                    continue  # dropped before generation (non-standard code) or a range
                resolved, ref = _deref(spec, response)
                base = ref or f"/paths/{_escape(path)}/{method}/responses/{status}"
                content = resolved.get("content") or {}
                kept_content = _deref(spec, kept[status])[0].get("content") or {}
                for media, body in content.items():
                    if media not in kept_content or not JSON_MEDIA.match(media):
                        continue
                    if "schema" not in body:
                        continue
                    key = json.dumps(body["schema"], sort_keys=True)
                    if key in seen:
                        continue
                    seen.add(key)
                    cases.append(
                        Case(
                            slug,
                            package,
                            f"{op['operationId']} {status}",
                            f"{base}/content/{_escape(media)}/schema",
                            op["operationId"],
                            int(status),
                            media,
                            None,
                        )
                    )
        for name, item in (spec.get("webhooks") or {}).items():
            for method, op in item.items():
                if method not in generate.HTTP_METHODS:
                    continue
                body, ref = _deref(spec, op.get("requestBody", {}))
                base = ref or f"/webhooks/{_escape(name)}/{method}/requestBody"
                for media, content in (body.get("content") or {}).items():
                    schema = content.get("schema") or {}
                    target = schema.get("items", {}) if schema.get("type") == "array" else schema
                    if not JSON_MEDIA.match(media):
                        continue
                    if "$ref" not in target:  # no component: no generated model to parse it
                        UNCOVERED.append(f"{slug}: webhook {name} {media} has an inline schema")
                        continue
                    component = target["$ref"].rsplit("/", 1)[-1]
                    cases.append(
                        Case(
                            slug,
                            package,
                            f"webhook {name}",
                            f"{base}/content/{_escape(media)}/schema",
                            None,
                            None,
                            media,
                            component,
                        )
                    )
    return cases


CASES = collect_cases()


# --------------------------------------------------------------------------------------------
# bodies from schemas


class Schemas:
    """One spec's schemas: validators (``$ref``s resolve in the document) and generation."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        resource = Resource.from_contents(spec, default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
        self._validators: dict[str, Draft202012Validator] = {}
        self._strategies: dict[tuple[str, str, int], st.SearchStrategy[Any]] = {}

    def validator(self, schema: Any) -> Draft202012Validator:
        key = json.dumps(schema, sort_keys=True, default=str)
        if key not in self._validators:
            self._validators[key] = Draft202012Validator(
                _absolute(schema), registry=self.registry, format_checker=FORMAT_CHECKER
            )
        return self._validators[key]

    def valid(self, schema: Any, value: Any) -> bool:
        return bool(self.validator(schema).is_valid(value))

    def resolve(self, schema: Any) -> Any:
        return _deref(self.spec, schema)[0]

    # nullability -------------------------------------------------------------------------
    def nullable(self, schema: Any, depth: int = 0) -> bool:
        schema = self.resolve(schema)
        if not isinstance(schema, dict) or depth > 20:
            return schema is True
        types = schema.get("type")
        if types is not None and "null" not in (types if isinstance(types, list) else [types]):
            return False
        if "enum" in schema and None not in schema["enum"]:
            return False
        if "const" in schema and schema["const"] is not None:
            return False
        if any(not self.nullable(s, depth + 1) for s in schema.get("allOf", [])):
            return False
        for key in ("anyOf", "oneOf"):
            if key in schema and not any(self.nullable(s, depth + 1) for s in schema[key]):
                return False
        return (
            types is not None
            or "enum" in schema
            or "const" in schema
            or any(k in schema for k in ("anyOf", "oneOf"))
        )

    # merging (allOf, and a schema's own keywords into each of its branches) --------------
    def merge(self, parts: list[Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for part in parts:
            part = self.resolve(part)
            if not isinstance(part, dict):
                continue
            if "allOf" in part:
                rest = {k: v for k, v in part.items() if k != "allOf"}
                part = self.merge([*part["allOf"], rest])
            for key, value in part.items():
                if key == "properties":
                    props = dict(out.get("properties", {}))
                    for name, sub in value.items():
                        props[name] = {"allOf": [props[name], sub]} if name in props else sub
                    out["properties"] = props
                elif key == "required":
                    out["required"] = list(dict.fromkeys([*out.get("required", []), *value]))
                elif key == "type" and "type" in out:
                    mine = out["type"] if isinstance(out["type"], list) else [out["type"]]
                    theirs = value if isinstance(value, list) else [value]
                    both = [
                        t for t in mine if t in theirs or (t == "integer" and "number" in theirs)
                    ]
                    both += [t for t in theirs if t == "integer" and "number" in mine]
                    out["type"] = list(dict.fromkeys(both))
                elif key in ("anyOf", "oneOf") and key in out:
                    out["allOf"] = [*out.get("allOf", []), {key: value}]  # never the spec's list
                elif key in ("minimum", "minLength", "minItems", "exclusiveMinimum") and key in out:
                    out[key] = max(out[key], value)
                elif key in ("maximum", "maxLength", "maxItems", "exclusiveMaximum") and key in out:
                    out[key] = min(out[key], value)
                elif key == "enum" and "enum" in out:
                    out["enum"] = [v for v in out["enum"] if v in value]
                else:
                    out.setdefault(key, value)
        return out

    # strategies ----------------------------------------------------------------------------
    def strategy(self, schema: Any, mode: str, depth: int = 0) -> st.SearchStrategy[Any]:
        key = (json.dumps(schema, sort_keys=True, default=str), mode, min(depth, MAX_DEPTH + 1))
        if key not in self._strategies:
            self._strategies[key] = self._strategy(schema, mode, depth)
        return self._strategies[key]

    def _strategy(self, schema: Any, mode: str, depth: int) -> st.SearchStrategy[Any]:
        schema = self.resolve(schema)
        if schema is True or schema == {}:
            return st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=5))
        if not isinstance(schema, dict):
            raise TypeError(f"cannot generate from {schema!r}")
        if "allOf" in schema:
            return self.strategy(self.merge([schema]), mode, depth)
        for key in ("oneOf", "anyOf"):
            if key in schema:
                own = {k: v for k, v in schema.items() if k not in (key, "discriminator")}
                branches = [self.merge([own, b]) if own else b for b in schema[key]]
                if mode == "nulls" and self.nullable(schema):
                    return st.none()
                options = [self.strategy(b, mode, depth) for b in branches]
                if key == "oneOf":  # exactly one branch may match
                    return st.one_of(options).filter(self._matches_one(schema[key]))
                return st.one_of(options)
        if "if" in schema:
            base = {k: v for k, v in schema.items() if k not in ("if", "then", "else")}
            then = self.merge([base, schema["if"], schema.get("then", {})])
            other = self.strategy(self.merge([base, schema.get("else", {})]), mode, depth)
            return st.one_of(
                self.strategy(then, mode, depth),
                other.filter(self._fails(schema["if"])),
            )
        if "not" in schema:
            base = {k: v for k, v in schema.items() if k != "not"}
            return self.strategy(base, mode, depth).filter(self._fails(schema["not"]))
        if "const" in schema:
            return st.just(schema["const"])
        if "enum" in schema:
            values = schema["enum"]
            if mode == "nulls" and None in values:
                return st.none()
            return st.sampled_from(values)
        types = schema.get("type")
        if types is None:
            shape = [k for k in ("properties", "items") if k in schema]
            types = {"properties": ["object"], "items": ["array"]}.get(shape[0]) if shape else None
            types = types or ["string"]
        types = types if isinstance(types, list) else [types]
        if "null" in types and (mode == "nulls" or types == ["null"]):
            return st.none()
        options = [self._typed(t, schema, mode, depth) for t in types if t != "null"]
        if "null" in types:
            options.append(st.none())
        return st.one_of(options)

    def _matches_one(self, branches: list[Any]) -> Callable[[Any], bool]:
        return lambda value: sum(self.valid(b, value) for b in branches) == 1

    def _fails(self, schema: Any) -> Callable[[Any], bool]:
        return lambda value: not self.valid(schema, value)

    def _typed(self, kind: str, schema: dict[str, Any], mode: str, depth: int) -> Any:
        if kind == "string":
            return self._string(schema)
        if kind == "integer":
            return self._integer(schema)
        if kind == "number":
            low, high = _bounds(schema, float)
            return st.floats(
                min_value=low,
                max_value=high,
                allow_nan=False,
                allow_infinity=False,
                exclude_min="exclusiveMinimum" in schema,
                exclude_max="exclusiveMaximum" in schema,
            ) | self._integer(schema)
        if kind == "boolean":
            return st.booleans()
        if kind == "array":
            return self._array(schema, mode, depth)
        if kind == "object":
            return self._object(schema, mode, depth)
        raise TypeError(f"unknown type {kind!r}")

    def _string(self, schema: dict[str, Any]) -> st.SearchStrategy[str]:
        fmt = schema.get("format")
        low, high = schema.get("minLength", 0), schema.get("maxLength")
        strategy: st.SearchStrategy[str]
        if "pattern" in schema:
            strategy = st.from_regex(schema["pattern"])
        elif fmt == "date-time":
            strategy = st.builds(
                _rfc3339,
                st.datetimes(min_value=datetime(1970, 1, 1), max_value=datetime(2100, 1, 1)),
                st.sampled_from([0, 60, -300, 330, 120]),
                st.sampled_from([0, 3, 6, 7]),
            )
        elif fmt == "date":
            strategy = st.dates(min_value=date(1970, 1, 1)).map(date.isoformat)
        elif fmt == "uuid":
            strategy = st.uuids().map(str)
        elif fmt == "email":
            strategy = st.from_regex(
                r"\A[a-z0-9_+-]{1,12}(\.[a-z0-9_+-]{1,5})?@[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?\.(com|org|de)\Z"
            )
        elif fmt == "uri":
            strategy = st.from_regex(r"\Ahttps://[a-z]{1,10}\.example\.com(/[a-z0-9]{0,8}){0,3}\Z")
        elif fmt == "hostname":
            strategy = st.from_regex(r"\A[a-z0-9]{1,10}(\.[a-z0-9]{1,10}){0,2}\.(com|org)\Z")
        elif fmt == "ipv4":
            strategy = st.ip_addresses(v=4).map(str)
        elif fmt == "ipv6":
            strategy = st.ip_addresses(v=6).map(str)
        else:
            return st.text(min_size=low, max_size=high if high is not None else max(low, 12))
        if low or high is not None:
            strategy = strategy.filter(lambda s: low <= len(s) and (high is None or len(s) <= high))
        return strategy

    def _integer(self, schema: dict[str, Any]) -> st.SearchStrategy[int]:
        low, high = _bounds(schema, int)
        if schema.get("format") == "int32":
            low = max(low if low is not None else -(2**31), -(2**31))
            high = min(high if high is not None else 2**31 - 1, 2**31 - 1)
        elif schema.get("format") == "int64":
            low = max(low if low is not None else -(2**63), -(2**63))
            high = min(high if high is not None else 2**63 - 1, 2**63 - 1)
        strategy = st.integers(min_value=low, max_value=high)
        step = schema.get("multipleOf")
        if isinstance(step, int) and step > 0:
            strategy = strategy.filter(lambda n: n % step == 0)
        return strategy

    def _array(self, schema: dict[str, Any], mode: str, depth: int) -> st.SearchStrategy[Any]:
        low = schema.get("minItems", 0)
        high = schema.get("maxItems", low + (0 if depth >= MAX_DEPTH else 2))
        items = self.strategy(schema.get("items", {}), mode, depth + 1)
        return st.lists(
            items, min_size=low, max_size=max(low, high), unique=bool(schema.get("uniqueItems"))
        )

    def _object(self, schema: dict[str, Any], mode: str, depth: int) -> st.SearchStrategy[Any]:
        properties: dict[str, Any] = schema.get("properties", {})
        required = [n for n in schema.get("required", []) if n in properties]
        missing = [n for n in schema.get("required", []) if n not in properties]
        if missing:  # required but undeclared: any JSON value the rest of the schema allows
            extra = schema.get("additionalProperties", {})
            properties = {**properties, **{n: extra if extra is not False else {} for n in missing}}
            required += missing
        fixed = {name: self.strategy(properties[name], mode, depth + 1) for name in required}
        optional: dict[str, st.SearchStrategy[Any]] = {}
        for name, sub in properties.items():
            if name in fixed:
                continue
            if mode == "minimal" or depth >= MAX_DEPTH:
                continue
            if mode == "nulls" and self.nullable(sub):
                fixed[name] = st.none()
            else:
                optional[name] = self.strategy(sub, mode, depth + 1)
        members = st.fixed_dictionaries(fixed, optional=optional)
        extra = schema.get("additionalProperties", True)
        closed = extra is False or any(
            k in schema for k in ("unevaluatedProperties", "patternProperties", "propertyNames")
        )
        if mode != "random" or closed or depth > 2:  # the top levels suffice (cost)
            return members
        # members the spec does not name (added to the API later): the model must keep them
        names = st.from_regex(r"\A[a-z][a-zA-Z0-9]{0,8}\Z").filter(lambda n: n not in properties)
        values = self.strategy({} if extra is True else extra, mode, depth + 1)
        unknown = st.dictionaries(names, values, max_size=2)
        return st.tuples(members, unknown).map(lambda both: {**both[1], **both[0]})

    def body(self, pointer: str, mode: str) -> st.SearchStrategy[Any]:
        return self.strategy({"$ref": "#" + pointer}, mode)


def _absolute(schema: Any) -> Any:
    """``schema`` with its local ``$ref``s pointing into the registered spec."""
    if isinstance(schema, dict):
        return {
            k: (SPEC_URI + v if k == "$ref" and v.startswith("#") else _absolute(v))
            for k, v in schema.items()
        }
    if isinstance(schema, list):
        return [_absolute(v) for v in schema]
    return schema


def _bounds(schema: dict[str, Any], kind: type) -> tuple[Any, Any]:
    low, high = schema.get("minimum"), schema.get("maximum")
    if "exclusiveMinimum" in schema:
        low = schema["exclusiveMinimum"] + (1 if kind is int else 0)
    if "exclusiveMaximum" in schema:
        high = schema["exclusiveMaximum"] - (1 if kind is int else 0)
    if kind is int:
        low = math.ceil(low) if low is not None else None
        high = math.floor(high) if high is not None else None
    return low, high


def _rfc3339(moment: datetime, offset_minutes: int, digits: int) -> str:
    text = moment.replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%S")
    if digits:
        text += "." + f"{moment.microsecond:06d}{moment.microsecond % 10}"[:digits]
    if offset_minutes == 0:
        return text + "Z"
    sign = "+" if offset_minutes > 0 else "-"
    hours, minutes = divmod(abs(offset_minutes), 60)
    return f"{text}{sign}{hours:02d}:{minutes:02d}"


SETTINGS: settings = harness.hypothesis_settings(EXAMPLES)
SETTINGS_20: settings = harness.hypothesis_settings(20)
SCHEMAS = {slug: Schemas(load_spec(slug)) for slug in generate.PROVIDERS}


# --------------------------------------------------------------------------------------------
# parse and compare


def parse(case: Case, body: Any) -> Any:
    """``body`` as the generated client parses it."""
    if case.model is not None:
        models = importlib.import_module(f"{case.package}.models")
        model = getattr(models, _generated_name(case.model, models.__all__))
        return (
            [model.from_dict(x) for x in body] if isinstance(body, list) else model.from_dict(body)
        )
    module = _operation_module(case.package, case.operation_id or "")
    client = importlib.import_module(case.package).Client(base_url="http://sendspec.invalid")
    response = httpx.Response(
        case.status or 200,
        content=json.dumps(body).encode(),
        headers={"content-type": case.media},
    )
    return module._parse_response(client=client, response=response)


_MODULES: dict[tuple[str, str], Any] = {}


def _generated_name(name: str, generated: Any) -> str:
    """The one of ``generated`` (names in generated code) that the generator made of ``name``.

    openapi-python-client only drops delimiters, changes case and may append ``_`` (it runs
    from its own venv, so its naming functions are not imported here): the same letters and
    digits, compared without case, find the name, and an ambiguous match is an error.
    """

    def key(text: str) -> str:
        return re.sub(r"[^0-9a-z]", "", text.lower())

    found = [g for g in generated if key(g) == key(name)]
    assert len(found) == 1, f"{name!r}: generated as {found or 'nothing'}"
    return str(found[0])


def _operation_module(package: str, operation_id: str) -> Any:
    if not _MODULES:
        for slug, pkg in generate.PROVIDERS.items():
            api = importlib.import_module(f"{pkg}.api")
            modules = {
                m.name.rsplit(".", 1)[-1]: m.name
                for m in pkgutil.walk_packages(api.__path__, f"{pkg}.api.")
                if not m.ispkg
            }
            for _, _, op in _operations(load_spec(slug)):
                name = _generated_name(op["operationId"], modules)
                _MODULES[(pkg, op["operationId"])] = modules[name]
    return importlib.import_module(_MODULES[(package, operation_id)])


def to_json(parsed: Any) -> Any:
    if hasattr(parsed, "to_dict"):
        return parsed.to_dict()
    if isinstance(parsed, list):
        return [to_json(x) for x in parsed]
    return parsed


def differences(sent: Any, back: Any, where: str = "") -> list[str]:
    """What ``back`` (to_dict of the parsed body) lost or changed of ``sent``."""
    if isinstance(sent, dict) and isinstance(back, dict):
        out = [f"{where}.{k}: lost" for k in sent if k not in back]
        out += [f"{where}.{k}: added ({back[k]!r})" for k in back if k not in sent]
        for key in sent.keys() & back.keys():
            out += differences(sent[key], back[key], f"{where}.{key}")
        return out
    if isinstance(sent, list) and isinstance(back, list):
        if len(sent) != len(back):
            return [f"{where}: {len(sent)} items became {len(back)}"]
        return [
            d
            for i, (a, b) in enumerate(zip(sent, back, strict=True))
            for d in differences(a, b, f"{where}[{i}]")
        ]
    if _same_scalar(sent, back):
        return []
    return [f"{where or 'body'}: {sent!r} became {back!r}"]


def _same_scalar(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool) or a is None or b is None:
        return type(a) is type(b) and a == b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return a == b
    if isinstance(a, str) and isinstance(b, str):
        return a == b or _same_moment(a, b) or _same_uuid(a, b)
    return bool(a == b)


def _same_moment(a: str, b: str) -> bool:
    try:
        x, y = (datetime.fromisoformat(s.replace("Z", "+00:00")) for s in (a, b))
    except ValueError:
        return False
    if (x.tzinfo is None) != (y.tzinfo is None):
        return False
    if x.tzinfo is None:
        return x == y
    return x.astimezone(UTC) == y.astimezone(UTC) and (x.utcoffset() == y.utcoffset())


def _same_uuid(a: str, b: str) -> bool:
    try:
        return UUID(a) == UUID(b)
    except ValueError:
        return False


# --------------------------------------------------------------------------------------------
# the test


def check(case: Case, body: Any) -> None:
    schemas = SCHEMAS[case.slug]
    errors = list(schemas.validator({"$ref": "#" + case.pointer}).iter_errors(body))
    assert not errors, (
        f"test generator bug: built a body the spec rejects: {errors[0].message} "
        f"at {list(errors[0].absolute_path)}\nbody: {json.dumps(body)[:2000]}"
    )
    try:
        back = to_json(parse(case, body))
    except Exception:  # any exception is the finding: report it with the body
        pytest.fail(
            f"{case.id}: the generated client cannot parse a body the spec allows\n"
            f"schema: {case.pointer}\nbody: {json.dumps(body)[:2000]}\n{traceback.format_exc()}",
            pytrace=False,
        )
    lost = differences(body, back)
    assert not lost, (
        f"{case.id}: to_dict(from_dict(body)) does not give the body back: {lost[:10]}\n"
        f"schema: {case.pointer}\nbody: {json.dumps(body)[:2000]}"
    )


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_generated_model_parses_what_the_spec_allows(case: Case, mode: str) -> None:
    strategy = SCHEMAS[case.slug].body(case.pointer, mode)

    @SETTINGS
    @given(strategy)
    def run(body: Any) -> None:
        check(case, body)

    run()


def test_every_spec_has_cases() -> None:
    slugs = {c.slug for c in CASES}
    assert slugs == set(generate.PROVIDERS)
    assert any(c.model for c in CASES)  # webhook payloads are covered too
    assert UNCOVERED == []


# --------------------------------------------------------------------------------------------
# the checks can fail


def test_check_catches_a_client_that_cannot_parse() -> None:
    case = next(c for c in CASES if c.slug == "iovox-email" and c.where == "search_emails 200")
    body = {"current_page": 1, "total_pages": 1, "total_results": 1, "results": []}
    check(case, body)
    with pytest.raises(AssertionError, match="spec rejects"):
        check(case, {"current_page": 1})  # the generator must build valid bodies
    broken = Case(**{**case.__dict__, "pointer": "/components/schemas/EmailRecord"})
    with pytest.raises(pytest.fail.Exception, match="cannot parse"):
        check(broken, {"message_id": "x"})  # EmailRecord is not what search_emails parses


def test_differences_compare_up_to_json_types() -> None:
    assert differences({"a": "2024-01-01T00:00:00Z"}, {"a": "2024-01-01T00:00:00+00:00"}) == []
    assert differences({"a": "2024-01-01T01:00:00+01:00"}, {"a": "2024-01-01T00:00:00Z"}) != []
    assert (
        differences(
            {"u": "A" * 8 + "-aaaa-4aaa-8aaa-" + "a" * 12},
            {"u": "a" * 8 + "-aaaa-4aaa-8aaa-" + "a" * 12},
        )
        == []
    )
    assert differences({"n": 1}, {"n": 1.0}) == [] and differences({"b": True}, {"b": 1}) != []
    assert differences({"a": None, "b": 1}, {"b": 1}) == [".a: lost"]
    assert differences([1, 2], [1]) == [": 2 items became 1"]


def test_generator_modes() -> None:
    schemas = Schemas(
        {
            "components": {
                "schemas": {
                    "X": {
                        "type": "object",
                        "required": ["r"],
                        "properties": {
                            "r": {"type": "string", "pattern": "^[a-c]{2}$"},
                            "n": {"type": ["integer", "null"]},
                            "o": {"type": "string"},
                        },
                    }
                }
            }
        }
    )
    pointer = "/components/schemas/X"

    @SETTINGS_20
    @given(schemas.body(pointer, "minimal"), schemas.body(pointer, "nulls"))
    def run(minimal: Any, nulls: Any) -> None:
        assert minimal.keys() == {"r"} and re.fullmatch("[a-c]{2}\n?", minimal["r"])
        assert nulls["n"] is None and set(nulls) <= {"r", "n", "o"}

    run()
