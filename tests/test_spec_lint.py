"""Spec lint (issue 14, item 4): Spectral with our ruleset (scripts/spec-tools/spectral.yaml).

One Spectral run lints the four specs (they must have no error) and the fixtures: tests/data/lint/
ok.yaml follows every convention, and each variant below breaks exactly one sendspec rule by a
small text edit of it; the lint must name that rule (and no other sendspec rule) for it.
Skipped only when node/npm are absent; the pinned Spectral is installed like `make lint` does.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
TOOLS = ROOT / "scripts" / "spec-tools"
RULESET = TOOLS / "spectral.yaml"
SPECTRAL = TOOLS / "node_modules" / ".bin" / "spectral"
STAMP = TOOLS / "node_modules" / ".installed"
OK = ROOT / "tests" / "data" / "lint" / "ok.yaml"
SPECS = sorted((ROOT / "specs").glob("*.yaml"))

#: variant name -> (the sendspec rule it breaks, [(text of ok.yaml, replacement)])
VARIANTS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "operation-id-case": (
        "sendspec-operation-id",
        [("operationId: send_message", "operationId: sendMessage")],
    ),
    "operation-tag-undefined": (
        "sendspec-operation-tags",
        [("tags: [messages]\n      operationId: send_", "tags: [mail]\n      operationId: send_")],
    ),
    "operation-tag-missing": (
        "sendspec-operation-tags",
        [("      tags: [messages]\n      operationId: send_", "      operationId: send_")],
    ),
    "enum-value-undescribed": (
        "sendspec-enum-descriptions",
        [("            high: sent first\n", "")],
    ),
    "enum-description-silent": (
        "sendspec-enum-descriptions",
        [
            (
                '"`queued`: accepted, not yet sent; `sent`: handed to the carrier."',
                "The message's state.",
            )
        ],
    ),
    "choice-undescribed": (
        "sendspec-choice-descriptions",
        [
            (
                "            - title: Email channel\n              type: object",
                "            - type: object",
            )
        ],
    ),
    "choice-ref-undescribed": (
        "sendspec-choice-descriptions",
        [("      description: An SMS channel.\n", "")],
    ),
    "response-example-missing": (
        "sendspec-response-examples",
        [
            (
                "components:\n",
                "  /messages/{id}:\n"
                "    get:\n"
                "      tags: [messages]\n"
                "      operationId: get_message\n"
                "      summary: Get a message\n"
                "      description: One message.\n"
                "      parameters:\n"
                "        - {name: id, in: path, required: true, schema: {type: string}}\n"
                "      responses:\n"
                '        "200":\n'
                "          description: The message.\n"
                "          content:\n"
                "            application/json:\n"
                '              schema: {$ref: "#/components/schemas/Sent"}\n'
                "components:\n",
            )
        ],
    ),
    "required-without-evidence": (
        "sendspec-required-evidence",
        [("              x-evidence: doc 000 §Channels, field table\n", "")],
    ),
    "operation-id-duplicate": (
        "sendspec-operation-id",
        [("operationId: receive_message_status", "operationId: send_message")],
    ),
    "webhook-untagged": (
        "sendspec-operation-tags",
        [("      tags: [messages]\n      operationId: receive", "      operationId: receive")],
    ),
    "webhook-required-not-in-example": (
        "sendspec-required-evidence",
        [('value: {messageId: "m-1", state: delivered}', 'value: {messageId: "m-1"}')],
    ),
    "required-not-in-example": (
        "sendspec-required-evidence",
        [
            ('value: {id: "m-1", status: queued, ', "value: {status: queued, "),
        ],
    ),
}


def _variant(tmp: Path, name: str, edits: list[tuple[str, str]]) -> Path:
    text = OK.read_text()
    for old, new in edits:
        assert text.count(old) == 1, f"{name}: {old!r} is not once in {OK.name}"
        text = text.replace(old, new)
    path = tmp / f"{name}.yaml"
    path.write_text(text)
    return path


def _spectral() -> Path:
    if shutil.which("node") is None or shutil.which("npm") is None:
        pytest.skip("node/npm not installed: Spectral (npm) cannot run here")
    lock = TOOLS / "package-lock.json"
    if not SPECTRAL.exists() or not STAMP.exists() or STAMP.stat().st_mtime < lock.stat().st_mtime:
        # what `make lint` does (the stamp target of the Makefile)
        subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund", "--silent"], cwd=TOOLS, check=True, timeout=600
        )
        STAMP.touch()
    return SPECTRAL


@pytest.fixture(scope="module")
def lint(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, Any]]]:
    """One Spectral run over the specs, ok.yaml and the variants: file name -> its results."""
    spectral = _spectral()
    tmp = tmp_path_factory.mktemp("lint")
    files = [*SPECS, OK] + [_variant(tmp, name, edits) for name, (_, edits) in VARIANTS.items()]
    out = tmp / "results.json"
    run = subprocess.run(
        [str(spectral), "lint", "-q", "-f", "json", "-o", str(out), "-r", str(RULESET)]
        + [str(f) for f in files],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert run.returncode in (0, 1), run.stdout + run.stderr  # 1: errors found; 2: crash
    results: dict[str, list[dict[str, Any]]] = {f.name: [] for f in files}
    for result in json.loads(out.read_text() or "[]"):
        results[Path(result["source"]).name].append(result)
    return results


def _errors(results: list[dict[str, Any]]) -> list[str]:
    return [
        f"{r['code']} at {'.'.join(map(str, r['path']))}: {r['message']}"
        for r in results
        if r["severity"] == 0
    ]


@pytest.mark.parametrize("spec", [p.name for p in SPECS])
def test_the_specs_have_no_lint_error(lint: dict[str, list[dict[str, Any]]], spec: str) -> None:
    assert _errors(lint[spec]) == []


def test_the_fixture_follows_every_convention(lint: dict[str, list[dict[str, Any]]]) -> None:
    assert [f"{r['code']}: {r['message']}" for r in lint[OK.name]] == []


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_each_broken_convention_is_named(lint: dict[str, list[dict[str, Any]]], name: str) -> None:
    rule, _ = VARIANTS[name]
    codes = {r["code"] for r in lint[f"{name}.yaml"] if str(r["code"]).startswith("sendspec-")}
    assert codes == {rule}, lint[f"{name}.yaml"]


def test_the_ruleset_exemptions_point_at_real_places() -> None:
    """Every `files: spec#pointer` override names a path that exists (so none goes stale)."""
    ruleset = yaml.safe_load(RULESET.read_text())
    custom = {name for name in ruleset["rules"] if name.startswith("sendspec-")}
    seen = 0
    for override in ruleset.get("overrides", []):
        for pattern in override["files"]:
            source, _, pointer = pattern.partition("#")
            spec_path = (RULESET.parent / source).resolve()
            assert spec_path.exists(), pattern
            for rule in override["rules"]:
                assert rule in custom or not rule.startswith("sendspec-"), rule
            if not pointer:
                continue
            node: Any = yaml.safe_load(spec_path.read_text())
            for token in pointer.lstrip("/").split("/"):
                key = token.replace("%7B", "{").replace("%7D", "}")
                key = key.replace("~1", "/").replace("~0", "~")
                assert isinstance(node, dict) and key in node, f"{pattern}: no {key!r}"
                node = node[key]
            seen += 1
    assert seen > 0
