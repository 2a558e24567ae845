"""Spec-driven emulator core shared by every provider.

An :class:`Emulator` is an ASGI application built from a provider's OpenAPI document and a
:class:`Provider` (its handlers, its auth rule and its error body). For every request it

1. routes by the spec's paths (unknown path: 404, known path with another method: 405 with
   ``Allow``), under the path prefix of the spec's first server URL;
2. authenticates (``Provider.authenticate``) before looking at the input;
3. parses and type-coerces the declared query parameters and the JSON body and validates them
   against the spec's own schemas (JSON Schema 2020-12), so the emulator accepts exactly what
   the spec accepts; every problem becomes one :class:`Violation`;
4. calls the provider's handler for the operationId, which applies the semantic rules and
   keeps state in SQLite.

Every failure is answered with the provider's own error body and status; an unexpected
exception is a 500 in the provider's format, never a traceback.

``/_emulator/...`` is the control plane (seeding, clock, fault injection); it is not part of
the provider's API and is not in the spec.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import logging
import os
import random
import re
import sqlite3
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import unquote, urlsplit

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError, best_match
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012 as _DRAFT
from starlette.requests import Request as StarletteRequest
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

log = logging.getLogger("sendspec.emulator")

JSON = Any
SPEC_URI = "urn:sendspec:spec"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


# --------------------------------------------------------------------------------------------
# errors and request/response values


@dataclass(frozen=True)
class Violation:
    """One problem with the request: where (``a.b[0].c``, or a parameter name) and what."""

    where: str
    message: str

    def text(self) -> str:
        return f"{self.where} {self.message}" if self.where else self.message


class ApiError(Exception):
    """Raised by handlers and the core; rendered through ``Provider.error_response``."""

    def __init__(
        self,
        status: int,
        kind: str,
        violations: list[Violation] | None = None,
        *,
        message: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.status = status
        self.kind = kind  # validation | auth | not_found | method | server | ... (provider-defined)
        self.violations = violations or []
        self.message = message or "; ".join(v.text() for v in self.violations) or kind
        self.headers = dict(headers or {})
        #: the operation the request was routed to, when known (set by the core)
        self.operation_id: str | None = None
        super().__init__(self.message)


@dataclass
class Call:
    """A validated request, as a handler sees it."""

    operation_id: str
    method: str
    path: str
    path_params: dict[str, str]
    query: dict[str, Any]
    body: JSON
    headers: Mapping[str, str]
    raw_query: Mapping[str, str]


@dataclass
class Reply:
    status: int = 200
    body: JSON = None
    headers: dict[str, str] = field(default_factory=dict)
    media_type: str = "application/json"
    raw: bytes | None = None


Handler = Callable[[Call], Reply | Awaitable[Reply]]


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


class SchemaSet:
    """Validators for sub-schemas of one OpenAPI document (``$ref``s resolve in the document)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        resource = Resource.from_contents(spec, default_specification=_DRAFT)
        self._registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
        self._cache: dict[str, Draft202012Validator] = {}

    def validator(self, pointer: str) -> Draft202012Validator:
        if pointer not in self._cache:
            self._cache[pointer] = Draft202012Validator(
                {"$ref": f"{SPEC_URI}#{pointer}"},
                registry=self._registry,
                format_checker=FORMAT_CHECKER,
            )
        return self._cache[pointer]

    def violations(self, pointer: str, instance: JSON, prefix: str = "") -> list[Violation]:
        errors = sorted(
            self.validator(pointer).iter_errors(instance), key=lambda e: list(map(str, e.path))
        )
        return list(dict.fromkeys(v for e in errors for v in _describe_all(e, prefix)))


def invalid_unicode(body: JSON) -> list[Violation]:
    """Strings with lone surrogates (``"\\udc00"`` is valid JSON but not Unicode text)."""
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


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


# --------------------------------------------------------------------------------------------
# routing


