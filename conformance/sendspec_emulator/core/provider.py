"""The provider interface: what each emulated service supplies to the core."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from .state import Clock, Database
from .values import JSON, ApiError, Handler, Reply

F = TypeVar("F", bound=Callable[..., Any])


def same_secret(given: str, expected: str) -> bool:
    """Constant-time comparison of a credential from a request with the configured one.

    As UTF-8 bytes: ``secrets.compare_digest`` raises on non-ASCII text, and header values
    are any latin-1 text."""
    return secrets.compare_digest(
        given.encode("utf-8", "surrogatepass"), expected.encode("utf-8", "surrogatepass")
    )


_MARK = "__sendspec_operations__"


def handles(*operation_ids: str) -> Callable[[F], F]:
    """Mark a provider method as the handler of these operationIds of the spec.

    Resource modules define their handlers on a class of the provider's state; the provider
    class inherits them all, and :meth:`Provider.handlers` finds them by this mark."""

    def mark(fn: F) -> F:
        setattr(fn, _MARK, (*getattr(fn, _MARK, ()), *operation_ids))
        return fn

    return mark


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
        #: (host, port) this emulator is served on, as requests arrived (the ASGI scope's
        #: ``server``): a webhook push never targets them
        self.listening: set[tuple[str, int]] = set()

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
