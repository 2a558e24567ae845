"""Serve an emulator over real HTTP on loopback (uvicorn in a background thread).

Every way of serving an emulator (``serve()``, ``sendspec emulate``) builds its uvicorn
configuration with :func:`server_config`, which sets the server's limits (:class:`Limits`):
header size, keep-alive, concurrency, and the read timeouts uvicorn lacks: a request's
head must arrive within ``read_timeout`` of the connection opening (or of the previous
answer), and then its body within ``read_timeout`` too (checked by the app).
"""

from __future__ import annotations

import asyncio
import logging
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import h11
import httpx
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from .core import DropConnection, Emulator
from .core.app import OVER_CAPACITY
from .core.values import ApiError


class _QuietDrops(logging.Filter):
    """Injected connection drops are intended; keep them out of the error log."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], DropConnection))


logging.getLogger("uvicorn.error").addFilter(_QuietDrops())
log = logging.getLogger("sendspec.emulator")


@dataclass(frozen=True)
class Limits:
    """The server's limits on what a client may hold (each configurable for tests)."""

    #: seconds a request's head (request line and headers) may take to arrive, counted from
    #: the connection opening or the previous answer, and then seconds its body may take:
    #: a connection that sends nothing, half its headers or part of its body is closed (the
    #: body: after a 408 in the provider's format)
    read_timeout: float = 10.0
    #: seconds an idle keep-alive connection is kept between requests
    keep_alive: float = 5.0
    #: the largest request head (request line and headers), in bytes; beyond, a 431 (the
    #: suites send query values of 30,000 characters; uvicorn's h11 default, 16 KiB, applied
    #: only to a head split across reads)
    max_header_bytes: int = 64 * 1024
    #: open connections (or requests in flight) beyond which a request gets a 503
    max_connections: int = 1000
    #: connections the kernel queues before the server accepts them
    backlog: int = 1024


DEFAULT_LIMITS = Limits()


#: a body chunk up to this size goes out in one write with the response's head (copied
#: together); a larger one is written after it
_JOIN_BYTES = 64 * 1024


class _OneWrite:
    """The transport of one request's response cycle: the response's head is held until
    the first body chunk and written with it, so a whole answer costs one ``send()`` (uvicorn
    writes head and body separately: two system calls, a tenth of a small request's server
    time). A head whose body does not follow in the same turn of the event loop (a streamed
    answer) is written at the next turn; closing writes it first (a connection dropped
    after the head still sends the head). Everything else is the connection's transport."""

    __slots__ = ("_cycle", "_head", "_held", "_loop", "_transport")

    def __init__(self, transport: Any, cycle: Any, loop: asyncio.AbstractEventLoop) -> None:
        self._transport = transport
        self._cycle = cycle
        self._loop = loop
        self._head: bytes | None = None
        self._held = False

    def write(self, data: bytes) -> None:
        head = self._head
        if head is not None:
            self._head = None
            if len(data) <= _JOIN_BYTES:
                self._transport.write(head + data)
            else:
                self._transport.write(head)
                self._transport.write(data)
            return
        cycle = self._cycle
        if not self._held and cycle.response_started and not cycle.response_complete:
            self._held = True  # the first write once the response started: its head
            self._head = data
            self._loop.call_soon(self._flush)
            return
        self._transport.write(data)

    def _flush(self) -> None:
        head, self._head = self._head, None
        if head is not None and not self._transport.is_closing():
            self._transport.write(head)

    def close(self) -> None:
        self._flush()
        self._transport.close()

    def is_closing(self) -> bool:
        return bool(self._transport.is_closing())

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


