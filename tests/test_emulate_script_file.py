"""``sendspec emulate <provider> --script FILE``: scripted-answer rules loaded at start (YAML or
JSON, the rule format of ``POST /_emulator/script``), seen through the generated clients and
overlays as a user would see them; an invalid file is a clear exit 2."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import pytest
from icomm_sms_client.api.default import send_sms_messages
from icomm_sms_client.models import (
    SmsDestination,
    SmsMessage,
    SmsRequestEnvelope,
    SmsTextMessageContent,
)
from icommkt_email_client.api.email import send_email
from icommkt_email_client.models import EmailMessage, SendEmailResponse
from sendspec import RateLimitedError, ServerError, cli
from sendspec.icommkt import InactiveRecipientError
from sendspec.runtime import NO_RETRIES, expect
from sendspec.testing import Emulator
from sendspec_emulator import create_app
from sendspec_emulator.server import spawn

SCRIPT = """\
# the first send to ada fails with the service's 406; the next send (any) answers 503
- operation: send_email
  match: {To: ada@example.org}
  status: 422
  code: 406
- operation: send_email
  status: 503
  message: Maintenance
"""


def mail(to: str) -> EmailMessage:
    return EmailMessage(from_="sender@example.com", to=to, subject="s", text_body="t")


def test_a_yaml_script_is_loaded_at_start(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(SCRIPT)
    with (
        spawn("icommkt-email", "--script", str(path)) as proc,
        Emulator.connect(proc.root_url, "icommkt-email") as emulator,
    ):
        rules = emulator.scripted()
        assert [(r["operation"], r["status"], r["times"]) for r in rules] == [
            ("send_email", 422, 1),
            ("send_email", 503, 1),
        ]
        client = emulator.client(retry=NO_RETRIES)
        with pytest.raises(InactiveRecipientError) as inactive:
            send_email.sync(client=client, body=mail("ada@example.org"))
        assert inactive.value.inactive_addresses == ["ada@example.org"]
        with pytest.raises(ServerError) as unavailable:
            send_email.sync(client=client, body=mail("bob@example.org"))
        assert unavailable.value.status_code == 503
        assert "Maintenance" in str(unavailable.value)
        sent = expect(
            send_email.sync(client=client, body=mail("ada@example.org")), SendEmailResponse
        )
        assert sent.error_code == 0
        assert emulator.scripted() == []  # used up
        assert [m.to for m in emulator.messages()] == [("ada@example.org",)]


def test_a_json_script_for_sms(tmp_path: Path) -> None:
    path = tmp_path / "rules.json"
    rule = {"operation": "send_sms_messages", "status": 429, "headers": {"Retry-After": "7"}}
    path.write_text(json.dumps({"rules": [rule]}))
    with (
        spawn("icomm-sms", "--script", str(path)) as proc,
        Emulator.connect(proc.root_url, "icomm-sms") as emulator,
    ):
        body = SmsRequestEnvelope(
            messages=[
                SmsMessage(
                    sender="Shop",
                    destinations=[SmsDestination(to="41793026727")],
                    content=SmsTextMessageContent(text="hi"),
                )
            ]
        )
        client = emulator.client(retry=NO_RETRIES)
        with pytest.raises(RateLimitedError) as limited:
            send_sms_messages.sync(client=client, body=body)
        assert limited.value.retry_after == 7
        assert send_sms_messages.sync(client=client, body=body) is not None
        assert len(emulator.messages()) == 1


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("missing.yaml", None, "cannot read it"),
        ("bad.yaml", "- operation: [send_email\n", "not valid YAML"),
        ("bad.json", "[{]", "not valid JSON"),
        ("empty.yaml", "", "no rules in it"),
        ("empty.json", '{"rules": []}', "no rules in it"),
        ("scalar.yaml", "- send_email\n", "rule 1: a rule is a mapping"),
        (
            "unknown.yaml",
            "- {operation: send_email, status: 500}\n- {operation: send_email, statu: 500}\n",
            "rule 2: unknown rule members ['statu']",
        ),
        ("operation.yaml", "- {operation: sendEmail, status: 500}\n", "rule 1: operation must be"),
        ("status.yaml", "- {operation: send_email, status: 999}\n", "rule 1: status must be"),
        (
            "date.yaml",
            "- {operation: send_email, status: 500, match: {Subject: 2026-01-01}}\n",
            "quote dates",
        ),
    ],
)
def test_an_invalid_script_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: str | None, problem: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_text(content)
    assert cli.main(["emulate", "icommkt-email", "--port", "0", "--script", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: --script {path}: ") and problem in err, err


def test_script_is_not_taken_with_all(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(SCRIPT)
    assert cli.main(["emulate", "--all", "--script", str(path)]) == 2
    assert "--script loads rules into one emulator" in capsys.readouterr().err


def test_the_readme_script_loads(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    (block,) = re.findall(r"^```yaml\n(# failures\.yaml.*?)^```$", readme, flags=re.M | re.S)
    path = tmp_path / "failures.yaml"
    path.write_text(block)
    args = argparse.Namespace(script=str(path), provider="icommkt-email")
    assert cli._read_script(args) is None
    app = create_app("icommkt-email")
    assert cli._load_script(args, app) is None
    assert [(r.operation, r.status, r.code) for r in app.script.rules] == [
        ("send_email", 422, 406),
        ("send_email", 503, None),
    ]
