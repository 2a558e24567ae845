"""The ASGI application: route, authenticate, validate, dispatch, check the reply."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import sqlite3
from typing import Any
from urllib.parse import unquote, urlsplit

import orjson
from starlette.datastructures import URL, Headers, QueryParams
from starlette.requests import ClientDisconnect
from starlette.requests import Request as StarletteRequest
from starlette.responses import Response
from starlette.types import Message, Receive, Scope, Send

from .control import control
from .journal import Journal
from .provider import Provider
from .rendered import encode as _encode
from .rendered import wire_value
from .routing import (
    Operation,
    build_operations,
    coerce,
    is_array,
    resolve,
    response_of,
    response_pointer,
)
from .schemas import MERGE_PATCH, SchemaSet, drop_nulls, invalid_unicode
from .script import Script
from .state import DropConnection, Faults
from .values import JSON, ApiError, Call, Reply, Violation

log = logging.getLogger("sendspec.emulator")

#: the whole request body must arrive within this many seconds of the app asking for it, or
#: the answer is a 408 and the connection closes (uvicorn has no limit of its own: a body
#: shorter than its Content-Length held a connection for good); ``serve()`` sets it
READ_TIMEOUT = 10.0
#: JSON bodies of this size or more are decoded and validated in a worker thread, so one
#: large (or hostile) body never holds the event loop, and every other request, meanwhile
OFFLOAD_BYTES = 64 * 1024
#: a JSON escape of a UTF-16 surrogate (or text that looks like one): see Emulator._decode
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
#: the body cap of the control plane (seeding is local and trusted, but not unbounded)
CONTROL_MAX_BODY = 64 * 1024 * 1024
#: how much of a body over its cap is read and discarded before the 413 (at most the cap
#: again, and this), so that a client that sends its whole body before reading the answer
#: sees the 413 rather than a reset connection; a longer body is cut off
DRAIN_BYTES = 16 * 1024 * 1024
#: Retry-After (seconds) of the 503 answered while another connection or process holds
#: the database's write lock for longer than ``Database.busy_timeout``
BUSY_RETRY_AFTER = 1
#: Retry-After (seconds) of the 503 answered to a request over the server's connection or
#: concurrency limit (``Limits.max_connections``)
OVER_CAPACITY_RETRY_AFTER = 1
#: set in a request's scope by the server when the request is over its connection or
#: concurrency limit: the emulator answers the provider's 503 without handling it
OVER_CAPACITY = "sendspec.over_capacity"
#: the query of a request without one (immutable: one for all)
_NO_QUERY = QueryParams("")
#: how many (method, path) pairs of parameterless paths the router remembers
_STATIC_ROUTES = 4096
#: how many (operation, query string) pairs ``_query`` remembers the validated query of
_QUERY_MEMO = 4096


class RequestLimit(Exception):
    """A request refused as a whole by the server's limits (body too large or too slow,
    storage busy): answered with ``error`` in the provider's format. These are the
    server's answers, not the operation's, so strict mode does not check them against the
    operation's documented responses (as with injected faults)."""

    def __init__(self, error: ApiError, *, close: bool = False) -> None:
        super().__init__(error.message)
        self.error = error
        #: the body was not read to its end: the connection closes after the answer
        self.close = close


def storage_busy(exc: BaseException) -> bool:
    """SQLite gave up waiting for a lock another connection (or process) holds."""
    if not isinstance(exc, sqlite3.OperationalError):
        return False
    text = str(exc).lower()
    return "database is locked" in text or "database is busy" in text or "table is locked" in text


#: a run of 16 digits may be an integer orjson does not keep exact (it makes floats of those
#: past 64 bits); found by mapping digits to one byte and searching that run (a regex took
#: 120 ms on a 10 MB array of digits, this 15 ms); other \x01 bytes only cost a json.loads
_DIGITS_TO_ONE = bytes.maketrans(b"0123456789", b"\x01" * 10)
_DIGIT_RUN = b"\x01" * 16


