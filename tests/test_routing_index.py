"""Routing looks up the operations by the path's first segment (Inxmail has 116): the
candidates are few, and matching them finds exactly what trying every operation finds, in
the same order (ties between templates are broken by that order)."""

from __future__ import annotations

import re

import pytest
from sendspec_emulator.core.routing import Operations, build_operations
from sendspec_emulator.specs import load_spec

SLUGS = ("iovox-email", "icomm-sms", "icommkt-email", "inxmail")


def paths(ops: Operations) -> list[str]:
    """Every template with its parameters filled in several ways, case and encoding
    variants, near misses and non-ASCII look-alikes."""
    out = ["/", "", "//", "/nope", "/ſms/3/logs", "/\u212aey", "/%5Femulator/reset"]
    for op in ops:
        for fill in ("1", "a%2Fb", "ÿ"):
            path = re.sub(r"\{[^}]+\}", fill, op.template)
            out += [path, path.upper(), path.lower(), path + "/", path + "/extra", "/x" + path]
            out.append(path.replace("s", "ſ").replace("k", "\u212a"))
    return out


@pytest.mark.parametrize("slug", SLUGS)
@pytest.mark.parametrize("ignore_case", [False, True])
def test_candidates_match_what_a_full_scan_matches(slug: str, ignore_case: bool) -> None:
    ops = build_operations(load_spec(slug), ignore_case=ignore_case)
    assert isinstance(ops, list) and len(ops) > 0
    for path in paths(ops):
        everything = [op for op in ops if op.regex.match(path)]
        indexed = [op for op in ops.candidates(path) if op.regex.match(path)]
        assert indexed == everything, path


def test_a_path_tries_few_operations() -> None:
    ops = build_operations(load_spec("inxmail"))
    assert len(ops) > 100
    assert len(ops.candidates("/recipients")) < len(ops) // 5
    assert len(ops.candidates("/recipients/7")) < len(ops) // 5
