"""Where the OpenAPI documents are, in a checkout and in an installed wheel."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

import yaml

_HERE = Path(__file__).resolve().parent
#: specs/ at the repository root (the emulators run from a checkout); SENDSPEC_SPECS overrides
_CANDIDATES = tuple(
    Path(p) for p in (os.environ.get("SENDSPEC_SPECS"), _HERE.parent.parent / "specs") if p
)


def spec_path(slug: str) -> Path:
    for folder in _CANDIDATES:
        path = folder / f"{slug}.yaml"
        if path.exists():
            return path
    raise FileNotFoundError(f"no spec for provider {slug!r} in {[str(c) for c in _CANDIDATES]}")


@cache
def load_spec(slug: str) -> dict[str, Any]:
    with spec_path(slug).open(encoding="utf-8") as fh:
        spec: dict[str, Any] = yaml.safe_load(fh)
    return spec