#: the same run in text (a stored JSON column): a regular expression is quick on short text
_DIGIT_RUN_TEXT = re.compile(r"[0-9]{16}")


def parse_json(raw: bytes | str) -> Any:
    """``json.loads(raw)``, three times faster where that is sure to give the same value:
    orjson parses a body (or stored text) without long digit runs; whatever orjson refuses
    (NaN, lone surrogates, UTF-16, depth) or might round goes to json.loads, which decides
    and words the error. (Both hold the GIL: a 10 MB array held the event loop 0.24 s in
    json.loads, 0.07 s in orjson.)"""
    if isinstance(raw, str):
        plain = _DIGIT_RUN_TEXT.search(raw) is None
    else:
        plain = _DIGIT_RUN not in raw.translate(_DIGITS_TO_ONE)
    if plain:
        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError:
            pass
    return json.loads(raw)


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
        control_token: str | None = None,
    ):
        self.spec = spec
        #: when set, every control-plane request must carry it in CONTROL_TOKEN_HEADER (an
        #: emulator bound to a non-loopback address requires one: ``sendspec emulate``)
        self.control_token = control_token
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
        #: operation id -> (its query parameters by name, as looked up: (position in the
        #: spec, name, parameter, schema pointer); the names of the required ones)
        self._query_plans: dict[
            str, tuple[dict[str, tuple[int, str, dict[str, Any], str]], list[str]]
        ] = {}
        for op in self.operations:
            index: dict[str, tuple[int, str, dict[str, Any], str]] = {}
            for i, (param, pointer) in enumerate(op.query):
                key = param["name"].lower() if provider.case_insensitive_query else param["name"]
                index.setdefault(key, (i, key, param, pointer))
            required = [param["name"] for param, _ in op.query if param.get("required")]
            self._query_plans[op.operation_id] = (index, required)
        #: (method, raw path) -> what _route found, for paths without parameters
        self._static_routes: dict[tuple[str, str], tuple[Operation, re.Match[str], str]] = {}
        #: (operation id, query string) -> what _parse_query found
        self._query_memo: dict[
            tuple[str, bytes], tuple[QueryParams, dict[str, Any], tuple[Violation, ...]]
        ] = {}
        self.requests = 0
        #: every API request answered (``GET /_emulator/requests``)
        self.journal = Journal()
        #: scripted answers (``POST /_emulator/script``)
        self.script = Script()
        self._changed: asyncio.Event | None = None
        #: the last ``scope["server"]`` added to the provider's ``listening`` addresses
        self._server_seen: Any = None
        #: seconds a request body may take to arrive (READ_TIMEOUT; ``serve()`` sets it)
        self.read_timeout = READ_TIMEOUT
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
        if OVER_CAPACITY in scope:  # the server's limit, answered in the provider's format
            error = ApiError(
                503,
                "unavailable",
                message="The emulator is at its connection limit; retry later",
                headers={"Retry-After": str(OVER_CAPACITY_RETRY_AFTER)},
            )
            await self.refusal(error, close=True)(scope, receive, send)
            return
        server = scope.get("server")
        # (uvicorn gives each connection's requests one server tuple: checked once per tuple)
        if server is not self._server_seen:
            if server and server[1] is not None and tuple(server) not in self.provider.listening:
                self.provider.listening.add((str(server[0]), int(server[1])))
            self._server_seen = server
        request = StarletteRequest(scope, self._limited(scope, receive))
        request._headers = _Headers(scope=scope)
        try:
            try:
                response = await self._handle(request)
            except sqlite3.OperationalError as exc:  # from the control plane
                if not storage_busy(exc):
                    raise
                raise RequestLimit(_busy_error()) from exc
        except ClientDisconnect:  # the client went away mid-request: nobody to answer
            log.debug("%s: client disconnected during %s", self.provider.slug, scope.get("path"))
            return
        except RequestLimit as exc:
            response = self.refusal(exc.error, close=exc.close)
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

    # request limits ---------------------------------------------------------------------------
    def _limited(self, scope: Scope, receive: Receive) -> Receive:
        """``receive`` with the request's limits applied while the body is read: its
        Content-Length and then the bytes received against the body cap (413), and the
        whole body within ``read_timeout`` (408). The cap is the operation's
        (``scope["sendspec.body_cap"]``, set by ``_body``) or the control plane's."""
        read = 0
        deadline: float | None = None
        loop = asyncio.get_running_loop()
        # uvicorn's receive() answers at once, without waiting, while this event is set (the
        # body, or its next part, has arrived): a read then needs no timer
        ready = getattr(getattr(receive, "__self__", None), "message_event", None)
        if not isinstance(ready, asyncio.Event):
            ready = None

        async def limited() -> Message:
            nonlocal read, deadline
            cap: int = scope.get("sendspec.body_cap", CONTROL_MAX_BODY)
            if deadline is None:  # the first read: refuse a declared length over the cap
                deadline = loop.time() + self.read_timeout
                declared = _content_length(scope)
                if declared is not None and declared > cap:
                    if declared - cap <= min(cap, DRAIN_BYTES):
                        await _drain(receive, deadline, declared)
                    raise RequestLimit(_too_large(cap), close=True)
            if ready is not None and ready.is_set():
                message = await receive()  # the server holds the message: no wait, no timer
            else:
                message = await _within(receive, deadline, self.read_timeout)
            if message["type"] == "http.request":
                read += len(message.get("body", b""))
                if read > cap:
                    if message.get("more_body", False):
                        await _drain(receive, deadline, min(cap, DRAIN_BYTES))
                    raise RequestLimit(_too_large(cap), close=True)
            return message

        return limited

    def refusal(self, error: ApiError, *, close: bool = False) -> Answer:
        """The answer to a request refused by a server limit (body or head too large, too
        slow, over capacity, storage busy), in the provider's error format; ``close``: the
        connection closes after it."""
        reply = self.provider.error_response(error)
        reply.headers.update(error.headers)
        if close:
            reply.headers["Connection"] = "close"
        return _render(reply)

    # dispatch ---------------------------------------------------------------------------------
    async def _handle(self, request: StarletteRequest) -> Response:
        path, query = _url_parts(request.scope)
        request.scope["sendspec.url"] = (path, query)  # for the journal
        # the control plane answers at its literal path only: an encoded variant
        # (/%5Femulator/reset) is an API path like any other, and gets the provider's 404
        raw = request.scope.get("raw_path", b"").decode("latin-1") or path
        if raw.startswith("/_emulator/") or raw == "/_emulator":
            return await self._control(request)
        self.requests += 1
        fault = self.faults.draw()
        if self.faults.latency_ms:
            await asyncio.sleep(self.faults.latency_ms / 1000)
        try:
            if fault == "drop":
                self._journal(request, 0)
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
            reply = await self._dispatch(request, path, raw)
            if fault == "drop_after":  # the handler ran (and committed): now drop the answer
                self._journal(request, 0)
                raise DropConnection()
        except ApiError as exc:
            reply = self.provider.error_response(exc)
            reply.headers.update(exc.headers)
        except (DropConnection, ClientDisconnect, RequestLimit):
            raise
        except Exception as exc:
            if storage_busy(exc):  # another process holds the write lock: retry later
                raise RequestLimit(_busy_error()) from exc
            log.exception("%s: unexpected error on %s %s", self.provider.slug, request.method, path)
            reply = self.provider.error_response(
                ApiError(500, "server", message="Internal error in the emulator")
            )
        op = request.scope.get("sendspec.operation")
        scripted = request.scope.get("sendspec.scripted", False)
        if (
            self.strict_responses
            and op is not None
            and fault is None
            and not scripted  # a scripted answer is the test's choice, not the emulator's
            and reply.status != 500
        ):
            try:
                self._check_response(op, reply)
            except ApiError as exc:
                reply = self.provider.error_response(exc)
        self._journal(request, reply.status)
        return _render(reply)

    def _journal(self, request: StarletteRequest, status: int) -> None:
        """Record an API request (status 0: the connection was dropped) and wake waiters."""
        scope = request.scope
        op = scope.get("sendspec.operation")
        path, query = scope["sendspec.url"]
        self.journal.record(
            self.provider.clock.now(),
            scope["method"],
            path,
            query,
            status,
            op.operation_id if op is not None else None,
        )
        self.changed()

    async def _dispatch(self, request: StarletteRequest, path: str, raw_path: str) -> Reply:
        # route on the raw (still percent-encoded) path, so an encoded "/" or control
        # character inside a path parameter neither splits nor vanishes
        scope = request.scope
        method: str = scope["method"]
        key = (method, raw_path)
        routed = self._static_routes.get(key)
        if routed is None:
            routed = self._route(raw_path, method, path)
            if routed[0].static:  # the same answer for every request to this path
                if len(self._static_routes) >= _STATIC_ROUTES:
                    self._static_routes.clear()
                self._static_routes[key] = routed
        op, match, local = routed
        scope["sendspec.operation"] = op
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
            request.query_params,  # (set by _query)
            scope.get("sendspec.raw_body", b""),
        )
        rule = self.script.take(op.operation_id, body) if self.script.rules else None
        if rule is not None:
            request.scope["sendspec.scripted"] = True
            if rule.delay_ms:
                await asyncio.sleep(rule.delay_ms / 1000)
            if rule.action == "drop":
                self._journal(request, 0)
                raise DropConnection()
            if rule.action == "respond":
                return self.provider.scripted_reply(rule, call)
        result = self.handlers[op.operation_id](call)
        if not isinstance(result, Reply):  # an async handler
            assert asyncio.iscoroutine(result)
            result = await result
        assert isinstance(result, Reply)
        if rule is not None and rule.action == "drop_after":  # it ran and committed
            self._journal(request, 0)
            raise DropConnection()
        return result

    def _route(self, raw_path: str, method: str, path: str) -> tuple[Operation, re.Match[str], str]:
        """(operation, its path match, the path below the server's prefix) of a request,
        or the provider's 404 / 405."""
        folded = self.provider.case_insensitive_paths
        prefix, seen = (
            (self.prefix.lower(), raw_path.lower()) if folded else (self.prefix, raw_path)
        )
        if prefix and not (seen == prefix or seen.startswith(prefix + "/")):
            raise ApiError(404, "not_found", message=f"No resource at {path}")
        local = raw_path[len(self.prefix) :] or "/"
        if self.provider.trailing_slash and len(local) > 1 and local.endswith("/"):
            local = local[:-1]
        candidates = self.operations.candidates(local)  # by the first segment
        matched = [(op, m) for op in candidates if (m := op.regex.match(local))]
        if not matched:
            raise ApiError(404, "not_found", message=f"No resource at {path}")
        # as in OpenAPI, a concrete path wins over a templated one (/templates/validate
        # before /templates/{id}); only the winning path's methods are allowed
        fewest = min(op.template.count("{") for op, _ in matched)
        matched = [(op, m) for op, m in matched if op.template.count("{") == fewest]
        templates = list(dict.fromkeys(op.template for op, _ in matched))
        if len(templates) > 1:  # e.g. /recipients/{id} and /recipients/{email}
            matched = self._by_parameter_schema(matched, method, templates)
        op_match = next(((op, m) for op, m in matched if op.method == method), None)
        if op_match is None:
            allowed = ", ".join(sorted({op.method for op, _ in matched}))
            raise ApiError(
                405,
                "method",
                message=f"Method {method} is not allowed here",
                headers={"Allow": allowed},
            )
        return op_match[0], op_match[1], local

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
        found = response_of(self.spec, op, reply.status)
        if found is None:
            return [Violation("status", f"{reply.status} is not a documented response")]
        _, response = found
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
        pointer = response_pointer(self.spec, op, reply.status, media)
        assert pointer is not None
        # the body as it is sent (a page's pre-rendered records included)
        return self.schemas.violations(pointer, wire_value(reply.body), prefix="response")

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
        return path_params(self.spec, self.schemas, op, match, violations)

    def _query(
        self, op: Operation, request: StarletteRequest, violations: list[Violation]
    ) -> dict[str, Any]:
        """The operation's query parameters, parsed and validated by the spec (what the spec
        rejects is added to ``violations``); the request's ``query_params`` set on the way.
        Both depend on nothing but the operation and the query string, so they are worked
        out once per (operation, query string) and remembered (a bounded memo, like the
        static routes): a client polling or paging repeats the same queries."""
        query_string: bytes = request.scope.get("query_string", b"")
        key = (op.operation_id, query_string)
        memo = self._query_memo.get(key)
        if memo is None:
            memo = self._parse_query(op, query_string)
            if len(self._query_memo) >= _QUERY_MEMO:
                self._query_memo.clear()
            self._query_memo[key] = memo
        params, out, found = memo
        request._query_params = params  # (an immutable QueryParams: shared safely)
        violations.extend(found)  # (Violation is frozen)
        if not out:
            return {}
        # the handler's own copy (lists too: values are text, numbers, booleans or lists)
        return {name: list(v) if isinstance(v, list) else v for name, v in out.items()}

    def _parse_query(
        self, op: Operation, query_string: bytes
    ) -> tuple[QueryParams, dict[str, Any], tuple[Violation, ...]]:
        """(the query as Starlette's ``QueryParams``, the operation's parameters in it as
        validated values, what the spec rejects)."""
        params = QueryParams(query_string) if query_string else _NO_QUERY
        if not op.query:  # (the request's query is then read by no one but the handler)
            return params, {}, ()
        violations: list[Violation] = []
        # the given names and their values, read once (not a scan of the query for each of
        # the operation's parameters: a listing declares a dozen or more)
        folded = self.provider.case_insensitive_query
        given: dict[str, list[str]] = {}
        for name, text in params.multi_items():
            given.setdefault(name.lower() if folded else name, []).append(text)
        fold = self.provider.case_insensitive_booleans
        index, required = self._query_plans[op.operation_id]
        for name in required:
            if not given.get(name.lower() if folded else name):
                violations.append(Violation(name, "is required"))
        # the given parameters the operation declares, in the spec's order
        found = sorted(index[key] for key in given if key in index)
        out: dict[str, Any] = {}
        for _, key, param, pointer in found:
            valid, value = parameter_value(
                self.spec,
                self.schemas,
                param,
                pointer,
                given[key],  # (never empty: a name is given with at least one value)
                violations,
                comma_separated=self.provider.comma_separated_arrays,
                fold_booleans=fold,
            )
            if valid:
                out[param["name"]] = value
        return params, out, tuple(violations)

    async def _body(
        self, op: Operation, request: StarletteRequest, violations: list[Violation]
    ) -> JSON:
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        # the operation's body cap, applied while the body is read (see _limited)
        request.scope["sendspec.body_cap"] = self.provider.body_cap(op.operation_id)
        if op.multipart_pointer is not None and media == "multipart/form-data":
            return await self._multipart(op, request, violations)
        if op.body_pointer is None:
            return None
        raw = await _read_body(request)
        request.scope["sendspec.raw_body"] = raw  # kept for the inspection API (Call.raw_body)
        if not raw:
            if op.body_required:
                violations.append(Violation("", "A JSON request body is required"))
            return None
        if media != "application/json" and not media.endswith("+json"):
            raise ApiError(
                400,
                "content_type",
                message=f"Content-Type must be application/json, not {media or 'missing'}",
            )
        if len(raw) >= OFFLOAD_BYTES:  # CPU-heavy: off the event loop
            body, found = await asyncio.to_thread(self._decode, op, raw, media)
        else:
            body, found = self._decode(op, raw, media)
        violations.extend(found)
        return body

    def _decode(self, op: Operation, raw: bytes, media: str) -> tuple[JSON, list[Violation]]:
        """A JSON body, parsed and validated: (the body for the handler, its violations).
        Pure computation, so that ``_body`` may run it in a worker thread."""
        assert op.body_pointer is not None
        try:
            body = parse_json(raw)
        except (ValueError, UnicodeDecodeError, RecursionError) as exc:
            reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
            raise ApiError(
                400, "malformed_json", message=f"The body is not valid JSON: {reason}"
            ) from exc
        # a lone surrogate can only come from a \uD800-\uDFFF escape (UTF-8 bytes are
        # decoded strictly): without one in the body (and no NUL, as UTF-16/32 JSON has),
        # the walk over every string is skipped
        suspect = b"\x00" in raw or _SURROGATE_ESCAPE.search(raw) is not None
        bad_text = invalid_unicode(body) if suspect else []
        if bad_text:  # nothing else is checked on text that cannot be stored or echoed
            return None, bad_text
        try:
            found = self.schemas.violations(op.body_pointer, body)
        except RecursionError as exc:
            raise ApiError(400, "malformed_json", message="The body is nested too deeply") from exc
        merge_patch = MERGE_PATCH in (media, op.body_media)  # null removes a value there
        # (a body whose text has no null holds no null: nothing to drop)
        if self.provider.nulls_as_absent and not found and not merge_patch and b"null" in raw:
            body = drop_nulls(body, op.body_ref, self.spec)
        return body, found

    async def _multipart(
        self, op: Operation, request: StarletteRequest, violations: list[Violation]
    ) -> JSON:
        """A multipart body as ``{part: text, or {"filename", "content_type", "content"}}``,
        its required parts checked against the spec's schema."""
        assert op.multipart_pointer is not None
        try:
            form = await request.form()
        except (ClientDisconnect, RequestLimit):
            raise
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
        schema, _ = resolve(self.spec, {"$ref": "#" + op.multipart_pointer})
        schema, _ = resolve(self.spec, schema)
        for name in schema.get("required", []):
            if name not in parts:
                violations.append(Violation(name, "is a required part"))
        return parts

    # control plane ----------------------------------------------------------------------------
    async def _control(self, request: StarletteRequest) -> Response:
        return await control(self, request)

    # change notification (the inspection API's ``wait``) --------------------------------------
    def changed(self) -> None:
        """Wake whoever waits for the emulator's state to change (after every API request
        and control action)."""
        event, self._changed = self._changed, None
        if event is not None:
            event.set()

    def change_event(self) -> asyncio.Event:
        """An event set at the next :meth:`changed` (take it before reading the state)."""
        if self._changed is None:
            self._changed = asyncio.Event()
        return self._changed


