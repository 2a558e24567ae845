"""The Inxmail emulator's fast paths answer what the plain code they replace answers.

- ``state._decode`` (the JSON decoder's C scanner on a stored ``data`` column) is
  ``json.loads`` for any text, whitespace around it or not, and raises where it raises.
- ``new_recipient_refusal`` (the duplicate check and the blacklist read in one statement) is
  ``has_folded`` then ``blacklisted``, including addresses with too many ends to name.
- A recipient listing without options renders each item as ``render_recipient`` does.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from sendspec_emulator.core import Clock, Database
from sendspec_emulator.core.rendered import encode
from sendspec_emulator.inxmail import InxmailProvider
from sendspec_emulator.inxmail.query import MAX_VALUES, Select
from sendspec_emulator.inxmail.state import _decode

TEXTS = [
    '{"email": "a@b.example", "attributes": {}, "unavailable": false}',
    '{"n": 12345678901234567890123, "f": 1.5e300, "s": "\\u00e9\\ud83d\\ude00"}',
    ' {"a": 1}',
    '{"a": 1} ',
    '\n{"a": [1, 2, {"b": null}]}\t',
    "[]",
    '"text"',
    "NaN",
    "-Infinity",
]
BAD = ["", " ", "{", '{"a": 1} x', "{'a': 1}", '{"a": 1}{"b": 2}', "nul"]


@pytest.mark.parametrize("text", TEXTS)
def test_decode_is_json_loads(text: str) -> None:
    got, want = _decode(text), json.loads(text)
    assert json.dumps(got) == json.dumps(want)


@pytest.mark.parametrize("text", BAD)
def test_decode_refuses_what_json_loads_refuses(text: str) -> None:
    with pytest.raises(json.JSONDecodeError) as want:
        json.loads(text)
    with pytest.raises(json.JSONDecodeError) as got:
        _decode(text)
    assert str(got.value) == str(want.value)


@pytest.fixture
def provider() -> InxmailProvider:
    p = InxmailProvider(Database(), Clock())
    for pattern in ("bad@spam.example", "@blocked.example", "*@wild.example", "@a@b"):
        p.insert("blacklist-entries", {"pattern": pattern})
    for email in ("Taken@Example.com", "bad@spam.example", "x@wild.example"):
        p.insert("recipients", {"email": email, "attributes": {}})
    removed = p.insert("recipients", {"email": "gone@example.com", "attributes": {}})
    p.remove("recipients", removed["id"])
    return p


ADDRESSES = [
    "taken@example.com",
    "TAKEN@EXAMPLE.COM",
    "free@example.com",
    "bad@spam.example",
    "BAD@Spam.Example",
    "other@spam.example",
    "x@blocked.example",
    "x@sub.blocked.example",
    "y@wild.example",
    "x@wild.example",
    "gone@example.com",
    "x@a@b",
    "ÄÖ@Example.com",
    "@" * (MAX_VALUES + 5),
    "z" + "@z" * (MAX_VALUES + 5) + "@blocked.example",
]


@pytest.mark.parametrize("email", ADDRESSES)
def test_new_recipient_refusal_is_the_two_checks(provider: InxmailProvider, email: str) -> None:
    if provider.has_folded("recipients", email):
        want: str | None = "duplicate"
    elif provider.blacklisted(email):
        want = "blacklisted"
    else:
        want = None
    assert provider.new_recipient_refusal(email) == want


def test_the_cases_above_cover_each_answer(provider: InxmailProvider) -> None:
    answers = {provider.new_recipient_refusal(e) for e in ADDRESSES}
    assert answers == {"duplicate", "blacklisted", None}


def test_plain_listing_renders_as_render_recipient(provider: InxmailProvider) -> None:
    provider.insert("recipients", {"email": "n@example.com", "attributes": {"a": 1}})
    items = provider.find(Select("recipients"))
    assert len(items) == 4
    for item in items:
        plain = provider.render_recipient(item)
        assert plain == provider.render_recipient(item, attributes=[], all_attributes=False)
        assert "attributes" not in plain


@pytest.mark.parametrize(
    "data",
    [
        {"email": "A@B.example", "attributes": {"a": 1}, "unavailable": True, "last_modified": "x"},
        {"attributes": {}},
        {"email": None, "unavailable": 0},
        {"id": 99, "email": "own@id.example"},
    ],
)
def test_row_rendering_is_the_item_rendering(provider: InxmailProvider, data: Any) -> None:
    text = json.dumps(data)
    item = {"id": 7, **json.loads(text)}
    # the same text: the same members with the same values, in the same order
    assert encode(provider.render_recipient_row(7, text)) == encode(provider.render_recipient(item))
