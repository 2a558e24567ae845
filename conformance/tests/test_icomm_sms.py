"""Conformance: icomm SMS (specs/icomm-sms.yaml) against its target."""

from __future__ import annotations

from typing import Any

import pytest
from sendspec_conformance import harness

pytestmark = pytest.mark.conformance

schema = harness.schema("icomm-sms")


def mnc_needs_mcc(case: Any) -> None:
    """The docs: "Mobile Country Code is required if this property is used"."""
    if isinstance(case.query, dict) and "mnc" in case.query and "mcc" not in case.query:
        del case.query["mnc"]


@schema.parametrize()
@harness.hypothesis_settings()
def test_operation(case: Any) -> None:
    harness.fix_positive(case, mnc_needs_mcc)
    case.call_and_validate()


class SmsWorkflow(schema.as_state_machine()):  # type: ignore[misc]
    """send -> logs by messageId; send -> reports by bulkId."""

    def before_call(self, case: Any) -> None:
        harness.fix_positive(case, mnc_needs_mcc)


TestSmsWorkflow = SmsWorkflow.TestCase
TestSmsWorkflow.settings = harness.hypothesis_settings(max(5, harness.max_examples() // 5))
