"""The generator runs from its own venv, installed from a hash-pinned lock.

scripts/requirements/generator.txt (written by `make lock-generator` with the pinned uv from
scripts/requirements/generator.in) pins openapi-python-client and every dependency of it with
hashes;
`make generate` / `make check-generated` install it with ``pip install --require-hashes
--no-deps`` into .venv-generator/, and scripts/generate.py runs the generator and its ruff from
there (never from the project's .venv or PATH). Everything here but the venv checks is offline.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import stat
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "scripts" / "requirements" / "generator.txt"
LOCK_INPUT = ROOT / "scripts" / "requirements" / "generator.in"
UV_LOCK = ROOT / "scripts" / "requirements" / "uv.txt"
_spec = importlib.util.spec_from_file_location("_generate_lock", ROOT / "scripts" / "generate.py")
assert _spec and _spec.loader
generate = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("_generate_lock", generate)
_spec.loader.exec_module(generate)

HASH = re.compile(r"^--hash=sha256:[0-9a-f]{64}$")


def entries(path: Path) -> list[tuple[Requirement, list[str]]]:
    """The requirements of a pip requirements file, each with its hash options."""
    text = re.sub(r"\\\n", " ", path.read_text(encoding="utf-8"))
    out = []
    for raw in text.splitlines():
        line = raw.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        # options come after the requirement (and its "; marker"), each starting with --
        head, *options = re.split(r"\s+(?=--)", line)
        assert not head.startswith("-"), f"{path.name}: option line {line!r}"
        out.append((Requirement(head), options))
    return out


def pins(path: Path) -> dict[str, Requirement]:
    return {canonicalize_name(req.name): req for req, _ in entries(path)}


def pinned_version(req: Requirement) -> str:
    (spec,) = req.specifier
    assert spec.operator == "==", f"{req}: not pinned with =="
    return spec.version


@pytest.mark.parametrize("path", [LOCK, UV_LOCK], ids=["generator.txt", "uv.txt"])
def test_every_requirement_is_pinned_with_hashes(path: Path) -> None:
    """What ``pip install --require-hashes`` demands of every line: ``==`` and a hash."""
    found = entries(path)
    assert found
    for req, options in found:
        assert not req.url and not req.extras, req
        pinned_version(req)
        assert options, f"{req}: no hash"
        assert all(HASH.match(o) for o in options), f"{req}: {options}"


def test_the_lock_pins_the_generator_the_driver_expects() -> None:
    locked = pins(LOCK)
    assert pinned_version(locked["openapi-python-client"]) == generate.GENERATOR_VERSION
    assert pinned_version(pins(LOCK_INPUT)["openapi-python-client"]) == generate.GENERATOR_VERSION
    assert generate.GENERATOR_LOCK == LOCK
    uv_input = pins(ROOT / "scripts" / "requirements" / "uv.in")
    assert pinned_version(uv_input["uv"]) == pinned_version(pins(UV_LOCK)["uv"])
    # the Makefile installs exactly this lock, hash-checked and without resolving, into the
    # venv generate.py runs from
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert f"GEN_LOCK := {LOCK.relative_to(ROOT)}" in makefile
    assert f"GEN_VENV := {generate.GENERATOR_VENV.relative_to(ROOT)}" in makefile
    assert "--require-hashes --no-deps" in makefile.split("$(GEN_STAMP): $(GEN_LOCK)")[1]


def test_the_formatting_ruff_is_the_lint_ruff() -> None:
    """The generator's post-hooks format with the lock's ruff: the version the project lints
    with, so both agree on what formatted code is."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    dev = {
        canonicalize_name(Requirement(r).name): Requirement(r)
        for r in project["optional-dependencies"]["dev"]
    }
    assert pinned_version(pins(LOCK)["ruff"]) == pinned_version(dev["ruff"])


