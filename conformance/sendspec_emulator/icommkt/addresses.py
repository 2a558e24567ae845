"""E-mail addresses and address lists ("Name <addr>", quoted names, comma-separated), as
the sends, suppressions and inbound rules read them."""

from __future__ import annotations

import re
from email.utils import parseaddr
from typing import Any

from ..core import FORMAT_CHECKER
from .errors import IcommktError

#: an address of dot-separated atoms and nothing else, which parseaddr() returns as it is
#: (less the blanks it skips around it): read without parseaddr's tokenizer
_PLAIN = re.compile(r"[A-Za-z0-9_+\-]+(?:\.[A-Za-z0-9_+\-]+)*@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*")


def is_email(value: str) -> bool:
    """``FORMAT_CHECKER.conforms(value, "email")`` for a non-empty value: its email check
    called as conforms() calls it, without conforms()'s and check()'s frames."""
    if not value:
        return False
    checker = FORMAT_CHECKER.checkers.get("email")
    if checker is None:  # no such check: conforms() passes everything
        return True
    check, raises = checker
    try:
        return bool(check(value))
    except raises:
        return False


def parse_address(text: str) -> tuple[str, str]:
    """``email.utils.parseaddr(text)``: (name, address)."""
    plain = text.strip(" \t\r\n")
    if _PLAIN.fullmatch(plain):
        return "", plain
    return parseaddr(text)


def parse_addresses(value: str | None, field_name: str) -> list[tuple[str, str]]:
    """(name, email) pairs of a comma-separated list; 300 for anything unparsable."""
    if value is None or not value.strip():
        return []
    pairs = []
    # without quotes or angle brackets every comma separates
    parts = value.split(",") if '"' not in value and "<" not in value else _split_list(value)
    for part in parts:
        name, addr = parse_address(part)
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
