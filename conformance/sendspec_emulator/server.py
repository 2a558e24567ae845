"""Serve an emulator over real HTTP on loopback (uvicorn in a background thread)."""

from __future__ import annotations

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

import httpx
import uvicorn

from .core import DropConnection, Emulator


class _QuietDrops(logging.Filter):
    """Injected connection drops are intended; keep them out of the error log."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], DropConnection))


logging.getLogger("uvicorn.error").addFilter(_QuietDrops())


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


@contextmanager
def serve(app: Emulator, *, host: str = "127.0.0.1", port: int = 0) -> Iterator[Server]:
    port = port or free_port(host)
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level="warning",
        lifespan="on",
        access_log=False,
        timeout_graceful_shutdown=2,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"emulator-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"emulator did not start on {host}:{port}")
        time.sleep(0.01)
    try:
        yield Server(app, host, port)
    finally:
        server.should_exit = True
        thread.join(timeout=5)
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
    port = free_port()
    command = shutil.which("sendspec", path=str(Path(sys.executable).parent)) or "sendspec"
    proc = subprocess.Popen(
        [command, "emulate", slug, "--port", str(port), *args], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()  # "<slug> emulator on http://127.0.0.1:<port><prefix>"
        root = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + startup_seconds
        while True:
            try:
                httpx.get(f"{root}/_emulator/health").raise_for_status()
                break
            except httpx.HTTPError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"sendspec emulate {slug} did not start") from None
                time.sleep(0.05)
        yield Process(line.strip().rsplit(" ", 1)[-1], root)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