def test_the_generator_is_no_project_dependency() -> None:
    """openapi-python-client comes from the lock only: no extra of the project installs it
    (with its dependencies unpinned) into .venv."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lists = [project["dependencies"], *project["optional-dependencies"].values()]
    names = {canonicalize_name(Requirement(r).name) for reqs in lists for r in reqs}
    assert "openapi-python-client" not in names


# --------------------------------------------------------------------------------------------
# the built venv (make generator-venv; `make test` builds it first through check-generated)


def _venv_dists(venv: Path) -> dict[str, dict[str, Any]]:
    script = (
        "import importlib.metadata as m, json; print(json.dumps({d.metadata['Name']: "
        "{'version': d.version, 'requires': d.requires or []} for d in m.distributions()}))"
    )
    proc = subprocess.run(
        [str(venv / "bin" / "python"), "-I", "-c", script],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return {canonicalize_name(k): v for k, v in json.loads(proc.stdout).items()}


def test_the_venv_holds_exactly_the_lock_and_it_is_complete() -> None:
    """Every distribution in the venv is pinned by the lock at that version (what the venv
    comes with aside), every pin for this platform is installed, and every dependency
    each one declares is satisfied by a pin: installing with --no-deps missed nothing."""
    venv = generate.GENERATOR_VENV
    try:
        generate.generator_bin()
    except generate.GeneratorMissing as exc:
        pytest.skip(f"{exc} (`make test` builds it)")
    locked = {
        name: req for name, req in pins(LOCK).items() if req.marker is None or req.marker.evaluate()
    }
    installed = _venv_dists(venv)
    for bundled in ("pip", "setuptools"):  # what `python -m venv` puts in (3.11: both)
        installed.pop(bundled, None)
    assert {n: d["version"] for n, d in installed.items()} == {
        n: pinned_version(r) for n, r in locked.items()
    }
    for name, dist in installed.items():
        for line in dist["requires"]:
            dep = Requirement(line)
            if dep.marker is not None and not dep.marker.evaluate({"extra": ""}):
                continue
            pin = locked.get(canonicalize_name(dep.name))
            assert pin is not None, f"{name} needs {dep}, which the lock does not pin"
            assert dep.specifier.contains(Version(pinned_version(pin)), prereleases=True), (
                f"{name} needs {dep}; the lock pins {pin}"
            )


# --------------------------------------------------------------------------------------------
# scripts/generate.py runs what that venv holds, and nothing else


def _fake_venv(root: Path, version: str = generate.GENERATOR_VERSION) -> Path:
    """A venv that generate.py accepts whose openapi-python-client is a stub recording how it
    was run (its arguments and the config it was given) and then failing."""
    venv = root / "venv"
    (
        venv / "lib" / "python3.11" / "site-packages" / f"openapi_python_client-{version}.dist-info"
    ).mkdir(parents=True)
    (venv / "bin").mkdir()
    stub = venv / "bin" / "openapi-python-client"
    stub.write_text(
        f"#!{sys.executable}\n"
        "import json, sys\n"
        "from pathlib import Path\n"
        "args = sys.argv[1:]\n"
        "config = json.loads(Path(args[args.index('--config') + 1]).read_text())\n"
        "record = Path(__file__).parent.parent / 'ran.json'\n"
        "record.write_text(json.dumps({'args': args, 'config': config}))\n"
        "print('stub generator ran', file=sys.stderr)\n"
        "sys.exit(3)\n",
        encoding="utf-8",
    )
    stub.chmod(stub.stat().st_mode | stat.S_IXUSR)
    digest = hashlib.sha256(LOCK.read_bytes()).hexdigest()
    stamp = f"{digest}  scripts/requirements/generator.txt\n"
    (venv / ".installed").write_text(stamp, encoding="utf-8")
    return venv


def _decoy_path(root: Path) -> str:
    """A PATH whose first openapi-python-client and ruff leave a mark if anything runs them."""
    decoys = root / "decoys"
    decoys.mkdir()
    for name in ("openapi-python-client", "ruff"):
        exe = decoys / name
        exe.write_text(f"#!/bin/sh\ntouch {root}/decoy-ran\nexit 0\n", encoding="utf-8")
        exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    return f"{decoys}{os.pathsep}{os.environ.get('PATH', '')}"


def test_check_runs_the_generator_and_ruff_of_the_isolated_venv(tmp_path: Path) -> None:
    venv = _fake_venv(tmp_path)
    env = {**os.environ, "SENDSPEC_GENERATOR_VENV": str(venv), "PATH": _decoy_path(tmp_path)}
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate.py"), "--check", "iovox-email"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 2, proc.stderr
    assert "openapi-python-client failed for iovox-email" in proc.stderr
    assert "stub generator ran" in proc.stderr
    ran = json.loads((venv / "ran.json").read_text(encoding="utf-8"))
    assert ran["args"][0] == "generate" and "--fail-on-warning" in ran["args"]
    hooks = ran["config"]["post_hooks"]
    assert hooks and all(hook.startswith(f"{venv / 'bin' / 'ruff'} ") for hook in hooks)
    assert not (tmp_path / "decoy-ran").exists()


def test_a_missing_venv_is_refused_and_nothing_else_is_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SENDSPEC_GENERATOR_VENV", str(tmp_path / "nowhere"))
    monkeypatch.setenv("PATH", _decoy_path(tmp_path))
    assert generate.main(["--check", "iovox-email"]) == 2
    err = capsys.readouterr().err
    assert "is missing" in err and "make generator-venv" in err
    assert not (tmp_path / "decoy-ran").exists()


def test_a_venv_built_from_another_lock_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    venv = _fake_venv(tmp_path)
    (venv / ".installed").write_text(f"{'0' * 64}  scripts/requirements/generator.txt\n")
    monkeypatch.setenv("SENDSPEC_GENERATOR_VENV", str(venv))
    with pytest.raises(generate.GeneratorMissing, match="was built from another lock"):
        generate.generator_bin()
    assert not (venv / "ran.json").exists()


def test_a_venv_with_another_generator_version_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SENDSPEC_GENERATOR_VENV", str(_fake_venv(tmp_path, version="0.28.0")))
    with pytest.raises(generate.GeneratorMissing, match=generate.GENERATOR_VERSION):
        generate.generator_bin()
