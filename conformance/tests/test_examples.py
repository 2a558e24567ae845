"""The specs' own examples validate against the specs, and the documented "examples" that are
not whole bodies are checked by the part they show.

Every whole-body example of the providers' documentation is a named example in specs/*.yaml
(its summary names the doc file and line), so nothing here needs the docs: only
``test_every_documented_example_is_in_the_spec`` re-reads the doc inventory, when it is there
(``../shared`` beside the checkout, or ``SENDSPEC_EXAMPLES``), to prove none went missing.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from dataclasses import replace
from functools import cache
from typing import Any

import pytest
from sendspec_conformance.examples import (
    DOC_FRAGMENTS,
    DOCS,
    PROVIDERS,
    DocFragment,
    SpecExample,
    check_fragment,
    check_spec,
    examples_path,
    follow,
    load_examples,
    spec_examples,
)
from sendspec_emulator.core import SchemaSet
from sendspec_emulator.specs import load_spec

SLUGS = ("iovox-email", "icomm-sms", "icommkt-email", "inxmail")
CONTRADICTIONS = [f for f in DOC_FRAGMENTS if f.shape == "contradiction"]
CHECKED = [f for f in DOC_FRAGMENTS if f.shape != "contradiction"]


@cache
def _schemas(slug: str) -> SchemaSet:
    return SchemaSet(load_spec(slug))


def _documented(slug: str) -> list[SpecExample]:
    """The examples of ``slug``'s spec whose summary names a line of the provider's doc."""
    name = DOCS[slug][1]
    return [e for e in spec_examples(load_spec(slug), slug) if name in (e.summary or "")]


@pytest.mark.parametrize("slug", SLUGS)
def test_every_example_of_the_spec_validates(slug: str) -> None:
    problems = check_spec(load_spec(slug), slug)
    assert [p.text() for p in problems] == []


def test_the_specs_carry_the_documented_examples() -> None:
    # one named example per distinct documented body and media type (the doc inventory has
    # iovox 7, ICOMMKT 76 and Inxmail 187 entries: less DOC_FRAGMENTS, and a body the doc
    # shows more than once is one example naming every line)
    assert {slug: len(_documented(slug)) for slug in PROVIDERS} == {
        "iovox-email": 7,
        "icommkt-email": 62,
        "inxmail": 164,
    }
    kinds = Counter(
        "request" if "/requestBody/" in e.where else "response"
        for slug in PROVIDERS
        for e in _documented(slug)
    )
    assert kinds == {"request": 55, "response": 178}


@pytest.mark.parametrize("slug", PROVIDERS)
def test_schemathesis_examples_phase_sends_the_documented_requests(slug: str) -> None:
    """Each documented request example is one schemathesis' examples phase takes (it drops
    the ones it finds invalid without a word, which check_spec would report)."""
    import schemathesis
    from schemathesis.specs.openapi.examples import extract_top_level

    # a copy: schemathesis inlines $refs into the dict it is given
    loaded: Any = schemathesis.openapi.from_dict(copy.deepcopy(load_spec(slug)))
    missing = []
    for example in _documented(slug):
        if "/requestBody/" not in example.where:
            continue
        _, path, method = example.where.split("/requestBody/")[0].rsplit("/", 2)
        path = path.replace("~1", "/").replace("~0", "~")
        bodies = [e.value for e in extract_top_level(loaded[path][method.upper()])]
        if example.value not in bodies:
            missing.append(example.id)
    assert missing == []


def test_every_kind_of_example_is_collected() -> None:
    """Media types of requests, responses (inline and components), webhooks and parameters,
    and schema-level example/examples."""
    wheres = [e.where for slug in SLUGS for e in spec_examples(load_spec(slug), slug)]
    for part in (
        "/requestBody/content/",
        "/responses/",
        "/components/responses/",
        "/webhooks/",
        "/parameters/",
        "/components/schemas/",
    ):
        assert any(part in w for w in wheres), part


def _lines(summary: str | None) -> list[int]:
    """The doc lines a summary names (``... (file.txt) lines 2253, 2419: ...``)."""
    found = re.search(r"\.txt\) lines? ([\d, ]+)", summary or "")
    return [int(n) for n in re.findall(r"\d+", found.group(1))] if found else []


def _example(spec: dict[str, Any], pointer: str) -> Any:
    node = follow(spec, f"#{pointer}")
    return node["value"] if isinstance(node, dict) and "value" in node else node


def test_a_broken_example_in_a_spec_is_reported() -> None:
    """check_spec validates the spec's own examples: breaking one (in memory) is reported,
    where it is and why; request and response examples alike."""
    spec = copy.deepcopy(load_spec("iovox-email"))
    assert check_spec(spec, "iovox-email") == []
    lines = {n: e.where for e in spec_examples(spec, "iovox-email") for n in _lines(e.summary)}
    send, search = lines[94], lines[238]  # the doc's POST /email and GET /email/search
    assert send.startswith("/paths/~1email/post/requestBody/content/application~1json/")
    assert search.startswith("/paths/~1email~1search/get/responses/200/content/")
    body = _example(spec, send)
    del body["subject"]
    body["attachments"] = [{"disposition": "inline", "type": "text/plain", "body": "QQ=="}]
    _example(spec, search)["current_page"] = "one"
    problems = {p.example.where: [v.text() for v in p.violations] for p in check_spec(spec)}
    assert set(problems) == {send, search}
    assert "subject is required" in problems[send]
    assert "attachments[0].id is required" in problems[send]
    assert problems[search] == ["current_page must be of type integer"]


def test_a_broken_schema_parameter_or_header_example_is_reported() -> None:
    spec = copy.deepcopy(load_spec("inxmail"))
    broken = {
        "/components/schemas/Recipient/properties/id/example": "five",
        "/components/parameters/PageSize/example": "many",
        "/components/headers/X-RateLimit-Limit/example": "lots",
    }
    for where, value in broken.items():
        parent, key = where.rsplit("/", 1)
        follow(spec, f"#{parent}")[key] = value
    problems = {p.example.where: [v.text() for v in p.violations] for p in check_spec(spec)}
    assert set(problems) == set(broken)
    assert problems["/components/schemas/Recipient/properties/id/example"] == [
        "must be of type integer"
    ]


@pytest.mark.parametrize("fragment", CHECKED, ids=lambda f: f.id)
def test_a_doc_fragment_validates_by_the_part_it_shows(fragment: DocFragment) -> None:
    spec = load_spec(fragment.provider)
    assert check_fragment(fragment, spec, _schemas(fragment.provider)) == [], fragment.reason


@pytest.mark.parametrize("fragment", CONTRADICTIONS, ids=lambda f: f.id)
def test_doc_contradiction_is_still_not_a_valid_body(fragment: DocFragment) -> None:
    spec = load_spec(fragment.provider)
    found = check_fragment(fragment, spec, _schemas(fragment.provider))
    assert found != [], f"now valid, drop it from DOC_FRAGMENTS: {fragment.reason}"


def test_fragments_are_checked_against_the_part_they_show() -> None:
    spec = load_spec("icommkt-email")
    partial = next(f for f in DOC_FRAGMENTS if f.shape == "fields")
    broken = replace(partial, body={**partial.body, "TrackOpens": "yes"})
    assert check_fragment(broken, spec) != []
    unknown = replace(partial, body={"Trackopens": True})
    assert "Trackopens is not a field of this body" in [
        v.text() for v in check_fragment(unknown, spec)
    ]
    value = next(f for f in DOC_FRAGMENTS if f.shape.startswith("property:"))
    assert check_fragment(replace(value, body=[{"Email": "x@example.com"}]), spec) != []
    inner = next(f for f in DOC_FRAGMENTS if f.shape.startswith("inner:"))
    result = copy.deepcopy(inner.body)
    result["Attachments"][0]["SubmittedAt"] = 5
    assert check_fragment(replace(inner, body=result), spec) != []
    pages = next(f for f in DOC_FRAGMENTS if f.shape.startswith("part:"))
    links = copy.deepcopy(pages.body)
    links["_links"]["next"] = {"hrev": "typo"}
    assert check_fragment(replace(pages, body=links), load_spec("inxmail")) != []


def test_every_documented_example_is_in_the_spec() -> None:
    """Each example of the doc inventory is in its spec (a named example of its operation
    whose summary names its line) or in DOC_FRAGMENTS with the same value."""
    if not examples_path().is_file():
        pytest.skip(
            f"the provider doc inventory is not here ({examples_path()}): it is the providers' "
            "documentation itself, outside the repository; the specs carry its examples"
        )
    fragments = {(f.provider, f.line): f for f in DOC_FRAGMENTS}
    examples = {slug: list(spec_examples(load_spec(slug), slug)) for slug in PROVIDERS}
    seen_fragments = set()
    missing = []
    for doc in load_examples(set(PROVIDERS)):
        if (doc.provider, doc.line) in fragments:
            assert fragments[doc.provider, doc.line].body == doc.body, doc.id
            seen_fragments.add((doc.provider, doc.line))
            continue
        method, _, path = doc.op.partition(" ")
        prefix = "/paths/" + path.replace("~", "~0").replace("/", "~1") + f"/{method.lower()}/"
        places = [
            e
            for e in examples[doc.provider]
            if e.value == doc.body
            and doc.line in _lines(e.summary)
            and (doc.op == "*" or e.where.startswith(prefix) or "/components/" in e.where)
        ]
        if not places:
            missing.append(doc.id)
    assert missing == []
    assert seen_fragments == set(fragments)
