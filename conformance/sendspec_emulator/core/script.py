"""Scripted answers: deterministic error paths (``POST /_emulator/script``).

A rule names an operationId and says what its next matching calls get instead of (or on top
of) the normal handling::

    {"operation": "sendEmail",        # operationId (required)
     "times": 1,                      # matching calls it applies to (default 1; null: every one)
     "match": {"To": "x@example.com"},  # body members (dotted paths, list indexes) that must equal
     "status": 422,                   # answer this status; the handler does not run
     "body": {...},                   # that body (default: the provider's own error body)
     "message": "...", "code": 406,   # shape the default error body (code: provider-specific)
     "headers": {"Retry-After": "3"},
     "delay_ms": 250,                 # wait first (alone: the call then runs normally)
     "action": "drop_after"}          # or "drop": close the connection before the handler runs;
                                      # "drop_after": run the handler (it commits), then close

Rules apply in the order they were added; the first that matches a call is used (and used
up after ``times`` calls).
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from .values import JSON

ACTIONS = ("respond", "drop", "drop_after", "delay")


class ScriptError(ValueError):
    """A rule the control plane refuses (its message says why)."""


@dataclass
class Rule:
    id: int
    operation: str
    action: str
    times: int | None = 1
    match: dict[str, Any] = field(default_factory=dict)
    status: int | None = None
    body: JSON = None
    has_body: bool = False
    message: str | None = None
    code: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay_ms: int = 0
    used: int = 0

    def matches(self, operation_id: str, body: JSON) -> bool:
        if self.operation != operation_id:
            return False
        return all(_lookup(body, path) == (True, value) for path, value in self.match.items())

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "operation": self.operation,
            "action": self.action,
            "times": self.times,
            "used": self.used,
        }
        for name in ("status", "message", "code"):
            if getattr(self, name) is not None:
                out[name] = getattr(self, name)
        if self.match:
            out["match"] = self.match
        if self.has_body:
            out["body"] = self.body
        if self.headers:
            out["headers"] = self.headers
        if self.delay_ms:
            out["delay_ms"] = self.delay_ms
        return out


def _lookup(body: JSON, path: str) -> tuple[bool, Any]:
    value = body
    for part in path.split("."):
        if isinstance(value, dict) and part in value:
            value = value[part]
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return False, None
    return True, value


class Script:
    def __init__(self) -> None:
        self.rules: list[Rule] = []
        self._ids = itertools.count(1)

    def add(self, raw: Any, operations: Collection[str]) -> list[Rule]:
        """Add one rule, a list of rules or ``{"rules": [...]}``; all or none."""
        if isinstance(raw, dict) and "rules" in raw:
            raw = raw["rules"]
        items = raw if isinstance(raw, list) else [raw]
        rules = [self._parse(item, operations) for item in items]
        self.rules.extend(rules)
        return rules

    def clear(self) -> int:
        count = len(self.rules)
        self.rules.clear()
        return count

    def take(self, operation_id: str, body: JSON) -> Rule | None:
        """The first rule for this call, counted as used (and dropped when used up)."""
        for rule in self.rules:
            if rule.matches(operation_id, body):
                rule.used += 1
                if rule.times is not None and rule.used >= rule.times:
                    self.rules.remove(rule)
                return rule
        return None

    def _parse(self, item: Any, operations: Collection[str]) -> Rule:
        if not isinstance(item, dict):
            raise ScriptError("a rule is a JSON object")
        known = {
            "operation", "times", "match", "status", "body", "message", "code", "headers",
            "delay_ms", "action",
        }  # fmt: skip
        unknown = sorted(set(item) - known)
        if unknown:
            raise ScriptError(f"unknown rule members {unknown}; known: {sorted(known)}")
        operation = item.get("operation")
        if not isinstance(operation, str) or operation not in operations:
            raise ScriptError(
                f"operation must be one of this emulator's operationIds, not {operation!r}"
            )
        status = item.get("status")
        if status is not None and not (isinstance(status, int) and 100 <= status <= 599):
            raise ScriptError("status must be an integer from 100 to 599")
        action = item.get("action") or ("respond" if status is not None else "delay")
        if action not in ACTIONS:
            raise ScriptError(f"action must be one of {list(ACTIONS)}")
        if action == "respond" and status is None:
            raise ScriptError("a rule that responds needs a status")
        if action != "respond" and (status is not None or "body" in item):
            raise ScriptError(f"a {action!r} rule takes no status or body")
        times = item.get("times", 1)
        if times is not None and not (isinstance(times, int) and times >= 1):
            raise ScriptError("times must be a positive integer, or null for every call")
        delay_ms = item.get("delay_ms", 0)
        if not isinstance(delay_ms, int) or not 0 <= delay_ms <= 60_000:
            raise ScriptError("delay_ms must be an integer from 0 to 60000")
        if action == "delay" and not delay_ms:
            raise ScriptError("a rule needs a status, an action or a delay_ms")
        match = item.get("match") or {}
        headers = item.get("headers") or {}
        if not isinstance(match, dict):
            raise ScriptError("match is an object of body paths and values")
        if not isinstance(headers, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in headers.items()
        ):
            raise ScriptError("headers is an object of strings")
        message = item.get("message")
        if message is not None and not isinstance(message, str):
            raise ScriptError("message is a string")
        return Rule(
            id=next(self._ids),
            operation=operation,
            action=action,
            times=times,
            match=dict(match),
            status=status,
            body=item.get("body"),
            has_body="body" in item,
            message=message,
            code=item.get("code"),
            headers=dict(headers),
            delay_ms=delay_ms,
        )
