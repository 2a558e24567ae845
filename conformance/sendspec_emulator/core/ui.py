"""The web inbox (``/_emulator/ui/``): what an emulator captured, for a person to look at.

Server-rendered HTML (string templates, every value through :func:`html.escape`), usable
without JavaScript; ``ui/ui.js`` (vanilla, no build step) only adds live updates: it
long-polls ``poll`` and swaps in the page's ``#live`` part when anything changed.

=====================================  ========================================================
``GET  /_emulator/ui/``                the messages (newest first): search ``q``, filters
                                       ``to``, ``from``, ``subject``, ``text``, ``status``,
                                       ``kind``; paged by ``offset``
``GET  messages/<id>``                 one message: headers, HTML preview (sandboxed iframe),
                                       text, attachments, SMS status timeline, raw request, MIME
``GET  messages/<id>/html``            the message's HTML alone, under ``CSP: sandbox``
``GET  messages/<id>/attachments/<n>`` an attachment's bytes (from the MIME), as a download
``GET  messages/<id>/mime``            the MIME text, as a download
``GET  requests``                      the request journal, newest first
``GET  controls``                      reset, fault injection, clock (and SMS delivery)
``POST reset|faults|clock|advance``    those actions (form posts with a CSRF token)
``GET  all``                           every emulator of ``sendspec emulate --all``
``GET  poll?v=``                       waits (up to 1.5 s) until the state's version is not v
=====================================  ========================================================

Security: pages carry a strict Content-Security-Policy (scripts and styles from this
origin only, no framing); a message's HTML is only ever shown in an ``<iframe sandbox>``
(no scripts, opaque origin) whose document is itself served with ``CSP: sandbox`` and no
network access; attachments are downloads (``application/octet-stream``, ``nosniff``).
When the emulator has a control token, the inbox is the control plane too: it needs the
token (the ``X-Sendspec-Control-Token`` header, or once through its sign-in form, which
sets an HttpOnly, SameSite=Strict cookie holding a value derived from the token, never the
token). Without a token, requests must name a loopback host (no DNS rebinding). Every POST
carries a per-process CSRF token.
"""

from __future__ import annotations

import asyncio
import contextlib
import email
import email.policy
import hashlib
import hmac
import html
import json
import logging
import secrets
import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, quote, unquote, urlencode

from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response

from . import inbox
from .control import refused, reset_all
from .values import ApiError

if TYPE_CHECKING:
    from .app import Emulator

log = logging.getLogger("sendspec.emulator")

STATIC = Path(__file__).with_name("ui")
ASSETS = {"ui.js": "text/javascript; charset=utf-8", "ui.css": "text/css; charset=utf-8"}
PAGE_SIZE = 50
#: the longest a ``poll`` is held (seconds); the page polls again at once. Short: a server
#: that stops waits for open requests (2 s, ``server_config``), and a poll left by a closed
#: page is not noticed before it ends
POLL_SECONDS = 1.5
#: MIME text (and a raw request) longer than this is cut in the page (the download has the
#: MIME whole)
MIME_SHOWN = 200_000
CONTROL_TOKEN_HEADER = "X-Sendspec-Control-Token"
UI_FILTERS = ("q", "to", "from", "subject", "text", "status", "kind")

PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
    " connect-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none';"
    " frame-ancestors 'none'"
)
#: a message's own HTML: a sandbox (no scripts, opaque origin), nothing loaded from anywhere
#: (no tracking pixels, no remote fonts), inline styles and data: images shown
MESSAGE_CSP = (
    "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:;"
    " frame-ancestors 'self'"
)
BASE_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


@dataclass
class Sibling:
    """An emulator served beside this one (``sendspec emulate --all``)."""

    slug: str
    root_url: str
    app: Emulator


@dataclass
class _UiState:
    secret: bytes = field(default_factory=lambda: secrets.token_bytes(32))
    siblings: list[Sibling] = field(default_factory=list)


_STATES: weakref.WeakKeyDictionary[Emulator, _UiState] = weakref.WeakKeyDictionary()


def _state(emulator: Emulator) -> _UiState:
    found = _STATES.get(emulator)
    if found is None:
        found = _STATES[emulator] = _UiState()
    return found


def set_siblings(apps: Iterable[tuple[str, Emulator]]) -> None:
    """Tell each emulator of ``apps`` ((root URL, app) pairs) about all of them, for the
    ``all`` page (``sendspec emulate --all``)."""
    listed = [Sibling(app.provider.slug, root.rstrip("/"), app) for root, app in apps]
    for sibling in listed:
        _state(sibling.app).siblings = listed


