"""Shared fixtures: emulators served over real HTTP on loopback, one per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sendspec_conformance.emulator import Server, running


@pytest.fixture
def iovox_server() -> Iterator[Server]:
    with running("iovox-email") as server:
        yield server


@pytest.fixture
def sms_server() -> Iterator[Server]:
    with running("icomm-sms", delivery_delay=0.05) as server:
        yield server
