"""Validation with the spec's own schemas: strict formats, human-readable violations,
and the schema-guided removal of null members (``Provider.nulls_as_absent``)."""

from __future__ import annotations

import ipaddress
import re
from datetime import date, datetime
from itertools import islice
from typing import Any
from urllib.parse import quote, urlsplit

import jsonschema_rs
import orjson
from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError, best_match
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012 as _DRAFT

from .routing import deref
from .values import JSON, Violation

SPEC_URI = "urn:sendspec:spec"
#: what a JSON pointer keeps unescaped in a URI fragment (``{id}`` in a path is escaped)
_POINTER_SAFE = "/~!$&'()*+,;=:@-._"


# --------------------------------------------------------------------------------------------
# formats: strict enough that a value the spec rejects is rejected here too

FORMAT_CHECKER = FormatChecker(formats=())
_EMAIL = re.compile(
    r"^[^@\s\"(),:;<>\[\\\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"
)
_LABEL = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


@FORMAT_CHECKER.checks("email")
def _is_email(value: object) -> bool:
    return not isinstance(value, str) or (bool(_EMAIL.match(value)) and len(value) <= 254)


@FORMAT_CHECKER.checks("hostname")
def _is_hostname(value: object) -> bool:
    if not isinstance(value, str):
        return True
    labels = value.rstrip(".").split(".")
    return 0 < len(value) <= 253 and all(_LABEL.match(label) for label in labels)


def _ip_format(kind: type[ipaddress.IPv4Address] | type[ipaddress.IPv6Address]) -> Any:
    def check(value: object) -> bool:
        if not isinstance(value, str):
            return True
        try:
            kind(value)  # IPv4: dotted quad without leading zeros
        except ValueError:
            return False
        return "%" not in value  # no IPv6 zone ids

    return check


FORMAT_CHECKER.checks("ipv4")(_ip_format(ipaddress.IPv4Address))
FORMAT_CHECKER.checks("ipv6")(_ip_format(ipaddress.IPv6Address))


@FORMAT_CHECKER.checks("uuid")
def _is_uuid(value: object) -> bool:
    return not isinstance(value, str) or bool(_UUID.match(value))


