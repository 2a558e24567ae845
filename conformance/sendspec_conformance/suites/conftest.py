"""Shipped with the suites: what pytest needs to run them outside the checkout (no ini file)."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "conformance: schemathesis property tests against an emulator or a live base URL",
    )
