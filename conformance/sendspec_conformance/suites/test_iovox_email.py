"""Conformance: iovox E-Mail Tracking (specs/iovox-email.yaml) against its target."""

from __future__ import annotations

from typing import Any

import pytest

from sendspec_conformance import harness

pytestmark = pytest.mark.conformance

TARGET = harness.target("iovox-email")
schema = harness.schema("iovox-email")


def existing_link(case: Any) -> None:
    """Positive sends use a link that exists (the spec cannot say which ids exist)."""
    bodies = case.body if isinstance(case.body, list) else [case.body]
    for body in bodies:
        if isinstance(body, dict) and isinstance(body.get("link_id"), str | int):
            body["link_id"] = TARGET.params["link_id"]


@schema.parametrize()
@harness.hypothesis_settings()
def test_operation(case: Any) -> None:
    harness.fix_positive(case, existing_link)
    harness.call_and_validate("iovox-email", case)


class IovoxWorkflow(harness.Workflow, schema.as_state_machine()):  # type: ignore[misc]
    """send -> search by message_id; create proxy address -> search by conversation_id."""

    slug = "iovox-email"

    def setup(self) -> None:
        harness.reset_emulator("iovox-email")

    def before_call(self, case: Any) -> None:
        harness.fix_positive(case, existing_link)


TestIovoxWorkflow = harness.stateful("iovox-email", IovoxWorkflow)