# --------------------------------------------------------------------------------------------
# entry point (from the control plane)


async def handle(emulator: Emulator, request: Request, rest: str) -> Response:
    """Answer ``/_emulator/ui<rest>`` (``rest``: the raw path after ``/_emulator/ui``)."""
    if rest == "":
        return _redirect("/_emulator/ui/")
    segments = [unquote(s) for s in rest.strip("/").split("/")] if rest.strip("/") else []
    refusal = _refused(emulator, request)
    if refusal is not None:
        return refusal
    if segments[:1] == ["static"] and len(segments) == 2 and segments[1] in ASSETS:
        return _asset(segments[1])
    try:
        if segments == ["login"] and request.method == "POST":
            return await _login(emulator, request)
        if not _authorized(emulator, request):
            return _login_page(emulator, request)
        if request.method == "POST":
            return await _post(emulator, request, segments)
        if request.method not in ("GET", "HEAD"):
            return _page(emulator, "Not allowed", "<p>Use GET here.</p>", status=405)
        return await _get(emulator, request, segments)
    except ApiError as exc:
        body = f"<p class=error>{_e(exc.message)}</p>"
        return _page(emulator, "Error", body, status=exc.status)
    except (ValueError, TypeError, KeyError) as exc:
        return _page(emulator, "Bad request", f"<p class=error>{_e(str(exc))}</p>", status=400)
    except Exception as exc:
        from .app import RequestLimit, storage_busy

        # the server's own answers: a body too large or too slow, the client gone, the
        # database locked by another process (a 503 with Retry-After)
        if isinstance(exc, RequestLimit | ClientDisconnect) or storage_busy(exc):
            raise
        # a bug here: logged, and a page that says so (never a traceback)
        log.exception("%s: the inbox failed on %s", emulator.provider.slug, request.url.path)
        return _plain(500, "the inbox failed on this page (the emulator's log has the error)")


async def _get(emulator: Emulator, request: Request, segments: list[str]) -> Response:
    params = dict(request.query_params)
    partial = params.pop("partial", "") == "1"
    if segments == []:
        return _messages_page(emulator, params, partial)
    if segments == ["poll"]:
        return await _poll(emulator, params.get("v", ""))
    if segments == ["requests"]:
        return _requests_page(emulator, params, partial)
    if segments == ["controls"]:
        return _controls_page(emulator)
    if segments == ["all"]:
        return _all_page(emulator)
    if len(segments) >= 2 and segments[0] == "messages":
        message = _message(emulator, segments[1])
        tail = segments[2:]
        if tail == []:
            return _message_page(emulator, message, partial)
        if tail == ["html"]:
            return _message_html(message)
        if tail == ["mime"]:
            return _download(
                _utf8(str(message.get("mime") or "")),
                f"message-{message['id']}.eml",
            )
        if len(tail) == 2 and tail[0] == "attachments" and tail[1].isdigit():
            return _attachment(message, int(tail[1]))
    return _page(emulator, "Not found", "<p>No such page.</p>", status=404)


async def _post(emulator: Emulator, request: Request, segments: list[str]) -> Response:
    form = await _form(request)
    if not _csrf_ok(emulator, request, form.get("csrf", "")):
        return _page(emulator, "Refused", "<p class=error>Stale or missing form token.</p>", 403)
    provider = emulator.provider
    back = "/_emulator/ui/controls"
    if segments == ["reset"]:  # as POST /_emulator/reset
        reset_all(emulator)
        back = "/_emulator/ui/"
    elif segments == ["faults"]:
        values: dict[str, Any] = {}
        for name in ("rate_429", "rate_503", "rate_drop", "rate_drop_after"):
            values[name] = float(form.get(name) or 0)
        for name in ("latency_ms", "retry_after"):
            values[name] = int(form.get(name) or 0)
        if values["latency_ms"] < 0 or values["retry_after"] < 0:
            raise ValueError("latency and Retry-After must not be negative")
        emulator.faults.configure(values)
    elif segments == ["clock"]:
        seconds = float(form.get("advance_seconds") or 0)
        if not 0 <= seconds <= 10 * 365 * 86400:
            raise ValueError("advance by 0 seconds to 10 years")
        provider.clock.advance(seconds)
    elif segments == ["advance"] and provider.slug == "icomm-sms":
        result = provider.control("advance", {})
        if asyncio.iscoroutine(result):
            await result
        back = "/_emulator/ui/"
    else:
        return _page(emulator, "Not found", "<p>No such action.</p>", status=404)
    emulator.changed()
    return _redirect(back)


