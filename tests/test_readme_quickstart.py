"""README's Quickstart snippets, run as they are written against in-process emulators (so
README cannot drift, issue 13 item 6). Each snippet is marked ``<!-- quickstart: NAME -->``
before its code block; a provider's snippet starts from ``BASE_URL = "http://127.0.0.1:8080..."``
(where ``sendspec emulate <provider>`` serves it), which the test points at its emulator the
way a user would edit that line, and uses the emulator's demo credentials."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import sendspec_emulator
from icommkt_email_client.models import EmailMessage
from sendspec import icommkt

README = Path(__file__).resolve().parent.parent / "README.md"
PROVIDERS = ("iovox-email", "icomm-sms", "icommkt-email", "inxmail")
MARKED = re.compile(r"^<!-- quickstart: ([\w-]+) -->\n```python\n(.*?)^```$", re.M | re.S)
BASE_URL_LINE = re.compile(r'^BASE_URL = "(http://127\.0\.0\.1:8080[^"]*)"', re.M)


def quickstart() -> str:
    text = README.read_text(encoding="utf-8")
    assert "## Quickstart\n" in text, "README lost its Quickstart section"
    return text.split("## Quickstart\n", 1)[1].split("\n## ", 1)[0]


def snippets() -> dict[str, str]:
    found = MARKED.findall(quickstart())
    names = [name for name, _ in found]
    assert len(names) == len(set(names)), f"a quickstart marker is used twice: {names}"
    return dict(found)


def run(code: str, name: str) -> dict[str, Any]:
    namespace: dict[str, Any] = {"__name__": f"readme_quickstart_{name}"}
    exec(compile(code, f"{README}:quickstart:{name}", "exec"), namespace)
    return namespace


def pointed_at(code: str, base_url: str) -> str:
    """The snippet with its ``BASE_URL`` line set to the emulator's URL; the README's own URL
    must be where ``sendspec emulate`` (port 8080) serves that provider."""
    (written,) = BASE_URL_LINE.findall(code)
    path = base_url.split("://", 1)[1].partition("/")[2]
    assert written == f"http://127.0.0.1:8080/{path}".rstrip("/"), "README's BASE_URL is wrong"
    return BASE_URL_LINE.sub(f'BASE_URL = "{base_url}"', code, count=1)


def test_every_quickstart_code_block_is_marked_and_run() -> None:
    section = quickstart()
    assert set(snippets()) == {*PROVIDERS, "in-process"}
    # a new python block must be marked, so that it is run here too
    assert section.count("```python\n") == len(snippets())


@pytest.mark.parametrize("slug", PROVIDERS)
def test_the_provider_snippet_runs_against_its_emulator(
    slug: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = snippets()[slug]
    assert "sendspec emulate " + slug in code  # says where its BASE_URL comes from
    with sendspec_emulator.running(slug) as server:
        namespace = run(pointed_at(code, server.base_url), slug)
    out = capsys.readouterr().out
    if slug == "iovox-email":
        sent = namespace["sent"]
        assert sent is not None
        assert out.strip(), "the search printed no record of the email just sent"
    elif slug == "icomm-sms":
        (message,) = namespace["sent"].messages
        assert str(message.message_id) in out  # its log, found by the bulk id
        namespace["on_delivery_reports"](b'{"results": []}')  # the handler runs
    elif slug == "icommkt-email":
        (result,) = namespace["results"]
        assert result.error_code == 0 and result.to == "a@example.org"
        assert callable(namespace["on_webhook"])
    else:
        cursor = namespace["cursor"]
        assert namespace["later"] is not None and cursor.upcoming


def test_the_in_process_snippet_runs(capsys: pytest.CaptureFixture[str]) -> None:
    run(snippets()["in-process"], "in-process")
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+\n", capsys.readouterr().out)


def test_a_batch_error_names_the_recipient_and_the_provider_error() -> None:
    """A From that is not a sender signature: the message says which entry, to whom, and the
    provider's ErrorCode and Message (it read ``#0 (None): 400 ...``); README quotes it."""
    with sendspec_emulator.running("icommkt-email") as server:
        client = icommkt.client("demo-server-token", base_url=server.base_url)
        ok = EmailMessage(
            from_="sender@example.com", to="ok@example.org", subject="s", text_body="t"
        )
        bad = EmailMessage(from_="you@example.com", to="a@example.org", subject="Hi", text_body="t")
        with pytest.raises(icommkt.BatchError) as err:
            icommkt.send_batch(client, [ok, bad])
    text = str(err.value)
    assert text.startswith("1 of 2 batch messages failed: #1 to a@example.org: ErrorCode 400: ")
    assert "(you@example.com) is not a Sender Signature" in text
    (failure,) = err.value.failures
    assert (failure.index, failure.to, str(failure.error_code)) == (1, "a@example.org", "400")
    # README's example of the message is the real one
    quoted = re.search(r'reads "(.*?) \.\.\."', snippets()["icommkt-email"], re.S)
    assert quoted is not None
    example = " ".join(line.lstrip("# ") for line in quoted.group(1).splitlines())
    assert example.startswith("1 of 1 batch messages failed: #0 to a@example.org: ")
    assert example.replace("1 of 1", "1 of 2").replace("#0", "#1") in text


def test_the_snippets_type_check_strictly(tmp_path: Path) -> None:
    """As a user's code: ``mypy --strict`` finds nothing (no Unset iterated, no None passed)."""
    import subprocess
    import sys

    for name, code in snippets().items():
        (tmp_path / f"quickstart_{name.replace('-', '_')}.py").write_text(code, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / ".cache"),
         str(tmp_path)],
        cwd=README.parent, capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
