"""Every documented JSON example of the providers whose specs exist validates against them.

The few "examples" that are not whole bodies are listed in ``DOC_FRAGMENTS``: partial bodies
and field values validate against the part of the schema they show; schema-definition
placeholders and contradicted types must keep failing (the spec notes the choice).
"""

from __future__ import annotations

from collections import Counter

import pytest
from sendspec_conformance.examples import DOC_FRAGMENTS, SPEC_OF, Example, check, load_examples

EXAMPLES = list(load_examples(set(SPEC_OF)))
REAL = [e for e in EXAMPLES if e.fragment is None or e.fragment.shape != "contradiction"]
FRAGMENTS = [e for e in EXAMPLES if e.fragment is not None]
CONTRADICTIONS = [e for e in FRAGMENTS if e.fragment and e.fragment.shape == "contradiction"]


def test_examples_of_every_wired_provider_are_checked() -> None:
    # icomm SMS's seed has no parseable example (all collapsed)
    assert Counter(e.provider for e in EXAMPLES) == {
        "iovox-email": 7,
        "icommkt-email": 76,
        "inxmail": 187,
    }
    assert len(FRAGMENTS) == len(DOC_FRAGMENTS)


@pytest.mark.parametrize("example", REAL, ids=lambda e: e.id)
def test_example_validates(example: Example) -> None:
    assert check(example) == []


@pytest.mark.parametrize("example", CONTRADICTIONS, ids=lambda e: e.id)
def test_doc_contradiction_is_still_not_a_valid_request(example: Example) -> None:
    assert example.fragment is not None
    assert check(example) != [], f"now valid, drop it from DOC_FRAGMENTS: {example.fragment}"


def test_fragments_are_checked_against_the_part_they_show() -> None:
    partial = next(e for e in FRAGMENTS if e.fragment and e.fragment.shape == "fields")
    assert check(partial) == []
    broken = Example(**{**vars(partial), "body": {**partial.body, "TrackOpens": "yes"}})
    assert [v.text() for v in check(broken)] != []
    unknown = Example(**{**vars(partial), "body": {"Trackopens": True}})
    assert "Trackopens is not a field of this body" in [v.text() for v in check(unknown)]
    value = next(e for e in FRAGMENTS if e.fragment and e.fragment.shape.startswith("property:"))
    assert check(value) == []
    wrong = Example(**{**vars(value), "body": [{"Email": "x@example.com"}]})
    assert check(wrong) != []


def test_a_broken_example_is_caught() -> None:
    good = next(
        e
        for e in EXAMPLES
        if e.op == "POST /email" and e.provider == "iovox-email" and e.kind == "request"
    )
    broken = Example(good.line, good.provider, good.op, good.kind, None, dict(good.body))
    del broken.body["subject"]
    broken.body["attachments"] = [{"disposition": "inline", "type": "text/plain", "body": "QQ=="}]
    messages = [v.text() for v in check(broken)]
    assert "subject is required" in messages
    assert "attachments[0].id is required" in messages
