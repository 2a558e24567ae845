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

from .emulator.core import SchemaSet, Violation, _escape
from .specs import load_spec

#: provider slug in examples.jsonl -> our spec slug
SPEC_OF = {"iovox-email": "iovox-email", "icomm-sms": "icomm-sms"}


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
                number, raw["provider"], raw["op"], raw["kind"], raw.get("status"), raw["body"]
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
        base = f"/paths/{_escape(path)}/{method}"
        if example.kind == "request":
            pointers.append(f"{base}/requestBody/content/application~1json/schema")
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
            if "$ref" in response:
                target = response["$ref"][1:] + "/content/application~1json/schema"
            else:
                target = f"{base}/responses/{status}/content/application~1json/schema"
            pointers.append(target)
    return pointers


def check(example: Example) -> list[Violation]:
    """Violations of ``example`` against our spec (empty when it validates)."""
    spec = load_spec(SPEC_OF[example.provider])
    schemas = SchemaSet(spec)
    pointers = _pointers(spec, example)
    if not pointers:
        return [Violation("", f"{example.id}: the spec has no schema for this example")]
    failures: list[Violation] = []
    for pointer in pointers:
        found = schemas.violations(pointer, example.body)
        if not found:
            return []
        failures.extend(found)
    return failures
