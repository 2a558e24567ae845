"""The generator driver: pre-processing workarounds, determinism, drift detection."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("generate", ROOT / "scripts" / "generate.py")
assert _spec and _spec.loader
generate = importlib.util.module_from_spec(_spec)
sys.modules["generate"] = generate
_spec.loader.exec_module(generate)


def op(**extra: Any) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/x": {"post": {"operationId": "x", **extra}}},
    }


def test_two_content_types_keep_json_only() -> None:
    spec = op(
        requestBody={"content": {"application/xml": {}, "application/json": {"schema": {}}}},
        responses={
            "200": {"description": "ok", "content": {"application/json": {}, "text/plain": {}}}
        },
    )
    out = generate.preprocess(spec)
    post = out["paths"]["/x"]["post"]
    assert list(post["requestBody"]["content"]) == ["application/json"]
    assert list(post["responses"]["200"]["content"]) == ["application/json"]
    assert len(spec["paths"]["/x"]["post"]["requestBody"]["content"]) == 2  # input untouched


def test_several_content_types_without_json_is_an_error() -> None:
    spec = op(requestBody={"content": {"application/xml": {}, "text/csv": {}}}, responses={})
    with pytest.raises(generate.SpecError, match="several content types"):
        generate.preprocess(spec)


def test_non_standard_status_codes_are_dropped_and_webhooks_removed() -> None:
    spec = op(
        responses={
            "200": {"description": "ok"},
            "299": {"description": "odd"},
            "4XX": {"description": "range"},
            "default": {"description": "d"},
        }
    )
    spec["webhooks"] = {"w": {}}
    out = generate.preprocess(spec)
    assert set(out["paths"]["/x"]["post"]["responses"]) == {"200", "4XX", "default"}
    assert "webhooks" not in out


@pytest.mark.parametrize("name", ["d", "cls", "to_dict", "from_dict", "additional_properties"])
def test_misgenerated_property_names_are_refused(name: str) -> None:
    spec = op(responses={})
    spec["components"] = {"schemas": {"M": {"type": "object", "properties": {name: {}}}}}
    with pytest.raises(generate.SpecError, match=name):
        generate.preprocess(spec)


def test_query_parameter_named_body_is_refused() -> None:
    spec = op(responses={}, parameters=[{"name": "body", "in": "query", "schema": {}}])
    with pytest.raises(generate.SpecError, match="body"):
        generate.preprocess(spec)


def test_real_specs_pass_preprocessing() -> None:
    for slug in generate.PROVIDERS:
        spec = generate.load_spec(slug)
        generate.validate(spec, slug)
        generate.preprocess(spec)


@pytest.mark.parametrize("slug", sorted(generate.PROVIDERS))
def test_every_inventory_operation_is_a_generated_function(slug: str) -> None:
    """Each line of the doc's operation inventory (tests/data/inventory/<slug>.ops) is an
    operation of the spec, and each operation of the spec a generated module with sync and
    asyncio functions."""
    spec = generate.load_spec(slug)
    operations = {
        f"{method.upper()} {path}": op
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }
    inventory = INVENTORY / f"{slug}.ops"
    lines = [line.split("#")[0].strip() for line in inventory.read_text().splitlines()]
    listed = [line for line in lines if line]
    assert sorted(listed) == sorted(operations)
    package = generate.PROVIDERS[slug]
    for op in operations.values():
        tag = op["tags"][0].replace("-", "_") if op.get("tags") else "default"
        module = importlib.import_module(f"{package}.api.{tag}.{op['operationId']}")
        assert callable(module.sync) and callable(module.asyncio)


#: the providers' operation inventories, vendored from ../shared/inventory (see its README)
INVENTORY = ROOT / "tests" / "data" / "inventory"


@pytest.mark.parametrize("slug", sorted(generate.PROVIDERS))
def test_vendored_inventory_is_the_shared_one(slug: str) -> None:
    shared = ROOT.parent / "shared" / "inventory" / f"{slug}.ops"
    if not shared.is_file():
        pytest.skip(f"{shared} (the provider docs' inventory, outside the repository) is absent")
    assert (INVENTORY / f"{slug}.ops").read_text() == shared.read_text()


def test_generation_is_deterministic_and_drift_is_detected(tmp_path: Path) -> None:
    """The real generator, from its own venv (.venv-generator/, built from the lock), makes
    the committed package byte for byte, twice."""
    try:
        generate.generator_bin()
    except generate.GeneratorMissing as exc:
        pytest.skip(f"{exc} (`make test` builds it)")
    first = generate.generate("iovox-email", tmp_path / "a")
    second = generate.generate("iovox-email", tmp_path / "b")
    assert generate._diff(first, second) == []
    assert generate._diff(first, ROOT / "generated" / "iovox_email_client") == []
    (second / "models" / "errors.py").write_text("# edited by hand\n")
    (second / "extra.py").write_text("")
    assert generate._diff(first, second) == ["extra.py", "models/errors.py"]


def test_specs_have_no_descriptions_split_by_yaml_flow_syntax() -> None:
    """``{description: a, b}`` in YAML flow style silently makes ``b`` a key with no value."""

    def glitches(node: Any, where: str) -> list[str]:
        if isinstance(node, dict):
            found = [
                f"{where}/{k}"
                for k, v in node.items()
                if v is None and isinstance(k, str) and (" " in k or k.endswith("."))
            ]
            return found + [g for k, v in node.items() for g in glitches(v, f"{where}/{k}")]
        if isinstance(node, list):
            return [g for i, v in enumerate(node) for g in glitches(v, f"{where}/{i}")]
        return []

    for path in sorted((ROOT / "specs").glob("*.yaml")):
        spec = generate.yaml.safe_load(path.read_text(encoding="utf-8"))
        assert glitches(spec, path.name) == []