@dataclass
class Operation:
    operation_id: str
    method: str
    template: str
    regex: re.Pattern[str]
    parameters: list[dict[str, Any]]
    param_pointers: list[str]
    body_pointer: str | None
    body_required: bool
    multipart_pointer: str | None = None
    #: the media type of the JSON body the spec declares (``application/json``, ...)
    body_media: str | None = None


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
    ref = node.get("$ref")
    if not ref:
        return node, None
    target: Any = spec
    for token in ref.lstrip("#/").split("/"):
        target = target[token.replace("~1", "/").replace("~0", "~")]
    return target, ref[1:]


def build_operations(spec: dict[str, Any], *, ignore_case: bool = False) -> list[Operation]:
    ops: list[Operation] = []
    flags = re.IGNORECASE if ignore_case else 0
    for template, item in spec.get("paths", {}).items():
        regex = re.compile(
            "^" + re.sub(r"\\\{([^}]+)\\\}", r"(?P<\1>[^/]+)", re.escape(template)) + "$",
            flags,
        )
        shared = item.get("parameters", [])
        for method in METHODS:
            op = item.get(method)
            if not op:
                continue
            base = f"/paths/{_escape(template)}/{method}"
            params: list[dict[str, Any]] = []
            pointers: list[str] = []
            for i, raw in enumerate(op.get("parameters", [])):
                param, ref = _resolve(spec, raw)
                params.append(param)
                pointers.append((ref or f"{base}/parameters/{i}") + "/schema")
            for i, raw in enumerate(shared):
                param, ref = _resolve(spec, raw)
                if any(p["name"] == param["name"] and p["in"] == param["in"] for p in params):
                    continue
                params.append(param)
                pointers.append((ref or f"/paths/{_escape(template)}/parameters/{i}") + "/schema")
            body_pointer = body_media = None
            body_required = False
            if "requestBody" in op:
                body, ref = _resolve(spec, op["requestBody"])
                body_required = bool(body.get("required"))
                content = body.get("content", {})
                for media in content:
                    if media == "application/json" or media.endswith("+json"):
                        body_pointer = (
                            ref or f"{base}/requestBody"
                        ) + f"/content/{_escape(media)}/schema"
                        body_media = media
                        break
            multipart_pointer = None
            if "requestBody" in op:
                body, ref = _resolve(spec, op["requestBody"])
                if "multipart/form-data" in body.get("content", {}):
                    multipart_pointer = (
                        ref or f"{base}/requestBody"
                    ) + "/content/multipart~1form-data/schema"
            ops.append(
                Operation(
                    op["operationId"],
                    method.upper(),
                    template,
                    regex,
                    params,
                    pointers,
                    body_pointer,
                    body_required,
                    multipart_pointer,
                    body_media,
                )
            )
    return ops


# --------------------------------------------------------------------------------------------
# query parameter coercion


_INTEGER = re.compile(r"[+-]?[0-9]+")
_NUMBER = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?")


def _is_array(schema: dict[str, Any]) -> bool:
    types = schema.get("type")
    return types == "array" or (isinstance(types, list) and "array" in types)


def _coerce(raw: str, schema: dict[str, Any], *, fold_booleans: bool = False) -> Any:
    """Turn a query string value into the JSON type its schema declares (best effort).

    A value that does not convert is returned unchanged so schema validation reports it.
    ``fold_booleans``: ``True``/``FALSE`` too (what .NET's ``bool.Parse`` takes).
    """
    types = schema.get("type")
    if types is None and "$ref" in schema:
        return raw
    types = types if isinstance(types, list) else [types]
    # ASCII digits only, no padding: int()/float() would also take " 7", "٣", "1_0" or "nan"
    if "integer" in types and _INTEGER.fullmatch(raw):
        return int(raw)
    if "number" in types and _NUMBER.fullmatch(raw):
        return float(raw)
    word = raw.lower() if fold_booleans else raw
    if "boolean" in types and word in ("true", "false"):
        return word == "true"
    return raw


# --------------------------------------------------------------------------------------------
# faults (issue: runtime tests against real HTTP)


