"""Schemathesis set-up shared by the conformance suites in sendspec_conformance/suites/.

A suite targets the provider's emulator by default (started once per test process on
loopback) or a real base URL given through the environment:

=============================================  ============================================
``SENDSPEC_BASE_URL``                           the API to test instead of the emulator
``SENDSPEC_ALLOW_WRITES=1``                     also run non-GET operations against that URL
``SENDSPEC_ALLOW_DESTRUCTIVE=1``                also run the reads marked
                                                ``x-sendspec-side-effects`` against it
``SENDSPEC_RATE_LIMIT``                         requests per minute (0: unpaced) instead of
                                                the spec's ``x-sendspec-rate-limit``
``SENDSPEC_MAX_EXAMPLES``                       examples per operation (default 25)
``SENDSPEC_OPERATIONS``                         only these operationIds (comma-separated)
``SENDSPEC_IOVOX_USERNAME``/``_SECURE_KEY``     iovox credentials for a live run
``SENDSPEC_IOVOX_LINK_ID``                      an existing link for positive iovox sends
``SENDSPEC_SMS_API_KEY``                        icomm SMS key for a live run
``SENDSPEC_ICOMMKT_TOKEN``                      ICOMMKT server token for a live run
``SENDSPEC_ICOMMKT_SENDER``                     a confirmed sender signature for positive sends
``SENDSPEC_INXMAIL_CLIENT_ID``/``_SECRET``      Inxmail credentials for a live run
=============================================  ============================================

Against a live URL (see :mod:`.live`): the target is checked first with one authenticated
read (a refused credential or no connection ends the pytest run at once, exit code 3, one
line); every request the suite makes, schemathesis' own probes included, is paced to the
provider's documented limit; reads with side effects are left out; a state machine left
with no usable link is skipped with the reason; a connection lost mid-run fails its test
with one line. ``sendspec conform`` sets these variables and runs pytest on the suite of
one provider.
"""

from __future__ import annotations

import atexit
import copy
import os
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx
import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, settings
from pyrate_limiter import Limiter
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import positive_data_acceptance
from sendspec_emulator import running
from sendspec_emulator.specs import load_spec

from . import live
from .live import Pacer, TokenBucket

T = TypeVar("T")
DEFAULT_MAX_EXAMPLES = 25
ACCEPT_HAL = live.ACCEPT_HAL
#: the exit code of a pytest run whose live target cannot be tested (as ``sendspec conform``)
EXIT_UNREACHABLE = 3


@dataclass
class Target:
    slug: str
    base_url: str
    headers: dict[str, str]
    live: bool
    allow_writes: bool
    params: dict[str, str] = field(default_factory=dict)  # provider-specific values (link id)
    root_url: str | None = None  # the emulator's control plane, when it is the emulator
    pacer: Pacer | None = None  # every request to the target takes a token first


_STACK = ExitStack()
atexit.register(_STACK.close)
_TARGETS: dict[str, Target] = {}


def _pacer(slug: str, is_live: bool) -> Pacer | None:
    try:
        limit = live.rate_limit(slug, live=is_live)
    except ValueError as exc:
        raise pytest.UsageError(str(exc)) from None
    return None if limit is None else Pacer(limit)


#: slug -> why its live target cannot be tested (its preflight's one-line message)
PREFLIGHT_FAILURES: dict[str, str] = {}


def exit_if_untestable() -> None:
    """End the pytest run (exit code 3, one line) when a live target failed its preflight."""
    if PREFLIGHT_FAILURES:
        pytest.exit(f"sendspec: {next(iter(PREFLIGHT_FAILURES.values()))}", EXIT_UNREACHABLE)


