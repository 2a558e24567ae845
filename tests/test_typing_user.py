"""Types flow from the overlays into user code (issue 13, item 1).

- ``mypy --strict`` (the checkout's [tool.mypy] config: overlays and generated clients on its
  path) passes on tests/typing/user_script.py, whose ``assert_type`` calls fail on a type
  that does not flow (``Any`` included), and on a probe written here from the generated
  packages: every ICOMMKT count/offset list operation and every Inxmail HAL collection
  operation gives ``iter_pages``/``iter_items``/``Cursor``/``items`` its own page and item
  models, so a regenerated client with a new list operation fails here until the overlay's
  overloads cover it;
- the same script runs against the four emulators, so those types are the objects the
  clients really return (each ``assert_type`` there sits in an ``isinstance`` assertion).
"""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
import subprocess
import sys
import typing
from pathlib import Path
from types import ModuleType

import attrs
import icommkt_email_client.api
import inxmail_client.api
import pytest
from inxmail_client.types import Unset
from sendspec import icommkt
from sendspec.testing import IcommktEmulator, InxmailEmulator, IovoxEmulator, SmsEmulator

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "tests" / "typing" / "user_script.py"


def _operations(package: ModuleType) -> list[ModuleType]:
    """Every generated operation module of a client package (``<pkg>.api.<tag>.<op>``)."""
    found = []
    for tag in pkgutil.iter_modules(package.__path__):
        sub = importlib.import_module(f"{package.__name__}.{tag.name}")
        for op in pkgutil.iter_modules(sub.__path__):
            found.append(importlib.import_module(f"{sub.__name__}.{op.name}"))
    return found


def _success_models(operation: ModuleType, models: ModuleType) -> list[type]:
    hints = typing.get_type_hints(operation.sync, localns=vars(models))
    return [t for t in typing.get_args(hints["return"]) if isinstance(t, type)]


def _list_item(model: type, attribute: str, models: ModuleType) -> type | None:
    """``X`` of a model's ``attribute: list[X]`` (or ``list[X] | Unset``); None when the
    attribute is no list."""
    hint = typing.get_type_hints(model, localns=vars(models))[attribute]
    members = [hint] if typing.get_origin(hint) is list else typing.get_args(hint)
    items = [typing.get_args(t)[0] for t in members if typing.get_origin(t) is list]
    if not items:
        return None
    (item,) = items
    assert isinstance(item, type)
    return item


def _icommkt_list_operations() -> list[tuple[str, str, str]]:
    """(operation module, page model, item model) of every count/offset list operation."""
    import icommkt_email_client.models as models

    rows = []
    for op in _operations(icommkt_email_client.api):
        for page in _success_models(op, models):
            if page.__name__ in icommkt.ITEMS_OF:
                item = _list_item(page, icommkt.ITEMS_OF[page.__name__], models)
                assert item is not None
                rows.append((op.__name__, page.__name__, item.__name__))
    return rows


def _inxmail_collection_operations() -> list[tuple[str, str, str]]:
    """(operation module, collection model, item model) of every HAL collection operation."""
    import inxmail_client.models as models

    rows = []
    for op in _operations(inxmail_client.api):
        for page in _success_models(op, models):
            # the collections by the name Cursor.resume finds them by (sendspec.inxmail)
            if not page.__name__.endswith("Collection") or not attrs.has(page):
                continue
            if "field_embedded" not in attrs.fields_dict(page):
                continue
            hint = typing.get_type_hints(page, localns=vars(models))["field_embedded"]
            (embedded,) = (t for t in typing.get_args(hint) if t is not Unset)
            (name,) = (f.name for f in attrs.fields(embedded) if f.name != "additional_properties")
            item = _list_item(embedded, name, models)
            if item is not None:  # a collection embeds a list; a resource embeds one object
                rows.append((op.__name__, page.__name__, item.__name__))
    return rows


def _probe() -> str:
    """A script asserting the static page and item types of every list operation."""
    lines = [
        "from typing import assert_type",
        "import icommkt_email_client",
        "import icommkt_email_client.models as icm",
        "import inxmail_client",
        "import inxmail_client.models as ixm",
        "from sendspec import icommkt, inxmail",
    ]
    body = ["def probe(ic: icommkt_email_client.Client, ix: inxmail_client.Client) -> None:"]
    icommkt_ops = _icommkt_list_operations()
    inxmail_ops = _inxmail_collection_operations()
    # every page model the overlays know is used by some operation, and the other way round
    assert {page for _, page, _ in icommkt_ops} == set(icommkt.ITEMS_OF)
    assert len(inxmail_ops) >= 30
    for n, (op, page, item) in enumerate(icommkt_ops):
        lines.append(f"import {op} as ic_{n}")
        body += [
            f"    assert_type(next(icommkt.iter_pages(ic_{n}, ic)), icm.{page})",
            f"    assert_type(next(icommkt.iter_items(ic_{n}, ic)), icm.{item})",
        ]
    for n, (op, page, item) in enumerate(inxmail_ops):
        lines.append(f"import {op} as ix_{n}")
        body += [
            f"    cursor_{n} = inxmail.Cursor(ix_{n}, ix)",
            f"    assert_type(cursor_{n}, inxmail.Cursor[ixm.{page}, ixm.{item}])",
            f"    assert_type(next(iter(cursor_{n})), ixm.{item})",
            f"    assert_type(inxmail.items(next(cursor_{n}.pages_iter())), list[ixm.{item}])",
        ]
    return "\n".join([*lines, "", "", *body, ""])


def test_user_script_and_every_list_operation_type_check_strict(tmp_path: Path) -> None:
    probe = tmp_path / "every_list_operation.py"
    probe.write_text(_probe())
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(tmp_path / "mypy-cache"),
            str(SCRIPT),
            str(probe),
        ],
        cwd=ROOT,  # pyproject's [tool.mypy]: mypy_path = overlays, conformance, generated
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Success: no issues found in 2 source files" in run.stdout


def _user_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("user_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[spec.name]
        raise
    return module


@pytest.mark.sendspec_emulator("icomm-sms", delivery_delay=0)
def test_user_script_runs_against_the_emulators(
    iovox_emulator: IovoxEmulator,
    sms_emulator: SmsEmulator,
    icommkt_emulator: IcommktEmulator,
    inxmail_emulator: InxmailEmulator,
) -> None:
    script = _user_script()
    try:
        emulators = (iovox_emulator, sms_emulator, icommkt_emulator, inxmail_emulator)
        summary = script.main({e.provider: e.base_url for e in emulators})
        script.check_received(summary, *emulators)
    finally:
        del sys.modules["user_script"]
    # what the script iterated is what it sent, as the emulators saw it
    assert summary.listed == {"iovox-email": 3, "icomm-sms": 3, "icommkt-email": 3, "inxmail": 3}
    assert summary.pages == {"iovox-email": 2, "icommkt-email": 2, "inxmail": 2}
    assert summary.reports == {"icomm-sms": 3}
    assert sorted(summary.sent["icommkt-email"]) == sorted(
        m.id for m in icommkt_emulator.messages()
    )
    assert len(iovox_emulator.messages()) == 3 and len(sms_emulator.messages()) == 3
    assert summary.errors == {
        "iovox-email": ["ValidationError"],
        "icomm-sms": ["AuthenticationError"],
        "icommkt-email": ["BatchError", "ValidationError"],
        "inxmail": ["NotFoundError"],
    }
