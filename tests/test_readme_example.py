"""README's "Testing your application" examples, run as they are written (so README cannot
drift): the pytest blocks as a user's test files with the plugin's fixtures, the others
executed (issue 12's acceptance example is the section's first block)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

README = Path(__file__).resolve().parent.parent / "README.md"
HEADING = "## Testing your application\n"


def section() -> str:
    text = README.read_text(encoding="utf-8")
    assert HEADING in text, "README lost its 'Testing your application' section"
    body = text.split(HEADING, 1)[1]
    return body.split("\n## ", 1)[0]


def python_blocks() -> list[str]:
    return re.findall(r"^```python\n(.*?)^```$", section(), flags=re.M | re.S)


def test_the_acceptance_example_is_short_and_uses_only_the_fixtures() -> None:
    first = python_blocks()[0]
    (test,) = re.findall(r"^def test_\w+\(.*?(?=^\S|\Z)", first, flags=re.M | re.S)
    lines = [line for line in test.splitlines() if line.strip()]
    assert len(lines) < 10, test
    assert "icommkt_emulator, sms_emulator" in lines[0]
    assert "wait_for_message" in test and "sleep" not in first
    assert "subject ==" in test and 'status="DELIVERED"' in test
    assert "sendspec.testing" not in first  # the fixtures alone


def test_the_pytest_examples_pass(pytester: pytest.Pytester) -> None:
    files = {
        f"test_readme_{i}": block for i, block in enumerate(python_blocks()) if "def test_" in block
    }
    assert len(files) >= 5  # the acceptance example and one per provider
    pytester.makepyfile(**files)
    tests = sum(len(re.findall(r"^def test_", block, flags=re.M)) for block in files.values())
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=tests)


def test_the_other_examples_run() -> None:
    others = [block for block in python_blocks() if "def test_" not in block]
    assert others
    for block in others:
        exec(compile(block, str(README), "exec"), {"__name__": "readme_example"})
