"""A validating, recording HTTP proxy in front of a provider's API (``sendspec proxy``).

Point a client (the generated one, postmarker, the Infobip SDK...) at the proxy instead of
the service: every request goes on to ``upstream`` unchanged, and its answer comes back
unchanged but for two headers, once both were checked against the provider's spec
(:class:`~sendspec_conformance.drift.SpecCheck`):

- ``X-Sendspec-Operation``: the operationId the request matched (absent: none);
- ``X-Sendspec-Violations``: a JSON array of what the spec does not allow, each a text
  starting with ``request:`` or ``response:`` (absent when the pair is valid).

Each exchange is also reported on the ``sendspec.proxy`` logger (``sendspec proxy`` prints
it): one line with the method, the path (never the query), the status and the operation,
then one line per violation. With ``record_dir`` every exchange is appended to a VCR.py
cassette there (``<provider>-<UTC time>.yaml``, rewritten atomically after each exchange),
with every credential redacted (:class:`~sendspec_conformance.cassette.Redactor`); nothing
logged or recorded holds a credential.

Links: an answer's absolute URLs of the upstream (``Location``, ``Content-Location``, and
in a JSON body, e.g. Inxmail's HAL ``_links``) reach the client with the proxy's own origin
instead (``https://host/rest/v1/recipients?afterId=10`` becomes
``http://127.0.0.1:PORT/rest/v1/recipients?afterId=10``, as a reverse proxy's redirect
rewriting does), so that a client following them, a paging walk, stays on the proxy: checked
and recorded. The check and the cassette see the upstream's answer as it came.

Upstream paths: the request's path is appended to ``upstream`` (its path included), unless
it already starts with the upstream's path: both ``--upstream https://host/rest/v1`` with a
client at ``http://127.0.0.1:PORT`` and ``--upstream https://host`` with a client at
``http://127.0.0.1:PORT/rest/v1`` reach ``https://host/rest/v1/...``.

Failures are the proxy's own answers, in JSON, and never recorded: an unreachable upstream
is a 502, one that does not answer within ``timeout`` seconds a 504, a request body over
:data:`MAX_BODY` a 413, an upstream answer over :data:`MAX_BODY` a 502.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from sendspec_emulator.core.webhooks import shown
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from . import cassette
from .cassette import Exchange, Redactor
from .drift import SpecCheck, Verdict, json_media, media_type

log = logging.getLogger("sendspec.proxy")

VIOLATIONS_HEADER = "X-Sendspec-Violations"
OPERATION_HEADER = "X-Sendspec-Operation"
#: the largest request body, and upstream answer, the proxy takes (bytes)
MAX_BODY = 32 * 1024 * 1024
#: seconds the upstream has to answer (connect: at most 10 of them), by default
DEFAULT_TIMEOUT = 30.0
#: violations put in the response header, at most (all are logged)
HEADER_VIOLATIONS = 10
#: the header's value is clipped to this many characters
HEADER_CHARS = 4000
#: bodies from this size on are checked in a worker thread (as the emulator does)
OFFLOAD_BYTES = 64 * 1024
#: hop-by-hop headers (RFC 9110 7.6.1) and those the proxy sets itself
_HOP = frozenset(
    {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "proxy-connection",
     "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length"}
)  # fmt: skip


#: response headers the proxy replaces: the body goes on decoded, and its own two headers
_OWN = frozenset({"content-encoding", VIOLATIONS_HEADER.lower(), OPERATION_HEADER.lower()})
#: what the proxy asks the upstream to compress with (httpx decodes both)
ACCEPT_ENCODING = "gzip, deflate"


class Proxy:
    """The proxy's ASGI application (see the module docstring)."""

    def __init__(
        self,
        slug: str,
        upstream: str,
        *,
        record_dir: str | Path | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        check: SpecCheck | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        parts = urlsplit(upstream)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"the upstream must be an http(s) URL, not {shown(upstream)!r}")
        if parts.query or parts.fragment:
            raise ValueError("the upstream URL takes no query or fragment")
        self.slug = slug
        self.upstream = f"{parts.scheme}://{parts.netloc}"
        self.upstream_path = parts.path.rstrip("/")
        self.check = check or SpecCheck(slug)
        self.redactor = Redactor(self.check.spec)
        self.timeout = timeout
        self._transport = transport
        self._client: httpx.AsyncClient | None = None
        self.cassette_path: Path | None = None
        if record_dir is not None:
            self.cassette_path = _new_cassette(Path(record_dir), slug)
        #: the redacted exchanges recorded so far (the cassette's content)
        self.recorded: list[Exchange] = []
        self._write_lock = threading.Lock()
        #: every verdict so far (operation and findings), for a summary or a test
        self.verdicts: list[Verdict] = []

    # the upstream client ---------------------------------------------------------------------
    def client(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = httpx.AsyncClient(
                timeout=httpx.Timeout(self.timeout, connect=min(10.0, self.timeout)),
                follow_redirects=False,
                transport=self._transport,
            )
        return self._client

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    # ASGI -----------------------------------------------------------------------------------
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await self.aclose()
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        request = Request(scope, receive)
        try:
            response = await self.handle(request)
        except ClientDisconnect:
            return
        await response(scope, receive, send)

    def target(self, raw_path: str, query: str) -> str:
        """The upstream URL of a request to the proxy."""
        base = self.upstream_path
        if base and (raw_path == base or raw_path.startswith(base + "/")):
            base = ""
        return self.upstream + base + raw_path + (f"?{query}" if query else "")

    async def handle(self, request: Request) -> Response:
        raw_path = request.scope.get("raw_path", b"").decode("latin-1") or request.url.path
        query = request.scope.get("query_string", b"").decode("latin-1")
        shown_path = raw_path  # never the query: credentials may be there
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_BODY:
            return _failure(413, f"the request body is larger than {MAX_BODY} bytes")
        body = await _bounded(request.stream())
        if body is None:
            return _failure(413, f"the request body is larger than {MAX_BODY} bytes")
        headers = [
            (k, v)
            for k, v in request.headers.items()
            if k.lower() not in _HOP and k.lower() != "accept-encoding"
        ]
        # only encodings the proxy decodes (it passes answers on decoded): a "br" the client
        # would take could come back still compressed, with its Content-Encoding dropped
        headers.append(("accept-encoding", ACCEPT_ENCODING))
        url = self.target(raw_path, query)
        outgoing = self.client().build_request(request.method, url, headers=headers, content=body)
        exchange = Exchange(
            request.method,
            url,
            [(k, v) for k, v in outgoing.headers.multi_items() if k.lower() not in _HOP - {"host"}],
            body,
        )
        try:
            answer = await self.client().send(outgoing, stream=True)
        except httpx.TimeoutException:
            log.error(
                "[%s] %s %s: no answer within %g s",
                self.slug,
                request.method,
                shown_path,
                self.timeout,
            )
            return _failure(
                504, f"the upstream {shown(self.upstream)} did not answer within {self.timeout:g} s"
            )
        except httpx.HTTPError as exc:
            reason = self.redactor.scrub(f"{type(exc).__name__}: {exc}", exchange)
            log.error(
                "[%s] %s %s: upstream error (%s)", self.slug, request.method, shown_path, reason
            )
            return _failure(502, f"could not reach the upstream {shown(self.upstream)} ({reason})")
        try:
            content = await _bounded(answer.aiter_bytes())
        except httpx.TimeoutException:
            return _failure(
                504, f"the upstream {shown(self.upstream)} did not answer within {self.timeout:g} s"
            )
        except httpx.HTTPError as exc:
            reason = self.redactor.scrub(f"{type(exc).__name__}: {exc}", exchange)
            return _failure(502, f"the upstream's answer broke off ({reason})")
        finally:
            await answer.aclose()
        if content is None:
            return _failure(502, f"the upstream's answer is larger than {MAX_BODY} bytes")
        exchange.status = answer.status_code
        exchange.reason = answer.reason_phrase
        # the body is passed on decoded: no Content-Encoding, its own length
        exchange.response_headers = [
            (k, v)
            for k, v in answer.headers.multi_items()
            if k.lower() not in _HOP and k.lower() not in _OWN
        ]
        status = answer.status_code
        if request.method == "HEAD":  # the length of the body a GET would have
            length = answer.headers.get("content-length")
            if length is not None:
                exchange.response_headers.append(("content-length", length))
        elif status >= 200 and status not in (204, 304):  # (those have no Content-Length)
            exchange.response_headers.append(("content-length", str(len(content))))
        exchange.response_body = content
        verdict, texts = await self._verdict(exchange)
        self._report(request.method, shown_path, exchange.status, verdict, texts)
        if self.cassette_path is not None:
            await asyncio.to_thread(self._record, self.redactor.redact(exchange))
        headers_out = list(exchange.response_headers)
        if verdict.operation_id:
            headers_out.append((OPERATION_HEADER, verdict.operation_id))
        if texts:
            headers_out.append((VIOLATIONS_HEADER, header_value(texts)))
        content, headers_out = self._relinked(request, content, headers_out)
        response = Response(content, status_code=exchange.status)
        response.raw_headers = [
            (k.lower().encode("latin-1"), v.encode("latin-1", "replace")) for k, v in headers_out
        ]
        return response

    def _relinked(
        self, request: Request, content: bytes, headers: list[tuple[str, str]]
    ) -> tuple[bytes, list[tuple[str, str]]]:
        """The answer with the upstream's origin in its link headers and JSON body replaced
        by the proxy's (as the client reached it: its Host header)."""
        host = request.headers.get("host")
        if not host:
            return content, headers
        mine = f"{request.url.scheme}://{host}"
        theirs = self.upstream
        out: list[tuple[str, str]] = []
        for name, value in headers:
            if name.lower() in _LINK_HEADERS and _starts_with_origin(value, theirs):
                value = mine + value[len(theirs) :]
            out.append((name, value))
        media = media_type(next((v for k, v in out if k.lower() == "content-type"), ""))
        if content and json_media(media):
            relinked = content
            for old, new in _origin_forms(theirs, mine):
                relinked = _replace_origin(relinked, old, new)
            if relinked is not content:
                content = relinked
                out = [
                    (k, str(len(content)) if k.lower() == "content-length" else v) for k, v in out
                ]
        return content, out

    async def _verdict(self, exchange: Exchange) -> tuple[Verdict, list[str]]:
        """The check of an exchange and its findings as texts (no credential in them); a
        check that fails is itself the one finding (the answer still goes through)."""
        try:
            if len(exchange.request_body) + len(exchange.response_body) >= OFFLOAD_BYTES:
                verdict = await asyncio.to_thread(self.check.check, exchange)
            else:
                verdict = self.check.check(exchange)
        except Exception as exc:
            log.exception("[%s] the spec check failed", self.slug)
            verdict = Verdict(None, exchange.method, urlsplit(exchange.uri).path)
            return verdict, [f"proxy: the spec check failed ({type(exc).__name__})"]
        texts = [self.redactor.scrub(f.text(), exchange) for f in verdict.findings]
        return verdict, texts

    def _report(
        self, method: str, path: str, status: int, verdict: Verdict, texts: list[str]
    ) -> None:
        self.verdicts.append(verdict)
        operation = verdict.operation_id or "no operation"
        where = _printable(f"{method} {path}")
        if not texts:
            log.info("[%s] %s -> %s %s: ok", self.slug, where, status, operation)
            return
        log.warning(
            "[%s] %s -> %s %s: %d violation%s",
            self.slug,
            where,
            status,
            operation,
            len(texts),
            "" if len(texts) == 1 else "s",
        )
        for text in texts:
            log.warning("[%s]   %s", self.slug, _printable(text))

    def _record(self, exchange: Exchange) -> None:
        assert self.cassette_path is not None
        with self._write_lock:
            self.recorded.append(exchange)
            metadata = {"recorded_by": "sendspec proxy", "provider": self.slug}
            try:
                cassette.write(self.cassette_path, self.recorded, metadata)
            except OSError as exc:  # a full disk: the traffic still flows, and says so
                log.error("[%s] could not write %s: %s", self.slug, self.cassette_path, exc)


#: the answer headers whose URL points at the upstream (rewritten for the client)
_LINK_HEADERS = frozenset({"location", "content-location"})


def _starts_with_origin(url: str, origin: str) -> bool:
    """``url`` is ``origin`` or below it (not another host that merely starts the same)."""
    return url == origin or (url.startswith(origin) and url[len(origin)] in "/?#")


def _origin_forms(theirs: str, mine: str) -> list[tuple[bytes, bytes]]:
    """(upstream, proxy) origins as a JSON body may write them: plain and with escaped
    slashes (``https:\\/\\/host``, as some encoders write ``/``)."""
    forms = [(theirs.encode(), mine.encode())]
    escaped = theirs.replace("/", "\\/")
    if escaped != theirs:
        forms.append((escaped.encode(), mine.replace("/", "\\/").encode()))
    return forms


def _replace_origin(body: bytes, old: bytes, new: bytes) -> bytes:
    """``body`` with each ``old`` that ends where a URL's origin ends (before ``/``, ``?``,
    ``#`` or the closing quote) replaced by ``new``; ``body`` itself when there is none."""
    if old not in body:
        return body
    pieces: list[bytes] = []
    start, changed = 0, False
    while (at := body.find(old, start)) != -1:
        end = at + len(old)
        ends_origin = body[end : end + 1] in (b"/", b"?", b"#", b'"', b"\\")
        pieces += [body[start:at], new if ends_origin else old]
        changed = changed or ends_origin
        start = end
    if not changed:
        return body
    pieces.append(body[start:])
    return b"".join(pieces)


def header_value(texts: list[str]) -> str:
    """The ``X-Sendspec-Violations`` value: a JSON array (ASCII) of the first violations,
    clipped to HEADER_CHARS characters (still a JSON array)."""
    kept = [t[:500] for t in texts[:HEADER_VIOLATIONS]]
    while kept:
        value = json.dumps(kept, ensure_ascii=True)
        if len(value) <= HEADER_CHARS:
            return value
        kept.pop()
    return "[]"


def _printable(text: str) -> str:
    return "".join(c if c.isprintable() else "?" for c in text)


def _failure(status: int, message: str) -> Response:
    body = json.dumps({"sendspec_proxy": message}).encode()
    return Response(body, status_code=status, media_type="application/json")


async def _bounded(chunks: AsyncIterator[bytes]) -> bytes | None:
    """A body read whole from ``chunks`` (a request's, or the upstream's decoded answer), or
    None past MAX_BODY."""
    read: list[bytes] = []
    size = 0
    async for chunk in chunks:
        size += len(chunk)
        if size > MAX_BODY:
            return None
        read.append(chunk)
    return b"".join(read)


def _new_cassette(folder: Path, slug: str) -> Path:
    """A cassette file name in ``folder`` that no other run took."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    for n in range(1, 1000):
        path = folder / (f"{slug}-{stamp}.yaml" if n == 1 else f"{slug}-{stamp}-{n}.yaml")
        try:
            path.touch(exist_ok=False)  # taken: another proxy started in the same second
        except FileExistsError:
            continue
        path.unlink()
        return path
    raise RuntimeError(f"no free cassette name in {folder}")


# -------------------------------------------------------------------------------- serving


class Served:
    """A proxy served on loopback by :func:`serving`."""

    def __init__(self, proxy: Proxy, host: str, port: int) -> None:
        self.proxy = proxy
        self.host = host
        self.port = port

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"


def config(proxy: Proxy, *, host: str, port: int, log_level: str = "warning") -> Any:
    """The uvicorn configuration of a proxy (no access log: the proxy reports each pair)."""
    import uvicorn

    return uvicorn.Config(
        proxy,
        host=host,
        port=port,
        log_level=log_level,
        lifespan="on",
        access_log=False,
        timeout_graceful_shutdown=2,
        # the upstream's Date and Server are passed on: no second ones
        server_header=False,
        date_header=False,
    )


@contextmanager
def serving(proxy: Proxy, *, host: str = "127.0.0.1", port: int = 0) -> Iterator[Served]:
    """Serve ``proxy`` in a background thread for the duration of the block."""
    import uvicorn
    from sendspec_emulator.server import free_port

    port = port or free_port(host)
    server = uvicorn.Server(config(proxy, host=host, port=port))
    thread = threading.Thread(target=server.run, name=f"proxy-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the proxy did not start on {host}:{port}")
        time.sleep(0.01)
    try:
        yield Served(proxy, host, port)
    finally:
        server.should_exit = True
        thread.join(timeout=5)
