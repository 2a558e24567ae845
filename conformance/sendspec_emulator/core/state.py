"""What an emulator keeps between requests: SQLite, the movable clock, fault injection."""

from __future__ import annotations

import os
import random
import sqlite3
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, cast

# --------------------------------------------------------------------------------------------
# faults (issue: runtime tests against real HTTP)


RATES = ("rate_429", "rate_503", "rate_drop", "rate_drop_after")


@dataclass
class Faults:
    """Fault injection: each rate is a probability in [0, 1] per API request.

    ``rate_drop`` closes the connection before the handler runs (nothing happened);
    ``rate_drop_after`` lets the handler run and commit, then closes the connection before
    the response: "delivered, but the client saw a failure".
    """

    latency_ms: int = 0
    rate_429: float = 0.0
    rate_503: float = 0.0
    rate_drop: float = 0.0
    rate_drop_after: float = 0.0
    retry_after: int = 1
    seed: int | None = None
    _rng: random.Random = field(default_factory=random.Random, repr=False)

    def configure(self, values: Mapping[str, Any]) -> None:
        for key in ("latency_ms", "retry_after"):
            if key in values:
                setattr(self, key, int(values[key]))
        for key in RATES:
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
            "rate_drop_after": self.rate_drop_after,
            "retry_after": self.retry_after,
            "seed": self.seed,
        }

    def draw(self) -> str | None:
        roll = self._rng.random()  # drawn for every request, so a seed's sequence is fixed
        if not (self.rate_drop or self.rate_drop_after or self.rate_429 or self.rate_503):
            return None  # (no fault configured: the usual case)
        for name, rate in (
            ("drop", self.rate_drop),
            ("drop_after", self.rate_drop_after),
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


#: seconds a write waits for the write lock that another connection (another process on the
#: same ``--db``) holds; then SQLite gives up ("database is locked") and the request gets
#: the provider's 503 with Retry-After. The wait blocks the event loop, so it stays short.
BUSY_TIMEOUT = 1.0


#: sqlite3 binds a None parameter as NULL only after failing to find an adapter for it (about
#: 1 µs each; a send's INSERT binds ten or more): a registered adapter that returns None
#: (``{}.get``, a C function) finds it at once, and None is still bound as NULL
sqlite3.register_adapter(type(None), cast("Callable[[None], None]", {}.get))


class Database:
    """One SQLite connection (a file or private memory), used from the event loop thread.

    The lock makes the control-plane helpers safe to call from test threads too; across
    processes SQLite's own lock serializes writes, each waiting up to ``busy_timeout``.
    """

    def __init__(self, path: str = ":memory:", *, busy_timeout: float = BUSY_TIMEOUT) -> None:
        self.path = path
        self.conn = sqlite3.connect(
            path,
            timeout=busy_timeout,
            check_same_thread=False,
            isolation_level=None,
            # every statement a provider runs stays prepared (the default keeps 128; the
            # listings' filters and orders make more distinct statements than that)
            cached_statements=512,
        )
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys=ON")  # for every database, not only :memory:
        if path != ":memory:":
            self.conn.execute("PRAGMA journal_mode=WAL")
        #: the database held no table when it was opened: a provider seeds its defaults only
        #: into a new one, so a restart on an existing ``--db`` keeps what was there
        self.new = not self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1"
        ).fetchone()
        self.lock = threading.RLock()

    def script(self, sql: str) -> None:
        """Run a provider's schema script (``CREATE TABLE IF NOT EXISTS ...``)."""
        with self.lock:
            self.conn.executescript(sql)

    def tx(self) -> Transaction:
        """A transaction: everything in it is stored, or nothing is."""
        return Transaction(self)

    def query(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        with self.lock:
            return self.conn.execute(sql, params).fetchall()

    def rows(self, sql: str, params: Any = ()) -> list[tuple[Any, ...]]:
        """``query()`` as plain tuples, read by position (no ``sqlite3.Row`` per row: a page
        that renders every row reads them so)."""
        with self.lock:
            cursor = self.conn.cursor()
            cursor.row_factory = None
            return cursor.execute(sql, params).fetchall()

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


class Transaction:
    """``with db.tx() as conn``: the database's lock held and ``BEGIN IMMEDIATE``; on leaving,
    ``COMMIT``, or ``ROLLBACK`` when the block raised (a class rather than a
    ``@contextmanager`` generator: every write request opens one)."""

    __slots__ = ("_db",)

    def __init__(self, db: Database) -> None:
        self._db = db

    def __enter__(self) -> sqlite3.Connection:
        db = self._db
        db.lock.acquire()
        try:
            db.conn.execute("BEGIN IMMEDIATE")
        except BaseException:
            db.lock.release()
            raise
        return db.conn

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        db = self._db
        try:
            db.conn.execute("COMMIT" if kind is None else "ROLLBACK")
        finally:
            db.lock.release()


class Clock:
    """The emulator's notion of now: real UTC time plus an offset tests can move forward."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def now(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += timedelta(seconds=seconds)


def new_uuid() -> str:
    """A random (version 4) UUID as text: ``str(uuid.uuid4())``, without the UUID object
    (a third of its time; every send makes one or two)."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # the RFC 4122 variant
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def monotonic_ms() -> int:
    return int(time.monotonic() * 1000)
