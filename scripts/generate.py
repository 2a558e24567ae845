#!/usr/bin/env python3
"""Generator driver: specs/<provider>.yaml -> generated/<package>/.

For every provider it
1. validates the spec (openapi-spec-validator),
2. applies the spec pre-processing that works around openapi-python-client limits
   (see ``preprocess``; each transform is unit-tested in tests/test_generate.py),
3. runs the pinned openapi-python-client (``--meta none``) into a scratch folder, from its
   own venv (.venv-generator/, installed from the hash-pinned scripts/requirements/generator.txt),
4. formats the result with that venv's ruff (pinned in the same lock) in isolated mode (no
   project config), and
5. replaces generated/<package>/ (or, with ``--check``, fails on any difference).

Output is byte-identical on re-run: nothing time- or path-dependent reaches the files.

Usage: python scripts/generate.py [--check] [provider ...]
"""

from __future__ import annotations

import argparse
import copy
import filecmp
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
#: the generator and every dependency of it (ruff, which formats its output, included),
#: hash-pinned; `make generate` / `make check-generated` install it into its own venv
#: (GENERATOR_VENV) and write the lock's sha256 in the venv's stamp; `make lock-generator`
#: refreshes it from scripts/requirements/generator.in
GENERATOR_LOCK = ROOT / "scripts" / "requirements" / "generator.txt"
GENERATOR_VERSION = "0.29.1"
GENERATOR_VENV = ROOT / ".venv-generator"

#: provider slug (spec file name) -> generated package name
PROVIDERS: dict[str, str] = {
    "iovox-email": "iovox_email_client",
    "icomm-sms": "icomm_sms_client",
    "icommkt-email": "icommkt_email_client",
    "inxmail": "inxmail_client",
}

#: names openapi-python-client mis-generates as model properties or query parameters
RESERVED_PROPERTY_NAMES = {"d", "cls", "to_dict", "from_dict", "additional_properties"}
RESERVED_QUERY_NAMES = {"body"}
PREFERRED_CONTENT_TYPES = ("application/json",)
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
STANDARD_STATUS_CODES = {
    "100",
    "101",
    "102",
    "103",
    "200",
    "201",
    "202",
    "203",
    "204",
    "205",
    "206",
    "207",
    "208",
    "226",
    "300",
    "301",
    "302",
    "303",
    "304",
    "305",
    "307",
    "308",
    "400",
    "401",
    "402",
    "403",
    "404",
    "405",
    "406",
    "407",
    "408",
    "409",
    "410",
    "411",
    "412",
    "413",
    "414",
    "415",
    "416",
    "417",
    "418",
    "421",
    "422",
    "423",
    "424",
    "425",
    "426",
    "428",
    "429",
    "431",
    "451",
    "500",
    "501",
    "502",
    "503",
    "504",
    "505",
    "506",
    "507",
    "508",
    "510",
    "511",
}


class SpecError(Exception):
    """The spec cannot be generated as it is; the message says what to change."""


class GeneratorMissing(Exception):
    """The generator's venv is missing or was not built from the current lock."""


def generator_bin() -> Path:
    """bin/ of the generator's venv (``SENDSPEC_GENERATOR_VENV`` overrides GENERATOR_VENV).

    Never the project's .venv or PATH: the venv must have been built from the current
    GENERATOR_LOCK, which its stamp (``.installed``: the lock's sha256) tells.
    """
    venv = Path(os.environ.get("SENDSPEC_GENERATOR_VENV") or GENERATOR_VENV)
    stamp = venv / ".installed"
    lock = GENERATOR_LOCK.relative_to(ROOT)
    wanted = hashlib.sha256(GENERATOR_LOCK.read_bytes()).hexdigest()
    built = stamp.read_text(encoding="utf-8").split()[:1] if stamp.is_file() else []
    if built != [wanted]:
        state = "was built from another lock" if built else "is missing"
        raise GeneratorMissing(
            f"the generator's venv {venv} {state}; `make generator-venv` builds it from {lock}"
        )
    dist = f"python*/site-packages/openapi_python_client-{GENERATOR_VERSION}.dist-info"
    if not any((venv / "lib").glob(dist)):
        raise GeneratorMissing(
            f"{venv} holds no openapi-python-client {GENERATOR_VERSION} (the version this "
            f"driver's workarounds are for); pin it in scripts/requirements/generator.in"
        )
    return venv / "bin"