@dataclass
class Faults:
    """Fault injection: each rate is a probability in [0, 1] per API request."""

    latency_ms: int = 0
    rate_429: float = 0.0
    rate_503: float = 0.0
    rate_drop: float = 0.0
    retry_after: int = 1
    seed: int | None = None
    _rng: random.Random = field(default_factory=random.Random, repr=False)

    def configure(self, values: Mapping[str, Any]) -> None:
        for key in ("latency_ms", "retry_after"):
            if key in values:
                setattr(self, key, int(values[key]))
        for key in ("rate_429", "rate_503", "rate_drop"):
            if key in values:
                rate = float(values[key])
                if not 0.0 <= rate <= 1.0:
                    raise ValueError(f"{key} must be between 0 and 1")
                setattr(self, key, rate)
        if "seed" in values:
            self.seed = values["seed"]
            self._rng.seed(self.seed)

    def as_dict(self) -> dict[str, Any]:
        return {
            "latency_ms": self.latency_ms,
            "rate_429": self.rate_429,
            "rate_503": self.rate_503,
            "rate_drop": self.rate_drop,
            "retry_after": self.retry_after,
            "seed": self.seed,
        }

    def draw(self) -> str | None:
        roll = self._rng.random()
        for name, rate in (
            ("drop", self.rate_drop),
            ("429", self.rate_429),
            ("503", self.rate_503),
        ):
            if roll < rate:
                return name
            roll -= rate
        return None


class DropConnection(Exception):
    """Close the connection without an HTTP response."""


# --------------------------------------------------------------------------------------------
# state


class Database:
    """One SQLite connection (a file or private memory), used from the event loop thread.

    The lock makes the control-plane helpers safe to call from test threads too.
    """

    def __init__(self, path: str = ":memory:") -> None:
        self.path = path
        self.conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute(
            "PRAGMA journal_mode=WAL" if path != ":memory:" else "PRAGMA foreign_keys=ON"
        )
        self.lock = threading.RLock()

    @contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        """A transaction: everything in it is stored, or nothing is."""
        with self.lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def query(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        with self.lock:
            return self.conn.execute(sql, params).fetchall()

    def page(
        self,
        table: str,
        condition: str,
        params: list[Any],
        order: str,
        limit: int,
        offset: int,
        columns: str = "*",
    ) -> tuple[int, list[sqlite3.Row]]:
        """(number of matching rows, one page of them): the offset/limit listing every
        provider needs. An offset past the end reads nothing (and keeps huge offsets away
        from SQLite's integer range)."""
        with self.lock:
            total: int = self.conn.execute(
                f"SELECT COUNT(*) FROM {table} WHERE {condition}", params
            ).fetchone()[0]
            if offset >= total:
                return total, []
            rows = self.conn.execute(
                f"SELECT {columns} FROM {table} WHERE {condition} ORDER BY {order}"
                " LIMIT ? OFFSET ?",
                [*params, limit, offset],
            ).fetchall()
        return total, rows

    def close(self) -> None:
        with self.lock:
            self.conn.close()


class Clock:
    """The emulator's notion of now: real UTC time plus an offset tests can move forward."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def now(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += timedelta(seconds=seconds)


def new_uuid() -> str:
    return str(uuid.uuid4())


# --------------------------------------------------------------------------------------------
# the provider interface


class Provider:
    """What a provider's emulator supplies; subclasses fill it in."""

    slug: str = ""

    # leniencies of the real service (each provider states its own; tested in
    # tests/test_emulator_core.py, noted in the spec's info.description)
    #: a trailing "/" on any path
    trailing_slash: bool = False
    #: literal path segments (and the server prefix) in any letter case (ASP.NET)
    case_insensitive_paths: bool = False
    #: query parameter names in any letter case (ASP.NET model binding)
    case_insensitive_query: bool = False
    #: boolean parameters spelt in any letter case (``True``, as Python's ``str(True)``
    #: sends them; .NET's ``bool.Parse``)
    case_insensitive_booleans: bool = False
    #: array query parameters also take comma-separated values (``a,b`` as well as ``a&a``)
    comma_separated_arrays: bool = False
    #: JSON ``null`` members of request objects reach the handler as absent members (the
    #: spec says which members may be null): the declared properties of the body's object
    #: schemas, at any depth; free-form maps keep their nulls, and merge-patch bodies are
    #: left as they are (there null removes a value, RFC 7396)
    nulls_as_absent: bool = False

    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    # hooks -----------------------------------------------------------------------------------
    def handlers(self) -> dict[str, Handler]:
        raise NotImplementedError

    def authenticate(self, headers: Mapping[str, str]) -> None:
        """Raise ``ApiError(401, "auth")`` when the credentials are missing or wrong."""

    def error_response(self, error: ApiError) -> Reply:
        raise NotImplementedError

    def control(self, action: str, body: JSON) -> JSON:
        """Provider-specific control-plane actions (``POST /_emulator/<action>``)."""
        raise ApiError(404, "not_found", message=f"unknown control action {action!r}")

    def reset(self) -> None:
        """Forget everything (``POST /_emulator/reset``): empty every table, then put back what
        a fresh emulator starts with (:meth:`seed_defaults`)."""
        with self.db.tx() as conn:
            conn.execute("PRAGMA defer_foreign_keys = ON")  # checked at commit: all empty then
            tables = conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            ).fetchall()
            for (table,) in tables:
                conn.execute(f'DELETE FROM "{table}"')
        self.seed_defaults()

    def seed_defaults(self) -> None:
        """The data a fresh emulator starts with (links, sender signatures...)."""

    async def startup(self) -> None:
        """Start background work (e.g. delivery simulation)."""

    async def shutdown(self) -> None:
        """Stop background work."""


