"""Schemathesis set-up shared by the conformance suites in sendspec_conformance/suites/.

A suite targets the provider's emulator by default (started once per test process on
loopback) or a real base URL given through the environment:

========================================  =================================================
``SENDSPEC_BASE_URL``                      the API to test instead of the emulator
``SENDSPEC_ALLOW_WRITES=1``                also run non-GET operations against that URL
``SENDSPEC_MAX_EXAMPLES``                  examples per operation (default 25)
``SENDSPEC_IOVOX_USERNAME``/``_SECURE_KEY``  iovox credentials for a live run
``SENDSPEC_IOVOX_LINK_ID``                 an existing link for positive iovox sends
``SENDSPEC_SMS_API_KEY``                   icomm SMS key for a live run
``SENDSPEC_ICOMMKT_TOKEN``                 ICOMMKT server token for a live run
``SENDSPEC_ICOMMKT_SENDER``                a confirmed sender signature for positive sends
``SENDSPEC_INXMAIL_CLIENT_ID``/``_SECRET``  Inxmail credentials for a live run
========================================  =================================================

``sendspec conform`` sets these and runs pytest on the suite of one provider.
"""

from __future__ import annotations

import atexit
import base64
import os
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Any

import httpx
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import positive_data_acceptance
from sendspec_emulator import running
from sendspec_emulator.specs import load_spec

DEFAULT_MAX_EXAMPLES = 25
ACCEPT_HAL = "application/hal+json,application/problem+json"


@dataclass
class Target:
    slug: str
    base_url: str
    headers: dict[str, str]
    live: bool
    allow_writes: bool
    params: dict[str, str] = field(default_factory=dict)  # provider-specific values (link id)
    root_url: str | None = None  # the emulator's control plane, when it is the emulator


def _credentials(slug: str) -> tuple[dict[str, str], dict[str, str]]:
    """(headers, params) for ``slug``: the environment's, or the emulator defaults."""
    env = os.environ.get
    if slug == "iovox-email":
        headers = {
            "username": env("SENDSPEC_IOVOX_USERNAME", "demo"),
            "secureKey": env("SENDSPEC_IOVOX_SECURE_KEY", "demo-secure-key"),
        }
        return headers, {"link_id": env("SENDSPEC_IOVOX_LINK_ID", "1234")}
    if slug == "icomm-sms":
        return {"Authorization": f"App {env('SENDSPEC_SMS_API_KEY', 'demo-api-key')}"}, {}
    if slug == "inxmail":
        user = env("SENDSPEC_INXMAIL_CLIENT_ID", "demo-client")
        secret = env("SENDSPEC_INXMAIL_SECRET", "demo-secret")
        token = base64.b64encode(f"{user}:{secret}".encode()).decode()
        return {"Authorization": f"Basic {token}", "Accept": ACCEPT_HAL}, {}
    if slug == "icommkt-email":
        headers = {"X-Trx-Api-Key": env("SENDSPEC_ICOMMKT_TOKEN", "demo-server-token")}
        return headers, {"sender": env("SENDSPEC_ICOMMKT_SENDER", "sender@example.com")}
    raise KeyError(slug)


_STACK = ExitStack()
atexit.register(_STACK.close)
_TARGETS: dict[str, Target] = {}


def target(slug: str) -> Target:
    """The system under test for ``slug`` (cached per process)."""
    if slug not in _TARGETS:
        headers, params = _credentials(slug)
        base_url = os.environ.get("SENDSPEC_BASE_URL")
        if base_url:
            allow = os.environ.get("SENDSPEC_ALLOW_WRITES") == "1"
            _TARGETS[slug] = Target(slug, base_url.rstrip("/"), headers, True, allow, params)
        else:
            # the emulator under test checks its own replies against the spec: a reply the
            # spec rejects is a 500 the suite reports, whatever the environment says
            server = _STACK.enter_context(running(slug, strict_responses=True))
            _TARGETS[slug] = Target(
                slug, server.base_url, headers, False, True, params, server.root_url
            )
    return _TARGETS[slug]


def reset_emulator(slug: str) -> None:
    """Empty the emulator of ``slug`` (no-op against a live target).

    State machines call it in ``setup``: each scenario then starts from the same state, so a
    replayed scenario takes the same links (Hypothesis refuses scenarios whose rules depend on
    what earlier scenarios left behind as flaky).
    """
    tgt = target(slug)
    if tgt.live or tgt.root_url is None:
        return
    httpx.post(f"{tgt.root_url}/_emulator/reset", timeout=30).raise_for_status()


def max_examples() -> int:
    return int(os.environ.get("SENDSPEC_MAX_EXAMPLES", DEFAULT_MAX_EXAMPLES))


def schema(slug: str) -> Any:
    """The schemathesis schema of ``slug`` aimed at its target, positive and negative data."""
    tgt = target(slug)
    loaded: Any = schemathesis.openapi.from_dict(load_spec(slug))
    loaded.config.update(base_url=tgt.base_url, headers=tgt.headers)
    loaded.config.generation.update(
        modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE],
        max_examples=max_examples(),
        deterministic=os.environ.get("SENDSPEC_DETERMINISTIC") == "1",
        # providers ignore query parameters they do not know (as the emulators do); the spec
        # does not forbid them, so unknown parameters are not negative data
        allow_extra_parameters=False,
    )
    if tgt.live and not tgt.allow_writes:
        loaded = loaded.include(method="GET")
    return loaded


def hypothesis_settings(examples: int | None = None) -> Any:
    return settings(
        max_examples=examples or max_examples(),
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
        derandomize=os.environ.get("SENDSPEC_DETERMINISTIC") == "1",
    )


def acceptance_checks(status: int, refers_to_missing: Callable[[Any], bool]) -> dict[str, Any]:
    """``call_and_validate`` arguments replacing schemathesis' positive_data_acceptance with
    one that also accepts answers of ``status`` whose JSON body ``refers_to_missing`` says
    name a record that does not exist or whose state forbids the request.

    Providers such as ICOMMKT (422 + ErrorCode) and Inxmail (400 + problem type) answer so
    where other APIs answer 404/409, which positive_data_acceptance accepts; schema-valid
    data can reference records that do not exist.
    """

    def positive_data_acceptance_or_missing(ctx: Any, response: Any, case: Any) -> bool | None:
        if response.status_code == status:
            try:
                if refers_to_missing(response.json()):
                    return None
            except ValueError:
                pass
        result: bool | None = positive_data_acceptance(ctx, response, case)
        return result

    return {
        "excluded_checks": [positive_data_acceptance],
        "additional_checks": [positive_data_acceptance_or_missing],
    }


def fix_positive(case: Any, fix: Callable[[Any], None]) -> None:
    """Apply ``fix(case)`` when ``case`` is a positive case.

    For rules the spec cannot express (a link that must exist, ``mnc`` only with ``mcc``):
    positive cases are made to satisfy them, negative cases stay as generated. Called from
    the test body (and the state machines' ``before_call``) because schemathesis applies no
    hooks to cases built from the spec's examples.
    """
    meta = getattr(case, "meta", None)
    if meta is None or meta.generation.mode == GenerationMode.POSITIVE:
        fix(case)
