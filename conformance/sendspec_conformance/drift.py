"""Recorded exchanges checked against the spec, offline (``sendspec drift``).

:class:`SpecCheck` judges one request/response pair by the provider's OpenAPI document, with
the emulator core's own pieces (routing, parameter coercion, :class:`SchemaSet` and its
violation wording) and the provider's documented leniencies (``Provider`` flags): which
operation it is, and everything wrong with it:

- request: the path and method (an operation of the spec?), credentials for one of the
  security requirements, required header and query parameters, path/query values and the
  JSON body against their schemas, the body's Content-Type;
- response: the status documented (the code, ``NXX`` or ``default``), documented headers
  (required ones present, values valid), the Content-Type documented, the JSON body valid.

The proxy (:mod:`sendspec_conformance.proxy`) uses the same check on live traffic.
:func:`drift` prints a per-operation table over cassettes; :func:`against_emulator` replays
the recorded requests against the provider's emulator and compares the answers (status,
keys, JSON types; never values).
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from sendspec.runtime import MASK
from sendspec_emulator.core import (
    Operation,
    SchemaSet,
    Violation,
    build_operations,
    coerce,
    escape_token,
    resolve,
    response_of,
    response_pointer,
)
from sendspec_emulator.core.app import parameter_value, parse_json, path_params
from sendspec_emulator.specs import load_spec

from .cassette import CassetteError, Exchange, files, load

#: violations kept per exchange (the schema check stops after its own MAX_VIOLATIONS)
MAX_FINDINGS = 20


@dataclass(frozen=True)
class Finding:
    """One way an exchange differs from the spec: ``side`` is request or response."""

    side: str
    violation: Violation

    def text(self) -> str:
        return f"{self.side}: {self.violation.text()}"


@dataclass
class Verdict:
    """What :meth:`SpecCheck.check` found: the operation (None when the request matches
    none), the path below the server prefix, and the findings (none: the pair is valid)."""

    operation_id: str | None
    method: str
    local_path: str
    findings: list[Finding] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not self.findings


@dataclass(frozen=True)
class Leniency:
    """The provider's documented leniencies (the emulator's ``Provider`` flags)."""

    trailing_slash: bool = False
    case_insensitive_paths: bool = False
    case_insensitive_query: bool = False
    case_insensitive_booleans: bool = False
    comma_separated_arrays: bool = False


def leniency(slug: str) -> Leniency:
    """The leniencies the emulator of ``slug`` states (none for a provider without one)."""
    from sendspec_emulator import provider_class, provider_names

    if slug not in provider_names():
        return Leniency()
    cls = provider_class(slug)
    return Leniency(**{name: bool(getattr(cls, name)) for name in Leniency.__dataclass_fields__})


def json_media(media: str) -> bool:
    """``media`` (a media type, lower case, no parameters) is JSON: application/json, +json."""
    return media == "application/json" or media.endswith("+json")


class SpecCheck:
    """Validates exchanges against provider ``slug``'s spec (``spec`` overrides the file)."""

    def __init__(self, slug: str, spec: dict[str, Any] | None = None) -> None:
        self.slug = slug
        self.spec = spec if spec is not None else load_spec(slug)
        self.lenient = leniency(slug)
        self.schemas = SchemaSet(self.spec)
        self.operations = build_operations(
            self.spec, ignore_case=self.lenient.case_insensitive_paths
        )
        flags = re.IGNORECASE if self.lenient.case_insensitive_paths else 0
        self._prefixes: list[re.Pattern[str]] = []
        for server in self.spec.get("servers") or [{"url": "/"}]:
            path = urlsplit(str(server.get("url", "/"))).path.rstrip("/")
            pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path))
            if path:
                self._prefixes.append(re.compile(f"^{pattern}(?=/|$)", flags))

    # routing ------------------------------------------------------------------------------
    def local(self, raw_path: str) -> str:
        """The path below the server prefix (any server of the spec, variables as any
        segment); the path itself when no prefix matches (a sandbox on another path)."""
        for prefix in self._prefixes:
            found = prefix.match(raw_path)
            if found:
                return raw_path[found.end() :] or "/"
        return raw_path or "/"

    def route(
        self, method: str, raw_path: str
    ) -> tuple[Operation | None, re.Match[str] | None, str, Violation | None]:
        """(operation, its path match, local path, why none) for a request."""
        local = self.local(raw_path)
        if self.lenient.trailing_slash and len(local) > 1 and local.endswith("/"):
            local = local[:-1]
        candidates = self.operations.candidates(local)
        matched = [(op, m) for op in candidates if (m := op.regex.match(local))]
        if not matched:
            return None, None, local, Violation("path", f"{local} is not a path of the spec")
        fewest = min(op.template.count("{") for op, _ in matched)
        matched = [(op, m) for op, m in matched if op.template.count("{") == fewest]
        templates = list(dict.fromkeys(op.template for op, _ in matched))
        if len(templates) > 1:  # the first whose parameters the values satisfy
            for template in templates:
                ops = [(op, m) for op, m in matched if op.template == template]
                op, m = next(((o, m) for o, m in ops if o.method == method), ops[0])
                if not self._path_params(op, m):
                    matched = ops
                    break
            else:
                matched = [(op, m) for op, m in matched if op.template == templates[0]]
        for op, m in matched:
            if op.method == method:
                return op, m, local, None
        allowed = ", ".join(sorted({op.method for op, _ in matched}))
        why = Violation(
            "method", f"{method} is not an operation of {local} (the spec has {allowed})"
        )
        return None, None, local, why

    # the check ----------------------------------------------------------------------------
    def check(self, exchange: Exchange) -> Verdict:
        parts = urlsplit(exchange.uri)
        method = exchange.method.upper()
        op, match, local, why = self.route(method, parts.path)
        verdict = Verdict(op.operation_id if op else None, method, local)
        if op is None or match is None:
            assert why is not None
            verdict.findings.append(Finding("request", why))
            return verdict
        found = [Finding("request", v) for v in self.request_violations(op, match, exchange)]
        found += [Finding("response", v) for v in self.response_violations(op, exchange)]
        verdict.findings = found[:MAX_FINDINGS]
        return verdict

    def _path_params(self, op: Operation, match: re.Match[str]) -> list[Violation]:
        found: list[Violation] = []
        path_params(self.spec, self.schemas, op, match, found)
        return found

    def request_violations(
        self, op: Operation, match: re.Match[str], exchange: Exchange
    ) -> list[Violation]:
        headers = {k.lower(): v for k, v in exchange.request_headers}
        query = parse_qsl(urlsplit(exchange.uri).query, keep_blank_values=True)
        found = self._security(op, headers, query)
        found += self._path_params(op, match)
        found += self._parameters(op, headers, query)
        found += self._request_body(op, headers, exchange.request_body)
        return found

    def _security(
        self, op: Operation, headers: Mapping[str, str], query: list[tuple[str, str]]
    ) -> list[Violation]:
        """Credentials for at least one of the operation's security requirements (present;
        a recorded, masked value counts: it was sent)."""
        raw = self.spec["paths"][op.template][op.method.lower()]
        requirements = raw.get("security", self.spec.get("security")) or []
        if not requirements or any(not r for r in requirements):
            return []
        schemes = (self.spec.get("components") or {}).get("securitySchemes") or {}
        names = {n.lower() for n, _ in query}

        def present(scheme_name: str) -> str | None:
            scheme = schemes.get(scheme_name) or {}
            kind, where = scheme.get("type"), scheme.get("in")
            if kind == "apiKey":
                name = str(scheme.get("name", ""))
                have = name.lower() in (headers if where == "header" else names)
                if where == "cookie":
                    have = f"{name}=" in headers.get("cookie", "")
                return None if have else f"{where} {name}"
            auth = headers.get("authorization", "")
            if kind == "http":
                wanted = str(scheme.get("scheme", "")).lower()
                ok = auth.split(" ")[0].lower() == wanted or (bool(auth) and auth == MASK)
                return None if ok else f"Authorization: {wanted.title()} ..."
            return None if auth else "an Authorization header"

        missing: list[str] = []
        for requirement in requirements:
            lacking = [m for m in map(present, requirement) if m]
            if not lacking:
                return []
            missing.append(" and ".join(lacking))
        return [Violation("credentials", "are missing: " + " or ".join(missing))]

    def _parameters(
        self, op: Operation, headers: Mapping[str, str], query: list[tuple[str, str]]
    ) -> list[Violation]:
        fold = self.lenient.case_insensitive_query
        given: dict[str, list[str]] = {}
        for key, text in query:
            given.setdefault(key.lower() if fold else key, []).append(text)
        found: list[Violation] = []
        for param, pointer in zip(op.parameters, op.param_pointers, strict=True):
            where, name = param.get("in"), param["name"]
            if where == "header":
                values = [headers[name.lower()]] if name.lower() in headers else []
            elif where == "query":
                values = given.get(name.lower() if fold else name, [])
            else:
                continue
            if not values:
                if param.get("required"):
                    found.append(Violation(name, "is required"))
                continue
            parameter_value(
                self.spec,
                self.schemas,
                param,
                pointer,
                values,
                found,
                comma_separated=self.lenient.comma_separated_arrays,
                fold_booleans=self.lenient.case_insensitive_booleans,
            )
        return found

    def _request_body(
        self, op: Operation, headers: Mapping[str, str], raw: bytes
    ) -> list[Violation]:
        media = media_type(headers.get("content-type", ""))
        if op.multipart_pointer is not None and media == "multipart/form-data":
            return []  # parts are not recorded as JSON: not checked here
        if op.body_pointer is None:
            return []
        if not raw:
            return [Violation("body", "is required")] if op.body_required else []
        if not json_media(media):
            return [
                Violation("content-type", f"must be application/json, not {media or 'missing'}")
            ]
        try:
            body = parse_json(raw)
        except (ValueError, UnicodeDecodeError, RecursionError) as exc:
            return [Violation("body", f"is not valid JSON ({type(exc).__name__})")]
        return self.schemas.violations(op.body_pointer, body, prefix="body")

    def response_violations(self, op: Operation, exchange: Exchange) -> list[Violation]:
        status = exchange.status
        found = response_of(self.spec, op, status)
        if found is None:
            return [Violation("status", f"{status} is not a documented response")]
        base, response = found
        problems = self._response_headers(base, response, exchange)
        content = response.get("content") or {}
        body = exchange.content()
        if not content:
            if body:
                problems.append(Violation("body", "is not empty but the spec documents none"))
            return problems
        if not body or exchange.method.upper() == "HEAD":
            return problems  # as the emulator's strict mode: empty bodies are not checked
        media = media_type(exchange.header("content-type") or "")
        if media not in content:
            json_like = [m for m in content if json_media(m)]
            if not json_like or (media and not json_media(media)):
                documented = ", ".join(content)
                shown = media or "missing"
                problems.append(
                    Violation("content-type", f"{shown} is not documented ({documented})")
                )
                return problems
            media = json_like[0]
        if not json_media(media) or "schema" not in content[media]:
            return problems  # CSV, MIME, files: not JSON-checked
        try:
            value = parse_json(body)
        except (ValueError, UnicodeDecodeError, RecursionError) as exc:
            problems.append(Violation("body", f"is not valid JSON ({type(exc).__name__})"))
            return problems
        pointer = response_pointer(self.spec, op, status, media)
        assert pointer is not None
        problems.extend(self.schemas.violations(pointer, value, prefix="body"))
        return problems

    def _response_headers(
        self, base: str, response: Mapping[str, Any], exchange: Exchange
    ) -> list[Violation]:
        problems: list[Violation] = []
        for name, raw in (response.get("headers") or {}).items():
            header, ref = resolve(self.spec, raw)
            value = exchange.header(name)
            if value is None:
                if header.get("required"):
                    problems.append(Violation(f"header {name}", "is required"))
                continue
            if "schema" not in header:
                continue
            pointer = (ref or f"{base}/headers/{escape_token(name)}") + "/schema"
            schema, _ = resolve(self.spec, header["schema"])
            problems.extend(
                self.schemas.violations(pointer, coerce(value, schema), prefix=f"header {name}")
            )
        return problems