def target(slug: str) -> Target:
    """The system under test for ``slug`` (cached per process).

    A live target is checked with :func:`live.preflight` first: if it cannot be reached or
    refuses the credentials, the pytest run ends once collected (:func:`exit_if_untestable`)
    with one line and exit code 3."""
    if slug not in _TARGETS:
        headers, params = live.credentials(slug)
        base_url = os.environ.get("SENDSPEC_BASE_URL")
        if base_url:
            allow = os.environ.get("SENDSPEC_ALLOW_WRITES") == "1"
            pacer = _pacer(slug, True)
            try:
                live.preflight(slug, base_url, pacer=pacer)
            except live.PreflightError as exc:
                # pytest turns an exit during a module's import into a collection error:
                # the suites' conftest (pytest_collection_finish) and the first test exit
                PREFLIGHT_FAILURES[slug] = exc.message
            _TARGETS[slug] = Target(
                slug, base_url.rstrip("/"), headers, True, allow, params, pacer=pacer
            )
        else:
            # the emulator under test checks its own replies against the spec: a reply the
            # spec rejects is a 500 the suite reports, whatever the environment says
            server = _STACK.enter_context(running(slug, strict_responses=True))
            _TARGETS[slug] = Target(
                slug,
                server.base_url,
                headers,
                False,
                True,
                params,
                server.root_url,
                pacer=_pacer(slug, False),
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


def get(slug: str, path: str, **kwargs: Any) -> httpx.Response:
    """``GET`` ``path`` of ``slug``'s target with its credentials, paced like the suite's
    own requests (for a suite's look-ups outside schemathesis)."""
    tgt = target(slug)
    if tgt.pacer is not None:
        tgt.pacer.acquire()
    kwargs.setdefault("timeout", 10)
    return httpx.get(f"{tgt.base_url}{path}", headers=tgt.headers, **kwargs)


def max_examples() -> int:
    return int(os.environ.get("SENDSPEC_MAX_EXAMPLES", DEFAULT_MAX_EXAMPLES))


class _PacedLimiter(Limiter):
    """schemathesis' rate-limit hook (``config.rate_limit``: a pyrate-limiter ``Limiter``
    whose ``try_acquire`` its requests transport calls before every request it sends,
    checks' probes included) on a :class:`Pacer`."""

    def __init__(self, pacer: TokenBucket) -> None:  # no pyrate buckets: the pacer is
        self.pacer = pacer

    def try_acquire(
        self, name: str = "", weight: int = 1, blocking: bool = True, timeout: float = -1
    ) -> bool:
        for _ in range(max(1, weight)):
            self.pacer.acquire()
        return True


def pace(loaded: Any, pacer: TokenBucket) -> None:
    """Make every request of the schemathesis schema ``loaded`` take a token of ``pacer``."""
    loaded.config.rate_limit = _PacedLimiter(pacer)
    loaded.config._rate_limit = f"{getattr(pacer, 'per_minute', pacer.per_second * 60):g}/m"


def schema(slug: str) -> Any:
    """The schemathesis schema of ``slug`` aimed at its target, positive and negative data.

    Against a live target: GET operations only unless writes are allowed, never those
    marked ``x-sendspec-side-effects`` unless destructive runs are allowed, paced."""
    tgt = target(slug)
    spec = load_spec(slug)
    # a copy: schemathesis inlines $refs into the dict it is given as it collects (a
    # response's $ref becomes the response), and load_spec's dict is the one the emulator
    # and every check of this process read
    loaded: Any = schemathesis.openapi.from_dict(copy.deepcopy(spec))
    loaded.config.update(base_url=tgt.base_url, headers=tgt.headers)
    loaded.config.generation.update(
        modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE],
        max_examples=max_examples(),
        deterministic=os.environ.get("SENDSPEC_DETERMINISTIC") == "1",
        # providers ignore query parameters they do not know (as the emulators do); the spec
        # does not forbid them, so unknown parameters are not negative data
        allow_extra_parameters=False,
    )
    if tgt.pacer is not None:
        pace(loaded, tgt.pacer)
    only = {name.strip() for name in os.environ.get("SENDSPEC_OPERATIONS", "").split(",")} - {""}
    consuming = live.side_effects(spec) if tgt.live and not live.allow_destructive() else {}
    kept = {
        (method, path)
        for method, path, op, _ in live.operations(spec)
        if (not only or op.get("operationId") in only)
        and (method == "GET" or not tgt.live or tgt.allow_writes)
        and op.get("operationId") not in consuming
    }
    if len(kept) < len(live.operations(spec)):
        loaded = loaded.include(
            lambda ctx: (ctx.operation.method.upper(), ctx.operation.path) in kept
        )
    return loaded


def hypothesis_settings(examples: int | None = None) -> Any:
    return settings(
        max_examples=examples or max_examples(),
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
        derandomize=os.environ.get("SENDSPEC_DETERMINISTIC") == "1",
    )


# ---------------------------------------------------------------------------- connections

_CONNECTION_ERRORS = (
    requests.ConnectionError,
    requests.Timeout,
    requests.exceptions.ChunkedEncodingError,  # the connection closed mid-answer
    httpx.TransportError,
)


def guarded(slug: str, call: Callable[[], T]) -> T:
    """``call()``, a lost connection to ``slug``'s target failing the test with one line
    instead of urllib3's traceback (the target went away, refused or timed out mid-run)."""
    __tracebackhide__ = True
    exit_if_untestable()
    try:
        return call()
    except _CONNECTION_ERRORS as exc:
        url = live.shown(target(slug).base_url)
        message = f"lost the connection to {url}: {live.connection_reason(exc)}"
    # failed outside the except block: no chain of urllib3 exceptions under the line
    pytest.fail(message, pytrace=False)


def call_and_validate(slug: str, case: Any, **kwargs: Any) -> Any:
    """``case.call_and_validate(**kwargs)``, :func:`guarded`."""
    __tracebackhide__ = True
    return guarded(slug, lambda: case.call_and_validate(**kwargs))


class Workflow:
    """Mixed into a suite's state machine before ``schema.as_state_machine()``: its steps
    fail with one line when the connection is lost (``slug``: the provider)."""

    slug: str

    def step(self, input: Any) -> Any:
        __tracebackhide__ = True
        return guarded(self.slug, lambda: super(Workflow, self).step(input))  # type: ignore[misc]


def stateful(slug: str, machine: Any, examples: int | None = None) -> Any:
    """``machine.TestCase`` with the suites' settings; skipped with the reason when the
    schema left the machine no rule (every link needs an operation the run leaves out, as a
    live read-only run does) instead of failing with schemathesis' ``NoLinksFound``."""
    case = machine.TestCase
    case.settings = hypothesis_settings(examples or max(5, max_examples() // 5))
    try:
        rules = machine.setup_state().rules
    except AttributeError:  # another Hypothesis: let schemathesis decide
        return case
    if rules:
        return case
    tgt = target(slug)
    left_out = []
    if tgt.live and not tgt.allow_writes:
        left_out.append("writes (SENDSPEC_ALLOW_WRITES=1, --allow-writes)")
    if os.environ.get("SENDSPEC_OPERATIONS"):
        left_out.append("operations SENDSPEC_OPERATIONS does not name")
    if tgt.live and not live.allow_destructive() and live.side_effects(load_spec(slug)):
        left_out.append(
            "reads with side effects (SENDSPEC_ALLOW_DESTRUCTIVE=1, --allow-destructive)"
        )
    if left_out:
        reason = (
            f"{slug}: no usable links: every link (declared or inferred) needs an operation"
            f" this run leaves out: {' and '.join(left_out)}"
        )
    else:
        reason = f"{slug}: no links (declared or inferred) to test statefully"
    return pytest.mark.skip(reason=reason)(case)


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