class TimedH11Protocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol with a deadline for each request's head.

    uvicorn times out idle keep-alive connections only after a first answer: a connection
    that sends nothing, or headers without their end, is held for good (the issue measured
    800 idle half-open connections all held, partial headers held for 30 s and more). Here a
    timer starts when the connection opens and whenever it waits for a new request's head,
    is not reset by further bytes of that head (so a slow trickle does not keep it), and is
    cancelled once the head is complete; the body's own deadline is the app's
    (``Emulator.read_timeout``)."""

    read_timeout: float = DEFAULT_LIMITS.read_timeout
    max_header_bytes: int = DEFAULT_LIMITS.max_header_bytes
    #: the app served, whose provider words the server's refusals (431, the 503 over the
    #: connection limit); without one (the bench's bare app) they are plain text
    emulator: Emulator | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._head_timer: asyncio.TimerHandle | None = None
        # uvicorn answers a request over limit_concurrency itself, in plain text: with an
        # emulator, the same limit is checked here and the emulator answers the provider's
        # 503 (see handle_events)
        self._capacity: int | None = None
        if self.emulator is not None:
            self._capacity, self.limit_concurrency = self.limit_concurrency, None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)  # type: ignore[arg-type]
        self._arm_head_timer()

    def data_received(self, data: bytes) -> None:
        if self.conn.their_state is h11.IDLE and self._head_too_large(data):
            self._refuse_head()
            return
        super().data_received(data)
        if self.conn.their_state is h11.IDLE:  # (still) waiting for a request's head
            self._arm_head_timer()
        else:
            self._cancel_head_timer()

    def on_response_complete(self) -> None:
        super().on_response_complete()  # arms uvicorn's keep-alive timer for the idle wait
        self._cancel_head_timer()

    def handle_events(self) -> None:
        cycle = self.cycle
        capacity = self._capacity
        # uvicorn's own test, made before it starts a request (one per call: a pipelined
        # request's head waits until the answer before it is complete)
        over = capacity is not None and (
            len(self.connections) >= capacity or len(self.tasks) >= capacity
        )
        super().handle_events()
        if self.cycle is not None and self.cycle is not cycle:  # a new request's cycle
            self.cycle.transport = _OneWrite(  # type: ignore[assignment]
                self.transport, self.cycle, self.loop
            )
            if over:  # (the task has not started: it sees the mark)
                self.cycle.scope[OVER_CAPACITY] = True  # type: ignore[literal-required]
                self.logger.warning("Exceeded concurrency limit.")

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_head_timer()
        super().connection_lost(exc)

    def _head_too_large(self, data: bytes) -> bool:
        """The request head being received is over ``max_header_bytes`` (h11 limits only a
        head that is still incomplete, not one that arrives whole in one read)."""
        pending = self.conn.trailing_data[0] + data if self.conn.trailing_data[0] else data
        end = pending.find(b"\r\n\r\n", 0, self.max_header_bytes + 4)
        return end == -1 and len(pending) > self.max_header_bytes

    def _refuse_head(self) -> None:
        message = f"The request's header fields are larger than {self.max_header_bytes} bytes"
        if self.emulator is None:
            headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"connection", b"close")]
            body = message.encode()
        else:
            answer = self.emulator.refusal(
                ApiError(431, "headers_too_large", message=message), close=True
            )
            headers, body = answer.raw_headers, bytes(answer.body)
        head = b"".join(name + b": " + value + b"\r\n" for name, value in headers)
        if not any(name == b"content-length" for name, _ in headers):
            head += b"content-length: %d\r\n" % len(body)
        self.transport.write(
            b"HTTP/1.1 431 Request Header Fields Too Large\r\n" + head + b"\r\n" + body
        )
        self.transport.close()

    def _arm_head_timer(self) -> None:
        if self._head_timer is None and not self.transport.is_closing():
            self._head_timer = self.loop.call_later(self.read_timeout, self._head_timeout)

    def _cancel_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_timeout(self) -> None:
        self._head_timer = None
        busy = self.cycle is not None and not self.cycle.response_complete
        if not busy and self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self.transport.close()


def server_config(
    app: Emulator, *, host: str, port: int, limits: Limits = DEFAULT_LIMITS, **options: Any
) -> uvicorn.Config:
    """The uvicorn configuration of an emulator, with ``limits`` applied (``options`` go to
    uvicorn.Config: log_level, ...). The one place both ``serve()`` and ``sendspec
    emulate`` get their server settings from."""
    app.read_timeout = limits.read_timeout
    protocol = type(
        "EmulatorH11Protocol",
        (TimedH11Protocol,),
        {
            "read_timeout": limits.read_timeout,
            "max_header_bytes": limits.max_header_bytes,
            # (an Emulator, or a wrapper passing its attributes through: the CLI's access log)
            "emulator": app if callable(getattr(app, "refusal", None)) else None,
        },
    )
    settings: dict[str, Any] = {
        "log_level": "warning",
        "lifespan": "on",
        "access_log": False,
        "timeout_graceful_shutdown": 2,
        **options,
    }
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        http=protocol,
        h11_max_incomplete_event_size=limits.max_header_bytes,
        timeout_keep_alive=limits.keep_alive,  # type: ignore[arg-type]
        limit_concurrency=limits.max_connections,
        backlog=limits.backlog,
        **settings,
    )


@dataclass
class Server:
    app: Emulator
    host: str
    port: int

    @property
    def root_url(self) -> str:
        """``http://host:port`` (the control plane lives at ``/_emulator/``)."""
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """The provider's base URL: the root plus the spec's server path (e.g. /rest/v1)."""
        return self.root_url + self.app.prefix


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