# ---------------------------------------------------------------------------- the report


@dataclass
class Row:
    """One operation's line of the report."""

    operation: str
    pairs: int = 0
    valid: int = 0
    first: str = ""


def _order(check: SpecCheck, rows: Mapping[str, Row]) -> list[Row]:
    known = [op.operation_id for op in check.operations]
    rank = {op_id: i for i, op_id in enumerate(known)}
    return sorted(rows.values(), key=lambda r: (rank.get(r.operation, len(rank)), r.operation))


def table(headings: Sequence[str], lines: Iterable[Sequence[str]], width: int = 72) -> str:
    """A plain-text table; the last column is clipped to ``width`` characters."""
    rows = [list(headings), *([*line] for line in lines)]
    for row in rows:
        if len(row[-1]) > width:
            row[-1] = row[-1][: width - 1] + "…"
    sizes = [max(len(row[i]) for row in rows) for i in range(len(headings))]
    out = []
    for n, row in enumerate(rows):
        out.append("  ".join(cell.ljust(sizes[i]) for i, cell in enumerate(row)).rstrip())
        if n == 0:
            out.append("  ".join("-" * s for s in sizes))
    return "\n".join(out)


def _printable(text: str) -> str:
    return "".join(c if c.isprintable() else "?" for c in text)


