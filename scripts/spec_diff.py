"""Classify the changes between two versions of an OpenAPI 3.x document as breaking or not.

Breaking means: code written against the generated client (or any client) of the old document
may stop working against the new one. Two classifiers run and their breaking findings are
joined:

* the pinned npm package ``api-smart-diff`` (pure JavaScript, installed by
  ``make check-breaking`` into scripts/spec-tools/node_modules; used when node and the package
  are there), and
* this module's own classifier, which always runs. It exists because the tool gets several of
  the categories the gate must catch wrong or leaves them unclassified: a removed or renamed
  response field is "non-breaking" to it (it is breaking for a generated client's model),
  changed security requirements are "unclassified", a widened response type written as an
  OpenAPI 3.1 type list is "non-breaking", and it does not look at ``webhooks`` at all. It
  covers every category itself (removed operation or operationId, removed or renamed field,
  new required request field or parameter, narrowed type, enum or constraint of what the
  client sends, widened type or enum of what it receives, removed status code or content type,
  auth changes), resolving internal ``$ref`` pointers and ``allOf``, so the gate and its tests
  work without node too.

Direction matters: what the client sends (parameters, request bodies) may widen but not
narrow; what it receives (response bodies and headers, webhook payloads) may narrow but not
widen, and fields it receives may not disappear or become optional.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

ROOT = Path(__file__).resolve().parent.parent
TOOL_DIR = ROOT / "scripts" / "spec-tools"
TOOL_RUNNER = TOOL_DIR / "api_smart_diff.cjs"
TOOL_NAME = "api-smart-diff"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
#: constraints that, added or tightened on what the client sends, refuse values it could send
LOWER_BOUNDS = ("minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties")
UPPER_BOUNDS = ("maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties")
EXACT_CONSTRAINTS = ("format", "pattern", "multipleOf", "const")
MAX_DEPTH = 40

Direction = Literal["send", "receive"]
Pointer = tuple[str, ...]


@dataclass(frozen=True, order=True)
class Change:
    """One classified change. ``pointer`` locates it in the dereferenced document (the form
    api-smart-diff reports), to tell the two classifiers' findings on one place apart."""

    breaking: bool
    where: str
    category: str
    detail: str
    source: str = "sendspec"
    pointer: Pointer = field(default=(), compare=False)

    def line(self) -> str:
        by = "" if self.source == "sendspec" else f" [{self.source}]"
        return f"{self.where}: {self.category}: {self.detail}{by}"


@dataclass
class Report:
    changes: list[Change]
    tool: str | None  # the external tool's name when it ran, else None

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.breaking]

    @property
    def compatible(self) -> list[Change]:
        return [c for c in self.changes if not c.breaking]


# ---------------------------------------------------------------------------------------------
# reading the document