async def _form(request: Request) -> dict[str, str]:
    raw = await request.body()
    if len(raw) > 64 * 1024:
        raise ValueError("form too large")
    return dict(parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True))


# --------------------------------------------------------------------------------------------
# access


def _refused(emulator: Emulator, request: Request) -> Response | None:
    """The control plane's host and origin rules (:func:`.control.refused`), as a page."""
    why = refused(emulator, request, allow_null_origin=True)
    return None if why is None else _plain(403, why)


def _cookie_name(request: Request) -> str:
    server = request.scope.get("server") or ("", 0)
    return f"sendspec_ui_{server[1]}"  # cookies ignore ports: one per emulator


def _session_value(token: str) -> str:
    """What the cookie holds: derived from the token, so the cookie never carries it."""
    key = token.encode("utf-8", "surrogatepass")
    return hmac.new(key, b"sendspec-ui-session", hashlib.sha256).hexdigest()


def _authorized(emulator: Emulator, request: Request) -> bool:
    token = emulator.control_token
    if token is None:
        return True
    header = request.headers.get(CONTROL_TOKEN_HEADER)
    if header is not None and hmac.compare_digest(
        header.encode("latin-1"), token.encode("utf-8", "surrogatepass")
    ):
        return True
    cookie = request.cookies.get(_cookie_name(request), "")
    return hmac.compare_digest(cookie.encode("latin-1", "replace"), _session_value(token).encode())


async def _login(emulator: Emulator, request: Request) -> Response:
    form = await _form(request)
    target = _local_target(form.get("next", ""))
    token = emulator.control_token
    if token is None:
        return _redirect(target)
    if not hmac.compare_digest(
        form.get("token", "").encode("utf-8", "surrogatepass"),
        token.encode("utf-8", "surrogatepass"),
    ):
        return _login_page(emulator, request, failed=True, target=target)
    response = _redirect(target)
    response.set_cookie(
        _cookie_name(request),
        _session_value(token),
        httponly=True,
        samesite="strict",
        path="/_emulator/ui",
    )
    return response


def _local_target(target: str) -> str:
    """Where the sign-in goes back to: a page of the inbox (never another site), as one
    header-safe URL (control characters and non-ASCII text percent-encoded)."""
    target = quote(target, safe="/?=&%:;,+@!$'()*-._~")
    if not target.startswith("/_emulator/ui/") or "//" in target or "\\" in target:
        return "/_emulator/ui/"
    return target


def _login_page(
    emulator: Emulator, request: Request, *, failed: bool = False, target: str | None = None
) -> Response:
    if target is None:
        raw = request.scope.get("raw_path", b"").decode("latin-1") or request.url.path
        target = _local_target(raw + (f"?{request.url.query}" if request.url.query else ""))
    note = "<p class=error>That is not the control token.</p>" if failed else ""
    body = f"""<p>This emulator's control plane needs its control token
(<code>--control-token</code>).</p>{note}
<form method=post action="/_emulator/ui/login" class=login>
<input type=hidden name=next value="{_e(target)}">
<label>Control token <input type=password name=token autocomplete=off required></label>
<button>Sign in</button></form>"""
    return _page(emulator, "Sign in", body, status=401, nav=False)


def _csrf(emulator: Emulator) -> str:
    return hmac.new(_state(emulator).secret, b"csrf", hashlib.sha256).hexdigest()


def _csrf_ok(emulator: Emulator, request: Request, given: str) -> bool:
    return hmac.compare_digest(given.encode("latin-1", "replace"), _csrf(emulator).encode())


def _csrf_field(emulator: Emulator) -> str:
    return f'<input type=hidden name=csrf value="{_csrf(emulator)}">'


# --------------------------------------------------------------------------------------------
# data


def _all_messages(emulator: Emulator) -> list[dict[str, Any]]:
    slug = emulator.provider.slug
    return [inbox.normalise(m, slug) for m in emulator.provider.captured_messages()]


