"""Shared fixtures: emulators served over real HTTP on loopback, one per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sendspec_emulator import Server, running


@pytest.fixture
def iovox_server() -> Iterator[Server]:
    with running("iovox-email") as server:
        yield server


@pytest.fixture
def sms_server() -> Iterator[Server]:
    # messages stay pending until the test calls /_emulator/advance: a short delay let the
    # background ticker deliver (and push) first, so what advance() reported raced it
    with running("icomm-sms", delivery_delay=3600) as server:
        yield server