class _Doc:
    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc

    def deref(self, node: Any) -> Any:
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#/") or ref in seen:
                return {}
            seen.add(ref)
            target: Any = self.doc
            for part in ref[2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                if not isinstance(target, dict) or part not in target:
                    return {}
                target = target[part]
            node = target
        return node

    def schema(self, node: Any) -> dict[str, Any]:
        """The schema with ``$ref`` followed and ``allOf`` members' properties merged in."""
        node = self.deref(node)
        if not isinstance(node, dict):
            return {}
        if "allOf" not in node:
            return node
        merged: dict[str, Any] = {k: v for k, v in node.items() if k != "allOf"}
        props: dict[str, Any] = dict(merged.get("properties") or {})
        required: list[str] = list(merged.get("required") or [])
        for member in node.get("allOf") or []:
            sub = self.schema(member)
            props.update(sub.get("properties") or {})
            required.extend(r for r in sub.get("required") or [] if r not in required)
            for key, value in sub.items():
                if key not in ("properties", "required"):
                    merged.setdefault(key, value)
        if props:
            merged["properties"] = props
        if required:
            merged["required"] = required
        return merged

    def body(self, node: Any, depth: int = 0) -> dict[str, Any]:
        """``schema``, and of a ``oneOf``/``anyOf`` of one schema and ``null`` (a nullable
        field written out in 3.1) that schema, so that its members are compared too."""
        s = self.schema(node)
        variants = s.get("oneOf") or s.get("anyOf")
        if not isinstance(variants, list) or depth > MAX_DEPTH:
            return s
        real = [v for v in variants if self.schema(v).get("type") != "null"]
        if len(real) != 1:
            return s
        inner = self.body(real[0], depth + 1)
        outer = {k: v for k, v in s.items() if k not in ("oneOf", "anyOf")}
        return {**inner, **{k: v for k, v in outer.items() if k not in inner}}

    def types(self, node: Any, depth: int = 0) -> frozenset[str] | None:
        """The JSON types a schema admits (None: any)."""
        s = self.schema(node)
        if depth > MAX_DEPTH:
            return None
        declared = s.get("type")
        if isinstance(declared, str):
            out = {declared}
        elif isinstance(declared, list):
            out = {str(t) for t in declared}
        elif "oneOf" in s or "anyOf" in s:
            union: set[str] = set()
            for variant in s.get("oneOf") or s.get("anyOf") or []:
                sub = self.types(variant, depth + 1)
                if sub is None:
                    return None
                union |= sub
            out = union
        elif "properties" in s:
            out = {"object"}
        elif "items" in s:
            out = {"array"}
        elif isinstance(s.get("enum"), list):
            out = {_json_type(v) for v in s["enum"]}
        else:
            return None
        if s.get("nullable") is True:
            out.add("null")
        return frozenset(out)

    def fingerprint(self, node: Any) -> str:
        """A comparable form of a schema (refs followed), to recognise a renamed field."""

        def strip(value: Any, depth: int) -> Any:
            value = self.deref(value)
            if depth > MAX_DEPTH:
                return None
            if isinstance(value, dict):
                return {
                    k: strip(v, depth + 1)
                    for k, v in sorted(value.items())
                    if k not in ("description", "example", "examples", "title")
                }
            if isinstance(value, list):
                return [strip(v, depth + 1) for v in value]
            return value

        return json.dumps(strip(node, 0), sort_keys=True, default=str)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _covers(types: frozenset[str] | None, wanted: str) -> bool:
    if types is None:
        return True
    return wanted in types or (wanted == "integer" and "number" in types)


def _show(types: frozenset[str] | None) -> str:
    return "any" if types is None else "|".join(sorted(types))


def _norm_path(path: str) -> str:
    """``/links/{id}`` and ``/links/{link_id}`` are one operation to a client."""
    out, depth = [], 0
    for ch in path:
        if ch == "{":
            depth += 1
            if depth == 1:
                out.append("{}")
        elif ch == "}":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def _operations(
    doc: dict[str, Any],
) -> dict[tuple[str, str], tuple[str, dict[str, Any], list[Any]]]:
    """(METHOD, normalised path) -> (path as written, operation, path-level parameters)."""
    out: dict[tuple[str, str], tuple[str, dict[str, Any], list[Any]]] = {}
    reader = _Doc(doc)
    for path, item in (doc.get("paths") or {}).items():
        item = reader.deref(item)
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                out[(method.upper(), _norm_path(path))] = (path, op, item.get("parameters") or [])
    return out


def _webhooks(doc: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    out: dict[tuple[str, str], dict[str, Any]] = {}
    reader = _Doc(doc)
    for name, item in (doc.get("webhooks") or {}).items():
        item = reader.deref(item)
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                out[(method.upper(), str(name))] = item[method]
    return out


# ---------------------------------------------------------------------------------------------
# the classifier


class _Classifier:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old = _Doc(old)
        self.new = _Doc(new)
        self.changes: list[Change] = []
        self.cache: dict[tuple[str, str, str], list[tuple[bool, str, str, str, Pointer]]] = {}
        schemes_old = (old.get("components") or {}).get("securitySchemes") or {}
        schemes_new = (new.get("components") or {}).get("securitySchemes") or {}
        self.shared_schemes = set(schemes_old) & set(schemes_new)

    def add(self, breaking: bool, where: str, category: str, detail: str, ptr: Pointer) -> None:
        self.changes.append(Change(breaking, where, category, detail, pointer=ptr))

    # -- schemas ---------------------------------------------------------------------------

    def schema(
        self,
        old_node: Any,
        new_node: Any,
        where: str,
        ptr: Pointer,
        direction: Direction,
        depth: int = 0,
        seen: frozenset[tuple[str, str]] = frozenset(),
    ) -> None:
        if depth > MAX_DEPTH:
            return
        refs = (str(_ref(old_node)), str(_ref(new_node)))
        if refs == ("None", "None"):
            self._schema(old_node, new_node, where, ptr, direction, depth, seen)
            return
        if refs in seen:
            return  # a recursive schema: compared on the way in
        # a component used in many places is compared once per direction; its findings are
        # repeated at each place it is used
        key = (*refs, direction)
        cached = self.cache.get(key)
        if cached is None:
            start = len(self.changes)
            self._schema(old_node, new_node, where, ptr, direction, depth, seen | {refs})
            cached = [
                (c.breaking, c.where[len(where) :], c.category, c.detail, c.pointer[len(ptr) :])
                for c in self.changes[start:]
            ]
            self.cache[key] = cached
            return
        for breaking, suffix, category, detail, rest in cached:
            self.add(breaking, where + suffix, category, detail, ptr + rest)

    def _schema(
        self,
        old_node: Any,
        new_node: Any,
        where: str,
        ptr: Pointer,
        direction: Direction,
        depth: int,
        seen: frozenset[tuple[str, str]],
    ) -> None:
        sending = direction == "send"
        t_old, t_new = self.old.types(old_node), self.new.types(new_node)
        old = self.old.body(old_node)
        new = self.new.body(new_node)
        if t_old != t_new:
            lost = (
                sorted(t for t in t_old if not _covers(t_new, t)) if t_old is not None else ["any"]
            )
            gained = (
                sorted(t for t in t_new if not _covers(t_old, t)) if t_new is not None else ["any"]
            )
            if t_new is None:
                lost = []
            if t_old is None:
                gained = []
            detail = f"type {_show(t_old)} -> {_show(t_new)}"
            if sending and lost:
                self.add(True, where, "narrowed type", detail, (*ptr, "type"))
            elif not sending and gained:
                self.add(True, where, "widened type of a received value", detail, (*ptr, "type"))
            else:
                self.add(False, where, "type", detail, (*ptr, "type"))
        self.enum(old, new, where, ptr, sending)
        if sending:
            self.constraints(old, new, where, ptr)
            if (
                new.get("additionalProperties") is False
                and old.get("additionalProperties") is not False
            ):
                detail = "members other than the listed ones are refused"
                self.add(True, where, "narrowed object", detail, (*ptr, "additionalProperties"))
        self.properties(old, new, where, ptr, direction, depth, seen)
        if "items" in old and "items" in new:
            self.schema(
                old["items"],
                new["items"],
                where + "[]",
                (*ptr, "items"),
                direction,
                depth + 1,
                seen,
            )

    def enum(
        self, old: dict[str, Any], new: dict[str, Any], where: str, ptr: Pointer, sending: bool
    ) -> None:
        e_old = _enum(old)
        e_new = _enum(new)
        if e_old == e_new:
            return
        p = (*ptr, "enum")
        if e_old is None and e_new is not None:
            if sending:
                self.add(True, where, "narrowed enum", f"now one of {_values(e_new)}", p)
            else:
                self.add(False, where, "enum", f"now one of {_values(e_new)}", p)
            return
        if e_new is None and e_old is not None:
            if sending:
                self.add(False, where, "enum", "any value now", p)
            else:
                self.add(True, where, "widened enum of a received value", "any value now", p)
            return
        assert e_old is not None and e_new is not None
        removed, added = e_old - e_new, e_new - e_old
        if removed:
            self.add(
                sending,
                where,
                "narrowed enum" if sending else "enum",
                f"values removed: {_values(removed)}",
                p,
            )
        if added:
            self.add(
                not sending,
                where,
                "enum" if sending else "widened enum of a received value",
                f"values added: {_values(added)}",
                p,
            )

    def constraints(
        self, old: dict[str, Any], new: dict[str, Any], where: str, ptr: Pointer
    ) -> None:
        for name in LOWER_BOUNDS + UPPER_BOUNDS + EXACT_CONSTRAINTS:
            if name == "const" or old.get(name) == new.get(name):
                continue
            before, after = old.get(name), new.get(name)
            detail = f"{name} {_fmt(before)} -> {_fmt(after)}"
            if after is None:
                self.add(False, where, "constraint relaxed", detail, (*ptr, name))
                continue
            tighter = before is None
            if not tighter and name in LOWER_BOUNDS and _num(after) > _num(before):
                tighter = True
            if not tighter and name in UPPER_BOUNDS and _num(after) < _num(before):
                tighter = True
            if not tighter and name in EXACT_CONSTRAINTS:
                tighter = True
            if tighter:
                self.add(True, where, "narrowed constraint", detail, (*ptr, name))
            else:
                self.add(False, where, "constraint relaxed", detail, (*ptr, name))

    def properties(
        self,
        old: dict[str, Any],
        new: dict[str, Any],
        where: str,
        ptr: Pointer,
        direction: Direction,
        depth: int,
        seen: frozenset[tuple[str, str]],
    ) -> None:
        p_old: dict[str, Any] = old.get("properties") or {}
        p_new: dict[str, Any] = new.get("properties") or {}
        if not p_old and not p_new:
            return
        r_old = set(old.get("required") or [])
        r_new = set(new.get("required") or [])
        sending = direction == "send"
        removed = [n for n in p_old if n not in p_new]
        added = [n for n in p_new if n not in p_old]
        renamed: dict[str, str] = {}
        for name in removed:
            print_old = self.old.fingerprint(p_old[name])
            for candidate in added:
                if (
                    candidate not in renamed.values()
                    and self.new.fingerprint(p_new[candidate]) == print_old
                ):
                    renamed[name] = candidate
                    break
        prefix = f"{where}." if where and not where.endswith(" ") else where
        for name in removed:
            fp = (*ptr, "properties", name)
            if name in renamed:
                self.add(True, prefix + name, "renamed field", f"now {renamed[name]!r}", fp)
            else:
                self.add(True, prefix + name, "removed field", "no longer in the schema", fp)
        for name in added:
            if name in renamed.values():
                continue
            fp = (*ptr, "properties", name)
            if sending and name in r_new:
                self.add(True, prefix + name, "new required request field", "must now be sent", fp)
            else:
                self.add(False, prefix + name, "new field", "optional" if sending else "added", fp)
        for name in p_old:
            if name not in p_new:
                continue
            fp = (*ptr, "properties", name)
            was, now = name in r_old, name in r_new
            if was != now:
                if sending and now:
                    self.add(True, prefix + name, "field became required", "must now be sent", fp)
                elif not sending and was:
                    self.add(
                        True, prefix + name, "received field became optional", "may be absent", fp
                    )
                else:
                    self.add(False, prefix + name, "required", f"required {was} -> {now}", fp)
            self.schema(p_old[name], p_new[name], prefix + name, fp, direction, depth + 1, seen)

    # -- operations ------------------------------------------------------------------------

    def run(self) -> list[Change]:
        ops_old, ops_new = _operations(self.old.doc), _operations(self.new.doc)
        for key, (path, op, _) in ops_old.items():
            if key not in ops_new:
                self.add(
                    True,
                    f"{key[0]} {path}",
                    "removed operation",
                    op.get("operationId", ""),
                    ("paths", path, key[0].lower()),
                )
        for key, (path, op, _) in ops_new.items():
            if key not in ops_old:
                self.add(
                    False,
                    f"{key[0]} {path}",
                    "new operation",
                    op.get("operationId", ""),
                    ("paths", path, key[0].lower()),
                )
        for key in ops_old:
            if key in ops_new:
                self.operation(key[0], ops_old[key], ops_new[key])
        self.webhooks()
        self.security_schemes()
        return self.changes

    def operation(
        self,
        method: str,
        old: tuple[str, dict[str, Any], list[Any]],
        new: tuple[str, dict[str, Any], list[Any]],
    ) -> None:
        path_old, op_old, shared_old = old
        path, op_new, shared_new = new
        where = f"{method} {path}"
        ptr: Pointer = ("paths", path, method.lower())
        if op_old.get("operationId") != op_new.get("operationId"):
            self.add(
                True,
                where,
                "renamed operationId",
                f"{op_old.get('operationId')} -> {op_new.get('operationId')}"
                " (the generated function's name)",
                (*ptr, "operationId"),
            )
        if path_old != path:
            self.add(False, where, "path parameter renamed", f"{path_old} -> {path}", ptr)
        if op_new.get("deprecated") and not op_old.get("deprecated"):
            self.add(False, where, "deprecated", "operation deprecated", (*ptr, "deprecated"))
        self.parameters(
            where,
            ptr,
            self._params(self.old, shared_old, op_old),
            self._params(self.new, shared_new, op_new),
        )
        self.request_body(where, ptr, op_old.get("requestBody"), op_new.get("requestBody"), "send")
        self.responses(
            where, ptr, op_old.get("responses") or {}, op_new.get("responses") or {}, "receive"
        )
        self.security(where, ptr, op_old, op_new)

    @staticmethod
    def _params(
        reader: _Doc, shared: list[Any], own: dict[str, Any]
    ) -> dict[tuple[str, str], dict[str, Any]]:
        out: dict[tuple[str, str], dict[str, Any]] = {}
        for raw in [*shared, *(own.get("parameters") or [])]:
            param = reader.deref(raw)
            if isinstance(param, dict) and "name" in param:
                place = str(param.get("in", ""))
                name = str(param["name"])
                out[(place, name.lower() if place == "header" else name)] = param
        return out

    def parameters(
        self,
        where: str,
        ptr: Pointer,
        old: dict[tuple[str, str], dict[str, Any]],
        new: dict[tuple[str, str], dict[str, Any]],
    ) -> None:
        old_path = sorted(n for (place, n) in old if place == "path")
        new_path = sorted(n for (place, n) in new if place == "path")
        for key, param in old.items():
            label = f"{where} {key[0]} parameter {param['name']}"
            pp = (*ptr, "parameters", key[0], key[1])
            if key not in new:
                if key[0] == "path" and len(old_path) == len(new_path):
                    continue  # renamed path template variable: reported with the path
                self.add(True, label, "removed parameter", "no longer accepted", pp)
                continue
            other = new[key]
            if other.get("required") and not param.get("required"):
                self.add(True, label, "parameter became required", "must now be sent", pp)
            elif param.get("required") and not other.get("required"):
                self.add(False, label, "parameter optional", "no longer required", pp)
            self.schema(
                param.get("schema") or {},
                other.get("schema") or {},
                label,
                (*pp, "schema"),
                "send",
            )
        for key, param in new.items():
            if key in old or (key[0] == "path" and len(old_path) == len(new_path)):
                continue
            label = f"{where} {key[0]} parameter {param['name']}"
            pp = (*ptr, "parameters", key[0], key[1])
            if param.get("required"):
                self.add(True, label, "new required parameter", "must now be sent", pp)
            else:
                self.add(False, label, "new parameter", "optional", pp)

    def request_body(
        self, where: str, ptr: Pointer, old_raw: Any, new_raw: Any, direction: Direction
    ) -> None:
        old = self.old.deref(old_raw) if old_raw is not None else None
        new = self.new.deref(new_raw) if new_raw is not None else None
        label = f"{where} request body"
        bp = (*ptr, "requestBody")
        if old is None and new is None:
            return
        if old is None:
            assert new is not None
            self.add(
                bool(new.get("required")),
                label,
                "request body added",
                "required" if new.get("required") else "optional",
                bp,
            )
            return
        if new is None:
            self.add(True, label, "request body removed", "no longer accepted", bp)
            return
        if new.get("required") and not old.get("required"):
            self.add(
                True, label, "request body became required", "must now be sent", (*bp, "required")
            )
        self.content(label, bp, old.get("content") or {}, new.get("content") or {}, direction)

    def content(
        self,
        label: str,
        ptr: Pointer,
        old: dict[str, Any],
        new: dict[str, Any],
        direction: Direction,
    ) -> None:
        for media in old:
            if media not in new:
                self.add(True, label, "removed content type", media, (*ptr, "content", media))
        for media in new:
            if media not in old:
                self.add(False, label, "new content type", media, (*ptr, "content", media))
        for media, body in old.items():
            if media in new:
                o, n = self.old.deref(body) or {}, self.new.deref(new[media]) or {}
                self.schema(
                    o.get("schema") or {},
                    n.get("schema") or {},
                    f"{label} ({media})" if len(old) > 1 else label,
                    (*ptr, "content", media, "schema"),
                    direction,
                )

    def responses(
        self,
        where: str,
        ptr: Pointer,
        old: dict[str, Any],
        new: dict[str, Any],
        direction: Direction,
    ) -> None:
        for code in old:
            if code not in new:
                self.add(
                    True,
                    f"{where} {code}",
                    "removed status code",
                    "no longer documented",
                    (*ptr, "responses", str(code)),
                )
        for code in new:
            if code not in old:
                self.add(
                    False,
                    f"{where} {code}",
                    "new status code",
                    "documented",
                    (*ptr, "responses", str(code)),
                )
        for code in old:
            if code not in new:
                continue
            o, n = self.old.deref(old[code]) or {}, self.new.deref(new[code]) or {}
            rp = (*ptr, "responses", str(code))
            label = f"{where} {code} response"
            self.content(label, rp, o.get("content") or {}, n.get("content") or {}, direction)
            h_old = {k.lower(): v for k, v in (o.get("headers") or {}).items()}
            h_new = {k.lower(): v for k, v in (n.get("headers") or {}).items()}
            for name in h_old:
                if name not in h_new:
                    self.add(
                        True,
                        f"{label} header {name}",
                        "removed response header",
                        "no longer sent",
                        (*rp, "headers", name),
                    )
            for name in h_new:
                if name not in h_old:
                    self.add(
                        False,
                        f"{label} header {name}",
                        "new response header",
                        "sent",
                        (*rp, "headers", name),
                    )

    def webhooks(self) -> None:
        old, new = _webhooks(self.old.doc), _webhooks(self.new.doc)
        for (method, name), op in old.items():
            where = f"webhook {name} ({method})"
            wp: Pointer = ("webhooks", name, method.lower())
            if (method, name) not in new:
                self.add(True, where, "removed webhook", op.get("operationId", ""), wp)
                continue
            # the provider sends the payload and the client receives it
            self.request_body(
                where, wp, op.get("requestBody"), new[(method, name)].get("requestBody"), "receive"
            )
        for method, name in new:
            if (method, name) not in old:
                self.add(
                    False,
                    f"webhook {name} ({method})",
                    "new webhook",
                    "documented",
                    ("webhooks", name, method.lower()),
                )

    # -- auth ------------------------------------------------------------------------------

    def _requirements(self, reader: _Doc, op: dict[str, Any]) -> tuple[frozenset[str], ...]:
        """Each alternative as a set of tokens: a scheme both versions define by its name (a
        change to its definition is reported once, by ``security_schemes``), any other by its
        definition (a scheme renamed without a change is no change to a client)."""
        reqs = op.get("security", reader.doc.get("security") or [])
        schemes = (reader.doc.get("components") or {}).get("securitySchemes") or {}
        out = []
        for alternative in reqs or []:
            parts = []
            for name, scopes in (alternative or {}).items():
                if name in self.shared_schemes:
                    token: Any = name
                else:
                    scheme = reader.deref(schemes.get(name, {"missing": name}))
                    token = {k: v for k, v in scheme.items() if k != "description"}
                parts.append(json.dumps([token, sorted(scopes or [])], sort_keys=True))
            out.append(frozenset(parts))
        return tuple(out)

    def security(
        self, where: str, ptr: Pointer, op_old: dict[str, Any], op_new: dict[str, Any]
    ) -> None:
        old = self._requirements(self.old, op_old)
        new = self._requirements(self.new, op_new)
        if set(old) == set(new):
            return
        sp = (*ptr, "security")
        old_open = not old or frozenset() in old
        new_open = not new or frozenset() in new
        if new_open and not old_open:
            self.add(False, where, "auth", "no longer requires credentials", sp)
        elif old_open and not new_open:
            self.add(True, where, "auth change", "now requires credentials", sp)
        elif any(alt not in new for alt in old):
            self.add(
                True,
                where,
                "auth change",
                f"security requirement {_names(op_old, self.old.doc)}"
                f" -> {_names(op_new, self.new.doc)}",
                sp,
            )
        else:
            self.add(False, where, "auth", "another way to authenticate is accepted", sp)

    def security_schemes(self) -> None:
        old = (self.old.doc.get("components") or {}).get("securitySchemes") or {}
        new = (self.new.doc.get("components") or {}).get("securitySchemes") or {}
        for name in old:
            if name in new:
                a = {k: v for k, v in self.old.deref(old[name]).items() if k != "description"}
                b = {k: v for k, v in self.new.deref(new[name]).items() if k != "description"}
                if a != b:
                    diff = ", ".join(
                        f"{k} {_fmt(a.get(k))} -> {_fmt(b.get(k))}"
                        for k in sorted(set(a) | set(b))
                        if a.get(k) != b.get(k)
                    )
                    self.add(
                        True,
                        f"security scheme {name}",
                        "auth change",
                        diff,
                        ("components", "securitySchemes", name),
                    )


def _ref(node: Any) -> str | None:
    return (
        node.get("$ref") if isinstance(node, dict) and isinstance(node.get("$ref"), str) else None
    )


def _enum(schema: dict[str, Any]) -> frozenset[str] | None:
    if isinstance(schema.get("enum"), list):
        return frozenset(json.dumps(v) for v in schema["enum"])
    if "const" in schema:
        return frozenset({json.dumps(schema["const"])})
    return None


def _values(values: Iterable[str]) -> str:
    return ", ".join(sorted(values))


def _fmt(value: Any) -> str:
    if value is None:
        return "none"
    text = json.dumps(value, default=str)
    if len(text) <= 60:
        return text
    return text[:56] + '..."' if text.startswith('"') else text[:57] + "..."


def _num(value: Any) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def _names(op: dict[str, Any], doc: dict[str, Any]) -> str:
    reqs = op.get("security", doc.get("security") or [])
    return " or ".join("+".join(sorted(alt)) or "none" for alt in reqs) or "none"


def classify(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """This module's classification (no external tool), sorted breaking first."""
    return sorted(set(_Classifier(old, new).run()), key=_order)


def _order(change: Change) -> tuple[bool, str, str, str]:
    return (not change.breaking, change.where, change.category, change.detail)


# ---------------------------------------------------------------------------------------------
# the external tool


def tool_available() -> bool:
    return shutil.which("node") is not None and (TOOL_DIR / "node_modules" / TOOL_NAME).is_dir()


def tool_diffs(old: dict[str, Any], new: dict[str, Any]) -> list[dict[str, Any]]:
    """api-smart-diff's raw findings (it must be installed: see ``tool_available``)."""
    node = shutil.which("node")
    if node is None:
        raise RuntimeError("node is not installed")
    proc = subprocess.run(
        [node, str(TOOL_RUNNER)],
        input=json.dumps({"before": old, "after": new}, default=str),
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        cwd=TOOL_DIR,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"{TOOL_NAME} failed: {proc.stderr.strip()[-2000:]}")
    result: list[dict[str, Any]] = json.loads(proc.stdout)
    return result


def _tool_changes(diffs: list[dict[str, Any]], ours: list[Change]) -> Iterator[Change]:
    """The tool's breaking findings on operations that our classifier has no breaking finding
    for at or around the same place. Its findings outside ``paths`` (components, which it
    also reports resolved under the operations that use them) and its non-breaking ones are
    left out: ours list the compatible changes."""
    ours_at = [c.pointer for c in ours if c.breaking and c.pointer]
    covered = [_field(p) for p in ours_at]
    for diff in diffs:
        path = tuple(str(p) for p in diff.get("path") or [])
        if diff.get("type") != "breaking" or len(path) < 3 or path[0] != "paths":
            continue
        if path[-1] in ("description", "type") or "security" in path:
            # prose; auth and types are ours: the tool leaves requirement changes
            # unclassified, and it reads types as OpenAPI 3.0 does, so that 3.1's
            # `type: [string, "null"]` (a nullable request field: compatible) is to it a
            # replaced type (breaking)
            continue
        if any(path[: len(p)] == p for p in covered):
            continue
        # the tool names a parameter by its index and a required field by its index in
        # `required`: a finding of ours under the same parameter list or schema covers it
        scope = path[:4] if len(path) > 3 and path[3] == "parameters" else path
        if "required" in scope[3:]:
            scope = scope[: len(scope) - scope[::-1].index("required") - 1]
        if scope != path and any(p[: len(scope)] == scope for p in ours_at):
            continue
        method, where = path[2].upper(), path[1]
        rest = "/".join(path[3:])
        detail = diff.get("description") or f"{diff.get('action')} {rest}"
        yield Change(
            True,
            f"{method} {where}",
            "breaking",
            f"{detail} ({rest})",
            source=TOOL_NAME,
            pointer=path,
        )


def _field(pointer: Pointer) -> Pointer:
    """The field (or operation part) a finding is on: its pointer less a schema keyword."""
    keywords = {"type", "enum", "required", *LOWER_BOUNDS, *UPPER_BOUNDS, *EXACT_CONSTRAINTS}
    return pointer[:-1] if pointer and pointer[-1] in keywords else pointer


def compare(old: dict[str, Any], new: dict[str, Any], use_tool: bool = True) -> Report:
    """Both classifiers' findings: every change ours finds, plus the tool's breaking findings
    that ours has not made at the same place."""
    ours = classify(old, new)
    if not use_tool or not tool_available():
        return Report(ours, None)
    extra = list(_tool_changes(tool_diffs(old, new), ours))
    return Report(sorted(set(ours) | set(extra), key=_order), TOOL_NAME)
