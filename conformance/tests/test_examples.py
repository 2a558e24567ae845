"""Every documented JSON example of the providers whose specs exist validates against them."""

from __future__ import annotations

import pytest
from sendspec_conformance.examples import SPEC_OF, Example, check, load_examples

EXAMPLES = list(load_examples(set(SPEC_OF)))


def test_examples_exist_for_every_provider_with_examples() -> None:
    # icomm SMS's seed has no parseable example (all collapsed), iovox has seven
    assert {e.provider for e in EXAMPLES} == {"iovox-email"}
    assert len(EXAMPLES) == 7


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.id)
def test_example_validates(example: Example) -> None:
    assert check(example) == []


def test_a_broken_example_is_caught() -> None:
    good = next(e for e in EXAMPLES if e.op == "POST /email" and e.kind == "request")
    broken = Example(good.line, good.provider, good.op, good.kind, None, dict(good.body))
    del broken.body["subject"]
    broken.body["attachments"] = [{"disposition": "inline", "type": "text/plain", "body": "QQ=="}]
    messages = [v.text() for v in check(broken)]
    assert "subject is required" in messages
    assert "attachments[0].id is required" in messages
