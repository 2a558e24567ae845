"""Validate the providers' documented JSON examples (../shared/inventory/examples.jsonl)
against our specs: requests against request-body schemas, responses against response schemas.

A response example without a stated status is checked against the operation's 2xx
schema; an example whose ``op`` is ``*`` (a generic error body) against the error responses
of every operation (it must match at least one).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sendspec_emulator.core import SchemaSet, Violation, escape_token
from sendspec_emulator.specs import load_spec

#: provider slug in examples.jsonl -> our spec slug
SPEC_OF = {
    "iovox-email": "iovox-email",
    "icomm-sms": "icomm-sms",
    "icommkt-email": "icommkt-email",
    "inxmail": "inxmail",
}


@dataclass(frozen=True)
class Fragment:
    """A documented "example" that is not a whole body, and how it is checked.

    ``shape``:
    - ``fields``: a partial body (the doc elides the rest with "..."): each field it shows is
      checked against that property of the body schema;
    - ``property:<Name>``: the value of one field of the body, checked against that property;
    - ``contradiction``: not a body the API takes (a schema-definition placeholder such as
      ``"Headers": ""``, or a type the field table and the other examples contradict). The spec
      notes the choice where the field is defined; the test asserts these keep failing, so the
      list cannot go stale.
    """

    shape: str
    reason: str


#: (provider, seed line of the provider doc) -> the fragment's shape and why
DOC_FRAGMENTS = {
    ("icommkt-email", 4641): Fragment(
        "contradiction",
        "TrackOpens written as the string 'true'; the field table and every other example "
        "use a boolean (EmailMessage.TrackOpens stays boolean)",
    ),
    ("icommkt-email", 4677): Fragment("fields", "partial body (only TrackOpens)"),
    ("icommkt-email", 4709): Fragment("fields", "partial body (only Attachments)"),
    ("icommkt-email", 4734): Fragment("fields", "partial body (only an inline attachment)"),
    ("icommkt-email", 5265): Fragment(
        "contradiction", "schema-definition placeholder: Headers/Attachments given as ''"
    ),
    ("icommkt-email", 5338): Fragment(
        "contradiction",
        "schema-definition placeholder: one batch element with Headers/Attachments as ''",
    ),
    ("icommkt-email", 5445): Fragment(
        "contradiction",
        "schema-definition placeholder: TestRenderModel (an object) and "
        "InlineCssForHtmlTestRender (a boolean) given as their own names",
    ),
    ("icommkt-email", 5608): Fragment(
        "contradiction",
        "schema-definition placeholder: one Messages[] element with Headers/TrackOpens given "
        "as their own names and Attachments as ''",
    ),
    ("icommkt-email", 5632): Fragment(
        "property:Suppressions", "the value of the Suppressions field"
    ),
    ("icommkt-email", 5681): Fragment(
        "contradiction",
        "schema-definition placeholder: Rule given as its own name 'Rule', neither an address "
        "nor a domain (ErrorCode 813)",
    ),
}


def examples_path() -> Path:
    env = os.environ.get("SENDSPEC_EXAMPLES")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3] / "shared" / "inventory" / "examples.jsonl"


@dataclass
class Example:
    line: int
    provider: str
    op: str
    kind: str
    status: int | None
    body: Any
    seed_line: int | None = None

    @property
    def fragment(self) -> Fragment | None:
        return DOC_FRAGMENTS.get((self.provider, self.seed_line or -1))

    @property
    def id(self) -> str:
        return f"{self.provider}:{self.line}:{self.kind}:{self.op}"


def load_examples(providers: set[str] | None = None) -> Iterator[Example]:
    with examples_path().open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            raw = json.loads(line)
            if providers is not None and raw["provider"] not in providers:
                continue
            yield Example(
                number,
                raw["provider"],
                raw["op"],
                raw["kind"],
                raw.get("status"),
                raw["body"],
                raw.get("seed_line"),
            )


def _pointers(spec: dict[str, Any], example: Example) -> list[str]:
    """JSON pointers of the schemas ``example`` may be checked against (any must pass)."""
    ops = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if not isinstance(op, dict) or "responses" not in op:
                continue
            if example.op in ("*", f"{method.upper()} {path}"):
                ops.append((path, method, op))
    if not ops:
        raise LookupError(f"{example.id}: no operation {example.op!r} in the spec")
    pointers = []
    for path, method, op in ops:
        base = f"/paths/{escape_token(path)}/{method}"
        if example.kind == "request":
            content = op.get("requestBody", {}).get("content", {})
            pointers += [
                f"{base}/requestBody/content/{escape_token(m)}/schema" for m in _json(content)
            ]
            continue
        for status, response in op["responses"].items():
            if example.status is not None:
                wanted = str(example.status) == status
            elif example.op == "*":
                wanted = status.startswith(("4", "5"))
            else:
                wanted = status.startswith("2")
            if not wanted:
                continue
            where = f"{base}/responses/{status}"
            if "$ref" in response:
                where = response["$ref"][1:]
                response = _follow(spec, response["$ref"])
            content = response.get("content", {})
            pointers += [f"{where}/content/{escape_token(m)}/schema" for m in _json(content)]
    return pointers


def _json(content: dict[str, Any]) -> list[str]:
    """The JSON media types of a content map (application/json, hal+json, problem+json...)."""
    return [m for m in content if m == "application/json" or m.endswith("+json")]


def _follow(spec: dict[str, Any], ref: str) -> dict[str, Any]:
    node: Any = spec
    for token in ref.lstrip("#/").split("/"):
        node = node[token.replace("~1", "/").replace("~0", "~")]
    result: dict[str, Any] = node
    return result


def check(example: Example) -> list[Violation]:
    """Violations of ``example`` against our spec (empty when it validates)."""
    spec = load_spec(SPEC_OF[example.provider])
    schemas = SchemaSet(spec)
    pointers = _pointers(spec, example)
    if not pointers:
        return [Violation("", f"{example.id}: the spec has no schema for this example")]
    shape = example.fragment.shape if example.fragment else "whole"
    failures: list[Violation] = []
    for pointer in pointers:
        found = _violations(spec, schemas, pointer, example.body, shape)
        if not found:
            return []
        failures.extend(found)
    return failures


def _violations(
    spec: dict[str, Any], schemas: SchemaSet, pointer: str, body: Any, shape: str
) -> list[Violation]:
    if shape in ("whole", "contradiction"):
        return schemas.violations(pointer, body)
    pointer = _deref(spec, pointer)
    if shape.startswith("property:"):
        name = shape.removeprefix("property:")
        return schemas.violations(f"{pointer}/properties/{escape_token(name)}", body)
    assert shape == "fields", shape
    if not isinstance(body, dict):
        return [Violation("", "a partial body must be an object")]
    known = _follow(spec, pointer).get("properties", {})
    found = []
    for name, value in body.items():
        if name not in known:
            found.append(Violation(name, "is not a field of this body"))
        else:
            found += schemas.violations(f"{pointer}/properties/{escape_token(name)}", value)
    return found


def _deref(spec: dict[str, Any], pointer: str) -> str:
    """The pointer of the schema ``pointer`` refers to, following $refs."""
    node = _follow(spec, pointer)
    while "$ref" in node:
        pointer = node["$ref"][1:]
        node = _follow(spec, node["$ref"])
    return pointer
