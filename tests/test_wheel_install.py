"""The wheel works installed (issue 13, item 1): built from this checkout, installed into fresh
venvs outside it, and driven from a folder outside it, as a user would.

- the full venv: ``sendspec[conformance]`` and the pinned mypy; ``sendspec --version``,
  ``sendspec emulate iovox-email --port 0`` (answers, stops), ``sendspec demo``,
  ``sendspec conform <provider> --max-examples 2`` for each provider, ``mypy --strict`` on the
  user script tests/typing/user_script.py and a run of it;
- the client-only venv: the wheel with no extra (httpx, attrs, dateutil) and pytest:
  ``import sendspec`` and the overlays load no emulator dependency, the commands that need an
  extra say which, the pytest plugin loads, and the user script's calls reach emulators served
  from the full venv.

One wheel and two venvs per module run (pip's cache makes a re-run fast). The conformance runs
start together at the first of their tests (they are independent processes, each with its own
emulator); each test waits for its own. Measured on the project's 2-core machine with a warm
pip cache: 126 s idle, 187-365 s while other sessions loaded it (load average 7-10).
Every wait is bounded (a hang fails, it does not stall the run); nothing asserts a duration.
"""

from __future__ import annotations

import json
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import tomllib
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
VERSION: str = PYPROJECT["project"]["version"]
USER_SCRIPT = ROOT / "tests" / "typing" / "user_script.py"
PROVIDERS = ("iovox-email", "icomm-sms", "icommkt-email", "inxmail")
PACKAGES = (
    "sendspec",
    "sendspec_emulator",
    "sendspec_conformance",
    "iovox_email_client",
    "icomm_sms_client",
    "icommkt_email_client",
    "inxmail_client",
)
#: what the emulator extra brings; a client-only install must not import (or have) them
EMULATOR_MODULES = ("starlette", "uvicorn", "jsonschema", "jsonschema_rs", "orjson", "yaml")
#: hang guards, not expectations: a run that takes longer fails instead of stalling make check
INSTALL_TIMEOUT = 600
RUN_TIMEOUT = 900


def _pin(name: str) -> str:
    """``name==X`` as pinned in the dev extra (the same mypy / pytest the checkout uses)."""
    for requirement in PYPROJECT["project"]["optional-dependencies"]["dev"]:
        if requirement.replace(" ", "").startswith(f"{name}=="):
            return str(requirement)
    raise AssertionError(f"no {name}== pin in the dev extra")


def _env(venv: Path | None = None) -> dict[str, str]:
    """The environment of a user's shell: none of the checkout's SENDSPEC_* or venv settings."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("SENDSPEC_", "PYTHON", "VIRTUAL_ENV", "PYTEST", "COV_"))
    }
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["SENDSPEC_DETERMINISTIC"] = "1"  # the conformance runs derandomized, as in make test
    if venv is not None:
        env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
        env["VIRTUAL_ENV"] = str(venv)
    return env


def _run(
    cmd: list[str], *, cwd: Path, env: dict[str, str], timeout: float = RUN_TIMEOUT
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


def _ok(proc: subprocess.CompletedProcess[str]) -> str:
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, f"{proc.args} exited {proc.returncode}:\n{output[-4000:]}"
    return proc.stdout


@dataclass(frozen=True)
class Venv:
    path: Path
    cwd: Path  # a folder outside the checkout

    @property
    def python(self) -> str:
        return str(self.path / "bin" / "python")

    def bin(self, name: str) -> str:
        return str(self.path / "bin" / name)

    @property
    def env(self) -> dict[str, str]:
        return _env(self.path)

    def run(self, *cmd: str, timeout: float = RUN_TIMEOUT) -> subprocess.CompletedProcess[str]:
        return _run(list(cmd), cwd=self.cwd, env=self.env, timeout=timeout)

    def python_code(self, code: str, **env: str) -> subprocess.CompletedProcess[str]:
        return _run(
            [self.python, "-c", textwrap.dedent(code)], cwd=self.cwd, env={**self.env, **env}
        )


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("wheel-install")
    assert ROOT not in path.resolve().parents, "the test must run outside the checkout"
    return path


@pytest.fixture(scope="module")
def wheel(workdir: Path) -> Path:
    """The wheel of this checkout (pip's PEP 517 build with the pinned hatchling)."""
    dist = workdir / "dist"
    cmd = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(dist), str(ROOT)]
    _ok(_run(cmd, cwd=workdir, env=_env(), timeout=INSTALL_TIMEOUT))
    (built,) = dist.glob("sendspec-*.whl")
    assert built.name == f"sendspec-{VERSION}-py3-none-any.whl"
    return built