# --------------------------------------------------------------------------------------------
# the ASGI application


class Emulator:
    def __init__(
        self,
        spec: dict[str, Any],
        provider: Provider,
        *,
        faults: Faults | None = None,
        strict_responses: bool | None = None,
    ):
        self.spec = spec
        self.provider = provider
        self.faults = faults or Faults()
        self.schemas = SchemaSet(spec)
        self.operations = build_operations(spec, ignore_case=provider.case_insensitive_paths)
        server = (spec.get("servers") or [{"url": "/"}])[0]
        url = server["url"]
        for name, variable in (server.get("variables") or {}).items():
            url = url.replace("{" + name + "}", str(variable.get("default", "")))
        self.prefix: str = urlsplit(url).path.rstrip("/")
        self.handlers = provider.handlers()
        missing = {op.operation_id for op in self.operations} - set(self.handlers)
        if missing:
            raise RuntimeError(f"{provider.slug}: no handler for {sorted(missing)}")
        self.requests = 0
        #: validate every reply against the spec (a mismatch becomes a 500 naming it), so
        #: a conformance run cannot pass over an emulator that answers what the spec rejects
        self.strict_responses = (
            os.environ.get("SENDSPEC_STRICT_RESPONSES", "") not in ("", "0")
            if strict_responses is None
            else strict_responses
        )

    # ASGI -------------------------------------------------------------------------------------
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        request = StarletteRequest(scope, receive)
        try:
            response = await self._handle(request)
        except DropConnection:
            # promise a body, then fail: the server closes the socket mid-response and the
            # client sees the connection drop after its request may have been processed
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [(b"content-length", b"1024")],
                }
            )
            raise
        await response(scope, receive, send)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await self.provider.startup()
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.provider.shutdown()
                await send({"type": "lifespan.shutdown.complete"})
                return

    # dispatch ---------------------------------------------------------------------------------
    async def _handle(self, request: StarletteRequest) -> Response:
        path = request.url.path
        if path.startswith("/_emulator/") or path == "/_emulator":
            return await self._control(request)
        self.requests += 1
        fault = self.faults.draw()
        if self.faults.latency_ms:
            await asyncio.sleep(self.faults.latency_ms / 1000)
        try:
            if fault == "drop":
                raise DropConnection()
            if fault == "429":
                raise ApiError(
                    429,
                    "rate_limited",
                    message="Too many requests",
                    headers={"Retry-After": str(self.faults.retry_after)},
                )
            if fault == "503":
                raise ApiError(
                    503,
                    "unavailable",
                    message="Service unavailable (injected)",
                    headers={"Retry-After": str(self.faults.retry_after)},
                )
            reply = await self._dispatch(request, path)
        except ApiError as exc:
            reply = self.provider.error_response(exc)
            reply.headers.update(exc.headers)
        except DropConnection:
            raise
        except Exception:
            log.exception("%s: unexpected error on %s %s", self.provider.slug, request.method, path)
            reply = self.provider.error_response(
                ApiError(500, "server", message="Internal error in the emulator")
            )
        op = request.scope.get("sendspec.operation")
        if self.strict_responses and op is not None and fault is None and reply.status != 500:
            try:
                self._check_response(op, reply)
            except ApiError as exc:
                reply = self.provider.error_response(exc)
        return _render(reply)

    async def _dispatch(self, request: StarletteRequest, path: str) -> Reply:
        # route on the raw (still percent-encoded) path, so an encoded "/" or control
        # character inside a path parameter neither splits nor vanishes
        raw_path = request.scope.get("raw_path", b"").decode("latin-1") or path
        folded = self.provider.case_insensitive_paths
        prefix, seen = (
            (self.prefix.lower(), raw_path.lower()) if folded else (self.prefix, raw_path)
        )
        if prefix and not (seen == prefix or seen.startswith(prefix + "/")):
            raise ApiError(404, "not_found", message=f"No resource at {path}")
        local = raw_path[len(self.prefix) :] or "/"
        if self.provider.trailing_slash and len(local) > 1 and local.endswith("/"):
            local = local[:-1]
        matched = [(op, m) for op in self.operations if (m := op.regex.match(local))]
        if not matched:
            raise ApiError(404, "not_found", message=f"No resource at {path}")
        # as in OpenAPI, a concrete path wins over a templated one (/templates/validate
        # before /templates/{id}); only the winning path's methods are allowed
        fewest = min(op.template.count("{") for op, _ in matched)
        matched = [(op, m) for op, m in matched if op.template.count("{") == fewest]
        templates = list(dict.fromkeys(op.template for op, _ in matched))
        if len(templates) > 1:  # e.g. /recipients/{id} and /recipients/{email}
            matched = self._by_parameter_schema(matched, request.method, templates)
        op_match = next(((op, m) for op, m in matched if op.method == request.method), None)
        if op_match is None:
            allowed = ", ".join(sorted({op.method for op, _ in matched}))
            raise ApiError(
                405,
                "method",
                message=f"Method {request.method} is not allowed here",
                headers={"Allow": allowed},
            )
        op, match = op_match
        request.scope["sendspec.operation"] = op
        self.provider.authenticate(request.headers)
        violations: list[Violation] = []
        path_params = self._path_params(op, match, violations)
        query = self._query(op, request, violations)
        body = await self._body(op, request, violations)
        if violations:
            error = ApiError(400, "validation", violations)
            error.operation_id = op.operation_id
            raise error
        call = Call(
            op.operation_id,
            op.method,
            unquote(local),
            path_params,
            query,
            body,
            request.headers,
            request.query_params,
        )
        result = self.handlers[op.operation_id](call)
        if asyncio.iscoroutine(result):
            result = await result
        assert isinstance(result, Reply)
        return result

    def _check_response(self, op: Operation, reply: Reply) -> None:
        """Strict mode: a reply the spec does not allow (status not documented, body not
        valid against the documented schema) is turned into a 500 that names the mismatch."""
        problems = self.response_violations(op, reply)
        if problems:
            text = "; ".join(v.text() for v in problems[:5])
            log.error(
                "%s: %s answered %s outside its spec: %s",
                self.provider.slug,
                op.operation_id,
                reply.status,
                text,
            )
            raise ApiError(
                500, "server", message=f"Emulator response does not match the spec: {text}"
            )

    def response_violations(self, op: Operation, reply: Reply) -> list[Violation]:
        """What is wrong with ``reply`` as an answer of ``op``, by the spec."""
        node = self.spec["paths"][op.template][op.method.lower()]
        responses = node.get("responses", {})
        status = str(reply.status)
        key = next(
            (k for k in (status, status[0] + "XX", status[0] + "xx", "default") if k in responses),
            None,
        )
        if key is None:
            return [Violation("status", f"{status} is not a documented response")]
        response, ref = _resolve(self.spec, responses[key])
        base = ref or f"/paths/{_escape(op.template)}/{op.method.lower()}/responses/{key}"
        content = response.get("content") or {}
        has_body = reply.raw is not None or reply.body is not None
        if not content:
            return [Violation("body", "the spec documents no body")] if has_body else []
        if reply.raw is not None or not has_body:
            return []  # raw bytes (CSV, MIME...) and empty bodies are not JSON-checked
        media = reply.media_type.split(";")[0].strip().lower()
        if media not in content:
            json_like = [m for m in content if m == "application/json" or m.endswith("+json")]
            if not json_like:
                return [Violation("content-type", f"{media} is not documented")]
            media = json_like[0]
        if "schema" not in content[media]:
            return []
        pointer = f"{base}/content/{_escape(media)}/schema"
        return self.schemas.violations(pointer, reply.body, prefix="response")

    def _by_parameter_schema(
        self, matched: list[tuple[Operation, re.Match[str]]], method: str, templates: list[str]
    ) -> list[tuple[Operation, re.Match[str]]]:
        """Among equally specific templates, the first whose path parameters the request's
        values satisfy (for the request's method, when the template has it)."""
        for template in templates:
            ops = [(op, m) for op, m in matched if op.template == template]
            candidate = next(((op, m) for op, m in ops if op.method == method), ops[0])
            found: list[Violation] = []
            self._path_params(candidate[0], candidate[1], found)
            if not found:
                return ops
        return [(op, m) for op, m in matched if op.template == templates[0]]

    def _path_params(
        self, op: Operation, match: re.Match[str], violations: list[Violation]
    ) -> dict[str, str]:
        """The decoded path parameters (as text, for the handlers), validated by the spec."""
        raw = {name: unquote(value) for name, value in match.groupdict().items()}
        for param, pointer in zip(op.parameters, op.param_pointers, strict=True):
            name = param["name"]
            if param.get("in") == "path" and name in raw:
                schema, _ = _resolve(self.spec, param.get("schema", {}))
                value = _coerce(raw[name], schema)
                violations.extend(self.schemas.violations(pointer, value, prefix=name))
        return raw

    def _query(
        self, op: Operation, request: StarletteRequest, violations: list[Violation]
    ) -> dict[str, Any]:
        params = request.query_params
        lookup: Callable[[str], list[str]] = params.getlist
        if self.provider.case_insensitive_query:
            folded: dict[str, list[str]] = {}
            for key, given in params.multi_items():
                folded.setdefault(key.lower(), []).append(given)

            def lookup(name: str) -> list[str]:
                return folded.get(name.lower(), [])

        fold = self.provider.case_insensitive_booleans
        out: dict[str, Any] = {}
        for param, pointer in zip(op.parameters, op.param_pointers, strict=True):
            if param.get("in") != "query":
                continue
            name = param["name"]
            values = lookup(name)
            if not values:
                if param.get("required"):
                    violations.append(Violation(name, "is required"))
                continue
            schema, _ = _resolve(self.spec, param.get("schema", {}))
            value: Any
            if _is_array(schema):  # form style: repeated (a=1&a=2), or a=1,2 where allowed
                items, _ = _resolve(self.spec, schema.get("items", {}))
                if self.provider.comma_separated_arrays or param.get("explode") is False:
                    values = [piece for v in values for piece in v.split(",") if piece]
                value = [_coerce(v, items, fold_booleans=fold) for v in values]
            elif len(values) > 1:
                violations.append(Violation(name, "must be given once"))
                continue
            else:
                value = _coerce(values[0], schema, fold_booleans=fold)
            found = self.schemas.violations(pointer, value, prefix=name)
            violations.extend(found)
            if not found:
                out[name] = value
        return out

    async def _body(
        self, op: Operation, request: StarletteRequest, violations: list[Violation]
    ) -> JSON:
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if op.multipart_pointer is not None and media == "multipart/form-data":
            return await self._multipart(op, request, violations)
        if op.body_pointer is None:
            return None
        raw = await request.body()
        if not raw:
            if op.body_required:
                violations.append(Violation("", "A JSON request body is required"))
            return None
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media != "application/json" and not media.endswith("+json"):
            raise ApiError(
                400,
                "content_type",
                message=f"Content-Type must be application/json, not {media or 'missing'}",
            )
        try:
            body = json.loads(raw)
        except (ValueError, UnicodeDecodeError, RecursionError) as exc:
            reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
            raise ApiError(
                400, "malformed_json", message=f"The body is not valid JSON: {reason}"
            ) from exc
        bad_text = invalid_unicode(body)
        if bad_text:  # nothing else is checked on text that cannot be stored or echoed
            violations.extend(bad_text)
            return None
        try:
            found = self.schemas.violations(op.body_pointer, body)
        except RecursionError as exc:
            raise ApiError(400, "malformed_json", message="The body is nested too deeply") from exc
        violations.extend(found)
        merge_patch = MERGE_PATCH in (media, op.body_media)  # null removes a value there
        if self.provider.nulls_as_absent and not found and not merge_patch:
            body = drop_nulls(body, {"$ref": "#" + op.body_pointer}, self.spec)
        return body

    async def _multipart(
        self, op: Operation, request: StarletteRequest, violations: list[Violation]
    ) -> JSON:
        """A multipart body as ``{part: text, or {"filename", "content_type", "content"}}``,
        its required parts checked against the spec's schema."""
        assert op.multipart_pointer is not None
        try:
            form = await request.form()
        except Exception as exc:  # the parser raises several types for broken bodies
            raise ApiError(
                400, "malformed_multipart", message=f"Bad multipart body: {exc}"
            ) from exc
        parts: dict[str, Any] = {}
        for name, value in form.multi_items():
            if isinstance(value, str):
                parts[name] = value
            else:
                parts[name] = {
                    "filename": value.filename,
                    "content_type": value.content_type,
                    "content": await value.read(),
                }
        schema, _ = _resolve(self.spec, {"$ref": "#" + op.multipart_pointer})
        schema, _ = _resolve(self.spec, schema)
        for name in schema.get("required", []):
            if name not in parts:
                violations.append(Violation(name, "is a required part"))
        return parts

    # control plane ----------------------------------------------------------------------------
    async def _control(self, request: StarletteRequest) -> Response:
        action = request.url.path.removeprefix("/_emulator").strip("/")
        try:
            raw = await request.body()
            body = json.loads(raw) if raw else {}
            if action == "health":
                result: JSON = {"provider": self.provider.slug, "requests": self.requests}
            elif action == "faults":
                if request.method == "POST":
                    self.faults.configure(body)
                result = self.faults.as_dict()
            elif action == "reset" and request.method == "POST":
                self.provider.reset()
                result = {"reset": True}
            elif action == "clock":
                if request.method == "POST":
                    self.provider.clock.advance(float(body.get("advance_seconds", 0)))
                result = {"now": self.provider.clock.now().isoformat()}
            elif request.method == "POST":
                result = self.provider.control(action, body)
                if asyncio.iscoroutine(result):
                    result = await result
            else:
                raise ApiError(405, "method", message="control actions are POST")
            return _render(Reply(200, result))
        except ApiError as exc:
            return _render(Reply(exc.status, {"error": exc.message}))
        except (ValueError, TypeError, KeyError) as exc:
            return _render(Reply(400, {"error": f"bad control request: {exc}"}))


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


def _shape(
    schema: dict[str, Any], spec: dict[str, Any], depth: int = 0
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """The declared properties and the items schema of ``schema``, through ``$ref`` and the
    branches of allOf/anyOf/oneOf (the first declaration of a name wins)."""
    for _ in range(16):  # a $ref may point at another $ref
        if "$ref" not in schema:
            break
        target, _ = _resolve(spec, schema)
        schema = {**target, **{k: v for k, v in schema.items() if k != "$ref"}}
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


def _render(reply: Reply) -> Response:
    if reply.raw is not None:
        content = reply.raw
    elif reply.body is None:
        content = b""
    else:
        content = json.dumps(reply.body, ensure_ascii=False, separators=(",", ":")).encode()
    headers = dict(reply.headers)
    media = reply.media_type if content else None
    return Response(content=content, status_code=reply.status, headers=headers, media_type=media)


def monotonic_ms() -> int:
    return int(time.monotonic() * 1000)