@dataclass
class Report:
    """The result of :func:`drift`: per-operation rows and every finding, by exchange."""

    rows: list[Row]
    problems: list[tuple[str, Verdict]]
    errors: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems and not self.errors

    def render(self) -> str:
        lines = [
            (r.operation, str(r.pairs), str(r.valid), _printable(r.first) or "-") for r in self.rows
        ]
        text = table(("operation", "pairs", "valid", "first violation"), lines)
        pairs = sum(r.pairs for r in self.rows)
        valid = sum(r.valid for r in self.rows)
        summary = f"{pairs} pairs, {valid} valid, {pairs - valid} with violations"
        return "\n".join([*self.errors, text, "", summary])


def drift(slug: str, paths: Iterable[str | Path], check: SpecCheck | None = None) -> Report:
    """Check every exchange of the cassettes ``paths`` (files or folders) against the spec."""
    check = check or SpecCheck(slug)
    rows: dict[str, Row] = {}
    problems: list[tuple[str, Verdict]] = []
    errors: list[str] = []
    for path in files(paths):
        try:
            exchanges = list(load(path))
        except CassetteError as exc:
            errors.append(f"error: {exc}")
            continue
        for i, exchange in enumerate(exchanges):
            verdict = check.check(exchange)
            name = verdict.operation_id or f"(no operation: {verdict.method} {verdict.local_path})"
            row = rows.setdefault(name, Row(name))
            row.pairs += 1
            if verdict.valid:
                row.valid += 1
            else:
                if not row.first:
                    row.first = verdict.findings[0].text()
                problems.append((f"{path}#{i}", verdict))
    if not rows and not errors:
        errors.append("error: no recorded exchanges in " + ", ".join(map(str, paths)))
    return Report(_order(check, rows), problems, errors)


