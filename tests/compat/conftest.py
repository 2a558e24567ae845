"""Print each library's ``calls worked / tried`` at the end of the run, also under ``-q``."""

from __future__ import annotations

from typing import Any

import pytest

_SUMMARIES: list[str] = []


@pytest.fixture
def compat_summary() -> list[str]:
    """Lines appended here are printed in the terminal summary."""
    return _SUMMARIES


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if _SUMMARIES:
        terminalreporter.section("compatibility suite")
        for line in _SUMMARIES:
            terminalreporter.write_line(line)
