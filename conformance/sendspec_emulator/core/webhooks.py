"""Where an emulator may push a webhook, and how a webhook URL is shown (both providers that
push, SMS delivery reports and ICOMMKT events, use these)."""

from __future__ import annotations

import ipaddress
from collections.abc import Collection
from urllib.parse import unquote, urlsplit


def webhook_allowed(url: str, allow_external: bool, own: Collection[tuple[str, int]] = ()) -> bool:
    """Whether the emulator may POST to ``url``: http(s), a loopback host unless allowed,
    never an emulator's control plane (a delivery URL of ``.../_emulator/reset`` reset it)
    and never the emulator itself (``own``: the (host, port) pairs it is served on)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not host:
        return False
    if unquote(parts.path).lower().startswith("/_emulator"):
        return False  # an emulator's control plane (this one's or another's): never pushed to
    loopback = is_loopback(host)
    for own_host, own_port in own:
        if port == own_port and (loopback or host.lower() == own_host.lower()):
            return False  # the emulator's own address and port
    return allow_external or loopback


def is_loopback(host: str) -> bool:
    """A loopback host: ``localhost`` (and ``*.localhost``, RFC 6761) or a loopback IP
    address (``[::1]`` with or without brackets); any other name may resolve anywhere."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def shown(url: str) -> str:
    """``url`` without user info and query (where credentials go): for logs and listings."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return "<invalid URL>"
    host = f"[{host}]" if ":" in host else host
    return f"{parts.scheme}://{host}{port}{parts.path}" + ("?…" if parts.query else "")
