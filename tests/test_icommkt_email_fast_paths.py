"""The ICOMMKT send's and search's fast paths give what the general code gives."""

from __future__ import annotations

import itertools
import json

from sendspec_emulator.core import FORMAT_CHECKER
from sendspec_emulator.icommkt.addresses import is_email
from sendspec_emulator.icommkt.messages import MessageHandlers
from sendspec_emulator.icommkt.state import _dumps_pairs

#: characters around the fast paths' edges: JSON escapes, non-ASCII, surrogates, separators
TRICKY = ["a", " ", '"', "\\", "\x7f", "\x1f", "\n", "é", "~", "[", "]", "#", "!", "\ud800", "@"]


def test_address_pairs_are_written_as_json_dumps_writes_them() -> None:
    texts = ["", *TRICKY, *("".join(p) for p in itertools.product(TRICKY[:6], repeat=2))]
    for name, addr in itertools.product(texts, ["reader@example.org", *TRICKY]):
        pairs = [(name, addr)]
        assert _dumps_pairs(pairs) == json.dumps(pairs)
        assert _dumps_pairs([("", "a@example.org"), *pairs]) == json.dumps(
            [("", "a@example.org"), *pairs]
        )
    assert _dumps_pairs([]) == "[]"


def test_is_email_is_the_format_checkers_answer() -> None:
    for value in ["a@example.org", "a@b", "a b@example.org", "é@example.org", "@x.org", "a" * 250]:
        assert is_email(value) is FORMAT_CHECKER.conforms(value, "email")
    assert is_email("") is False


def test_a_summary_with_one_or_more_recipients() -> None:
    base = ("t", "id", "outbound", "", "[]", "[]", 0, "s@x.org", "s", "[]", "Sent", 0, "None", "{}")
    one = MessageHandlers._outbound_summary(
        (*base[:3], '[["", "a@x.org"]]', *base[4:], 7)  # a stream page row: its count last
    )
    assert one["To"] == [{"Email": "a@x.org", "Name": None}]
    assert one["Recipients"] == ["a@x.org"]
    many_row = (*base[:3], '[["A", "a@x.org"], ["", "b@x.org"]]', '[["", "c@x.org"]]')
    many = MessageHandlers._outbound_summary((*many_row, '[["D", "d@x.org"]]', *base[6:]))
    assert many["To"] == [{"Email": "a@x.org", "Name": "A"}, {"Email": "b@x.org", "Name": None}]
    assert many["Cc"] == [{"Email": "c@x.org", "Name": None}]
    assert many["Bcc"] == [{"Email": "d@x.org", "Name": "D"}]
    assert many["Recipients"] == ["a@x.org", "b@x.org", "c@x.org", "d@x.org"]
