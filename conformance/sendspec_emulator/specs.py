"""Where the OpenAPI documents are, in a checkout and in an installed wheel.

specs/*.yaml at the repository root is the one source; the wheel carries a copy as package
data (``sendspec_emulator/specs_data/``, see pyproject.toml). A spec is looked up in

1. the folder ``SENDSPEC_SPECS`` names, when set (read at each lookup);
2. the package data (an installed wheel), found with :mod:`importlib.resources`;
3. the checkout's specs/ (an editable install, or the source tree on ``sys.path``).
"""

from __future__ import annotations

import os
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml

#: the package-data folder inside sendspec_emulator (present in a wheel, not in a checkout)
PACKAGE_DATA = "specs_data"
_CHECKOUT = Path(__file__).resolve().parent.parent.parent / "specs"


def _folders() -> list[Traversable]:
    folders: list[Traversable] = []
    override = os.environ.get("SENDSPEC_SPECS")
    if override:
        folders.append(Path(override))
    folders.append(resources.files(__package__ or "sendspec_emulator") / PACKAGE_DATA)
    folders.append(_CHECKOUT)
    return folders


def spec_resource(slug: str) -> Traversable:
    """Provider ``slug``'s OpenAPI document (the first of the folders above that has it)."""
    folders = _folders()
    for folder in folders:
        resource = folder / f"{slug}.yaml"
        if resource.is_file():
            return resource
    raise FileNotFoundError(f"no spec for provider {slug!r} in {[str(f) for f in folders]}")


def spec_path(slug: str) -> Path:
    """As :func:`spec_resource`, as a file-system path (every install this project makes)."""
    resource = spec_resource(slug)
    if not isinstance(resource, Path):
        raise FileNotFoundError(f"the spec of {slug!r} is not a file on disk: {resource}")
    return resource


@cache
def load_spec(slug: str) -> dict[str, Any]:
    with spec_resource(slug).open("r", encoding="utf-8") as fh:
        # libyaml's loader when PyYAML has it (a tenth of the pure-Python loader's time on
        # inxmail.yaml), the same safe subset
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        spec: dict[str, Any] = yaml.load(fh, Loader=loader)
    return spec