def _search(messages: list[dict[str, Any]], params: Mapping[str, str]) -> list[dict[str, Any]]:
    """The filters of :func:`inbox.select`, plus ``q``: a part of any address, the subject
    or the text."""
    wanted = {k: v for k, v in params.items() if k in UI_FILTERS and k != "q" and v != ""}
    found = inbox.select(messages, wanted)
    q = params.get("q", "").strip().casefold()
    if not q:
        return found

    def hit(m: dict[str, Any]) -> bool:
        values = [m["from"], m["subject"], m["text"], m["id"], *m["to"], *m["cc"], *m["bcc"]]
        return any(q in str(v).casefold() for v in values if v is not None)

    return [m for m in found if hit(m)]


def _message(emulator: Emulator, message_id: str) -> dict[str, Any]:
    found = emulator.provider.captured_message(message_id)
    if found is None:
        raise ApiError(404, "not_found", message=f"No message {message_id!r}")
    return inbox.normalise(found, emulator.provider.slug)


def _version(emulator: Emulator, messages: list[dict[str, Any]] | None = None) -> str:
    """A fingerprint of what the pages show: the messages (and their states), the journal."""
    digest = hashlib.sha256()
    for m in _all_messages(emulator) if messages is None else messages:
        digest.update(repr((m["id"], m["status"], len(m["history"]))).encode())
    journal = emulator.journal.listing({"limit": "1"})
    total = journal["total"]
    last = emulator.journal.listing({"offset": str(max(total - 1, 0)), "limit": "1"})
    seq = last["requests"][0]["seq"] if last["requests"] else 0
    digest.update(f"|{total}|{seq}|{emulator.faults.as_dict()}".encode())
    return digest.hexdigest()[:16]


async def _poll(emulator: Emulator, seen: str) -> Response:
    """The state's version once it is not ``seen``, or after POLL_SECONDS. Listing every
    message is not free, so it is read again when an API request or a control action
    happened, and else once at the end (for background changes: SMS delivery)."""
    changed = emulator.change_event()
    version = _version(emulator)
    if version == seen:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(changed.wait(), timeout=POLL_SECONDS)
        version = _version(emulator)
    return _json({"v": version})


def _mime(message: Mapping[str, Any]) -> EmailMessage | None:
    text = message.get("mime")
    if not isinstance(text, str) or not text:
        return None
    try:
        parsed = email.message_from_string(text, policy=email.policy.default)
    except Exception:  # a provider's MIME text the parser cannot read: shown raw only
        return None
    return parsed if isinstance(parsed, EmailMessage) else None


def _attachment_parts(parsed: EmailMessage | None) -> list[tuple[str, bytes]]:
    if parsed is None:
        return []
    out: list[tuple[str, bytes]] = []
    with contextlib.suppress(Exception):
        for part in parsed.iter_attachments():
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                out.append((part.get_filename() or "", payload))
    return out