def path_params(
    spec: dict[str, Any],
    schemas: SchemaSet,
    op: Operation,
    match: re.Match[str],
    violations: list[Violation],
) -> dict[str, str]:
    """The decoded path parameters of ``match`` (a match of ``op``'s path regex), as text;
    what the spec's parameter schemas reject is added to ``violations`` (the emulator's
    routing and ``sendspec drift`` both check a path so)."""
    raw = {name: unquote(value) for name, value in match.groupdict().items()}
    if not raw:
        return raw
    for param, pointer in zip(op.parameters, op.param_pointers, strict=True):
        name = param["name"]
        if param.get("in") == "path" and name in raw:
            schema, _ = resolve(spec, param.get("schema", {}))
            value = coerce(raw[name], schema)
            violations.extend(schemas.violations(pointer, value, prefix=name))
    return raw


def parameter_value(
    spec: dict[str, Any],
    schemas: SchemaSet,
    param: dict[str, Any],
    pointer: str,
    values: list[str],
    violations: list[Violation],
    *,
    comma_separated: bool,
    fold_booleans: bool,
) -> tuple[bool, Any]:
    """``(valid, value)`` of the parameter ``param`` given as the texts ``values`` (at least
    one): an array schema takes them repeated (a=1&a=2), or as a=1,2 where the provider or
    ``explode: false`` allows; any other schema takes one; what the spec rejects is added to
    ``violations`` (the emulator's query and ``sendspec drift`` both read parameters so)."""
    name = param["name"]
    schema, _ = resolve(spec, param.get("schema", {}))
    value: Any
    if is_array(schema):
        items, _ = resolve(spec, schema.get("items", {}))
        if comma_separated or param.get("explode") is False:
            values = [piece for v in values for piece in v.split(",") if piece]
        value = [coerce(v, items, fold_booleans=fold_booleans) for v in values]
    elif len(values) > 1:
        violations.append(Violation(name, "must be given once"))
        return False, None
    else:
        value = coerce(values[0], schema, fold_booleans=fold_booleans)
    found = schemas.violations(pointer, value, prefix=name)
    violations.extend(found)
    return not found, value


