"""The breaking-change gate (issue 14, items 3 and 5): scripts/spec_diff.py's classification
of each category, and scripts/check_breaking.py on a throwaway git repository holding the
fixture spec tests/data/breaking/demo.yaml: a removed field fails the gate until the major
version is bumped. No network; the api-smart-diff tests are skipped only when the tool is not
installed (``make check-breaking`` installs it)."""

from __future__ import annotations

import copy
import importlib.util
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "data" / "breaking" / "demo.yaml"
sys.path.insert(0, str(ROOT / "scripts"))
_spec = importlib.util.spec_from_file_location(
    "check_breaking", ROOT / "scripts" / "check_breaking.py"
)
assert _spec is not None and _spec.loader is not None
check_breaking = importlib.util.module_from_spec(_spec)
sys.modules["check_breaking"] = check_breaking
_spec.loader.exec_module(check_breaking)
spec_diff = sys.modules["spec_diff"]

Doc = dict[str, Any]


def demo() -> Doc:
    doc: Doc = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    return doc


def edited(change: Callable[[Doc], None]) -> Doc:
    doc = copy.deepcopy(demo())
    change(doc)
    return doc


def schemas(doc: Doc) -> Doc:
    result: Doc = doc["components"]["schemas"]
    return result


def found(change: Callable[[Doc], None]) -> list[tuple[bool, str, str]]:
    return [(c.breaking, c.where, c.category) for c in spec_diff.classify(demo(), edited(change))]


# -- the classifier, category by category ------------------------------------------------------


def test_identical_documents_have_no_changes() -> None:
    assert spec_diff.classify(demo(), demo()) == []


def test_removed_response_field_is_breaking_wherever_the_schema_is_used() -> None:
    changes = found(lambda d: schemas(d)["SendResponse"]["properties"].pop("sentAt"))
    assert changes == [
        (True, "GET /messages 200 response[].sentAt", "removed field"),
        (True, "POST /messages 200 response.sentAt", "removed field"),
    ]


def test_renamed_field_is_breaking() -> None:
    def rename(d: Doc) -> None:
        props = schemas(d)["SendResponse"]["properties"]
        props["sent_at"] = props.pop("sentAt")

    assert (True, "POST /messages 200 response.sentAt", "renamed field") in found(rename)
    assert not [c for c in found(rename) if c[2] == "new field"]


def test_new_optional_fields_are_compatible() -> None:
    def add(d: Doc) -> None:
        schemas(d)["SendRequest"]["properties"]["tag"] = {"type": "string"}
        schemas(d)["SendResponse"]["properties"]["cost"] = {"type": "number"}

    changes = found(add)
    assert changes and all(not breaking for breaking, _, _ in changes)
    assert (False, "POST /messages request body.tag", "new field") in changes


def test_new_required_request_field_is_breaking() -> None:
    def add(d: Doc) -> None:
        schemas(d)["SendRequest"]["properties"]["sender"] = {"type": "string"}
        schemas(d)["SendRequest"]["required"].append("sender")

    assert found(add) == [
        (True, "POST /messages request body.sender", "new required request field")
    ]


def test_new_required_parameter_and_parameter_made_required_are_breaking() -> None:
    def add(d: Doc) -> None:
        op = d["paths"]["/messages"]["get"]
        op["parameters"][0]["required"] = True
        op["parameters"].append(
            {"name": "page", "in": "query", "required": True, "schema": {"type": "integer"}}
        )

    assert found(add) == [
        (True, "GET /messages query parameter page", "new required parameter"),
        (True, "GET /messages query parameter status", "parameter became required"),
    ]


def test_narrowed_enum_of_a_sent_value_is_breaking_widened_is_not() -> None:
    narrowed = found(lambda d: schemas(d)["Priority"].update(enum=["low", "normal"]))
    assert narrowed == [(True, "POST /messages request body.priority", "narrowed enum")]
    widened = found(
        lambda d: schemas(d)["Priority"].update(enum=["low", "normal", "high", "urgent"])
    )
    assert widened == [(False, "POST /messages request body.priority", "enum")]