def _venv(workdir: Path, name: str, *requirements: str) -> Venv:
    """A fresh venv (no pip of its own: the checkout's pip installs into it)."""
    path = workdir / name
    base = getattr(sys, "_base_executable", sys.executable)
    _ok(_run([base, "-m", "venv", "--without-pip", str(path)], cwd=workdir, env=_env()))
    cwd = workdir / f"{name}-cwd"
    cwd.mkdir()
    install = [sys.executable, "-m", "pip", "--python", str(path / "bin" / "python"), "install"]
    _ok(_run([*install, "--quiet", *requirements], cwd=cwd, env=_env(), timeout=INSTALL_TIMEOUT))
    return Venv(path, cwd)


@pytest.fixture(scope="module")
def full(workdir: Path, wheel: Path) -> Venv:
    """sendspec[conformance] (the emulator extra included) and the pinned mypy."""
    return _venv(workdir, "full", f"{wheel}[conformance]", _pin("mypy"))


@pytest.fixture(scope="module")
def client(workdir: Path, wheel: Path) -> Venv:
    """The client alone (no extra), with pytest as a user's test suite has it."""
    return _venv(workdir, "client", str(wheel), _pin("pytest"))


# ------------------------------------------------------------------------------ the checkout


@pytest.mark.parametrize("slug", PROVIDERS)
def test_the_handles_base_paths_are_the_emulators(slug: str) -> None:
    """sendspec.testing's table (what a client-only install connects with) = the emulator's."""
    from sendspec.testing import PREFIXES
    from sendspec_emulator import create_app

    assert PREFIXES[slug] == create_app(slug).prefix


# ------------------------------------------------------------------------------ the wheel


