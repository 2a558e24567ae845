"""The control plane (``/_emulator/...``): local test controls, the same for every emulator.

=========================  ==================================================================
``GET  health``            provider and request count
``GET|POST faults``        random fault injection (rates, latency; see :class:`Faults`)
``POST reset``             forget everything (data, journal, scripts, clock stays)
``GET|POST clock``         the emulator's now; ``{"advance_seconds": N}`` moves it
``GET|DELETE requests``    the request journal (filters operationId, method, path, status)
``GET|DELETE messages``    every message accepted, one shape (filters in :mod:`.inbox`;
                           ``wait=S`` waits up to S seconds for a first match)
``GET messages/<id>``      one message, with its raw request and, for email, its MIME text
``GET|POST|DELETE script`` scripted answers (:mod:`.script`)
``POST <other>``           the provider's own actions (seeding, delivery...)
``GET|DELETE <other>``     the provider's own settings (``Provider.control_query``)
=========================  ==================================================================
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import secrets
import time
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from starlette.requests import Request
from starlette.responses import Response

from . import inbox
from .script import ScriptError
from .values import JSON, ApiError, Reply
from .webhooks import is_loopback

if TYPE_CHECKING:
    from .app import Emulator

#: the header that carries the control token (``sendspec emulate --control-token``)
CONTROL_TOKEN_HEADER = "X-Sendspec-Control-Token"


async def control(emulator: Emulator, request: Request) -> Response:
    from .app import _render

    raw_path = request.scope.get("raw_path", b"").decode("latin-1") or request.url.path
    action = raw_path.split("?", 1)[0].removeprefix("/_emulator").strip("/")
    if action == "ui" or action.startswith("ui/"):  # the web inbox checks the token itself
        from . import ui

        return await ui.handle(emulator, request, raw_path.split("?", 1)[0][len("/_emulator/ui") :])
    refusal = refused(emulator, request)
    if refusal is not None:
        return _render(Reply(403, {"error": refusal}))
    # the header's raw bytes against the token's UTF-8 (as typed on a command line)
    if emulator.control_token is not None and not secrets.compare_digest(
        request.headers.get(CONTROL_TOKEN_HEADER, "").encode("latin-1"),
        emulator.control_token.encode("utf-8", "surrogatepass"),
    ):
        return _render(
            Reply(401, {"error": f"the control plane needs the {CONTROL_TOKEN_HEADER} header"})
        )
    try:
        result = await _act(emulator, request, action)
        return _render(Reply(200, result))
    except ApiError as exc:
        return _render(Reply(exc.status, {"error": exc.message}))
    except (ValueError, TypeError, KeyError, ScriptError) as exc:
        return _render(Reply(400, {"error": f"bad control request: {exc}"}))


def refused(emulator: Emulator, request: Request, *, allow_null_origin: bool = False) -> str | None:
    """Why a request from a web page may not use the control plane (None: it may).

    Without a control token only a loopback host name is served, so a page of another site
    that rebinds its name to 127.0.0.1 is refused (the emulator is then bound to loopback);
    a cross-origin POST (an ``Origin`` other than the emulator's own: a form or ``fetch`` of
    another site) is refused always. Clients that are not browsers send no ``Origin``."""
    host = (request.headers.get("host") or "").rsplit(":", 1)[0].strip("[]").lower()
    if emulator.control_token is None and not is_loopback(host):
        return "the control plane answers a loopback host name only (localhost, 127.0.0.1)"
    origin = request.headers.get("origin")
    if request.method != "GET" and origin is not None:
        if origin == "null" and allow_null_origin:
            return None
        if urlsplit(origin).netloc.lower() != (request.headers.get("host") or "").lower():
            return "cross-origin requests to the control plane are refused"
    return None


def reset_all(emulator: Emulator) -> None:
    """Forget the provider's data, the request journal and the scripted answers (faults and
    the clock stay as they are)."""
    emulator.provider.reset()
    emulator.journal.clear()
    emulator.script.clear()
    emulator.changed()


async def _act(emulator: Emulator, request: Request, action: str) -> JSON:
    provider = emulator.provider
    method = request.method
    raw = await request.body()
    body = json.loads(raw) if raw else {}
    params = dict(request.query_params)
    if action == "health":
        return {"provider": provider.slug, "requests": emulator.requests}
    if action == "faults":
        if method == "POST":
            emulator.faults.configure(body)
        return emulator.faults.as_dict()
    if action == "reset" and method == "POST":
        reset_all(emulator)
        return {"reset": True}
    if action == "clock":
        if method == "POST":
            provider.clock.advance(float(body.get("advance_seconds", 0)))
        return {"now": provider.clock.now().isoformat()}
    if action == "requests":
        if method == "DELETE":
            return {"deleted": emulator.journal.clear()}
        _only(method, "GET", "DELETE")
        return emulator.journal.listing(params)
    if action == "messages" and method in ("GET", "DELETE"):
        if method == "DELETE":
            deleted = provider.forget_messages()
            emulator.changed()
            return {"deleted": deleted}
        return await _messages(emulator, params)
    if action.startswith("messages/"):
        _only(method, "GET")
        message_id = unquote(action.removeprefix("messages/"))
        found = provider.captured_message(message_id)
        if found is None:
            raise ApiError(404, "not_found", message=f"no message {message_id!r}")
        return inbox.normalise(found, provider.slug)
    if action == "script":
        if method == "POST":
            rules = emulator.script.add(body, emulator.handlers)
            return {"added": [rule.as_dict() for rule in rules]}
        if method == "DELETE":
            return {"deleted": emulator.script.clear()}
        _only(method, "GET", "POST", "DELETE")
        return {"rules": [rule.as_dict() for rule in emulator.script.rules]}
    if method == "POST":
        result = provider.control(action, body)
        if asyncio.iscoroutine(result):
            result = await result
        emulator.changed()
        return result
    if method in ("GET", "DELETE"):  # a provider's own readable settings (ICOMMKT webhooks)
        result = provider.control_query(method, action, params)
        if asyncio.iscoroutine(result):
            result = await result
        if method == "DELETE":
            emulator.changed()
        return result
    raise ApiError(405, "method", message="control actions are POST")


async def _messages(emulator: Emulator, params: dict[str, str]) -> JSON:
    """The listing; with ``wait``, held until a first message matches (or the wait ends)."""
    inbox.check_filters(params)
    deadline = time.monotonic() + inbox.wait_seconds(params)
    slug = emulator.provider.slug
    while True:
        changed = emulator.change_event()
        messages = [inbox.normalise(m, slug) for m in emulator.provider.captured_messages()]
        found = inbox.select(messages, params)
        left = deadline - time.monotonic()
        if found or left <= 0:
            return inbox.page(found, params)
        # woken by the next API request or control action; re-checked at least every 0.25 s
        # for changes made by background work (SMS delivery)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(changed.wait(), timeout=min(left, 0.25))


def _only(method: str, *allowed: str) -> None:
    if method not in allowed:
        raise ApiError(405, "method", message=f"use {' or '.join(allowed)} here")