# ------------------------------------------------------------------ replay on the emulator


def demo_headers(slug: str) -> dict[str, str]:
    """The credential headers of the emulator's demo account (sendspec.testing.CREDENTIALS)."""
    from sendspec.testing import CREDENTIALS

    c = {name: default for name, _, default in CREDENTIALS[slug]}
    if slug == "iovox-email":
        return {"username": c["username"], "secureKey": c["secure_key"]}
    if slug == "icomm-sms":
        return {"Authorization": f"App {c['api_key']}"}
    if slug == "icommkt-email":
        return {"X-Trx-Api-Key": c["server_token"]}
    basic = base64.b64encode(f"{c['client_id']}:{c['secret']}".encode()).decode()
    return {"Authorization": f"Basic {basic}"}


#: request headers not replayed (the connection's own, and the recorded credentials)
_NOT_REPLAYED = frozenset(
    {"host", "content-length", "connection", "keep-alive", "transfer-encoding", "te",
     "upgrade", "accept-encoding", "trailer", "proxy-connection"}
)  # fmt: skip


def differences(recorded: Any, emulated: Any, where: str = "body", limit: int = 10) -> list[str]:
    """Where two JSON values differ in shape: a member only one has, or another JSON type
    (values are not compared: ids and times always differ). Arrays: item by item."""
    out: list[str] = []

    def kind(value: Any) -> str:
        if isinstance(value, bool):
            return "boolean"
        if isinstance(value, int):
            return "integer"
        return {dict: "object", list: "array", str: "string", float: "number"}.get(
            type(value), "null"
        )

    def walk(a: Any, b: Any, at: str) -> None:
        if len(out) >= limit:
            return
        ka, kb = kind(a), kind(b)
        if {ka, kb} == {"integer", "number"}:
            return
        if ka != kb:
            out.append(f"{at}: recorded {ka}, emulator {kb}")
            return
        if ka == "object":
            for key in a:
                if key not in b:
                    out.append(f"{at}.{key}: only in the recording")
                else:
                    walk(a[key], b[key], f"{at}.{key}")
            out.extend(f"{at}.{key}: only in the emulator's answer" for key in b if key not in a)
        elif ka == "array":
            for i, (x, y) in enumerate(zip(a, b, strict=False)):
                walk(x, y, f"{at}[{i}]")

    walk(recorded, emulated, where)
    return out[:limit]


