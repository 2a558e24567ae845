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

from .app import Emulator
from .provider import Provider, handles, same_secret
from .routing import (
    METHODS,
    Operation,
    build_operations,
    coerce,
    deref,
    escape_token,
    is_array,
    resolve,
    response_of,
    response_pointer,
)
from .schemas import FORMAT_CHECKER, MERGE_PATCH, SchemaSet, drop_nulls, invalid_unicode
from .state import Clock, Database, DropConnection, Faults, monotonic_ms, new_uuid
from .values import JSON, ApiError, Call, Handler, Reply, Violation

__all__ = [
    "FORMAT_CHECKER",
    "JSON",
    "MERGE_PATCH",
    "METHODS",
    "ApiError",
    "Call",
    "Clock",
    "Database",
    "DropConnection",
    "Emulator",
    "Faults",
    "Handler",
    "Operation",
    "Provider",
    "Reply",
    "SchemaSet",
    "Violation",
    "build_operations",
    "coerce",
    "deref",
    "drop_nulls",
    "escape_token",
    "handles",
    "invalid_unicode",
    "is_array",
    "monotonic_ms",
    "new_uuid",
    "resolve",
    "response_of",
    "response_pointer",
    "same_secret",
]
