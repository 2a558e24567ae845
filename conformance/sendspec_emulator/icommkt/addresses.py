"""E-mail addresses and address lists ("Name <addr>", quoted names, comma-separated), as
the sends, suppressions and inbound rules read them."""

from __future__ import annotations

from email.utils import parseaddr
from typing import Any

from ..core import FORMAT_CHECKER
from .errors import IcommktError


def is_email(value: str) -> bool:
    return bool(value) and FORMAT_CHECKER.conforms(value, "email")


def parse_addresses(value: str | None, field_name: str) -> list[tuple[str, str]]:
    """(name, email) pairs of a comma-separated list; 300 for anything unparsable."""
    if value is None or not value.strip():
        return []
    pairs = []
    for part in _split_list(value):
        name, addr = parseaddr(part)
        if not is_email(addr):
            raise IcommktError(300, f"Invalid '{field_name}' address: '{part.strip()}'.")
        pairs.append((name, addr))
    return pairs


def _split_list(value: str) -> list[str]:
    """Split on commas outside double quotes and angle brackets."""
    parts, current, quoted, angle = [], [], False, False
    escaped = False
    for char in value:
        if escaped:
            current.append(char)
            escaped = False
            continue
        if char == "\\" and quoted:
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif char == "<" and not quoted:
            angle = True
        elif char == ">" and not quoted:
            angle = False
        elif char == "," and not quoted and not angle:
            parts.append("".join(current))
            current = []
            continue
        current.append(char)
    parts.append("".join(current))
    return parts


def invalid_address(address: str) -> dict[str, Any]:
    return {
        "EmailAddress": address,
        "Status": "Failed",
        "Message": "An invalid email address was provided.",
    }