def load_spec(slug: str) -> dict[str, Any]:
    path = SPECS / f"{slug}.yaml"
    with path.open(encoding="utf-8") as fh:
        # libyaml's safe loader where PyYAML has it, as sendspec_emulator.specs.load_spec
        spec: dict[str, Any] = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return spec


def validate(spec: dict[str, Any], name: str) -> None:
    from openapi_spec_validator import validate as _validate

    try:
        _validate(spec)
    except Exception as exc:  # the validator raises several unrelated types
        raise SpecError(f"{name}: invalid OpenAPI document: {exc}") from exc


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    ops = []
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                ops.append((path, method, item[method]))
    return ops


def _schemas_with_properties(node: Any, where: str) -> list[tuple[str, dict[str, Any]]]:
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(node, dict):
        if isinstance(node.get("properties"), dict):
            found.append((where, node["properties"]))
        for key, value in node.items():
            found.extend(_schemas_with_properties(value, f"{where}/{key}"))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found.extend(_schemas_with_properties(value, f"{where}/{i}"))
    return found


def preprocess(spec: dict[str, Any]) -> dict[str, Any]:
    """Return the copy of ``spec`` that openapi-python-client 0.29 generates correctly.

    - a body or response with several content types keeps only application/json
      (the generator breaks on one body with two content types);
    - responses with a non-standard status code are dropped from the generated client
      (it would crash building ``HTTPStatus``); the overlays turn them into errors;
    - ``webhooks`` are dropped (the generator ignores them; their payloads must be
      component schemas to get models);
    - properties or query parameters the generator mis-generates are refused with a
      clear message, since renaming them would silently change the wire format.
    """
    out = copy.deepcopy(spec)
    out.pop("webhooks", None)
    for path, method, op in _operations(out):
        where = f"{method.upper()} {path}"
        body = op.get("requestBody")
        if isinstance(body, dict) and isinstance(body.get("content"), dict):
            body["content"] = _one_content_type(body["content"], f"{where} request body")
        responses = op.get("responses", {})
        for status in list(responses):
            is_range = status == "default" or status.upper() in {"1XX", "2XX", "3XX", "4XX", "5XX"}
            if not is_range and status not in STANDARD_STATUS_CODES:
                del responses[status]
                continue
            response = responses[status]
            if isinstance(response, dict) and isinstance(response.get("content"), dict):
                response["content"] = _one_content_type(
                    response["content"], f"{where} response {status}"
                )
        for param in op.get("parameters", []) + out["paths"][path].get("parameters", []):
            if (
                isinstance(param, dict)
                and param.get("in") == "query"
                and param.get("name") in RESERVED_QUERY_NAMES
            ):
                raise SpecError(f"{where}: query parameter {param['name']!r} is mis-generated")
    for where, props in _schemas_with_properties(out.get("components", {}), "#/components"):
        bad = RESERVED_PROPERTY_NAMES & set(props)
        if bad:
            raise SpecError(f"{where}: properties {sorted(bad)} are mis-generated")
    return out


def _one_content_type(content: dict[str, Any], where: str) -> dict[str, Any]:
    if len(content) <= 1:
        return content
    for media_type in PREFERRED_CONTENT_TYPES:
        if media_type in content:
            return {media_type: content[media_type]}
    raise SpecError(f"{where}: several content types and none of {PREFERRED_CONTENT_TYPES}")


def _generator_config(package: str, bin_dir: Path) -> dict[str, Any]:
    ruff = str(bin_dir / "ruff")
    return {
        "project_name_override": package,
        "package_name_override": package,
        "literal_enums": False,
        "post_hooks": [
            f"{ruff} check --isolated --fix --select I,F401 --quiet .",
            f"{ruff} format --isolated --quiet .",
        ],
    }


