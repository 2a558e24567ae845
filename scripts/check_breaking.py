#!/usr/bin/env python3
"""Breaking-change gate for specs/*.yaml, and the per-provider changelogs (issue 14).

A spec's released versions are the commits where its ``info.version`` changed (the first
commit of each version; the spec's first commit is its first version). For each spec:

* the working-tree spec is compared with the spec as of its current version's first commit:
  a breaking change fails unless the working tree's ``info.version`` is a major bump over that
  version (for a ``0.x`` version a minor bump: ``0.3.1`` -> ``0.4.0``);
* the newest version step in history (previous version -> current version) is checked the same
  way, so a committed bump that is too small (a patch over a breaking change) fails too;
* ``--base REF`` (or ``SENDSPEC_BREAKING_BASE``; ``make check-breaking BASE=REF``) compares with
  the spec at REF instead, e.g. a pull request's merge base (``git merge-base origin/main HEAD``)
  or a tag: a breaking change since REF needs a major bump over REF's version;
* docs/changelog/<slug>.md, generated from the same classification for every version step, must
  match (``--write-changelog``, ``make changelog``, rewrites them).

Changes are classified by scripts/spec_diff.py (its own classifier, joined by api-smart-diff's
breaking findings when that pinned npm package is installed: ``--require-tool`` makes a
missing tool an error, as ``make check-breaking`` does after installing it).

Usage: python scripts/check_breaking.py [--base REF] [--require-tool | --no-tool]
                                        [--write-changelog] [--verbose] [spec ...]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import spec_diff

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
CHANGELOG_DIR = ROOT / "docs" / "changelog"
SHOWN = 40  # breaking changes printed per spec on failure (--verbose: all)
WORKTREE = "working tree"


class GateError(Exception):
    pass


# ---------------------------------------------------------------------------------------------
# versions


def version_of(text: str) -> str | None:
    """``info.version`` read off the YAML text (without parsing the whole document)."""
    in_info = False
    for line in text.splitlines():
        if re.match(r"^info:\s*$", line):
            in_info = True
            continue
        if in_info:
            if line and not line[0].isspace() and not line.startswith("#"):
                break
            m = re.match(r"^\s+version:\s*(.+?)\s*$", line)
            if m and len(line) - len(line.lstrip()) == 2:
                return m.group(1).strip("'\"")
    return None


def _numbers(version: str) -> tuple[int, ...]:
    out = []
    for part in version.split("."):
        m = re.match(r"\d+", part)
        out.append(int(m.group()) if m else 0)
    return tuple(out) + (0,) * (3 - len(out))


def bump_allows_breaking(old: str, new: str) -> bool:
    """A major bump; for 0.x, a minor bump is enough (0.3.1 -> 0.4.0)."""
    o, n = _numbers(old), _numbers(new)
    if n[0] > o[0]:
        return True
    return o[0] == 0 and n[0] == 0 and n[1] > o[1]


def next_breaking(version: str) -> str:
    """The smallest version that ``bump_allows_breaking`` accepts after ``version``."""
    major, minor = _numbers(version)[:2]
    parts = len(version.split("."))
    nums = [0, minor + 1, 0] if major == 0 else [major + 1, 0, 0]
    return ".".join(str(n) for n in nums[: max(parts, 2)])


# ---------------------------------------------------------------------------------------------
# git


def git(*args: str) -> str:
    proc = subprocess.run(
        ["git", *args], cwd=ROOT, capture_output=True, text=True, check=False, timeout=120
    )
    if proc.returncode != 0:
        raise GateError(f"git {' '.join(args)}: {proc.stderr.strip()}")
    return proc.stdout


def in_git() -> bool:
    try:
        return git("rev-parse", "--is-inside-work-tree").strip() == "true"
    except (GateError, OSError):
        return False


def shallow() -> bool:
    return git("rev-parse", "--is-shallow-repository").strip() == "true"


@cache
def spec_text(commit: str, rel: str) -> str | None:
    if commit == WORKTREE:
        path = ROOT / rel
        return path.read_text(encoding="utf-8") if path.exists() else None
    proc = subprocess.run(
        ["git", "show", f"{commit}:{rel}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    return proc.stdout if proc.returncode == 0 else None


@cache
def _parsed(commit: str, rel: str) -> Any:
    text = spec_text(commit, rel)
    if text is None:
        raise GateError(f"{rel} is not in {commit}")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        raise GateError(f"{rel} at {commit} is not valid YAML: {exc}") from None


def spec_at(commit: str, rel: str) -> dict[str, Any]:
    doc = _parsed(commit, rel)
    if not isinstance(doc, dict):
        raise GateError(f"{rel} at {commit} is not a mapping")
    return doc


@dataclass(frozen=True)
class Point:
    commit: str  # a commit id, or WORKTREE
    version: str

    @property
    def short(self) -> str:
        return self.commit[:10] if re.fullmatch(r"[0-9a-f]{40}", self.commit) else self.commit


def version_points(rel: str, include_worktree: bool = True) -> list[Point]:
    """The first commit of each version of the spec, oldest first; the working tree last
    when its version is a new one."""
    try:
        git("rev-parse", "--verify", "--quiet", "HEAD")
    except GateError:
        commits = []  # no commit yet
    else:
        commits = git("log", "--reverse", "--format=%H", "--", rel).split()
    points: list[Point] = []
    for commit in commits:
        text = spec_text(commit, rel)
        version = version_of(text) if text is not None else None
        if version is None:
            continue
        if not points or points[-1].version != version:
            points.append(Point(commit, version))
    if include_worktree:
        text = spec_text(WORKTREE, rel)
        version = version_of(text) if text is not None else None
        if version is not None and (not points or points[-1].version != version):
            points.append(Point(WORKTREE, version))
    return points


# ---------------------------------------------------------------------------------------------
# the gate


@dataclass
class Step:
    before: Point
    after: Point
    report: spec_diff.Report

    @property
    def allowed(self) -> bool:
        if not self.report.breaking:
            return True
        return bump_allows_breaking(self.before.version, self.after.version)


@cache
def compare(rel: str, before: Point, after: Point, use_tool: bool) -> Step:
    if spec_text(before.commit, rel) == spec_text(after.commit, rel):
        tool = spec_diff.TOOL_NAME if use_tool and spec_diff.tool_available() else None
        return Step(before, after, spec_diff.Report([], tool))
    report = spec_diff.compare(spec_at(before.commit, rel), spec_at(after.commit, rel), use_tool)
    return Step(before, after, report)


def _show(step: Step, limit: int | None) -> list[str]:
    lines = [f"    - {c.line()}" for c in step.report.breaking[:limit]]
    hidden = len(step.report.breaking) - len(lines)
    if hidden > 0:
        lines.append(f"    ... and {hidden} more (--verbose lists them)")
    return lines


def check_spec(rel: str, base: str | None, use_tool: bool, verbose: bool) -> tuple[bool, list[str]]:
    """(passed, lines to print) for one spec."""
    limit = None if verbose else SHOWN
    current = spec_text(WORKTREE, rel)
    if current is None:
        return True, [f"{rel}: not in the working tree"]
    now = Point(WORKTREE, version_of(current) or "")
    if not now.version:
        return False, [f"{rel}: no info.version"]
    if base is not None:
        text = spec_text(base, rel)
        if text is None:
            return True, [f"{rel}: new since {base}: nothing to compare"]
        steps = [compare(rel, Point(base, version_of(text) or "0"), now, use_tool)]
    else:
        points = version_points(rel, include_worktree=False)
        if not points:
            return True, [f"{rel}: not committed yet: nothing to compare"]
        steps = []
        if len(points) >= 2 and now.version == points[-1].version:
            steps.append(compare(rel, points[-2], points[-1], use_tool))
        steps.append(compare(rel, points[-1], now, use_tool))
    ok = True
    lines: list[str] = []
    for step in steps:
        b, a, r = step.before, step.after, step.report
        since = f"{b.version} ({b.short})" if b.commit != WORKTREE else b.version
        head = (
            f"{rel}: {a.version} ({a.short}) against {since}: "
            f"{len(r.breaking)} breaking, {len(r.compatible)} compatible"
        )
        if a.version != b.version and _numbers(a.version) <= _numbers(b.version):
            ok = False
            lines.append(f"{head}: FAIL: the version went from {b.version} to {a.version}")
            continue
        if step.allowed:
            bumped = " (allowed by the version bump)" if r.breaking else ""
            lines.append(f"{head}: ok{bumped}")
            continue
        ok = False
        if a.commit == WORKTREE:
            todo = (
                f"set info.version to {next_breaking(b.version)} or later (a major bump; "
                "0.x: a minor bump), or undo the change"
            )
        else:
            todo = (
                f"version {a.version} was committed with these breaking changes over "
                f"{b.version}: set info.version to {next_breaking(a.version)} or later"
            )
        lines.append(f"{head}: FAIL: {todo}")
        lines.extend(_show(step, limit))
    return ok, lines


# ---------------------------------------------------------------------------------------------
# changelog


def changelog(rel: str, use_tool: bool) -> str:
    points = version_points(rel)
    spec = spec_at(WORKTREE, rel)
    title = (spec.get("info") or {}).get("title") or rel
    out = [
        f"# {title}: changelog",
        "",
        f"Generated from the history of `{rel}` by `make changelog` (scripts/check_breaking.py);",
        "do not edit. Each version is the spec as of the commit that set its `info.version`,",
        "compared with the version before it by the breaking-change classifier",
        "(scripts/spec_diff.py). Breaking: code written against the previous version's client",
        "may stop working.",
        "",
    ]
    for i in range(len(points) - 1, -1, -1):
        point = points[i]
        out.append(f"## {point.version}")
        out.append("")
        if i == 0:
            out.append("The first version of the spec.")
            out.append("")
            continue
        step = compare(rel, points[i - 1], point, use_tool)
        r = step.report
        out.append(
            f"Against {points[i - 1].version}: {len(r.breaking)} breaking, "
            f"{len(r.compatible)} compatible."
        )
        out.append("")
        for heading, changes in (("Breaking", r.breaking), ("Compatible", r.compatible)):
            if changes:
                out.extend([f"### {heading}", ""])
                out.extend(f"- {_md(c.line())}" for c in changes)
                out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def _md(text: str) -> str:
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;")


def changelog_path(rel: str) -> Path:
    return CHANGELOG_DIR / f"{Path(rel).stem}.md"


# ---------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("specs", nargs="*", help="spec files or slugs (default: specs/*.yaml)")
    parser.add_argument(
        "--base",
        default=os.environ.get("SENDSPEC_BREAKING_BASE") or None,
        help="compare with the spec at this git ref (default: $SENDSPEC_BREAKING_BASE, else "
        "the first commit of the spec's current version)",
    )
    tool = parser.add_mutually_exclusive_group()
    tool.add_argument(
        "--require-tool", action="store_true", help=f"fail if {spec_diff.TOOL_NAME} is missing"
    )
    tool.add_argument(
        "--no-tool", action="store_true", help="only scripts/spec_diff.py's classifier"
    )
    parser.add_argument("--write-changelog", action="store_true", help="rewrite docs/changelog/")
    parser.add_argument("--verbose", action="store_true", help="list every breaking change")
    args = parser.parse_args(argv)
    for cached in (spec_text, _parsed, compare):
        cached.cache_clear()  # the working tree (and, in tests, ROOT) may have changed

    rels = []
    for name in args.specs or sorted(p.name for p in SPECS.glob("*.yaml")):
        path = Path(name)
        slug = path.stem if path.suffix in (".yaml", ".yml") else name
        rels.append(f"specs/{slug}.yaml")
    if args.require_tool and not spec_diff.tool_available():
        where = spec_diff.TOOL_DIR.relative_to(ROOT) / "node_modules"
        print(
            f"error: {spec_diff.TOOL_NAME} is not installed (node and {where}; "
            "`make check-breaking` installs it)",
            file=sys.stderr,
        )
        return 2
    use_tool = not args.no_tool
    if not in_git():
        print("check-breaking: not a git checkout: no history to compare with (skipped)")
        return 0
    tool_note = spec_diff.TOOL_NAME if use_tool and spec_diff.tool_available() else "no tool"
    print(f"check-breaking: classifier scripts/spec_diff.py + {tool_note}")
    failed = False
    try:
        if args.write_changelog:
            CHANGELOG_DIR.mkdir(parents=True, exist_ok=True)
            for rel in rels:
                changelog_path(rel).write_text(changelog(rel, use_tool), encoding="utf-8")
                print(f"{rel} -> {changelog_path(rel).relative_to(ROOT)}")
            return 0
        for rel in rels:
            ok, lines = check_spec(rel, args.base, use_tool, args.verbose)
            failed |= not ok
            print("\n".join(lines))
        if shallow():
            print("changelogs: a shallow clone has no history to rebuild them from (not checked)")
        elif use_tool and not spec_diff.tool_available():
            print(f"changelogs: not checked without {spec_diff.TOOL_NAME} (they are built with it)")
        else:
            for rel in rels:
                path = changelog_path(rel)
                current = path.read_text(encoding="utf-8") if path.exists() else None
                if current != changelog(rel, use_tool):
                    failed = True
                    print(f"{path.relative_to(ROOT)} is stale: run `make changelog`")
    except GateError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