def media_type(value: str) -> str:
    """A Content-Type value's media type, lower case, without parameters."""
    return value.split(";")[0].strip().lower()


def _json_or_none(body: bytes) -> Any:
    if not body:
        return None
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None


@dataclass
class Replay:
    """One recorded exchange replayed on the emulator: the differences found."""

    where: str
    operation: str
    found: list[str]


@dataclass
class EmulatorReport:
    rows: list[Row]
    replays: list[Replay]

    @property
    def ok(self) -> bool:
        return all(not r.found for r in self.replays)

    def render(self) -> str:
        lines = [
            (r.operation, str(r.pairs), str(r.valid), _printable(r.first) or "-") for r in self.rows
        ]
        text = table(("operation", "replayed", "same", "first difference"), lines)
        same = sum(1 for r in self.replays if not r.found)
        summary = f"{len(self.replays)} replayed on the emulator, {same} answered alike"
        return f"{text}\n\n{summary}"


def against_emulator(
    slug: str,
    paths: Iterable[str | Path],
    check: SpecCheck | None = None,
    send: Callable[[str, str, dict[str, str], bytes], tuple[int, dict[str, str], bytes]]
    | None = None,
) -> EmulatorReport:
    """Replay every recorded request (in order, with the emulator's demo credentials
    instead of the recorded ones) on a fresh emulator of ``slug`` and compare its answers with
    the recorded ones: status, members, JSON types. ``send`` (tests): how a request reaches
    the emulator, ``(method, path and query, headers, body) -> (status, headers, body)``."""
    check = check or SpecCheck(slug)
    if send is not None:
        return _replay_all(slug, paths, check, send)
    import httpx
    from sendspec_emulator import running

    with running(slug) as server, httpx.Client(base_url=server.base_url, timeout=30.0) as http:

        def over_http(
            method: str, target: str, headers: dict[str, str], body: bytes
        ) -> tuple[int, dict[str, str], bytes]:
            answer = http.request(method, server.base_url + target, headers=headers, content=body)
            return answer.status_code, dict(answer.headers), answer.content

        return _replay_all(slug, paths, check, over_http)


class Ids:
    """The ids the emulator gave for the ones the recording holds (a created message's id
    differs): learnt from each pair of answers (members named ``id`` or ``...id``, at any
    depth), put into later requests' path segments, query values and JSON bodies, so a
    recorded ``GET /messages/{id}`` asks the emulator about the message it created."""

    def __init__(self) -> None:
        self.seen: dict[str, str] = {}

    def learn(self, recorded: Any, emulated: Any) -> None:
        if isinstance(recorded, dict) and isinstance(emulated, dict):
            for key, value in recorded.items():
                if key not in emulated:
                    continue
                other = emulated[key]
                scalar = (str, int)
                if (
                    key.lower().endswith("id")
                    and isinstance(value, scalar)
                    and isinstance(other, scalar)
                    and not isinstance(value, bool)
                    and str(value) != str(other)
                    and str(value)
                ):
                    self.seen[str(value)] = str(other)
                else:
                    self.learn(value, other)
        elif isinstance(recorded, list) and isinstance(emulated, list):
            for a, b in zip(recorded, emulated, strict=False):
                self.learn(a, b)

    def path(self, local: str) -> str:
        if not self.seen:
            return local
        segments = local.split("/")
        return "/".join(
            quote(self.seen[unquote(s)], safe="") if unquote(s) in self.seen else s
            for s in segments
        )

    def query(self, query: str) -> str:
        if not self.seen:
            return query
        pairs = parse_qsl(query, keep_blank_values=True)
        if not any(v in self.seen for _, v in pairs):
            return query
        return urlencode([(k, self.seen.get(v, v)) for k, v in pairs], quote_via=quote)

    def body(self, raw: bytes) -> bytes:
        value = _json_or_none(raw) if self.seen else None
        if value is None:
            return raw

        def swap(node: Any) -> Any:
            if isinstance(node, dict):
                return {k: swap(v) for k, v in node.items()}
            if isinstance(node, list):
                return [swap(v) for v in node]
            if isinstance(node, str | int) and not isinstance(node, bool):
                new = self.seen.get(str(node))
                if new is None:
                    return node
                return int(new) if isinstance(node, int) and new.isdigit() else new
            return node

        swapped = swap(value)
        return raw if swapped == value else json.dumps(swapped).encode()