def test_enum_shared_by_request_and_response_is_judged_per_direction() -> None:
    # Status is a query parameter (sent) and a response field (received)
    changes = found(lambda d: schemas(d)["Status"]["enum"].append("expired"))
    assert (False, "GET /messages query parameter status", "enum") in changes
    assert (
        True,
        "POST /messages 200 response.status",
        "widened enum of a received value",
    ) in changes


def test_narrowed_type_and_constraint_of_a_sent_value_are_breaking() -> None:
    def narrow(d: Doc) -> None:
        schemas(d)["SendRequest"]["properties"]["to"] = {"type": "string", "format": "email"}
        schemas(d)["SendRequest"]["properties"]["text"]["maxLength"] = 70

    assert found(narrow) == [
        (True, "POST /messages request body.text", "narrowed constraint"),
        (True, "POST /messages request body.to", "narrowed constraint"),
    ]
    retyped = found(
        lambda d: schemas(d)["SendRequest"]["properties"].update(to={"type": "integer"})
    )
    assert retyped == [(True, "POST /messages request body.to", "narrowed type")]


def test_closing_a_sent_object_is_breaking() -> None:
    closed = found(lambda d: schemas(d)["SendRequest"].update(additionalProperties=False))
    assert closed == [(True, "POST /messages request body", "narrowed object")]


def test_nullable_is_compatible_sent_and_breaking_received() -> None:
    def nullable(d: Doc) -> None:
        schemas(d)["SendRequest"]["properties"]["text"]["type"] = ["string", "null"]
        schemas(d)["SendResponse"]["properties"]["id"] = {
            "anyOf": [{"type": "string"}, {"type": "null"}]
        }

    changes = found(nullable)
    assert (False, "POST /messages request body.text", "type") in changes
    assert (True, "POST /messages 200 response.id", "widened type of a received value") in changes


def test_received_field_made_optional_is_breaking() -> None:
    changes = found(lambda d: schemas(d)["SendResponse"].update(required=["id"]))
    assert (True, "POST /messages 200 response.status", "received field became optional") in changes


def test_removed_operation_and_renamed_operation_id_are_breaking() -> None:
    assert found(lambda d: d["paths"].pop("/messages/{id}")) == [
        (True, "DELETE /messages/{id}", "removed operation")
    ]
    renamed = found(lambda d: d["paths"]["/messages"]["post"].update(operationId="send"))
    assert renamed == [(True, "POST /messages", "renamed operationId")]


def test_path_variable_rename_is_not_a_removed_operation() -> None:
    def rename(d: Doc) -> None:
        item = d["paths"].pop("/messages/{id}")
        item["delete"]["parameters"][0]["name"] = "message_id"
        d["paths"]["/messages/{message_id}"] = item

    assert found(rename) == [(False, "DELETE /messages/{message_id}", "path parameter renamed")]


def test_changed_status_code_is_breaking_added_one_is_not() -> None:
    def change(d: Doc) -> None:
        responses = d["paths"]["/messages"]["post"]["responses"]
        responses["201"] = responses.pop("200")

    assert found(change) == [
        (True, "POST /messages 200", "removed status code"),
        (False, "POST /messages 201", "new status code"),
    ]
    added = found(
        lambda d: d["paths"]["/messages"]["post"]["responses"].update(
            {"429": {"description": "Slow down."}}
        )
    )
    assert added == [(False, "POST /messages 429", "new status code")]


