"""Stateful provider emulators: the shared request pipeline in core/, one package per provider.

``create_app(slug)`` builds the ASGI app; ``running(slug)`` serves it on loopback in a
background thread for tests and benchmarks; ``sendspec emulate`` serves it from the CLI.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib import import_module
from typing import Any

#: the top-level modules the emulator extra installs
_EXTRA = {"starlette", "uvicorn", "multipart", "python_multipart", "jsonschema", "jsonschema_rs"}
_EXTRA |= {"orjson", "yaml"}

try:
    from .core import Clock, Database, Emulator, Faults, Provider
    from .server import Server, serve
    from .specs import load_spec
except ModuleNotFoundError as exc:  # `pip install sendspec` alone: the client, no emulators
    if exc.name is None or exc.name.split(".")[0] not in _EXTRA:
        raise
    raise ModuleNotFoundError(
        f"the sendspec emulators need the emulator extra ({exc.name} is not installed):"
        " pip install 'sendspec[emulator]'",
        name=exc.name,
    ) from exc

#: provider slug -> "module:class" of its Provider, imported only when that emulator is built
#: (``sendspec emulate iovox-email`` imports no other provider's modules and loads no other spec)
PROVIDERS: dict[str, str] = {
    "icommkt-email": "sendspec_emulator.icommkt:IcommktProvider",
    "inxmail": "sendspec_emulator.inxmail:InxmailProvider",
    "iovox-email": "sendspec_emulator.iovox:IovoxProvider",
    "icomm-sms": "sendspec_emulator.sms:SmsProvider",
}


def provider_names() -> list[str]:
    return sorted(PROVIDERS)


def provider_class(slug: str) -> type[Provider]:
    """Provider ``slug``'s class (its package imported now, and only it)."""
    if slug not in PROVIDERS:
        raise KeyError(f"unknown provider {slug!r}; choose one of {sorted(PROVIDERS)}")
    module, _, name = PROVIDERS[slug].partition(":")
    cls: type[Provider] = getattr(import_module(module), name)
    return cls


def create_app(
    slug: str,
    *,
    db: str = ":memory:",
    faults: Faults | None = None,
    strict_responses: bool | None = None,
    control_token: str | None = None,
    **options: Any,
) -> Emulator:
    """The emulator of provider ``slug``; ``options`` go to its Provider (credentials, ...).
    ``strict_responses``: validate every reply against the spec (default: as
    ``SENDSPEC_STRICT_RESPONSES`` says); ``control_token``: the control plane then answers
    only requests that carry it in the ``X-Sendspec-Control-Token`` header."""
    provider = provider_class(slug)(Database(db), Clock(), **options)
    return Emulator(
        load_spec(slug),
        provider,
        faults=faults,
        strict_responses=strict_responses,
        control_token=control_token,
    )


@contextmanager
def running(slug: str, *, port: int = 0, **kwargs: Any) -> Iterator[Server]:
    """Serve provider ``slug``'s emulator on 127.0.0.1 for the duration of the block."""
    app = create_app(slug, **kwargs)
    with serve(app, port=port) as server:
        yield server


__all__ = ["Server", "create_app", "provider_class", "provider_names", "running", "serve"]
