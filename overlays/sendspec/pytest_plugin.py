"""The sendspec pytest plugin (entry point ``pytest11``: ``sendspec``), active wherever the
package is installed.

Fixtures ``iovox_emulator``, ``sms_emulator``, ``icommkt_emulator`` and ``inxmail_emulator``
each give a :class:`sendspec.testing.Emulator`: the emulator is served in this process on a
free loopback port once per session (at the first test that asks for it) and reset before
every test, so tests see only what they sent.

- ``@pytest.mark.sendspec_emulator("icomm-sms", delivery_delay=3600)``: that test (or
  module, with ``pytestmark``) gets an emulator built with these options (``running()``'s
  and the provider's), itself shared by every test that asks for the same options.
- ``--sendspec-base-url PROVIDER=URL`` (repeatable) or ``SENDSPEC_<IOVOX|SMS|ICOMMKT|
  INXMAIL>_BASE_URL``: the fixtures use an emulator already running there (``sendspec
  emulate``, a shared one in CI; ``SENDSPEC_CONTROL_TOKEN`` if it needs one), still reset
  before each test. A real sandbox has no control plane: ``base_url`` and ``client()`` work
  (credentials from the ``SENDSPEC_*`` variables of ``sendspec conform``), and a test that
  inspects, scripts or resets is skipped, saying why.

Nothing heavy is imported until a fixture is used.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import ExitStack
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .testing import Emulator

#: fixture -> provider slug
FIXTURES = {
    "iovox_emulator": "iovox-email",
    "sms_emulator": "icomm-sms",
    "icommkt_emulator": "icommkt-email",
    "inxmail_emulator": "inxmail",
}
#: provider slug -> the variable naming an emulator (or sandbox) to use instead
BASE_URL_VARS = {
    "iovox-email": "SENDSPEC_IOVOX_BASE_URL",
    "icomm-sms": "SENDSPEC_SMS_BASE_URL",
    "icommkt-email": "SENDSPEC_ICOMMKT_BASE_URL",
    "inxmail": "SENDSPEC_INXMAIL_BASE_URL",
}
#: short names (the overlay modules') and fixture names accepted for a provider
_NAMES = {
    "iovox": "iovox-email",
    "sms": "icomm-sms",
    "icommkt": "icommkt-email",
    **{slug: slug for slug in BASE_URL_VARS},
    **FIXTURES,
}
MARKER = "sendspec_emulator"
_TARGETS = pytest.StashKey[dict[str, str]]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("sendspec", "sendspec emulators")
    group.addoption(
        "--sendspec-base-url",
        action="append",
        default=[],
        metavar="PROVIDER=URL",
        help="use the emulator (or sandbox) at URL for PROVIDER's fixture instead of starting"
        " one (iovox, sms, icommkt, inxmail; repeatable; also SENDSPEC_<PROVIDER>_BASE_URL)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(provider, **options): the provider's emulator fixture is built with these"
        " options (sendspec_emulator.running's and the provider's, e.g. delivery_delay=3600)",
    )
    config.stash[_TARGETS] = _targets(config.getoption("sendspec_base_url") or [])


def _slug(name: str) -> str:
    try:
        return _NAMES[name]
    except KeyError:
        known = sorted(n for n in _NAMES if not n.endswith("_emulator"))
        raise pytest.UsageError(
            f"sendspec: unknown provider {name!r}; use one of {known}"
        ) from None


def _targets(given: list[str]) -> dict[str, str]:
    targets = {slug: os.environ[var] for slug, var in BASE_URL_VARS.items() if os.environ.get(var)}
    for item in given:
        name, sep, url = item.partition("=")
        if not sep or not url:
            raise pytest.UsageError(
                f"--sendspec-base-url takes PROVIDER=URL (e.g. sms=http://127.0.0.1:8081), not"
                f" {item!r}"
            )
        targets[_slug(name.strip())] = url.strip()
    return targets


class EmulatorPool:
    """The session's emulators: one per provider and options, started at first use."""

    def __init__(self, targets: dict[str, str]) -> None:
        self.targets = targets
        self._stack = ExitStack()
        self._handles: dict[tuple[str, str], Emulator] = {}

    def get(self, slug: str, options: dict[str, Any]) -> Emulator:
        key = (slug, repr(sorted(options.items())))
        if key not in self._handles:
            self._handles[key] = self._make(slug, options)
        return self._handles[key]

    def _make(self, slug: str, options: dict[str, Any]) -> Emulator:
        from .testing import Emulator

        url = self.targets.get(slug)
        if url is None:
            return self._stack.enter_context(Emulator.start(slug, **options))
        if options:
            pytest.skip(
                f"{slug} is the one at {url}; the test's {MARKER} options {sorted(options)}"
                " need an emulator started here"
            )
        return self._stack.enter_context(Emulator.connect(url, slug, on_unavailable=pytest.skip))

    def close(self) -> None:
        self._handles.clear()
        self._stack.close()


@pytest.fixture(scope="session")
def sendspec_emulator_pool(pytestconfig: pytest.Config) -> Iterator[EmulatorPool]:
    """The session's emulators (used by the provider fixtures)."""
    pool = EmulatorPool(pytestconfig.stash.get(_TARGETS, {}))
    yield pool
    pool.close()


def _emulator(request: pytest.FixtureRequest, pool: EmulatorPool, slug: str) -> Emulator:
    options: dict[str, Any] = {}
    for marker in request.node.iter_markers(MARKER):  # the closest first
        if not marker.args:
            raise pytest.UsageError(f"{MARKER}() needs the provider as its first argument")
        if _slug(str(marker.args[0])) == slug:
            options = dict(marker.kwargs)
            break
    emulator = pool.get(slug, options)
    if emulator.has_control_plane:
        emulator.reset()
    return emulator


@pytest.fixture
def iovox_emulator(
    request: pytest.FixtureRequest, sendspec_emulator_pool: EmulatorPool
) -> Emulator:
    """The iovox E-Mail Tracking emulator, reset (a :class:`sendspec.testing.Emulator`)."""
    return _emulator(request, sendspec_emulator_pool, "iovox-email")


@pytest.fixture
def sms_emulator(request: pytest.FixtureRequest, sendspec_emulator_pool: EmulatorPool) -> Emulator:
    """The icomm SMS emulator, reset (a :class:`sendspec.testing.Emulator`); messages are
    delivered 0.2 s after they are sent unless the marker sets ``delivery_delay``."""
    return _emulator(request, sendspec_emulator_pool, "icomm-sms")


@pytest.fixture
def icommkt_emulator(
    request: pytest.FixtureRequest, sendspec_emulator_pool: EmulatorPool
) -> Emulator:
    """The ICOMMKT Transactional Email emulator, reset (a :class:`sendspec.testing.Emulator`)."""
    return _emulator(request, sendspec_emulator_pool, "icommkt-email")


@pytest.fixture
def inxmail_emulator(
    request: pytest.FixtureRequest, sendspec_emulator_pool: EmulatorPool
) -> Emulator:
    """The Inxmail Professional emulator, reset (a :class:`sendspec.testing.Emulator`)."""
    return _emulator(request, sendspec_emulator_pool, "inxmail")