@FORMAT_CHECKER.checks("date-time")
def _is_datetime(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not _RFC3339.match(value):
        return False
    try:
        datetime.fromisoformat(value.replace("z", "Z"))
    except ValueError:
        return False
    return True


@FORMAT_CHECKER.checks("date")
def _is_date(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        return len(value) == 10 and bool(date.fromisoformat(value))
    except ValueError:
        return False


@FORMAT_CHECKER.checks("int32")
def _is_int32(value: object) -> bool:
    return not isinstance(value, int) or -(2**31) <= value < 2**31


@FORMAT_CHECKER.checks("int64")
def _is_int64(value: object) -> bool:
    return not isinstance(value, int) or -(2**63) <= value < 2**63


@FORMAT_CHECKER.checks("uri")
def _is_uri(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return bool(parts.scheme) and (bool(parts.netloc) or bool(parts.path)) and " " not in value


# --------------------------------------------------------------------------------------------
# schema validation with human-readable messages


def _where(error: ValidationError, prefix: str = "") -> str:
    out = prefix
    for part in error.absolute_path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _closest_branch(error: ValidationError) -> list[ValidationError]:
    """The errors of the ``oneOf``/``anyOf`` branch the instance was most likely meant for:
    the one whose discriminating ``const``/``type`` checks pass, then the one failing least."""
    branches: dict[Any, list[ValidationError]] = {}
    for sub in error.context or []:
        branches.setdefault(sub.relative_schema_path[0], []).append(sub)
    if not branches:
        return [error]

    def score(errors: list[ValidationError]) -> tuple[int, int]:
        return (sum(e.validator in ("const", "type") for e in errors), len(errors))

    return min(branches.values(), key=score)


def _describe_all(error: ValidationError, prefix: str) -> list[Violation]:
    if error.validator in ("oneOf", "anyOf") and error.context:
        return [v for sub in _closest_branch(error) for v in _describe_all(sub, prefix)]
    return [_describe(error, prefix)]


def _describe(error: ValidationError, prefix: str) -> Violation:
    if error.context:
        error = best_match(error.context) or error
    where = _where(error, prefix)
    v: Any = error.validator_value
    kw = error.validator
    if kw == "required":
        missing = error.message.split("'")[1] if "'" in error.message else str(v)
        return Violation(f"{where}.{missing}" if where else missing, "is required")
    if kw == "type":
        types = v if isinstance(v, list) else [v]
        return Violation(where, f"must be of type {' or '.join(map(str, types))}")
    if kw == "minLength" and v == 1:
        return Violation(where, "cannot be empty")
    if kw == "minItems" and v == 1:
        return Violation(where, "must not be empty")
    if kw == "enum":
        return Violation(where, "must be one of " + ", ".join(map(str, v)))
    if kw == "const":
        return Violation(where, f"must be {v!r}")
    if kw == "format" and v in ("int32", "int64"):
        return Violation(where, f"is out of the {v} range")
    if kw == "format":
        return Violation(where, f"is not a valid {v}")
    if kw == "pattern":
        return Violation(where, "has an invalid format")
    if kw in ("minimum", "exclusiveMinimum"):
        return Violation(where, f"must be greater than or equal to {v}")
    if kw in ("maximum", "exclusiveMaximum"):
        return Violation(where, f"must be less than or equal to {v}")
    if kw == "maxLength":
        return Violation(where, f"must be at most {v} characters long")
    if kw == "maxItems":
        return Violation(where, f"must have at most {v} items")
    return Violation(where, error.message)


#: problems reported per validated value, at most (a body with one problem per item of a
#: 100,000-item array is answered after the first ones, not after all of them)
MAX_VIOLATIONS = 20
#: keywords checked on the top level before anything below it is validated: each looks at
#: the value itself only (no descent), so the check costs the same for any size of body
CHEAP_KEYWORDS = ("type", "maxItems", "minItems", "maxProperties", "minProperties")
#: arrays longer than this are given to the compiled twin item by item (SchemaSet._twin_valid)
TWIN_ITEMS_AT_ONCE = 1000
#: keywords that check nothing (annotations)
_NOTES = {"description", "title", "example", "examples", "default", "deprecated", "$comment"}
_PLAIN_ARRAY = {*CHEAP_KEYWORDS, "items", *_NOTES}


class SchemaSet:
    """Validators for sub-schemas of one OpenAPI document (``$ref``s resolve in the document)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        resource = Resource.from_contents(spec, default_specification=_DRAFT)
        self._registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
        self._cache: dict[str, Draft202012Validator] = {}
        self._spec = spec
        self._shallow_cache: dict[str, Draft202012Validator | None] = {}
        self._items_cache: dict[str, str | None] = {}
        # the compiled twin (jsonschema-rs) answers "valid?" in microseconds; jsonschema
        # itself runs only on what the twin rejects, to decide and describe (so the answer is
        # always jsonschema's: the twin is never more lenient, see _fast_spec)
        self._fast_formats, fast_spec = _fast_spec(spec)
        self._fast_registry = jsonschema_rs.Registry([(SPEC_URI, fast_spec)])
        self._fast: dict[str, Any] = {}

    def validator(self, pointer: str) -> Draft202012Validator:
        if pointer not in self._cache:
            self._cache[pointer] = Draft202012Validator(
                {"$ref": f"{SPEC_URI}#{pointer}"},
                registry=self._registry,
                format_checker=FORMAT_CHECKER,
            )
        return self._cache[pointer]

    def is_valid(self, pointer: str, instance: JSON) -> bool:
        """The compiled twin's verdict: True means jsonschema finds no violation either;
        False (or an instance the twin cannot take, such as a lone surrogate) decides
        nothing."""
        if pointer not in self._fast:
            try:
                self._fast[pointer] = jsonschema_rs.validator_for(
                    {"$ref": f"{SPEC_URI}#{quote(pointer, safe=_POINTER_SAFE)}"},
                    registry=self._fast_registry,
                    formats=self._fast_formats,
                    validate_formats=True,
                )
            except Exception:  # a schema it cannot compile: jsonschema alone decides
                self._fast[pointer] = None
        fast = self._fast[pointer]
        try:
            return fast is not None and bool(fast.is_valid(instance))
        except Exception:  # a value it cannot convert, a format check that raised
            return False

    def violations(
        self, pointer: str, instance: JSON, prefix: str = "", limit: int = MAX_VIOLATIONS
    ) -> list[Violation]:
        """What is wrong with ``instance`` by the schema at ``pointer``: at most ``limit``
        problems (the first found, in path order), so a hostile body with one problem per
        item costs a bounded amount of work. The top level's own cheap keywords (``type``,
        ``maxItems``...) are checked first: when they fail, their problems are the answer
        and no item or member is validated."""
        if self._twin_valid(pointer, instance):
            return []
        errors: list[ValidationError] = []
        if isinstance(instance, (list, dict)):
            shallow = self._shallow(pointer)
            if shallow is not None:
                errors = list(islice(shallow.iter_errors(instance), limit))
        if not errors:  # iter_errors is lazy: stop after ``limit`` errors, never collect all
            errors = list(islice(self.validator(pointer).iter_errors(instance), limit))
        errors.sort(key=lambda e: list(map(str, e.path)))
        found = dict.fromkeys(v for e in errors for v in _describe_all(e, prefix))
        return list(found)[:limit]

    def _twin_valid(self, pointer: str, instance: JSON) -> bool:
        """:meth:`is_valid`, with a long array of a plain array schema (only cheap keywords
        besides ``items``) judged item by item: one call into the twin holds the GIL for the
        whole value (0.3 s for 10 MB), which would hold the event loop as long although the
        body is validated in a worker thread; between items the loop gets its turn."""
        if isinstance(instance, list) and len(instance) > TWIN_ITEMS_AT_ONCE:
            items = self._items_pointer(pointer)
            if items is not None:
                shallow = self._shallow(pointer)
                if shallow is not None and not shallow.is_valid(instance):
                    return False
                return all(self.is_valid(items, item) for item in instance)
        return self.is_valid(pointer, instance)

    def _items_pointer(self, pointer: str) -> str | None:
        """The pointer of the ``items`` schema when the schema at ``pointer`` (through its
        ``$ref`` chain) is an array schema with nothing else to check but CHEAP_KEYWORDS."""
        if pointer not in self._items_cache:
            found: str | None = None
            resolver = self._registry.resolver()
            at = pointer
            for _ in range(16):
                schema = resolver.lookup(f"{SPEC_URI}#{at}").contents
                if not isinstance(schema, dict):
                    break
                ref = schema.get("$ref")
                if (
                    isinstance(ref, str)
                    and ref.startswith("#/")
                    and set(schema) <= _NOTES | {"$ref"}
                ):
                    at = ref[1:]
                    continue
                if isinstance(schema.get("items"), dict) and set(schema) <= _PLAIN_ARRAY:
                    found = f"{at}/items"
                break
            self._items_cache[pointer] = found
        return self._items_cache[pointer]

    def _shallow(self, pointer: str) -> Draft202012Validator | None:
        """A validator of only the cheap, non-descending keywords of the schema at
        ``pointer`` (through its ``$ref`` chain); None when it has none."""
        if pointer not in self._shallow_cache:
            found = self._registry.resolver().lookup(f"{SPEC_URI}#{pointer}").contents
            schema = deref(self._spec, found) if isinstance(found, dict) else {}
            cheap = {k: schema[k] for k in CHEAP_KEYWORDS if k in schema}
            self._shallow_cache[pointer] = (
                Draft202012Validator(cheap, format_checker=FORMAT_CHECKER) if cheap else None
            )
        return self._shallow_cache[pointer]


#: what jsonschema's format checkers test on integers, as the bounds the twin checks
_INT_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def _fast_spec(spec: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The format callables and a copy of ``spec`` for jsonschema-rs that accept nothing
    jsonschema (with FORMAT_CHECKER) rejects: every format is FORMAT_CHECKER's own function
    or, for a format it does not check, always true (jsonschema-rs knows more formats);
    ``int32``/``int64`` (which jsonschema-rs would test on strings only) become
    minimum/maximum bounds, stricter than the checker on floats (the twin's False is only a
    "maybe": jsonschema then decides). The patterns are stricter too, never more lenient:
    ECMA ``\\d`` and ``$`` match ASCII digits and the very end only."""
    formats: dict[str, Any] = {name: check for name, (check, _) in FORMAT_CHECKER.checkers.items()}

    def copy(node: Any) -> Any:
        if isinstance(node, list):
            return [copy(item) for item in node]
        if not isinstance(node, dict):
            return node
        out = {key: copy(value) for key, value in node.items()}
        kind = node.get("format")
        if isinstance(kind, str):
            formats.setdefault(kind, lambda value: True)
            if kind in _INT_BOUNDS:
                low, high = _INT_BOUNDS[kind]
                extra = {"minimum": low, "maximum": high}
                out["allOf"] = [*(out.get("allOf") or []), extra]
        return out

    return formats, copy(spec)


def invalid_unicode(body: JSON) -> list[Violation]:
    """Strings with lone surrogates (``"\\udc00"`` is valid JSON but not Unicode text)."""
    try:  # orjson refuses any such string (key or value) in C: then walk to name them
        orjson.dumps(body)
        return []
    except (TypeError, orjson.JSONEncodeError):
        pass  # a lone surrogate, or what orjson does not take (ints beyond 64 bits, depth)
    found: list[Violation] = []
    stack: list[tuple[str, Any]] = [("", body)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, str):
            items: list[tuple[str, Any]] = []
            candidates = [value]
        elif isinstance(value, dict):
            items = [(f"{where}.{k}" if where else str(k), v) for k, v in value.items()]
            candidates = list(value)
        elif isinstance(value, list):
            items = [(f"{where}[{i}]", v) for i, v in enumerate(value)]
            candidates = []
        else:
            continue
        try:
            for text in candidates:
                text.encode("utf-8")
        except UnicodeEncodeError:
            found.append(Violation(where, "contains an invalid Unicode escape"))
            continue  # no descent: the paths below would carry the bad key
        stack.extend(items)
    return found


MERGE_PATCH = "application/merge-patch+json"


def drop_nulls(value: JSON, schema: dict[str, Any], spec: dict[str, Any]) -> JSON:
    """``value`` without the null members that ``schema`` declares as properties, at any
    depth; members of free-form maps (``additionalProperties``) keep their nulls."""
    properties, items = _shape(schema, spec)
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, member in value.items():
            if key not in properties:
                out[key] = member
            elif member is not None:
                out[key] = drop_nulls(member, properties[key], spec)
        return out
    if isinstance(value, list) and items is not None:
        return [drop_nulls(member, items, spec) for member in value]
    return value


#: (id of a schema node, id of its spec) -> (the node, the spec, its _shape): a spec's schemas
#: do not change once loaded, and each request's body would walk the same ones again
_SHAPES: dict[
    tuple[int, int],
    tuple[dict[str, Any], dict[str, Any], tuple[dict[str, Any], dict[str, Any] | None]],
] = {}
_SHAPES_MAX = 16384


def _shape(
    schema: dict[str, Any], spec: dict[str, Any], depth: int = 0
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """The declared properties and the items schema of ``schema``, through ``$ref`` and the
    branches of allOf/anyOf/oneOf (the first declaration of a name wins); computed once
    per schema node (the cache holds the node and the spec, so their ids stay theirs)."""
    key = (id(schema), id(spec))
    known = _SHAPES.get(key)
    if known is not None and known[0] is schema and known[1] is spec:
        return known[2]
    shape = _walk_shape(schema, spec, depth)
    if len(_SHAPES) >= _SHAPES_MAX:
        _SHAPES.clear()
    _SHAPES[key] = (schema, spec, shape)
    return shape


def _walk_shape(
    schema: dict[str, Any], spec: dict[str, Any], depth: int
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    schema = deref(spec, schema)
    properties: dict[str, Any] = dict(schema.get("properties") or {})
    items = schema.get("items") if isinstance(schema.get("items"), dict) else None
    if depth < 16:
        for key in ("allOf", "anyOf", "oneOf"):
            for branch in schema.get(key) or []:
                more, branch_items = _shape(branch, spec, depth + 1)
                for name, sub in more.items():
                    properties.setdefault(name, sub)
                items = items or branch_items
    return properties, items
