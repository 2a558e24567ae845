"""Mustachio templates, as ICOMMKT renders them: ``{{a.b}}``, ``{{.}}``, ``{{../x}}``,
``{{#x}}…{{/x}}``, ``{{#each xs}}…{{/each}}``, ``{{^x}}…{{/x}}``, ``{{{x}}}``/``{{& x}}``;
values are HTML-encoded in HtmlBody only. The parser reports syntax errors with their line
and character (template validation), ``suggest_model`` gives the model a template expects
(``<name>_Value`` placeholders)."""

from __future__ import annotations

import html
import json
import math
import re
from dataclasses import dataclass, field
from typing import Any


def _sanitize(value: Any) -> Any:
    """JSON that can be written back: non-finite floats become null."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _sanitize(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_sanitize(v) for v in value]
    return value


# --------------------------------------------------------------------------------------------
# Mustachio templates

_TAG = re.compile(r"\{\{\{\s*(.*?)\s*\}\}\}|\{\{\s*([#^/&!]?)\s*(.*?)\s*\}\}", re.S)
_MISSING = object()


@dataclass
class Node:
    kind: str  # text | var | section | inverted | each
    value: str = ""
    escape: bool = True
    children: list[Node] = field(default_factory=list)


@dataclass
class TemplateSyntaxError:
    message: str
    line: int
    position: int

    def as_json(self) -> dict[str, Any]:
        return {"Message": self.message, "Line": self.line, "CharacterPosition": self.position}


def _where(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def parse_template(text: str) -> tuple[list[Node], list[TemplateSyntaxError]]:
    root = Node("section")
    stack: list[tuple[Node, str, int]] = [(root, "", 0)]
    errors: list[TemplateSyntaxError] = []
    pos = 0
    for match in _TAG.finditer(text):
        if match.start() > pos:
            stack[-1][0].children.append(Node("text", text[pos : match.start()]))
        pos = match.end()
        line, col = _where(text, match.start())
        if match.group(1) is not None:
            name = match.group(1)
            if not name:
                errors.append(TemplateSyntaxError("An empty tag was found.", line, col))
                continue
            stack[-1][0].children.append(Node("var", name, escape=False))
            continue
        sigil, name = match.group(2), match.group(3)
        if sigil == "!":
            continue
        if not name:
            errors.append(TemplateSyntaxError("An empty tag was found.", line, col))
            continue
        words = name.split()
        if sigil == "#" or (sigil == "" and len(words) == 2 and words[0] == "each"):
            if len(words) == 2 and words[0] == "each":
                node = Node("each", words[1])
            elif len(words) == 1:
                node = Node("section", name)
            else:
                errors.append(TemplateSyntaxError(f"'{name}' is not a valid section.", line, col))
                continue
            stack[-1][0].children.append(node)
            stack.append((node, "each" if node.kind == "each" else name, match.start()))
        elif sigil == "^":
            node = Node("inverted", name)
            stack[-1][0].children.append(node)
            stack.append((node, name, match.start()))
        elif sigil == "/":
            if len(stack) == 1:
                errors.append(
                    TemplateSyntaxError(f"The closing tag '{name}' has no opening tag.", line, col)
                )
            elif stack[-1][1] != name and not (stack[-1][0].kind == "each" and name == "each"):
                errors.append(
                    TemplateSyntaxError(
                        f"The closing tag '{name}' does not match the open '{stack[-1][1]}'.",
                        line,
                        col,
                    )
                )
            else:
                stack.pop()
        else:
            if len(words) != 1:
                errors.append(TemplateSyntaxError(f"'{name}' is not a valid name.", line, col))
                continue
            stack[-1][0].children.append(Node("var", name, escape=sigil != "&"))
    if pos < len(text):
        stack[-1][0].children.append(Node("text", text[pos:]))
    for _node, name, start in stack[1:]:
        line, col = _where(text, start)
        errors.append(TemplateSyntaxError(f"The section '{name}' is never closed.", line, col))
    return root.children, errors


def _get(scope: Any, parts: list[str]) -> Any:
    value = scope
    for part in parts:
        if isinstance(value, dict) and part in value:
            value = value[part]
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return _MISSING
    return value


def _lookup(stack: list[Any], path: str) -> Any:
    if path == ".":
        return stack[-1]
    ups = 0
    while path.startswith("../"):
        ups += 1
        path = path[3:]
    level = max(len(stack) - 1 - ups, 0)
    parts = path.split(".")
    for index in range(level, -1, -1) if ups else (level,):
        found = _get(stack[index], parts)
        if found is not _MISSING:
            return found
    return _MISSING


def _scalar(value: Any) -> str:
    if value is _MISSING or value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return str(int(value))
    if isinstance(value, dict | list):
        return json.dumps(_sanitize(value), ensure_ascii=False)
    return str(value)


def _truthy(value: Any) -> bool:
    return value is not _MISSING and value is not None and value is not False and value != []


def render_nodes(nodes: list[Node], stack: list[Any], escape: bool) -> str:
    out: list[str] = []
    for node in nodes:
        if node.kind == "text":
            out.append(node.value)
        elif node.kind == "var":
            text = _scalar(_lookup(stack, node.value))
            out.append(html.escape(text) if escape and node.escape else text)
        elif node.kind == "inverted":
            value = _lookup(stack, node.value)
            if not _truthy(value) or value in ("", {}):
                out.append(render_nodes(node.children, stack, escape))
        else:
            value = _lookup(stack, node.value)
            if node.kind == "each" or isinstance(value, list):
                for item in value if isinstance(value, list) else []:
                    out.append(render_nodes(node.children, [*stack, item], escape))
            elif _truthy(value):
                out.append(render_nodes(node.children, [*stack, value], escape))
    return "".join(out)


def render(text: str | None, model: Any, *, escape: bool) -> str | None:
    if text is None:
        return None
    nodes, _ = parse_template(text)
    return render_nodes(nodes, [model], escape)


def suggest_model(nodes: list[Node], stack: list[dict[str, Any]]) -> None:
    """Fill ``stack[-1]`` with the shape the template expects (``<name>_Value`` leaves)."""
    for node in nodes:
        if node.kind == "text" or node.value == "." or node.value.startswith("@"):
            continue
        path = node.value
        ups = 0
        while path.startswith("../"):
            ups += 1
            path = path[3:]
        scope = stack[max(len(stack) - 1 - ups, 0)]
        parts = [p for p in path.split(".") if p]
        if not parts:
            continue
        for part in parts[:-1]:
            if not isinstance(scope.get(part), dict):
                scope[part] = {}
            scope = scope[part]
        last = parts[-1]
        if node.kind == "var":
            scope.setdefault(last, f"{last}_Value")
        elif node.kind == "inverted":
            suggest_model(node.children, stack)
        elif node.kind == "each":
            current = scope.get(last)
            if not (isinstance(current, list) and current and isinstance(current[0], dict)):
                current = [{}]
                scope[last] = current
            suggest_model(node.children, [*stack, current[0]])
        else:
            if not isinstance(scope.get(last), dict):
                scope[last] = {}
            suggest_model(node.children, [*stack, scope[last]])


def merge(base: Any, over: Any) -> Any:
    if isinstance(base, dict) and isinstance(over, dict):
        out = dict(base)
        for key, value in over.items():
            out[key] = merge(base.get(key), value) if key in base else value
        return out
    return over


# --------------------------------------------------------------------------------------------
# the provider