def test_auth_changes() -> None:
    def basic(d: Doc) -> None:
        d["components"]["securitySchemes"]["basic"] = {"type": "http", "scheme": "basic"}
        d["security"] = [{"basic": []}]

    changes = found(basic)
    assert len(changes) == 3 and all(c[0] and c[2] == "auth change" for c in changes)
    header = found(
        lambda d: d["components"]["securitySchemes"]["apiKey"].update(name="Authorization")
    )
    assert header == [(True, "security scheme apiKey", "auth change")]
    opened = found(lambda d: d["paths"]["/messages"]["get"].update(security=[]))
    assert opened == [(False, "GET /messages", "auth")]
    closed = found(
        lambda d: (
            d.pop("security"),
            d["paths"]["/messages"]["get"].update(security=[{"apiKey": []}]),
        )
    )
    assert closed == [
        (False, "DELETE /messages/{id}", "auth"),
        (False, "POST /messages", "auth"),
    ]

    def renamed_scheme(d: Doc) -> None:  # same definition under another name: no change
        schemes = d["components"]["securitySchemes"]
        schemes["key"] = schemes.pop("apiKey")
        d["security"] = [{"key": []}]

    assert found(renamed_scheme) == []


def test_webhook_payload_is_judged_as_received() -> None:
    hook = {
        "post": {
            "requestBody": {
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/SendResponse"}}
                }
            },
            "responses": {"200": {"description": "Taken."}},
        }
    }
    before = edited(lambda d: d.update(webhooks={"status": hook}))
    after = copy.deepcopy(before)
    schemas(after)["SendResponse"]["properties"].pop("sentAt")
    kinds = [(c.breaking, c.where, c.category) for c in spec_diff.classify(before, after)]
    assert (True, "webhook status (POST) request body.sentAt", "removed field") in kinds


def test_prose_examples_and_extensions_are_not_changes() -> None:
    def prose(d: Doc) -> None:
        d["info"]["description"] = "Reworded."
        d["paths"]["/messages"]["post"]["x-sendspec-live"] = "safe"
        d["paths"]["/messages"]["post"]["responses"]["200"]["content"]["application/json"][
            "example"
        ] = {"id": "1"}
        schemas(d)["SendResponse"]["properties"]["id"]["description"] = "The message id."

    assert found(prose) == []


def test_recursive_schema_terminates() -> None:
    def recursive(d: Doc) -> None:
        schemas(d)["SendResponse"]["properties"]["replies"] = {
            "type": "array",
            "items": {"$ref": "#/components/schemas/SendResponse"},
        }

    before = edited(recursive)
    after = copy.deepcopy(before)
    schemas(after)["SendResponse"]["properties"].pop("sentAt")
    changes = [(c.breaking, c.where) for c in spec_diff.classify(before, after)]
    # found where the schema is used; inside its own recursion it was compared on the way in
    assert (True, "POST /messages 200 response.sentAt") in changes
    assert (True, "GET /messages 200 response[].sentAt") in changes


# -- versions ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "allowed"),
    [
        ("1.2.0", "2.0.0", True),
        ("1.2.0", "1.3.0", False),
        ("1.2.0", "1.2.1", False),
        ("1.0", "2.0", True),
        ("2.0.432", "3.0.0", True),
        ("0.3.1", "0.4.0", True),  # pre-1.0: a minor bump
        ("0.3.1", "0.3.2", False),
        ("0.3.1", "1.0.0", True),
    ],
)
def test_bump_rule(old: str, new: str, allowed: bool) -> None:
    assert check_breaking.bump_allows_breaking(old, new) is allowed


def test_next_breaking_version() -> None:
    assert check_breaking.next_breaking("1.2.0") == "2.0.0"
    assert check_breaking.next_breaking("1.0") == "2.0"
    assert check_breaking.next_breaking("0.3.1") == "0.4.0"


def test_version_read_off_the_text() -> None:
    assert check_breaking.version_of(FIXTURE.read_text(encoding="utf-8")) == "1.2.0"
    assert (
        check_breaking.version_of(
            "openapi: 3.1.0\ninfo:\n  title: x\n  version: 2.0.432\npaths: {}\n"
        )
        == "2.0.432"
    )


# -- the gate on a git history -----------------------------------------------------------------


