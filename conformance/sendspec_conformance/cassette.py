"""Recorded HTTP exchanges as VCR.py cassettes, with every credential redacted.

A cassette is VCR.py's YAML (format version 1), so VCR.py / pytest-recording replay it as
they replay their own::

    version: 1
    interactions:
    - request:  {method: POST, uri: https://..., body: '{...}', headers: {name: [value]}}
      response: {status: {code: 200, message: OK}, headers: {name: [value]},
                 body: {string: '{...}'}}
    metadata: {recorded_by: sendspec proxy, provider: iovox-email}

Bodies are text when they are UTF-8 (VCR.py's own choice), bytes (``!!binary``) otherwise.

Redaction (:func:`redact`) happens before anything is written or logged: the value of every
sensitive header (:func:`sensitive_headers`: the client runtime's masking list, the
providers' own credential headers, cookies, and the spec's ``apiKey`` security schemes) and
of every credential query parameter becomes :data:`MASK`; every credential value found
there (and the user and password inside a ``Basic`` value) is also replaced wherever else
it appears in the exchange (a URL, a body, another header), so an echoed secret is not kept
either.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
import tempfile
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

import yaml
from sendspec.runtime import MASK, SENSITIVE_HEADERS

#: the cassette format version VCR.py writes and reads
VERSION = 1
#: headers a recording redacts besides the client runtime's list of credential headers
#: (sendspec.runtime.SENSITIVE_HEADERS, the one list of secrets): iovox's ``username``, an
#: account name that pairs with the secure key
PROVIDER_HEADERS = frozenset({"username"})
#: query parameters taken as credentials wherever they appear (lower case)
SENSITIVE_QUERY = frozenset(
    {
        "access_token",
        "api_key",
        "apikey",
        "api-key",
        "client_secret",
        "key",
        "password",
        "secret",
        "securekey",
        "sig",
        "signature",
        "token",
    }
)
#: the most a recorded compressed body is inflated to (bytes)
MAX_DECODED = 64 * 1024 * 1024
#: a credential value shorter than this is masked where it was sent (its header or query
#: parameter) but not searched for elsewhere (``demo`` would turn up in ordinary text)
MIN_SCRUB = 6


def sensitive_headers(spec: Mapping[str, Any] | None = None) -> frozenset[str]:
    """Header names (lower case) whose values are credentials: the runtime's masking list,
    :data:`PROVIDER_HEADERS` and the header ``apiKey`` schemes of ``spec``."""
    names = set(SENSITIVE_HEADERS) | PROVIDER_HEADERS
    for scheme in _security_schemes(spec):
        if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
            names.add(str(scheme.get("name", "")).lower())
    return frozenset(names - {""})


def sensitive_query(spec: Mapping[str, Any] | None = None) -> frozenset[str]:
    """Query parameter names (lower case) whose values are credentials."""
    names = set(SENSITIVE_QUERY)
    for scheme in _security_schemes(spec):
        if scheme.get("type") == "apiKey" and scheme.get("in") == "query":
            names.add(str(scheme.get("name", "")).lower())
    return frozenset(names - {""})


def _security_schemes(spec: Mapping[str, Any] | None) -> list[Mapping[str, Any]]:
    schemes = ((spec or {}).get("components") or {}).get("securitySchemes") or {}
    return [s for s in schemes.values() if isinstance(s, Mapping)]


# ------------------------------------------------------------------------------ the exchange


Headers = list[tuple[str, str]]


@dataclass
class Exchange:
    """One request and its response, as recorded (bodies as bytes, headers in order)."""

    method: str
    uri: str
    request_headers: Headers = field(default_factory=list)
    request_body: bytes = b""
    status: int = 0
    reason: str = ""
    response_headers: Headers = field(default_factory=list)
    response_body: bytes = b""

    def content(self) -> bytes:
        """The response body decoded by its ``Content-Encoding`` (VCR.py records what came
        over the wire: a gzip answer stays gzip; the proxy records it decoded), at most
        MAX_DECODED bytes; the body as it is when it cannot be decoded."""
        encoding = (self.header("content-encoding") or "").strip().lower()
        body = self.response_body
        if encoding not in ("gzip", "x-gzip", "deflate") or not body:
            return body
        wbits = 16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS
        for bits in (wbits, -zlib.MAX_WBITS):  # deflate: zlib-wrapped, or raw as some send
            try:
                inflater = zlib.decompressobj(bits)
                out = inflater.decompress(body, MAX_DECODED)
                return out if not inflater.unconsumed_tail else out[:MAX_DECODED]
            except zlib.error:
                continue
        return body

    def header(self, name: str, *, response: bool = True) -> str | None:
        """The first value of header ``name`` (any case) of the response (or request)."""
        wanted = name.lower()
        headers = self.response_headers if response else self.request_headers
        return next((v for k, v in headers if k.lower() == wanted), None)


class Redactor:
    """Masks credentials in exchanges (see the module docstring); also :meth:`scrub` for any
    text (a log line, a violation) that might quote a value of the request."""

    def __init__(self, spec: Mapping[str, Any] | None = None) -> None:
        self.headers = sensitive_headers(spec)
        self.query = sensitive_query(spec)

    def secrets(self, exchange: Exchange) -> list[str]:
        """The credential values the exchange's request carries (longest first)."""
        found: set[str] = set()
        for name, value in [*exchange.request_headers, *exchange.response_headers]:
            if name.lower() in self.headers:
                found.update(_pieces(name, value))
        for name, value in parse_qsl(urlsplit(exchange.uri).query, keep_blank_values=True):
            if name.lower() in self.query:
                found.add(value)
        usable = {s for s in found if len(s) >= MIN_SCRUB and s != MASK}
        return sorted(usable, key=len, reverse=True)

    def redact(self, exchange: Exchange) -> Exchange:
        """A copy of ``exchange`` with no credential in it (nor the password of a URL in a
        body, such as a webhook's ``https://user:password@host/``)."""
        secrets = self.secrets(exchange)
        return replace(
            exchange,
            uri=_scrub(self.redact_uri(exchange.uri), secrets),
            request_headers=self._headers(exchange.request_headers, secrets),
            request_body=_scrub_bytes(exchange.request_body, secrets),
            response_headers=self._headers(exchange.response_headers, secrets),
            response_body=_scrub_bytes(exchange.response_body, secrets),
        )

    def redact_uri(self, uri: str) -> str:
        """``uri`` with its credential query values and any user info masked."""
        parts = urlsplit(uri)
        netloc = parts.netloc
        if "@" in netloc:
            netloc = MASK + "@" + netloc.rsplit("@", 1)[1]
        if not parts.query:
            return urlunsplit(parts._replace(netloc=netloc))
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        if not any(name.lower() in self.query for name, _ in pairs):
            return urlunsplit(parts._replace(netloc=netloc))
        masked = [(n, MASK if n.lower() in self.query else v) for n, v in pairs]
        query = urlencode(masked, quote_via=quote, safe="[]")
        return urlunsplit(parts._replace(netloc=netloc, query=query))

    def scrub(self, text: str, exchange: Exchange | None = None) -> str:
        """``text`` with the exchange's credential values masked."""
        return _scrub(text, self.secrets(exchange)) if exchange is not None else text

    def _headers(self, headers: Headers, secrets: list[str]) -> Headers:
        return [
            (name, MASK if name.lower() in self.headers else _scrub(value, secrets))
            for name, value in headers
        ]