class _Headers(Headers):
    """A request's headers (Starlette's ``Headers``) whose lookups go through a dict built at
    the first one, not a scan of every header decoding each name (a request asks for its
    credentials, content type, host... several times). The first of repeated headers wins,
    as in ``Headers``."""

    _index: dict[bytes, bytes] | None = None

    def _lookup(self) -> dict[bytes, bytes]:
        index = self._index
        if index is None:
            index = {}
            for name, value in self._list:
                index.setdefault(name, value)
            self._index = index
        return index

    def __getitem__(self, key: str) -> str:
        value = self._lookup().get(_header_name(key))
        if value is None:
            raise KeyError(key)
        return value.decode("latin-1")

    def get(self, key: str, default: Any = None) -> Any:
        value = self._lookup().get(_header_name(key))
        return default if value is None else value.decode("latin-1")

    def __contains__(self, key: Any) -> bool:
        return _header_name(key) in self._lookup()


#: header name as asked for (``Content-Type``) -> as the server gives it (b"content-type")
_HEADER_NAMES: dict[str, bytes] = {}


def _header_name(key: str) -> bytes:
    name = _HEADER_NAMES.get(key)
    if name is None:
        name = key.lower().encode("latin-1")
        if len(_HEADER_NAMES) < 1024:  # (the names the code asks for: a handful)
            _HEADER_NAMES[key] = name
    return name