class Repo:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.spec = root / "specs" / "demo.yaml"

    def git(self, *args: str) -> None:
        subprocess.run(["git", *args], cwd=self.root, check=True, capture_output=True, timeout=60)

    def commit(self, message: str) -> None:
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message)

    def edit(self, old: str, new: str) -> None:
        text = self.spec.read_text(encoding="utf-8")
        assert text.count(old) == 1, old
        self.spec.write_text(text.replace(old, new), encoding="utf-8")

    def gate(self, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
        code = check_breaking.main(["--no-tool", *args])
        return code, capsys.readouterr().out


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Repo:
    for name, value in {
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("SENDSPEC_BREAKING_BASE", raising=False)
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "demo.yaml").write_bytes(FIXTURE.read_bytes())
    monkeypatch.setattr(check_breaking, "ROOT", tmp_path)
    monkeypatch.setattr(check_breaking, "SPECS", tmp_path / "specs")
    monkeypatch.setattr(check_breaking, "CHANGELOG_DIR", tmp_path / "docs" / "changelog")
    r = Repo(tmp_path)
    r.git("init", "-q")
    assert check_breaking.main(["--no-tool", "--write-changelog"]) == 0
    r.commit("demo 1.2.0")
    return r


SENT_AT = "        sentAt: {type: string, format: date-time}\n"


def test_gate_fails_on_a_removed_field_and_passes_after_the_major_bump(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = repo.gate(capsys)
    assert code == 0, out

    repo.edit(SENT_AT, "")  # the fixture spec edit: a response field removed
    code, out = repo.gate(capsys)
    assert code == 1
    assert "specs/demo.yaml: 1.2.0 (working tree) against 1.2.0" in out
    assert "FAIL: set info.version to 2.0.0 or later" in out
    assert "POST /messages 200 response.sentAt: removed field" in out

    repo.edit('version: "1.2.0"', 'version: "1.3.0"')  # a minor bump is not enough
    code, out = repo.gate(capsys)
    assert code == 1 and "FAIL" in out

    repo.edit('version: "1.3.0"', 'version: "2.0.0"')
    code, out = repo.gate(capsys)
    assert "2.0.0 (working tree) against 1.2.0" in out and "ok (allowed by the version bump)" in out
    assert "docs/changelog/demo.md is stale" in out and code == 1  # the new version's entry
    assert check_breaking.main(["--no-tool", "--write-changelog"]) == 0
    capsys.readouterr()
    code, out = repo.gate(capsys)
    assert code == 0, out
    log = (repo.root / "docs" / "changelog" / "demo.md").read_text(encoding="utf-8")
    assert log.index("## 2.0.0") < log.index("## 1.2.0")
    assert "- POST /messages 200 response.sentAt: removed field" in log

    repo.commit("demo 2.0.0: sentAt removed")
    code, out = repo.gate(capsys)
    assert code == 0, out
    assert "2.0.0" in out and "against 1.2.0" in out  # the committed step is checked too

    # after the release, the next breaking edit fails again
    repo.edit("        id: {type: string}\n", "")
    code, out = repo.gate(capsys)
    assert code == 1 and "set info.version to 3.0.0 or later" in out


def test_compatible_edit_passes_without_a_bump(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.edit(SENT_AT, SENT_AT + "        cost: {type: number}\n")
    code, out = repo.gate(capsys)
    assert code == 0, out
    assert "0 breaking, 2 compatible: ok" in out  # in both responses


def test_committed_bump_that_is_too_small_fails(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.edit(SENT_AT, "")
    repo.edit('version: "1.2.0"', 'version: "1.2.1"')
    repo.commit("a patch release that removes a field")
    code, out = repo.gate(capsys)
    assert code == 1
    assert "version 1.2.1 was committed with these breaking changes over 1.2.0" in out
    assert "set info.version to 2.0.0 or later" in out


def test_base_ref_compares_with_that_commit(
    repo: Repo, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo.git("tag", "spec-demo-v1.2.0")
    repo.edit(SENT_AT, "")
    repo.edit('version: "1.2.0"', 'version: "2.0.0"')
    assert check_breaking.main(["--no-tool", "--write-changelog"]) == 0
    repo.commit("2.0.0")
    repo.edit("        id: {type: string}\n", "")
    repo.commit("breaking after the bump")
    code, out = repo.gate(capsys)  # default: since 2.0.0's first commit
    assert code == 1
    code, out = repo.gate(capsys, "--base", "spec-demo-v1.2.0", "demo")  # one bump since the tag
    assert code == 0 and "against 1.2.0" in out, out
    monkeypatch.setenv("SENDSPEC_BREAKING_BASE", "spec-demo-v1.2.0")
    code, out = repo.gate(capsys, "demo")
    assert "against 1.2.0" in out


def test_not_a_git_checkout_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    monkeypatch.setattr(check_breaking, "ROOT", tmp_path)
    monkeypatch.setattr(check_breaking, "SPECS", tmp_path)
    assert check_breaking.main(["--no-tool"]) == 0
    assert "not a git checkout" in capsys.readouterr().out


# -- generated packages take the spec's version ------------------------------------------------


def test_generated_packages_carry_the_spec_version() -> None:
    generate = sys.modules.get("generate")
    if generate is None:
        spec = importlib.util.spec_from_file_location("generate", ROOT / "scripts" / "generate.py")
        assert spec is not None and spec.loader is not None
        generate = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(generate)
    for slug, package in generate.PROVIDERS.items():
        version = check_breaking.version_of(
            (ROOT / "specs" / f"{slug}.yaml").read_text(encoding="utf-8")
        )
        init = (ROOT / "generated" / package / "__init__.py").read_text(encoding="utf-8")
        assert f'__version__ = "{version}"' in init, package


# -- api-smart-diff ----------------------------------------------------------------------------

needs_tool = pytest.mark.skipif(
    not spec_diff.tool_available(),
    reason="api-smart-diff not installed (make check-breaking installs it)",
)


@needs_tool
def test_tool_reports_a_removed_operation() -> None:
    diffs = spec_diff.tool_diffs(demo(), edited(lambda d: d["paths"].pop("/messages/{id}")))
    assert {"path": ["paths", "/messages/{id}", "delete"], "type": "breaking"}.items() <= {
        k: v for d in diffs for k, v in d.items() if k in ("path", "type")
    }.items()


@needs_tool
def test_tool_joins_without_repeating_or_misreading_types() -> None:
    # the tool calls a nullable request field a replaced type (breaking): its type findings
    # are left out
    nullable = edited(
        lambda d: schemas(d)["SendRequest"]["properties"]["text"].update(type=["string", "null"])
    )
    report = spec_diff.compare(demo(), nullable)
    assert report.tool == "api-smart-diff" and report.breaking == []

    # a new required field: the tool finds it too, listed once
    def required(d: Doc) -> None:
        schemas(d)["SendRequest"]["properties"]["sender"] = {"type": "string"}
        schemas(d)["SendRequest"]["required"].append("sender")

    report = spec_diff.compare(demo(), edited(required))
    assert [c.category for c in report.breaking] == ["new required request field"]
    # the tool calls a removed response field compatible; ours does not
    report = spec_diff.compare(
        demo(), edited(lambda d: schemas(d)["SendResponse"]["properties"].pop("sentAt"))
    )
    assert len(report.breaking) == 2


@needs_tool
def test_tool_adds_what_ours_does_not_check() -> None:
    # a parameter's serialisation style: not one of ours, breaking to the tool
    def style(d: Doc) -> None:
        d["paths"]["/messages"]["get"]["parameters"][0]["style"] = "spaceDelimited"

    assert spec_diff.classify(demo(), edited(style)) == []
    report = spec_diff.compare(demo(), edited(style))
    assert [(c.where, c.source) for c in report.breaking] == [("GET /messages", "api-smart-diff")]