#: the user info with a password of an http(s) URL in a body (``https://user:pw@host``)
_URL_PASSWORD = re.compile(rb"(?i)(https?://)[^/@\s\"'<>]+:[^/@\s\"'<>]*@")
#: an auth scheme before its token (``Basic``, ``Bearer``, ``App``)
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")


def _pieces(name: str, value: str) -> set[str]:
    """A credential header's value and what it is made of: the token after a scheme
    (``App KEY``, ``Bearer T``), a ``Basic`` value's user and password, and the values of
    a cookie's ``name=value`` pairs."""
    value = value.strip()
    out = {value}
    if name.lower() in ("cookie", "set-cookie"):
        pairs = value.split(";")
        for pair in pairs if name.lower() == "cookie" else pairs[:1]:
            out.add(pair.partition("=")[2].strip())
        return out
    scheme, _, token = value.partition(" ")
    token = token.strip()
    if token and _SCHEME.fullmatch(scheme):
        out.add(token)
        if scheme.lower() == "basic":
            try:
                user, _, password = base64.b64decode(token, validate=True).decode().partition(":")
            except (binascii.Error, UnicodeDecodeError, ValueError):
                user = password = ""
            out.update(p for p in (user, password) if p)
    return out


def _scrub(text: str, secrets: list[str]) -> str:
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    return text


def _scrub_bytes(body: bytes, secrets: list[str]) -> bytes:
    """``body`` with the secrets, and the password of any http(s) URL in it, masked."""
    for secret in secrets:
        raw = secret.encode("utf-8", "surrogatepass")
        if raw in body:
            body = body.replace(raw, MASK.encode())
    if b"@" in body:
        body = _URL_PASSWORD.sub(rb"\1" + MASK.encode() + b"@", body)
    return body


