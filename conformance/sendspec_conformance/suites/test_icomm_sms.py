"""Conformance: icomm SMS (specs/icomm-sms.yaml) against its target."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sendspec import sms

from sendspec_conformance import harness

pytestmark = pytest.mark.conformance

schema = harness.schema("icomm-sms")


def _real_time(value: Any) -> Any:
    """A pattern-valid timestamp that is no calendar date (e.g. 30 February) -> a real one."""
    try:
        sms.parse_timestamp(value)
        return value
    except ValueError:
        return sms.format_timestamp(datetime.now(UTC))


def semantic_rules(case: Any) -> None:
    """Rules the spec cannot express: "Mobile Country Code is required if [mnc] is used",
    the bulkId/messageId logs filters are at most 2048 characters in all, destination
    messageIds are unique, sendAt is a real date at most 180 days ahead."""
    if isinstance(case.query, dict):
        if "mnc" in case.query and "mcc" not in case.query:
            del case.query["mnc"]
        for name in ("bulkId", "messageId"):  # "Maximum length 2048 characters" in all
            values = case.query.get(name)
            if isinstance(values, list) and len(",".join(map(str, values))) > 2048:
                case.query[name] = values[:1]
        for name in ("sentSince", "sentUntil"):
            if isinstance(case.query.get(name), str):
                case.query[name] = _real_time(case.query[name])
    body = case.body
    if not isinstance(body, dict):
        return
    for message in body.get("messages") or []:
        for destination in (message or {}).get("destinations") or []:
            if isinstance(destination, dict) and isinstance(destination.get("messageId"), str):
                destination["messageId"] = str(uuid.uuid4())
    schedule = (body.get("options") or {}).get("schedule")
    if isinstance(schedule, dict) and isinstance(schedule.get("sendAt"), str):
        soon = sms.format_timestamp(datetime.now(UTC) + timedelta(minutes=1))
        try:
            at = sms.parse_timestamp(schedule["sendAt"])
        except ValueError:
            at = None
        if at is None or at > datetime.now(UTC) + timedelta(days=179):
            schedule["sendAt"] = soon


@schema.parametrize()
@harness.hypothesis_settings()
def test_operation(case: Any) -> None:
    harness.fix_positive(case, semantic_rules)
    harness.call_and_validate("icomm-sms", case)


class SmsWorkflow(harness.Workflow, schema.as_state_machine()):  # type: ignore[misc]
    """send -> logs by messageId; send -> reports by bulkId."""

    slug = "icomm-sms"

    def setup(self) -> None:
        harness.reset_emulator("icomm-sms")

    def before_call(self, case: Any) -> None:
        harness.fix_positive(case, semantic_rules)


TestSmsWorkflow = harness.stateful("icomm-sms", SmsWorkflow)
