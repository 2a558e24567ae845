"""Conformance: ICOMMKT Transactional Email (specs/icommkt-email.yaml) against its target."""

from __future__ import annotations

from typing import Any

import pytest
from sendspec_conformance import harness

pytestmark = pytest.mark.conformance

TARGET = harness.target("icommkt-email")
schema = harness.schema("icommkt-email")


def _messages(body: Any) -> list[dict[str, Any]]:
    if isinstance(body, list):
        return [m for m in body if isinstance(m, dict)]
    if isinstance(body, dict):
        inner = body.get("Messages")
        return [body] + (
            [m for m in inner if isinstance(m, dict)] if isinstance(inner, list) else []
        )
    return []


def semantic_rules(case: Any) -> None:
    """Rules the spec cannot express: From is a confirmed sender signature."""
    for message in _messages(case.body):
        if isinstance(message.get("From"), str):
            message["From"] = TARGET.params["sender"]


@schema.parametrize()
@harness.hypothesis_settings()
def test_operation(case: Any) -> None:
    harness.fix_positive(case, semantic_rules)
    case.call_and_validate()


class IcommktWorkflow(schema.as_state_machine()):  # type: ignore[misc]
    """send -> message details; create template -> get -> edit -> delete; ..."""

    def before_call(self, case: Any) -> None:
        harness.fix_positive(case, semantic_rules)


TestIcommktWorkflow = IcommktWorkflow.TestCase
TestIcommktWorkflow.settings = harness.hypothesis_settings(max(5, harness.max_examples() // 5))
