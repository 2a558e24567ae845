"""Conformance: Inxmail Professional (specs/inxmail.yaml) against its target."""

from __future__ import annotations

import re
from typing import Any

import pytest

from sendspec_conformance import harness

pytestmark = pytest.mark.conformance

schema = harness.schema("inxmail")

#: problem types with which Inxmail answers a reference to a record that does not exist or
#: whose state forbids the request: 400 where other APIs answer 404/409, which
#: schemathesis' positive_data_acceptance accepts
PADDING = re.compile(r"^\s+|\s+$")
REFERENCE_PROBLEMS = {"unknown-recipient-attribute", "subscription-error", "unsubscription-error"}


def _is_reference_problem(body: Any) -> bool:
    if not isinstance(body, dict):
        return False
    kind = str(body.get("type", "")).rsplit("/", 1)[-1]
    if kind in REFERENCE_PROBLEMS:
        return True
    if kind == "invalid-parameter-value":
        detail = str(body.get("detail", ""))
        return "does not exist" in detail or detail.startswith("no ")
    fields = body.get("invalidFields") or []
    return (
        kind == "validation-error"
        and bool(fields)
        and all(
            str(f.get("problem", "")).startswith(("no ", "unknown "))
            or "not approved" in str(f.get("problem", ""))  # state conflict (409-like)
            for f in fields
            if isinstance(f, dict)
        )
    )


CHECKS = harness.acceptance_checks(400, _is_reference_problem)


def semantic_rules(case: Any) -> None:
    """Rules the spec cannot express: text values have no padding whitespace; attribute names
    are not reserved ones; a tracking permission names its recipient by exactly one of
    recipientId and email. (maxLength for TEXT attributes only is the spec's if/then/else.)"""
    body = case.body
    if not isinstance(body, dict):
        return
    if case.path == "/tracking-permissions" and case.method.upper() == "POST":
        if body.get("recipientId") is not None:  # null is as good as absent
            body.pop("email", None)
        elif body.get("email") is None:
            body["email"] = "nobody@example.com"
    for key, value in list(body.items()):
        if isinstance(value, str):
            # schemathesis counts an astral character as two (UTF-16) towards minLength,
            # JSON Schema (and the emulator) as one: keep generated text in the BMP
            value = "".join(c if ord(c) <= 0xFFFF else "xx" for c in value)
            # padding whitespace becomes "x": stripping could leave it shorter than minLength
            body[key] = PADDING.sub(lambda m: "x" * len(m.group()), value)
    name = body.get("name")
    if case.path == "/attributes" and isinstance(name, str) and _reserved_attribute(name):
        body["name"] = ("a" + name)[:255]


def _reserved_attribute(name: str) -> bool:
    """Attribute names the API keeps for itself (see RecipientAttributeCreate.name)."""
    lower = name.lower()
    return lower == "email" or lower.startswith(("subscription_", "sequence_", "%"))


@schema.parametrize()
@harness.hypothesis_settings()
def test_operation(case: Any) -> None:
    harness.fix_positive(case, semantic_rules)
    harness.call_and_validate("inxmail", case, **CHECKS)


class InxmailWorkflow(harness.Workflow, schema.as_state_machine()):  # type: ignore[misc]
    """create list -> create recipient -> fetch -> patch -> delete, and the other links."""

    slug = "inxmail"

    def setup(self) -> None:
        harness.reset_emulator("inxmail")

    def before_call(self, case: Any) -> None:
        harness.fix_positive(case, semantic_rules)

    def validate_response(self, response: Any, case: Any, **kwargs: Any) -> None:
        case.validate_response(response, recorder=self.recorder, **CHECKS)


TestInxmailWorkflow = harness.stateful("inxmail", InxmailWorkflow)
