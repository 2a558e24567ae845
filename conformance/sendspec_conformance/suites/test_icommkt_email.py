"""Conformance: ICOMMKT Transactional Email (specs/icommkt-email.yaml) against its target."""

from __future__ import annotations

import re
import uuid
from typing import Any

import httpx
import pytest
from sendspec_emulator.icommkt import parse_template

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


def _text(value: Any) -> bool:
    return isinstance(value, str) and value.strip() != ""


ADDRESS = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


def stored_template_type(case: Any) -> str:
    """The TemplateType of the template an edit targets (a GET, safe on any target)."""
    ident = next(iter((case.path_parameters or {}).values()), "")
    try:
        r = harness.get("icommkt-email", f"/templates/{ident}")
        kind = r.json().get("TemplateType") if r.status_code == 200 else None
    except (httpx.HTTPError, ValueError):
        kind = None
    return kind if kind in ("Layout", "Standard") else "Standard"


def template_rules(body: dict[str, Any], validate: bool) -> None:
    """Template rules: a layout has no Subject or LayoutTemplate and holds the content
    placeholder exactly once per part; an alias is unique; a standard template has a
    Subject and a body part; no part has a template syntax error; a LayoutTemplate must
    name an existing layout (dropped here)."""
    body.pop("LayoutTemplate", None)
    if not validate and _text(body.get("Alias")):  # aliases are unique
        body["Alias"] = (
            re.sub(r"(-[0-9a-f]{12})+$", "", body["Alias"]) + f"-{uuid.uuid4().hex[:12]}"
        )
    for part in ("Subject", "HtmlBody", "TextBody"):
        if isinstance(body.get(part), str) and parse_template(body[part])[1]:
            body[part] = "Hello"
    if body.get("TemplateType") == "Layout":
        body.pop("Subject", None)
        for part in ("HtmlBody", "TextBody"):
            if body.get(part) is not None:
                body[part] = "{{{ @content }}}"
        if not validate and body.get("HtmlBody") is None and body.get("TextBody") is None:
            body["HtmlBody"] = "{{{ @content }}}"
    elif not validate:
        if not _text(body.get("HtmlBody")) and not _text(body.get("TextBody")):
            body["TextBody"] = "Hello"
        if "Subject" not in body or body["Subject"] is None:
            body["Subject"] = "Hi"
    if validate and all(body.get(p) is None for p in ("Subject", "HtmlBody", "TextBody")):
        body["TextBody"] = "Hello"


def semantic_rules(case: Any) -> None:
    """Rules the spec cannot express: count + offset <= 10,000 (dates need no rule: the
    spec's patterns admit only calendar days); templates as in template_rules; an inbound
    rule is a new address or domain (the spec's pattern checks the form); From is a
    confirmed sender signature; To, Cc, Bcc and ReplyTo are comma-separated lists of real
    addresses (50 recipients at most); a plain send has a TextBody or an HtmlBody, a
    templated one a TemplateId or a TemplateAlias."""
    query = case.query if isinstance(case.query, dict) else {}
    count, offset = query.get("count"), query.get("offset")
    if isinstance(count, int) and isinstance(offset, int) and count + offset > 10_000:
        query["offset"] = max(0, 10_000 - count)  # "count + offset cannot exceed 10,000"
    if "/templates" in case.path and isinstance(case.body, dict):
        if case.method == "PUT" and case.body.get("TemplateType") is None:
            case.body["TemplateType"] = stored_template_type(case)
        template_rules(case.body, validate=case.path.endswith("/validate"))
        if case.method == "PUT":
            case.body.pop("TemplateType", None)  # the type of a template cannot change
    rule = case.path.startswith("/triggers/inboundrules") and isinstance(case.body, dict)
    if rule and isinstance(case.body.get("Rule"), str):  # the generated rule, made unique
        local, at, domain = case.body["Rule"].rpartition("@")
        unique = f"u{uuid.uuid4().hex[:12]}.{domain}"
        value = f"{local}{at}{unique}"
        fits = len(value) <= 253 and (bool(at) or domain.count(".") >= 1)
        case.body["Rule"] = value if fits else f"blocked-{uuid.uuid4().hex[:12]}.example.com"
    for message in _messages(case.body):
        if isinstance(message.get("From"), str):
            message["From"] = TARGET.params["sender"]
        if "From" in message and "Template" in case.path:
            if message.get("TemplateId") is None and not _text(message.get("TemplateAlias")):
                message["TemplateAlias"] = (
                    "welcome"  # "A TemplateId or a TemplateAlias is required"
                )
        elif "From" in message and not (
            _text(message.get("HtmlBody")) or _text(message.get("TextBody"))
        ):
            message["TextBody"] = "Hello"  # "Provide either email TextBody or HtmlBody or both."
        for field in ("To", "Cc", "Bcc", "ReplyTo"):
            value = message.get(field)
            if isinstance(value, str):
                items = [item.strip() for item in value.split(",")]
                if not all(ADDRESS.match(item) for item in items) or len(items) > 16:
                    message[field] = f"{field.lower()}@example.org"


#: the provider's answers to a reference to a record that does not exist (701 message, 1001
#: bounce, 1101 template, 812 inbound rule) or whose stored state forbids the request (1123:
#: a layout template used to send): HTTP 422 where other APIs answer 404 or 409, both of
#: which schemathesis' positive_data_acceptance accepts
NOT_FOUND_OR_CONFLICT = {701, 1001, 1101, 812, 1123}


def _not_found_or_conflict(body: Any) -> bool:
    return isinstance(body, dict) and body.get("ErrorCode") in NOT_FOUND_OR_CONFLICT


CHECKS = harness.acceptance_checks(422, _not_found_or_conflict)


@schema.parametrize()
@harness.hypothesis_settings()
def test_operation(case: Any) -> None:
    harness.fix_positive(case, semantic_rules)
    harness.call_and_validate("icommkt-email", case, **CHECKS)


class IcommktWorkflow(harness.Workflow, schema.as_state_machine()):  # type: ignore[misc]
    """send -> message details; create template -> get -> edit -> delete; ..."""

    slug = "icommkt-email"

    def setup(self) -> None:
        harness.reset_emulator("icommkt-email")

    def before_call(self, case: Any) -> None:
        harness.fix_positive(case, semantic_rules)

    def validate_response(self, response: Any, case: Any, **kwargs: Any) -> None:
        case.validate_response(response, recorder=self.recorder, **CHECKS)


TestIcommktWorkflow = harness.stateful("icommkt-email", IcommktWorkflow)