def test_the_wheel_carries_specs_suites_and_type_markers(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        for spec in sorted((ROOT / "specs").glob("*.yaml")):
            packaged = f"sendspec_emulator/specs_data/{spec.name}"
            assert zf.read(packaged) == spec.read_bytes(), f"{packaged} is not specs/{spec.name}"
        metadata = zf.read(f"sendspec-{VERSION}.dist-info/METADATA").decode()
    for package in PACKAGES:
        assert f"{package}/py.typed" in names, f"{package} has no py.typed"
    for slug in PROVIDERS:
        suite = f"sendspec_conformance/suites/test_{slug.replace('-', '_')}.py"
        assert suite in names
    # the base requirements are the client's; the rest come with an extra
    base = [
        line.split(":", 1)[1].strip()
        for line in metadata.splitlines()
        if line.startswith("Requires-Dist:") and "extra ==" not in line
    ]
    assert sorted(re.split(r"[<>=!~ ;\[]", r, maxsplit=1)[0].lower() for r in base) == [
        "attrs",
        "httpx",
        "python-dateutil",
    ]
    extras = {line.split(":", 1)[1].strip() for line in metadata.splitlines() if "Extra:" in line}
    assert {"emulator", "conformance", "dev"} <= extras


# ------------------------------------------------------------------------------ full install


def test_version(full: Venv) -> None:
    assert _ok(full.run(full.bin("sendspec"), "--version")).strip() == f"sendspec {VERSION}"
    code = "import sendspec; print(sendspec.__version__)"
    assert _ok(full.python_code(code)).strip() == VERSION


def test_everything_comes_from_site_packages(full: Venv) -> None:
    out = _ok(
        full.python_code(
            """
            import json, sendspec, sendspec_conformance, sendspec_emulator
            from sendspec_emulator.specs import spec_path
            print(json.dumps({
                "sendspec": sendspec.__file__,
                "emulator": sendspec_emulator.__file__,
                "spec": str(spec_path("inxmail")),
                "suite": str(sendspec_conformance.suite_path("inxmail")),
            }))
            """
        )
    )
    site = full.path / "lib"
    paths = {name: Path(p) for name, p in json.loads(out).items()}
    for name, path in paths.items():
        assert site in path.parents, f"{name} is {path}, not in the venv"
        assert path.is_file()
    assert paths["spec"].parent.name == "specs_data"


def test_an_emulator_loads_only_its_provider(full: Venv) -> None:
    out = _ok(
        full.python_code(
            """
            import sys
            from sendspec_emulator import create_app, provider_names
            from sendspec_emulator.specs import load_spec
            create_app("iovox-email")
            loaded = {m.split(".")[1] for m in sys.modules if m.startswith("sendspec_emulator.")}
            print(sorted(loaded & {"iovox", "sms", "icommkt", "inxmail"}))
            print(load_spec.cache_info().currsize, provider_names())
            """
        )
    )
    assert out.splitlines() == [
        "['iovox']",
        "1 ['icomm-sms', 'icommkt-email', 'inxmail', 'iovox-email']",
    ]


def test_sendspec_specs_overrides_the_packaged_specs(full: Venv, workdir: Path) -> None:
    folder = workdir / "my-specs"
    folder.mkdir()
    text = (ROOT / "specs" / "iovox-email.yaml").read_text(encoding="utf-8")
    title = re.search(r"^  title: (.+)$", text, re.MULTILINE)
    assert title is not None
    patched = text.replace(title.group(0), "  title: My iovox", 1)
    (folder / "iovox-email.yaml").write_text(patched, encoding="utf-8")
    code = """
        from sendspec_emulator.specs import load_spec, spec_path
        print(load_spec("iovox-email")["info"]["title"], spec_path("iovox-email"))
        print(spec_path("inxmail").parent.name)
    """
    out = _ok(full.python_code(code, SENDSPEC_SPECS=str(folder))).splitlines()
    assert out == [f"My iovox {folder / 'iovox-email.yaml'}", "specs_data"]  # the others: packaged


class Output:
    """A process's merged stdout/stderr lines, read by a thread; ``wait_for`` is bounded."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        assert proc.stdout is not None
        stream = proc.stdout
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream: IO[str]) -> None:
        for line in stream:
            self.lines.put(line)
        self.lines.put(None)

    def wait_for(self, pattern: str, timeout: float = 120) -> re.Match[str]:
        while True:
            try:
                line = self.lines.get(timeout=timeout)
            except queue.Empty:
                raise AssertionError(f"no {pattern!r} in {self.seen}") from None
            if line is None:
                raise AssertionError(f"exited before {pattern!r}: {''.join(self.seen)}")
            self.seen.append(line)
            match = re.search(pattern, line)
            if match:
                return match

    def text(self) -> str:
        """Every line: the ones waited for, then the rest up to the end of the output (of an
        exited process; a running one's for up to 5 s)."""
        while True:
            try:
                line = self.lines.get(timeout=5)
            except queue.Empty:
                line = None
            if line is None:
                return "".join(self.seen)
            self.seen.append(line)


def _serve(venv: Venv, *args: str) -> tuple[subprocess.Popen[str], Output]:
    proc = subprocess.Popen(
        [venv.bin("sendspec"), "emulate", *args],
        cwd=venv.cwd,
        env=venv.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    return proc, Output(proc)


def _stop(proc: subprocess.Popen[str]) -> int:
    """Ctrl-C, as the emulators' banner says."""
    proc.send_signal(signal.SIGINT)
    try:
        return proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_emulate_serves_and_stops(full: Venv) -> None:
    proc, output = _serve(full, "iovox-email", "--port", "0", "--log-level", "info")
    try:
        port = output.wait_for(r"Uvicorn running on http://127\.0\.0\.1:(\d+)").group(1)
        root = f"http://127.0.0.1:{port}"
        health = httpx.get(f"{root}/_emulator/health", timeout=30)
        assert health.status_code == 200, health.text
        assert health.json()["provider"] == "iovox-email"
        # an API call with the demo credentials, through the spec-validated pipeline
        search = httpx.get(
            f"{root}/rest/v1/email/search",
            params={"link_id": "1234"},
            headers={"username": "demo", "secureKey": "demo-secure-key"},
            timeout=30,
        )
        assert search.status_code == 200, search.text
    finally:
        code = _stop(proc)
    # uvicorn shuts down, then re-raises the SIGINT it caught (the exit status of a Ctrl-C)
    output.wait_for(r"Finished server process")
    assert code in (0, -signal.SIGINT), output.text()


def test_generate_says_it_needs_a_checkout(full: Venv) -> None:
    proc = full.run(full.bin("sendspec"), "generate")
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "in a checkout of the project" in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr


def test_demo(full: Venv) -> None:
    out = _ok(full.run(full.bin("sendspec"), "demo"))
    assert out.rstrip().endswith("demo finished")


@pytest.fixture(scope="module")
def conform_runs(full: Venv) -> Iterator[dict[str, subprocess.Popen[str]]]:
    """``sendspec conform <provider> --max-examples 2`` for every provider, started together."""
    runs = {
        slug: subprocess.Popen(
            [full.bin("sendspec"), "conform", slug, "--max-examples", "2"],
            cwd=full.cwd,
            env=full.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for slug in PROVIDERS
    }
    yield runs
    for proc in runs.values():
        if proc.poll() is None:
            proc.kill()
        proc.communicate()


@pytest.mark.parametrize("slug", PROVIDERS)
def test_conform(slug: str, conform_runs: dict[str, subprocess.Popen[str]]) -> None:
    proc = conform_runs[slug]
    out, _ = proc.communicate(timeout=RUN_TIMEOUT)
    assert proc.returncode == 0, f"sendspec conform {slug} exited {proc.returncode}:\n{out[-4000:]}"
    assert re.search(r"\b[1-9]\d* passed\b", out), out[-2000:]
    assert not re.search(r"\b[1-9]\d* (failed|errors?)\b", out), out[-2000:]


@pytest.fixture(scope="module")
def user_script(workdir: Path) -> Path:
    """tests/typing/user_script.py copied out of the checkout (no project config near it)."""
    assert USER_SCRIPT.is_file(), f"{USER_SCRIPT} is missing"
    folder = workdir / "user-code"
    folder.mkdir()
    return Path(shutil.copy(USER_SCRIPT, folder / "user_script.py"))


def test_mypy_strict_on_a_user_script(full: Venv, user_script: Path) -> None:
    proc = _run(
        [full.bin("mypy"), "--strict", "--no-incremental", user_script.name],
        cwd=user_script.parent,
        env=full.env,
    )
    out = _ok(proc)
    assert out.startswith("Success: no issues found in 1 source file"), out


def test_the_user_script_runs_against_in_process_emulators(full: Venv, user_script: Path) -> None:
    _ok(_run([full.python, user_script.name], cwd=user_script.parent, env=full.env))


# ------------------------------------------------------------------------------ client only


def test_client_only_imports_no_emulator_dependency(client: Venv) -> None:
    out = _ok(
        client.python_code(
            f"""
            import importlib.util, sys
            import sendspec, sendspec.cli, sendspec.errors, sendspec.runtime, sendspec.testing
            import sendspec.iovox, sendspec.sms, sendspec.icommkt, sendspec.inxmail
            import iovox_email_client, icomm_sms_client, icommkt_email_client, inxmail_client
            heavy = {EMULATOR_MODULES!r}
            print([m for m in heavy if importlib.util.find_spec(m) is not None])
            print(sorted(m for m in sys.modules if m.split(".")[0] in heavy))
            print(sendspec.__version__)
            """
        )
    )
    assert out.splitlines() == ["[]", "[]", VERSION]  # not installed, and nothing asked for them


def test_client_only_commands_name_the_extra_they_need(client: Venv) -> None:
    assert _ok(client.run(client.bin("sendspec"), "--version")).strip() == f"sendspec {VERSION}"
    for command, extra in (
        (["emulate", "iovox-email"], "emulator"),
        (["demo"], "emulator"),
        (["drift", "inxmail", "cassette.yaml"], "emulator"),
        (["conform", "inxmail"], "conformance"),
    ):
        proc = client.run(client.bin("sendspec"), *command)
        assert proc.returncode == 2, proc.stdout + proc.stderr
        assert f"pip install 'sendspec[{extra}]'" in proc.stderr, proc.stderr
        assert "Traceback" not in proc.stderr
    proc = client.python_code("import sendspec_emulator")
    assert proc.returncode == 1
    assert "pip install 'sendspec[emulator]'" in proc.stderr.splitlines()[-1], proc.stderr


def test_client_only_pytest_run_loads_the_plugin(client: Venv) -> None:
    test = client.cwd / "test_user.py"
    test.write_text(
        textwrap.dedent(
            f"""
            import sys

            def test_plugin_is_loaded_without_the_emulators(pytestconfig):
                assert pytestconfig.pluginmanager.has_plugin("sendspec")
                assert not [m for m in sys.modules if m.split(".")[0] in {EMULATOR_MODULES!r}]
            """
        ),
        encoding="utf-8",
    )
    out = _ok(client.run(client.python, "-m", "pytest", "-q", "-p", "no:cacheprovider", test.name))
    assert "1 passed" in out, out


def test_client_only_calls_emulators_served_from_the_other_venv(
    client: Venv, full: Venv, user_script: Path
) -> None:
    proc, output = _serve(full, "--all", "--port", "0")
    try:
        urls = {}
        for _ in PROVIDERS:
            match = output.wait_for(r"^(\S+)\s+(http://127\.0\.0\.1:\d+\S*)")
            urls[match.group(1)] = match.group(2)
        assert sorted(urls) == sorted(PROVIDERS)
        args = [f"{slug}={url}" for slug, url in urls.items()]
        # sendspec.testing's handles connect from the client alone, given the root or base URL
        script = """
            import sys
            from urllib.parse import urlsplit
            from sendspec.testing import Emulator
            for arg in sys.argv[1:]:
                slug, _, url = arg.partition("=")
                parts = urlsplit(url)
                for given in (f"{parts.scheme}://{parts.netloc}", url):
                    with Emulator.connect(given, slug) as emulator:
                        assert emulator.base_url == url, (given, emulator.base_url)
                        print(slug, emulator.has_control_plane)
        """
        connect = _run(
            [client.python, "-c", textwrap.dedent(script), *args], cwd=client.cwd, env=client.env
        )
        assert sorted(_ok(connect).splitlines()) == sorted(2 * [f"{s} True" for s in PROVIDERS])
        run = _run([client.python, user_script.name, *args], cwd=user_script.parent, env=client.env)
        out = _ok(run)
        assert out.strip(), "the script printed no summary"
    finally:
        code = _stop(proc)
    assert code == 0, output.text()