def generate(slug: str, dest_root: Path) -> Path:
    """Generate ``slug``'s package into ``dest_root``; return the package folder."""
    package = PROVIDERS[slug]
    spec = load_spec(slug)
    validate(spec, f"specs/{slug}.yaml")
    prepared = preprocess(spec)
    bin_dir = generator_bin()
    with tempfile.TemporaryDirectory(prefix="sendspec-gen-") as tmp:
        tmp_path = Path(tmp)
        spec_file = tmp_path / f"{slug}.json"
        spec_file.write_text(json.dumps(prepared), encoding="utf-8")
        config_file = tmp_path / "config.json"
        config_file.write_text(json.dumps(_generator_config(package, bin_dir)), encoding="utf-8")
        out = tmp_path / "out" / package
        cmd = [
            str(bin_dir / "openapi-python-client"),
            "generate",
            "--path",
            str(spec_file),
            "--meta",
            "none",
            "--config",
            str(config_file),
            "--output-path",
            str(out),
            "--overwrite",
            "--fail-on-warning",
        ]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise SpecError(f"openapi-python-client failed for {slug}:\n{proc.stdout}{proc.stderr}")
        target = dest_root / package
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(out, target, ignore=shutil.ignore_patterns("__pycache__", ".ruff_cache"))
    # PEP 561: the package's own annotations are its types (--meta none emits no py.typed)
    (target / "py.typed").write_text("", encoding="utf-8")
    set_version(target, str(spec["info"]["version"]))
    return target


def set_version(package_dir: Path, version: str) -> None:
    """The generated package's ``__version__`` is its spec's ``info.version`` (issue 14:
    scripts/check_breaking.py fails a breaking spec change without a major bump of it)."""
    init = package_dir / "__init__.py"
    text = init.read_text(encoding="utf-8")
    marker = "\n__all__ = ("
    if marker not in text:
        raise SpecError(f"{init}: no __all__ to put __version__ before")
    line = f"__version__ = {json.dumps(version)}\n"
    init.write_text(text.replace(marker, f"\n{line}{marker}", 1), encoding="utf-8")


def _diff(a: Path, b: Path) -> list[str]:
    """Relative paths that differ between two trees (ignoring caches)."""
    skip = {"__pycache__", ".ruff_cache"}
    cmp = filecmp.dircmp(a, b, ignore=list(skip))
    out: list[str] = []

    def walk(c: filecmp.dircmp[str], prefix: str) -> None:
        out.extend(prefix + n for n in c.left_only + c.right_only + c.diff_files)
        # dircmp compares shallowly; confirm byte equality of "same" files too
        for name in c.same_files:
            if (Path(c.left) / name).read_bytes() != (Path(c.right) / name).read_bytes():
                out.append(prefix + name)
        for name, sub in c.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(cmp, "")
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="fail if generated/ is stale")
    parser.add_argument("providers", nargs="*", choices=[*PROVIDERS, []], metavar="provider")
    args = parser.parse_args(argv)
    slugs = args.providers or list(PROVIDERS)
    stale: list[str] = []
    try:
        for slug in slugs:
            package = PROVIDERS[slug]
            if args.check:
                with tempfile.TemporaryDirectory(prefix="sendspec-check-") as tmp:
                    fresh = generate(slug, Path(tmp))
                    current = GENERATED / package
                    if not current.exists():
                        stale.append(f"generated/{package}/ is missing")
                    else:
                        stale.extend(f"generated/{package}/{p}" for p in _diff(fresh, current))
            else:
                generate(slug, GENERATED)
                print(f"specs/{slug}.yaml -> generated/{package}/")
    except (SpecError, GeneratorMissing) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if stale:
        print("generated/ has drifted from specs/; run `make generate`:", file=sys.stderr)
        for line in stale:
            print(f"  {line}", file=sys.stderr)
        return 1
    if args.check:
        print(f"generated/ matches specs/ ({', '.join(slugs)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