def _attachments(message: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The message's attachments (an entry that is not an object counts as a nameless one)."""
    listed = message.get("attachments")
    if not isinstance(listed, list):
        return []
    return [a if isinstance(a, Mapping) else {} for a in listed]


def _attachment_content(message: Mapping[str, Any], index: int) -> bytes | None:
    """The bytes of the message's ``index``-th attachment, found in its MIME by name."""
    listed = _attachments(message)
    if not 0 <= index < len(listed):
        return None
    name = str(listed[index].get("name") or "")
    same_before = sum(1 for a in listed[:index] if str(a.get("name") or "") == name)
    matches = [data for filename, data in _attachment_parts(_mime(message)) if filename == name]
    return matches[same_before] if same_before < len(matches) else None


# --------------------------------------------------------------------------------------------
# pages


def _messages_page(emulator: Emulator, params: dict[str, str], partial: bool) -> Response:
    unknown = sorted(set(params) - {*UI_FILTERS, "offset"})
    if unknown:
        raise ValueError(f"unknown filters {unknown}")
    offset = int(params.get("offset") or 0)
    if offset < 0:
        raise ValueError("offset must not be negative")
    messages = _all_messages(emulator)
    found = _search(messages, params)
    shown = found[offset : offset + PAGE_SIZE]
    live = _messages_table(found, shown, params, offset)
    if partial:
        return _fragment(live)
    filters = {k: v for k, v in params.items() if k in UI_FILTERS}
    kind = filters.get("kind", "")
    options = "".join(
        f'<option value="{v}"{" selected" if kind == v else ""}>{label}</option>'
        for v, label in (("", "any kind"), ("email", "email"), ("sms", "SMS"))
    )

    def box(name: str, label: str, kind: str = "search") -> str:
        value = _e(filters.get(name, ""))
        return (
            f'<label>{label} <input type={kind} name="{name}" value="{value}"'
            f' id="f-{name}"></label>'
        )

    form = (
        '<form method=get action="/_emulator/ui/" class=filters role=search>'
        f"{box('q', 'Search')}{box('to', 'To')}{box('from', 'From')}"
        f"{box('subject', 'Subject')}{box('text', 'Text')}{box('status', 'Status')}"
        f'<label>Kind <select name=kind id="f-kind">{options}</select></label>'
        '<button>Filter</button> <a href="/_emulator/ui/">clear</a></form>'
    )
    actions = ""
    if emulator.provider.slug == "icomm-sms":
        actions = (
            '<form method=post action="/_emulator/ui/advance" class=inline>'
            f"{_csrf_field(emulator)}<button id=advance>Deliver pending SMS now</button></form>"
        )
    body = f"{form}{actions}{_live(emulator, live, messages)}"
    return _page(emulator, "Messages", body)


def _messages_table(
    found: list[dict[str, Any]],
    shown: list[dict[str, Any]],
    params: Mapping[str, str],
    offset: int,
) -> str:
    if not found:
        return "<p class=empty id=count>No messages.</p>"
    rows = []
    for m in shown:
        link = "/_emulator/ui/messages/" + quote(str(m["id"]), safe="")
        what = m["subject"] if m["kind"] != "sms" else m["text"]
        what = _clip(what or "", 120) or "(no subject)"
        rows.append(
            f'<tr class="message {_e(m["kind"] or "")}" data-id="{_e(str(m["id"]))}">'
            f"<td class=time>{_e(_when(m['created_at']))}</td>"
            f"<td><span class=kind>{_e(m['kind'] or '')}</span></td>"
            f"<td class=from>{_e(m['from'] or '')}</td>"
            f"<td class=to>{_e(', '.join(map(str, m['to'])))}</td>"
            f'<td class=subject><a href="{_e(link)}">{_e(what)}</a></td>'
            f"<td>{_status(m['status'])}</td></tr>"
        )
    pager = _pager("/_emulator/ui/", params, offset, len(found))
    return (
        f"<p id=count>{len(found)} message{'s' if len(found) != 1 else ''}</p>"
        "<table class=messages><thead><tr><th>Time</th><th>Kind</th><th>From</th><th>To</th>"
        f"<th>Subject / text</th><th>Status</th></tr></thead><tbody>{''.join(rows)}</tbody>"
        f"</table>{pager}"
    )


def _pager(base: str, params: Mapping[str, str], offset: int, total: int) -> str:
    links = []
    kept = {k: v for k, v in params.items() if k != "offset" and v != ""}
    if offset > 0:
        query = urlencode({**kept, "offset": max(offset - PAGE_SIZE, 0)})
        links.append(f'<a href="{_e(base + "?" + query)}" rel=prev>newer</a>')
    if offset + PAGE_SIZE < total:
        query = urlencode({**kept, "offset": offset + PAGE_SIZE})
        links.append(f'<a href="{_e(base + "?" + query)}" rel=next>older</a>')
    return f"<nav class=pager>{' · '.join(links)}</nav>" if links else ""


def _message_page(emulator: Emulator, m: dict[str, Any], partial: bool) -> Response:
    base = "/_emulator/ui/messages/" + quote(str(m["id"]), safe="")
    live = _timeline(m)
    if partial:
        return _fragment(live)
    parsed = _mime(m)
    facts = [
        ("Provider", m["provider"]),
        ("Operation", m["operation"]),
        ("Id", m["id"]),
        ("From", m["from"]),
        ("To", ", ".join(map(str, m["to"]))),
        ("Cc", ", ".join(map(str, m["cc"]))),
        ("Bcc", ", ".join(map(str, m["bcc"]))),
        ("Subject", m["subject"]),
        ("Tag", m["tag"]),
        ("Created", m["created_at"]),
    ]
    rows = "".join(
        f"<tr><th>{_e(k)}</th><td>{_e(str(v))}</td></tr>" for k, v in facts if v not in (None, "")
    )
    if m["metadata"]:
        rows += f"<tr><th>Metadata</th><td><code>{_e(_dump(m['metadata']))}</code></td></tr>"
    parts = [f"<table class=facts>{rows}</table>", _live(emulator, live)]
    if m["html"]:
        parts.append(
            "<section><h2>HTML</h2>"
            f'<iframe class=preview sandbox src="{_e(base)}/html" title="HTML preview"'
            " referrerpolicy=no-referrer></iframe></section>"
        )
    if m["text"]:
        parts.append(f"<section><h2>Text</h2><pre class=text>{_e(m['text'])}</pre></section>")
    if _attachments(m):
        items = []
        available = {name for name, _ in _attachment_parts(parsed)}
        for i, a in enumerate(_attachments(m)):
            name = str(a.get("name") or f"attachment {i + 1}")
            label = (
                f"{_e(name)} <span class=dim>{_e(str(a.get('content_type') or ''))},"
                f" {_size(a.get('size'))}</span>"
            )
            if str(a.get("name") or "") in available:
                label = f'<a href="{_e(base)}/attachments/{i}" download>{label}</a>'
            items.append(f"<li>{label}</li>")
        parts.append(
            f"<section><h2>Attachments</h2><ul class=attachments>{''.join(items)}</ul></section>"
        )
    if parsed is not None:
        header_rows = "".join(
            f"<tr><th>{_e(k)}</th><td>{_e(str(v))}</td></tr>" for k, v in parsed.items()
        )
        parts.append(
            f"<section><h2>Headers</h2><table class=headers>{header_rows}</table></section>"
        )
    if m.get("request") is not None:
        request = _dump(m["request"], indent=2)
        parts.append(
            "<section><h2>Request</h2>"
            f"<pre class=request>{_e(request[:MIME_SHOWN])}</pre>"
            f"{'<p class=dim>(cut)</p>' if len(request) > MIME_SHOWN else ''}</section>"
        )
    if m.get("mime"):
        mime = str(m["mime"])
        cut = len(mime) > MIME_SHOWN
        parts.append(
            f'<section><h2>MIME <a href="{_e(base)}/mime" class=small download>download</a>'
            f"</h2><pre class=mime>{_e(mime[:MIME_SHOWN])}</pre>"
            f"{'<p class=dim>(cut; the download has it whole)</p>' if cut else ''}</section>"
        )
    title = m["subject"] or (_clip(m["text"] or "", 60) if m["kind"] == "sms" else "") or "Message"
    return _page(emulator, str(title), "".join(parts))


def _timeline(m: dict[str, Any]) -> str:
    """The status and its history (each step with what the provider adds: the recipient of
    an event, a bounce's detail, an SMS's Infobip status name...)."""
    steps = []
    for h in m["history"]:
        if not isinstance(h, Mapping):
            continue
        extra = " · ".join(
            str(value)
            for key, value in h.items()
            if key not in ("at", "status") and value not in (None, "", [], {})
        )
        steps.append(
            f"<li><span class=at>{_e(_when(h.get('at')))}</span> {_status(h.get('status'))}"
            f"{f' <span class=dim>{_e(_clip(extra, 200))}</span>' if extra else ''}</li>"
        )
    timeline = f"<ol class=timeline>{''.join(steps)}</ol>" if steps else ""
    name = m.get("status_name")
    detail = f" <span class=dim>{_e(name)}</span>" if name and name != m["status"] else ""
    return f"<p class=state>Status: {_status(m['status'])}{detail}</p>{timeline}"


def _message_html(m: dict[str, Any]) -> Response:
    headers = {**BASE_HEADERS, "Content-Security-Policy": MESSAGE_CSP}
    headers["X-Frame-Options"] = "SAMEORIGIN"
    content = str(m["html"] or "")
    return Response(_utf8(content), 200, headers, media_type="text/html; charset=utf-8")


def _attachment(m: dict[str, Any], index: int) -> Response:
    content = _attachment_content(m, index)
    if content is None:
        return _plain(404, "the emulator did not keep this attachment's content")
    name = str(_attachments(m)[index].get("name") or f"attachment-{index}")
    return _download(content, name)


def _requests_page(emulator: Emulator, params: dict[str, str], partial: bool) -> Response:
    wanted = {
        k: v for k, v in params.items() if k in ("operationId", "method", "status") and v != ""
    }
    listing = emulator.journal.listing(wanted)
    total = listing["total"]
    offset = max(total - 200, 0)
    recent = emulator.journal.listing({**wanted, "offset": str(offset), "limit": "200"})
    rows = "".join(
        f"<tr><td class=seq>{r['seq']}</td><td class=time>{_e(_when(r['time']))}</td>"
        f"<td>{_e(r['method'])}</td><td class=path>{_e(r['path'])}"
        f"{'?' + _e(r['query']) if r['query'] else ''}</td>"
        f"<td>{_e(r['operationId'] or '—')}</td>"
        f"<td class=code{_code_class(r['status'])}>{r['status'] or 'dropped'}</td></tr>"
        for r in reversed(recent["requests"])
    )
    live = (
        f"<p id=count>{total} request{'s' if total != 1 else ''}"
        f"{' (the latest 200 shown)' if total > 200 else ''}</p>"
        "<table class=journal><thead><tr><th>#</th><th>Time</th><th>Method</th><th>Path</th>"
        f"<th>operationId</th><th>Status</th></tr></thead><tbody>{rows}</tbody></table>"
    )
    if partial:
        return _fragment(live)

    def box(name: str, label: str) -> str:
        return (
            f'<label>{label} <input type=search name="{name}"'
            f' value="{_e(params.get(name, ""))}"></label>'
        )

    form = (
        '<form method=get action="/_emulator/ui/requests" class=filters>'
        f"{box('operationId', 'operationId')}{box('method', 'Method')}"
        f"{box('status', 'Status')}<button>Filter</button>"
        ' <a href="/_emulator/ui/requests">clear</a></form>'
    )
    return _page(emulator, "Requests", form + _live(emulator, live))


def _controls_page(emulator: Emulator) -> Response:
    faults = emulator.faults.as_dict()
    csrf = _csrf_field(emulator)

    def number(name: str, label: str, step: str, top: str = "") -> str:
        limit = f" max={top}" if top else ""
        return (
            f'<label>{label} <input type=number name="{name}" min=0{limit} step={step}'
            f' value="{_e(str(faults[name]))}"></label>'
        )

    fault_form = (
        f'<form method=post action="/_emulator/ui/faults" class=controls>{csrf}'
        f"{number('rate_429', 'share answered 429', 'any', '1')}"
        f"{number('rate_503', 'share answered 503', 'any', '1')}"
        f"{number('rate_drop', 'share dropped before work', 'any', '1')}"
        f"{number('rate_drop_after', 'share dropped after work', 'any', '1')}"
        f"{number('latency_ms', 'latency (ms)', '1')}"
        f"{number('retry_after', 'Retry-After (s)', '1')}"
        "<button>Apply</button></form>"
    )
    clock = (
        f'<form method=post action="/_emulator/ui/clock" class=controls>{csrf}'
        "<label>Advance the clock by (s) <input type=number name=advance_seconds min=0"
        " step=any value=60></label><button>Advance</button>"
        f"<p class=dim>Now: {_e(emulator.provider.clock.now().isoformat())}</p></form>"
    )
    reset = (
        f'<form method=post action="/_emulator/ui/reset" class=controls>{csrf}'
        "<p>Forget every message, record and journal entry (the defaults come back).</p>"
        "<button class=danger id=reset>Reset the emulator</button></form>"
    )
    scripts = emulator.script.rules
    rules = "".join(f"<li><code>{_e(_dump(rule.as_dict()))}</code></li>" for rule in scripts)
    script = (
        f"<p>{len(scripts)} scripted answer rule{'s' if len(scripts) != 1 else ''}"
        " (<code>POST /_emulator/script</code>).</p>"
        f"{f'<ol class=rules>{rules}</ol>' if rules else ''}"
    )
    body = (
        f"<section><h2>Faults</h2>{fault_form}</section><section><h2>Clock</h2>{clock}"
        f"</section><section><h2>Scripts</h2>{script}</section>"
        f"<section><h2>Reset</h2>{reset}</section>"
    )
    return _page(emulator, "Controls", body)


def _all_page(emulator: Emulator) -> Response:
    siblings = _state(emulator).siblings
    if not siblings:
        body = (
            "<p>This emulator runs alone; <code>sendspec emulate --all</code> runs every"
            ' provider side by side. <a href="/_emulator/ui/">Its inbox</a>.</p>'
        )
        return _page(emulator, "All inboxes", body)
    items = []
    for s in siblings:
        try:
            count: int | str = len(s.app.provider.captured_messages())
        except Exception:  # a sibling that cannot list now (busy database): no count
            count = "?"
        url = f"{s.root_url}/_emulator/ui/"
        items.append(
            f'<li><a href="{_e(url)}">{_e(s.slug)}</a> <span class=dim>{_e(s.root_url)}'
            f"{_e(s.app.prefix)}</span> <span class=badge>{count}</span></li>"
        )
    return _page(emulator, "All inboxes", f"<ul class=inboxes>{''.join(items)}</ul>")


# --------------------------------------------------------------------------------------------
# rendering


def _page(
    emulator: Emulator, title: str, body: str, status: int = 200, *, nav: bool = True
) -> Response:
    slug = emulator.provider.slug
    links = [("/_emulator/ui/", "Messages"), ("/_emulator/ui/requests", "Requests")]
    links.append(("/_emulator/ui/controls", "Controls"))
    if _state(emulator).siblings:
        links.append(("/_emulator/ui/all", "All inboxes"))
    menu = "".join(f'<a href="{href}">{label}</a>' for href, label in links) if nav else ""
    document = f"""<!doctype html>
<html lang=en><head><meta charset=utf-8>
<meta name=viewport content="width=device-width, initial-scale=1">
<title>{_e(title)} · {_e(slug)} emulator</title>
<link rel=icon href="data:,">
<link rel=stylesheet href="/_emulator/ui/static/ui.css">
<script src="/_emulator/ui/static/ui.js" defer></script>
</head><body>
<header><span class=brand>sendspec · <b>{_e(slug)}</b></span><nav>{menu}</nav>
<span id=live-state class=dim></span></header>
<main><h1>{_e(title)}</h1>
{body}
</main></body></html>"""
    headers = {**BASE_HEADERS, "Content-Security-Policy": PAGE_CSP, "X-Frame-Options": "DENY"}
    return Response(_utf8(document), status, headers, media_type="text/html; charset=utf-8")


def _live(emulator: Emulator, content: str, messages: list[dict[str, Any]] | None = None) -> str:
    return (
        f'<div id=live data-version="{_version(emulator, messages)}"'
        f' data-poll="/_emulator/ui/poll">{content}</div>'
    )


def _fragment(content: str) -> Response:
    headers = {**BASE_HEADERS, "Content-Security-Policy": PAGE_CSP}
    return Response(_utf8(content), 200, headers, media_type="text/html; charset=utf-8")


def _json(body: Any) -> Response:
    return Response(json.dumps(body), 200, BASE_HEADERS, media_type="application/json")


def _plain(status: int, text: str) -> Response:
    return Response(_utf8(text), status, BASE_HEADERS, media_type="text/plain; charset=utf-8")


def _redirect(target: str) -> Response:
    return Response(b"", 303, {**BASE_HEADERS, "Location": target})


def _download(content: bytes, name: str) -> Response:
    safe = "".join(c if c.isalnum() or c in "._- " else "_" for c in name)[:150] or "download"
    headers = {
        **BASE_HEADERS,
        "Content-Disposition": f"attachment; filename=\"{safe}\"; filename*=UTF-8''"
        + quote(name[:150], safe=""),
        "Content-Security-Policy": "sandbox; default-src 'none'",
    }
    return Response(content, 200, headers, media_type="application/octet-stream")


def _asset(name: str) -> Response:
    content = (STATIC / name).read_bytes()
    headers = {**BASE_HEADERS, "Cache-Control": "no-cache"}
    return Response(content, 200, headers, media_type=ASSETS[name])


def _utf8(text: str) -> bytes:
    """A page's bytes (a lone surrogate a provider kept becomes U+FFFD, not an error)."""
    return text.encode("utf-8", "replace")


def _e(value: Any) -> str:
    """Any value as HTML text (None as nothing)."""
    if value is None:
        return ""
    return html.escape(value if isinstance(value, str) else str(value))


def _status(value: Any) -> str:
    text = str(value) if value not in (None, "") else "—"
    cls = "".join(c for c in text.lower() if c.isalnum() or c == "_")[:30]
    return f'<span class="status s-{cls}">{_e(text)}</span>'


def _code_class(status: int) -> str:
    if status == 0 or status >= 500:
        return " bad"
    return " warn" if status >= 400 else " ok"


def _when(value: Any) -> str:
    text = str(value or "")
    return text.replace("T", " ")[:19] if text else ""


def _clip(text: str, size: int) -> str:
    flat = " ".join(str(text).split())
    return flat if len(flat) <= size else flat[: size - 1] + "…"


def _size(value: Any) -> str:
    if not isinstance(value, int | float):
        return "size unknown"
    if value < 1024:
        return f"{int(value)} B"
    return f"{value / 1024:.1f} KiB" if value < 1024 * 1024 else f"{value / 1048576:.1f} MiB"


def _dump(value: Any, indent: int | None = None) -> str:
    try:
        return json.dumps(value, indent=indent, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        return repr(value)
