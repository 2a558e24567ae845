"""Requests several test modules send: one copy each, so a spec change is one edit."""

from __future__ import annotations

from typing import Any

#: the iovox emulator's demo credentials
IOVOX_HEADERS = {"username": "demo", "secureKey": "demo-secure-key"}


def iovox_send(**overrides: Any) -> dict[str, Any]:
    """A valid iovox ``POST /email`` body (to the seeded link 1234), with ``overrides``."""
    return {
        "link_id": 1234,
        "sender_address": "bob@customer.com",
        "sender_name": "Bob",
        "recipient_address": "billy@example.org",
        "recipient_name": "Billy",
        "subject": "Hello",
        "text_content": "text",
        "html_content": "<p>html</p>",
        **overrides,
    }