def _replay_all(
    slug: str,
    paths: Iterable[str | Path],
    check: SpecCheck,
    send: Callable[[str, str, dict[str, str], bytes], tuple[int, dict[str, str], bytes]],
) -> EmulatorReport:
    from .cassette import sensitive_headers

    secret = sensitive_headers(check.spec)
    credentials = demo_headers(slug)
    rows: dict[str, Row] = {}
    replays: list[Replay] = []
    ids = Ids()
    for path in files(paths):
        try:
            exchanges = list(load(path))
        except CassetteError:
            continue  # drift() reported it
        for i, exchange in enumerate(exchanges):
            parts = urlsplit(exchange.uri)
            op, _, local, _ = check.route(exchange.method.upper(), parts.path)
            name = op.operation_id if op else f"(no operation: {exchange.method} {local})"
            headers = {
                k: v
                for k, v in exchange.request_headers
                if k.lower() not in _NOT_REPLAYED and k.lower() not in secret
            }
            headers.update(credentials)
            target = ids.path(local) + (f"?{ids.query(parts.query)}" if parts.query else "")
            status, answer_headers, body = send(
                exchange.method, target, headers, ids.body(exchange.request_body)
            )
            ids.learn(_json_or_none(exchange.content()), _json_or_none(body))
            found: list[str] = []
            if status != exchange.status:
                found.append(f"status: recorded {exchange.status}, emulator {status}")
            media = media_type(exchange.header("content-type") or "")
            theirs = media_type(
                next((v for k, v in answer_headers.items() if k.lower() == "content-type"), "")
            )
            if (exchange.response_body or body) and media != theirs:
                found.append(f"content-type: recorded {media or '-'}, emulator {theirs or '-'}")
            recorded, emulated = _json_or_none(exchange.content()), _json_or_none(body)
            if recorded is not None or emulated is not None:
                found += differences(recorded, emulated)
            replays.append(Replay(f"{path}#{i}", name, found))
            row = rows.setdefault(name, Row(name))
            row.pairs += 1
            row.valid += not found
            if found and not row.first:
                row.first = found[0]
    return EmulatorReport(_order(check, rows), replays)


def main(slug: str, paths: Sequence[str], *, emulator: bool, out: IO[str]) -> int:
    """``sendspec drift``: the report on ``out``; 0 when every pair is valid (and, with
    ``emulator``, answered alike), 1 otherwise, 2 when no cassette could be read."""
    check = SpecCheck(slug)
    report = drift(slug, paths, check)
    print(report.render(), file=out)
    for where, verdict in report.problems:
        print(
            f"\n{where}: {verdict.method} {verdict.local_path}"
            f" ({verdict.operation_id or 'no operation'})",
            file=out,
        )
        for finding in verdict.findings:
            print(f"  {_printable(finding.text())}", file=out)
    if report.errors and not report.rows:
        return 2
    code = 0 if report.ok else 1
    if emulator:
        replayed = against_emulator(slug, paths, check)
        print("\nreplayed on the emulator:\n" + replayed.render(), file=out)
        for replay in replayed.replays:
            if replay.found:
                print(f"\n{replay.where} ({replay.operation}):", file=out)
                for line in replay.found:
                    print(f"  {_printable(line)}", file=out)
        code = code or (0 if replayed.ok else 1)
    return code