# -------------------------------------------------------------------------- read and write


def _text_or_bytes(body: bytes) -> str | bytes | None:
    if not body:
        return None
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body


def _grouped(headers: Headers) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for name, value in headers:
        out.setdefault(name, []).append(value)
    return out


def to_interaction(exchange: Exchange) -> dict[str, Any]:
    """The exchange as one VCR.py interaction (a dict to dump as YAML)."""
    return {
        "request": {
            "body": _text_or_bytes(exchange.request_body),
            "headers": _grouped(exchange.request_headers),
            "method": exchange.method,
            "uri": exchange.uri,
        },
        "response": {
            "body": {"string": _text_or_bytes(exchange.response_body) or ""},
            "headers": _grouped(exchange.response_headers),
            "status": {"code": exchange.status, "message": exchange.reason},
        },
    }


class CassetteError(ValueError):
    """A file that is not a VCR.py cassette (the message names it and why)."""


def _as_bytes(value: Any, where: str) -> bytes:
    if value is None:
        return b""
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode("utf-8", "surrogatepass")
    raise CassetteError(f"{where} is a {type(value).__name__}, not text")


def _ungrouped(value: Any, where: str) -> Headers:
    if value is None:
        return []
    if not isinstance(value, Mapping):
        raise CassetteError(f"{where} is not a mapping")
    out: Headers = []
    for name, values in value.items():
        for item in values if isinstance(values, list) else [values]:
            out.append((str(name), str(item)))
    return out


def from_interaction(data: Any, where: str = "interaction") -> Exchange:
    """An exchange from one VCR.py interaction (recorded by any VCR.py, or by the proxy)."""
    if not isinstance(data, Mapping):
        raise CassetteError(f"{where} is not a mapping")
    request, response = data.get("request"), data.get("response")
    if not isinstance(request, Mapping) or not isinstance(response, Mapping):
        raise CassetteError(f"{where} has no request and response")
    status = response.get("status")
    code = status.get("code") if isinstance(status, Mapping) else response.get("status_code")
    if not isinstance(code, int) or isinstance(code, bool):
        raise CassetteError(f"{where}: response.status.code is not an integer")
    body = response.get("body")
    content = body.get("string") if isinstance(body, Mapping) else response.get("content")
    message = status.get("message") if isinstance(status, Mapping) else ""
    method, uri = request.get("method"), request.get("uri")
    if not isinstance(method, str) or not isinstance(uri, str):
        raise CassetteError(f"{where}: request.method and request.uri must be text")
    return Exchange(
        method=method.upper(),
        uri=uri,
        request_headers=_ungrouped(request.get("headers"), f"{where}: request.headers"),
        request_body=_as_bytes(request.get("body"), f"{where}: request.body"),
        status=code,
        reason=str(message or ""),
        response_headers=_ungrouped(response.get("headers"), f"{where}: response.headers"),
        response_body=_as_bytes(content, f"{where}: response.body.string"),
    )


def dump(exchanges: Iterable[Exchange], metadata: Mapping[str, Any] | None = None) -> str:
    """The cassette text (YAML) of ``exchanges``."""
    data: dict[str, Any] = {
        "version": VERSION,
        "interactions": [to_interaction(e) for e in exchanges],
    }
    if metadata:
        data["metadata"] = dict(metadata)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def write(path: Path, exchanges: Iterable[Exchange], metadata: Mapping[str, Any] | None) -> None:
    """Write the cassette atomically (a reader never sees half a file)."""
    text = dump(exchanges, metadata)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".cassette-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


#: cassette file names taken from a folder
SUFFIXES = (".yaml", ".yml")


def files(paths: Iterable[str | Path]) -> list[Path]:
    """The cassette files named: files as given, folders by their ``*.yaml``/``*.yml``."""
    out: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES and p.is_file()))
        else:
            out.append(path)
    return out


def load(path: Path) -> Iterator[Exchange]:
    """The exchanges of one cassette file, in order."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CassetteError(f"{path}: cannot read it ({exc})") from exc
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise CassetteError(f"{path}: not YAML ({exc})") from exc
    if not isinstance(data, Mapping) or not isinstance(data.get("interactions"), list):
        raise CassetteError(f"{path}: not a VCR.py cassette (no interactions list)")
    if data.get("version", VERSION) != VERSION:
        raise CassetteError(f"{path}: cassette version {data.get('version')!r}, not {VERSION}")
    for i, item in enumerate(data["interactions"]):
        yield from_interaction(item, f"{path}: interaction {i}")
