"""The provider interface: what each emulated service supplies to the core."""

from __future__ import annotations

import json
import secrets
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Any, TypeVar

from .script import Rule
from .state import Clock, Database
from .values import JSON, ApiError, Call, Handler, Reply

F = TypeVar("F", bound=Callable[..., Any])

MIB = 1024 * 1024


def same_secret(given: str, expected: str) -> bool:
    """Constant-time comparison of a credential from a request with the configured one.

    As UTF-8 bytes: ``secrets.compare_digest`` raises on non-ASCII text, and header values
    are any latin-1 text."""
    return secrets.compare_digest(
        given.encode("utf-8", "surrogatepass"), expected.encode("utf-8", "surrogatepass")
    )


_MARK = "__sendspec_operations__"
#: the request bodies behind captured messages (Provider.keep_request), in every database
KEPT_REQUESTS = """
CREATE TABLE IF NOT EXISTS _sendspec_requests (
    message_id TEXT PRIMARY KEY,
    operation TEXT NOT NULL,
    body BLOB NOT NULL
);
"""
#: the error kind a scripted status is rendered as (Provider.scripted_reply)
SCRIPTED_KINDS = {
    400: "validation", 401: "auth", 403: "auth", 404: "not_found", 405: "method",
    422: "validation", 429: "rate_limited", 503: "unavailable",
}  # fmt: skip


def handles(*operation_ids: str) -> Callable[[F], F]:
    """Mark a provider method as the handler of these operationIds of the spec.

    Resource modules define their handlers on a class of the provider's state; the provider
    class inherits them all, and :meth:`Provider.handlers` finds them by this mark."""

    def mark(fn: F) -> F:
        setattr(fn, _MARK, (*getattr(fn, _MARK, ()), *operation_ids))
        return fn

    return mark


#: keep_request's statement
_KEEP_REQUEST = (
    "INSERT OR REPLACE INTO _sendspec_requests (message_id, operation, body) VALUES (?, ?, ?)"
)


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

    # limits
    #: the largest request body taken, in bytes, counted while it is read (and refused at
    #: once when its Content-Length says more): a 413 in the provider's format beyond, and
    #: nothing stored. 10 MiB unless the provider documents its own limit.
    max_body_bytes: int = 10 * MIB
    #: operations with a documented limit of their own (operationId -> bytes)
    max_body_bytes_by_operation: Mapping[str, int] = MappingProxyType({})

    #: tables the provider's inspection API keeps beside its own (created with the core's)
    inbox_schema: str = ""

    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock
        db.script(KEPT_REQUESTS + self.inbox_schema)
        #: (host, port) this emulator is served on, as requests arrived (the ASGI scope's
        #: ``server``): a webhook push never targets them
        self.listening: set[tuple[str, int]] = set()

    def body_cap(self, operation_id: str) -> int:
        """The body cap of one operation, in bytes."""
        return self.max_body_bytes_by_operation.get(operation_id, self.max_body_bytes)

    # hooks -----------------------------------------------------------------------------------
    def handlers(self) -> dict[str, Handler]:
        """Every method marked with :func:`handles`, by operationId (a subclass may add more
        that it builds at run time). Two methods for one operationId are an error."""
        table: dict[str, Handler] = {}
        owners: dict[str, str] = {}  # operationId -> method name (an override keeps it)
        for cls in reversed(type(self).__mro__):
            for name, attr in vars(cls).items():
                for operation_id in getattr(attr, _MARK, ()):
                    if owners.setdefault(operation_id, name) != name:
                        raise RuntimeError(
                            f"{self.slug}: {operation_id} is handled by both"
                            f" {owners[operation_id]} and {name}"
                        )
                    table[operation_id] = getattr(self, name)
        return table

    def authenticate(self, headers: Mapping[str, str]) -> None:
        """Raise ``ApiError(401, "auth")`` when the credentials are missing or wrong."""

    def error_response(self, error: ApiError) -> Reply:
        raise NotImplementedError

    def control(self, action: str, body: JSON) -> JSON:
        """Provider-specific control-plane actions (``POST /_emulator/<action>``)."""
        raise ApiError(404, "not_found", message=f"unknown control action {action!r}")

    def control_query(self, method: str, action: str, params: Mapping[str, str]) -> JSON:
        """Provider-specific ``GET`` / ``DELETE /_emulator/<action>`` (a setting to read or
        clear, such as ICOMMKT's webhooks; may return a coroutine); none by default."""
        raise ApiError(405, "method", message="control actions are POST")

    # the inspection API (``/_emulator/messages``, shape in core/inbox.py) -------------------
    def captured_messages(self) -> list[dict[str, Any]]:
        """Every message this emulator accepted, newest first, in the inbox shape."""
        return []

    def captured_message(self, message_id: str) -> dict[str, Any] | None:
        """One message: its summary plus ``request`` (the JSON body that created it) and, for
        email, ``mime``; None when there is no such message."""
        return None

    def forget_messages(self) -> int:
        """Forget every captured message (``DELETE /_emulator/messages``); how many."""
        return 0

    def keep_request(
        self, conn: sqlite3.Connection, message_ids: Iterable[str], call: Call
    ) -> None:
        """Keep the request body that created these messages (in the handler's transaction),
        for :meth:`kept_request`; a batch keeps its one body for each of its messages."""
        rows = [(str(m), call.operation_id, call.raw_body) for m in message_ids]
        if len(rows) == 1:  # the usual send: one statement, without executemany's setup
            conn.execute(_KEEP_REQUEST, rows[0])
        else:
            conn.executemany(_KEEP_REQUEST, rows)

    def kept_request(self, message_id: str) -> JSON:
        """The JSON request body that created this message (None when none was kept)."""
        rows = self.db.query(
            "SELECT body FROM _sendspec_requests WHERE message_id = ?", (message_id,)
        )
        if not rows:
            return None
        try:
            return json.loads(rows[0]["body"])
        except (ValueError, UnicodeDecodeError):
            return bytes(rows[0]["body"]).decode("utf-8", "replace")

    # scripted answers (``/_emulator/script``, core/script.py) ---------------------------------
    def scripted_reply(self, rule: Rule, call: Call | None = None) -> Reply:
        """What a scripted ``respond`` rule answers: its body as given, or else this
        provider's own error body for the status (``rule.message``; a provider reads
        ``rule.code`` where its errors carry one, and ``call``, the request it answers, where
        its error names parts of the request)."""
        headers = dict(rule.headers)
        status = rule.status or 500
        if rule.has_body or status < 400:
            return Reply(status, rule.body, headers=headers)
        kind = SCRIPTED_KINDS.get(status, "server" if status >= 500 else "validation")
        reply = self.error_response(
            ApiError(status, kind, message=rule.message or f"Scripted answer ({status})")
        )
        reply.status = status
        reply.headers.update(headers)
        return reply

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