#: how long leaving ``serve()`` waits for the server thread to stop (seconds)
STOP_SECONDS = 5.0


@contextmanager
def serve(
    app: Emulator,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    limits: Limits = DEFAULT_LIMITS,
    stop_seconds: float = STOP_SECONDS,
) -> Iterator[Server]:
    """Serve ``app`` on ``host:port`` (0: a free port) in a daemon thread for the duration of
    the block. Leaving the block stops the server and closes the emulator's database; a
    server that has not stopped after ``stop_seconds`` (a request stuck in a handler) is
    left to the process's exit, its database open: closing it would wait on that request."""
    config = server_config(app, host=host, port=port, limits=limits)
    # bound here (port 0: a free one, chosen by the system as it binds, so no other process
    # can take it between the choice and the bind) and handed to uvicorn
    try:
        sock = config.bind_socket()  # (uvicorn logs why it cannot, then exits)
    except SystemExit:
        raise RuntimeError(f"the emulator cannot listen on {host}:{port}") from None
    port = int(sock.getsockname()[1])
    server = uvicorn.Server(config)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name=f"emulator-{port}", daemon=True
    )
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            sock.close()
            raise RuntimeError(f"emulator did not start on {host}:{port}")
        time.sleep(0.01)
    try:
        yield Server(app, host, port)
    finally:
        server.should_exit = True
        thread.join(timeout=stop_seconds)
        if thread.is_alive():
            log.warning(
                "the emulator on %s:%s did not stop within %g s; left running",
                host,
                port,
                stop_seconds,
            )
        else:
            app.provider.db.close()


@dataclass
class Process:
    """An emulator served by ``sendspec emulate`` in its own process."""

    base_url: str
    root_url: str


@contextmanager
def spawn(slug: str, *args: str, startup_seconds: float = 20) -> Iterator[Process]:
    """Run ``sendspec emulate slug ARGS`` on a free port for the duration of the block (its
    own process: benchmarks keep the server's CPU out of the client's GIL)."""
    command = shutil.which("sendspec", path=str(Path(sys.executable).parent)) or "sendspec"
    proc = subprocess.Popen(  # port 0: it binds a free one and names it (no race for it)
        [command, "emulate", slug, "--port", "0", *args], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()  # "<slug> emulator on http://127.0.0.1:<port><prefix>"
        if " emulator on http://" not in line:
            raise RuntimeError(f"sendspec emulate {slug} did not start: {line.strip()!r}")
        base_url = line.strip().rsplit(" ", 1)[-1]
        parts = urlsplit(base_url)
        root = f"{parts.scheme}://{parts.netloc}"
        deadline = time.monotonic() + startup_seconds
        while True:
            try:
                httpx.get(f"{root}/_emulator/health").raise_for_status()
                break
            except httpx.HTTPError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"sendspec emulate {slug} did not start") from None
                time.sleep(0.05)
        yield Process(base_url, root)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