class Answer(Response):
    """A reply as its two ASGI messages: what a Starlette ``Response`` of the same content,
    status, headers and media type sends, with the same header list (built by ``_render``),
    without its rendering and header machinery (every API request makes one)."""

    def __init__(self, status: int, raw_headers: list[tuple[bytes, bytes]], body: bytes) -> None:
        self.status_code = status
        self.raw_headers = raw_headers
        self.body = body
        self.background = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send(
            {"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers}
        )
        await send({"type": "http.response.body", "body": self.body})


def _render(reply: Reply) -> Answer:
    if reply.raw is not None:
        content = reply.raw
    elif reply.body is None:
        content = b""
    else:
        content = _encode(reply.body)
    if isinstance(content, memoryview):  # as Starlette's Response.render
        content = content.cast("B") if content.c_contiguous else content.tobytes()
    elif isinstance(content, str):
        content = content.encode("utf-8")
    # Starlette's Response.init_headers: the reply's headers (names lowercased), then
    # content-length and content-type unless the reply has them
    raw_headers = (
        [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in reply.headers.items()]
        if reply.headers
        else []
    )
    names = [name for name, _ in raw_headers] if raw_headers else ()
    status = reply.status
    if b"content-length" not in names and not (status < 200 or status in (204, 304)):
        raw_headers.append((b"content-length", str(len(content)).encode("latin-1")))
    media = reply.media_type if content else None
    if media is not None and b"content-type" not in names:
        header = _CONTENT_TYPES.get(media)
        if header is None:
            header = _content_type(media)
        raw_headers.append(header)
    return Answer(status, raw_headers, content)


def _content_type(media: str) -> tuple[bytes, bytes]:
    """The Content-Type header of a reply's media type, as Starlette's ``Response`` sends it
    (text with a charset); remembered for the few media types the providers answer."""
    value = media
    if media.startswith("text/") and "charset=" not in media.lower():
        value += "; charset=utf-8"
    header = (b"content-type", value.encode("latin-1"))
    if len(_CONTENT_TYPES) < 256:
        _CONTENT_TYPES[media] = header
    return header


_CONTENT_TYPES: dict[str, tuple[bytes, bytes]] = {}


#: what Starlette's URL leaves as it is (see _url_parts): a path with no ``?``, ``#`` or
#: ``\`` (which it escapes) and no control character or space (which ``urlsplit`` strips
#: or removes), a query with no ``#`` (a fragment) and none of those either, and an ASCII
#: host that cannot end the URL's authority early nor fail ``urlsplit``'s checks (brackets)
_PLAIN_PATH = re.compile(r"/[^?#\\\x00-\x20]*")
_PLAIN_QUERY = re.compile(r"[^#\x00-\x20]*")
_PLAIN_HOST = re.compile(rb"[^/?#\\@\[\]\x00-\x20\x7f-\xff]*")


def _url_parts(scope: Scope) -> tuple[str, str]:
    """``(request.url.path, request.url.query)``, as Starlette computes them, without
    building the URL where the path, query and host are plain (nearly always)."""
    path: str = scope["path"]
    query_string: bytes = scope.get("query_string", b"")
    host = None
    for name, value in scope["headers"]:
        if name == b"host":
            host = value
            break
    if (
        query_string.isascii()
        and scope.get("server") is not None  # (else a bad or empty Host leaves no netloc)
        and _PLAIN_PATH.fullmatch(path)
        and (host is None or _PLAIN_HOST.fullmatch(host))
    ):
        query = query_string.decode("ascii")
        if _PLAIN_QUERY.fullmatch(query):
            return path, query
    url = URL(scope=scope)
    return url.path, url.query


async def _read_body(request: StarletteRequest) -> bytes:
    """``await request.body()`` (the same messages read through the request's ``receive``,
    the same ClientDisconnect), without Starlette's stream generator."""
    if hasattr(request, "_body"):
        return request._body
    receive = request.receive
    chunks: list[bytes] = []
    while True:
        message = await receive()
        kind = message["type"]
        if kind == "http.request":
            chunk = message.get("body", b"")
            if chunk:
                chunks.append(chunk)
            if not message.get("more_body", False):
                break
        elif kind == "http.disconnect":
            request._is_disconnected = True
            raise ClientDisconnect()
    request._stream_consumed = True
    body = chunks[0] if len(chunks) == 1 else b"".join(chunks)
    request._body = body
    return body


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _within(receive: Receive, deadline: float, timeout: float) -> Message:
    """The next message of ``receive``, or a 408 when it has not come by ``deadline``."""
    try:
        async with asyncio.timeout_at(deadline):
            return await receive()
    except TimeoutError:
        raise RequestLimit(
            ApiError(
                408, "timeout", message=f"The request body did not arrive within {timeout:g} s"
            ),
            close=True,
        ) from None


async def _drain(receive: Receive, deadline: float, budget: int) -> None:
    """Read and discard what is left of a refused body, up to ``budget`` bytes and until
    ``deadline``: a client that sends its whole body before reading the answer then sees
    the answer instead of a connection reset."""
    try:
        async with asyncio.timeout_at(deadline):
            while budget > 0:
                message = await receive()
                if message["type"] != "http.request":
                    return
                budget -= len(message.get("body", b""))
                if not message.get("more_body", False):
                    return
    except TimeoutError:
        return


def _too_large(cap: int) -> ApiError:
    return ApiError(413, "too_large", message=f"The request body is larger than {cap} bytes")


def _busy_error() -> ApiError:
    return ApiError(
        503,
        "unavailable",
        message="The emulator's database is busy (another process is writing); retry later",
        headers={"Retry-After": str(BUSY_RETRY_AFTER)},
    )
