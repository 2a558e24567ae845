"""Operations of a spec and how a request finds one: path templates, parameter coercion."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


# --------------------------------------------------------------------------------------------
# routing


def escape_token(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def response_of(
    spec: dict[str, Any], op: Operation, status: int | str
) -> tuple[str, dict[str, Any]] | None:
    """The response ``op`` documents for ``status`` (the code, then ``NXX``, then
    ``default``): its JSON pointer and the resolved response object; None when undocumented."""
    responses = spec["paths"][op.template][op.method.lower()].get("responses", {})
    code = str(status)
    key = next(
        (k for k in (code, code[0] + "XX", code[0] + "xx", "default") if k in responses), None
    )
    if key is None:
        return None
    response, ref = resolve(spec, responses[key])
    base = ref or f"/paths/{escape_token(op.template)}/{op.method.lower()}/responses/{key}"
    return base, response


def response_pointer(
    spec: dict[str, Any], op: Operation, status: int | str, media: str | None = None
) -> str | None:
    """The JSON pointer of the body schema of ``op``'s ``status`` response for ``media`` (the
    first documented media type by default); None when the response has no body."""
    found = response_of(spec, op, status)
    if found is None:
        return None
    base, response = found
    content = response.get("content") or {}
    media = media or next(iter(content), None)
    if media is None or media not in content:
        return None
    return f"{base}/content/{escape_token(media)}/schema"


@dataclass
class Operation:
    operation_id: str
    method: str
    template: str
    regex: re.Pattern[str]
    parameters: list[dict[str, Any]]
    param_pointers: list[str]
    body_pointer: str | None
    body_required: bool
    multipart_pointer: str | None = None
    #: the media type of the JSON body the spec declares (``application/json``, ...)
    body_media: str | None = None
    #: the query parameters (parameter, schema pointer), in ``parameters``' order: what
    #: reading a request's query walks (most operations have none)
    query: list[tuple[dict[str, Any], str]] = field(default_factory=list)
    #: the path template has no parameter (its match is the same for every request)
    static: bool = False
    #: ``{"$ref": "#<body_pointer>"}``: the body schema as a node (one for every request)
    body_ref: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.query = [
            (param, pointer)
            for param, pointer in zip(self.parameters, self.param_pointers, strict=True)
            if param.get("in") == "query"
        ]
        self.static = "{" not in self.template
        if self.body_pointer is not None:
            self.body_ref = {"$ref": "#" + self.body_pointer}


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
    ref = node.get("$ref")
    if not ref:
        return node, None
    target: Any = spec
    for token in ref.lstrip("#/").split("/"):
        key = token.replace("~1", "/").replace("~0", "~")
        target = target[int(key)] if isinstance(target, list) else target[key]
    return target, ref[1:]


def deref(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` with its ``$ref`` chain followed (a $ref may point at another); members
    beside a ``$ref`` (OpenAPI 3.1: a description, ...) are kept."""
    for _ in range(16):
        if "$ref" not in schema:
            break
        target, _ = resolve(spec, schema)
        schema = {**target, **{k: v for k, v in schema.items() if k != "$ref"}}
    return schema


class Operations(list[Operation]):
    """The operations of a spec, in the spec's order, with an index from a path's first
    segment to the operations that can match it (``candidates``): routing then tries a few
    regular expressions, not every operation's (116 for Inxmail)."""

    def __init__(self, ops: list[Operation], *, ignore_case: bool = False) -> None:
        super().__init__(ops)
        self._fold = ignore_case
        firsts = [_first_segment(op.template) for op in ops]
        literals = {first for first in firsts if "{" not in first}
        if ignore_case:
            literals = {first.lower() for first in literals}
        #: a literal first segment -> the operations with that segment or a templated one,
        #: in the spec's order (so ties are broken as a scan of every operation breaks them)
        self._by_first = {
            key: [
                op
                for op, first in zip(ops, firsts, strict=True)
                if "{" in first or (first.lower() if ignore_case else first) == key
            ]
            for key in literals
        }
        self._templated = [op for op, first in zip(ops, firsts, strict=True) if "{" in first]

    def candidates(self, path: str) -> list[Operation]:
        """The operations whose path template can match ``path`` (a superset of them)."""
        first = _first_segment(path)
        if self._fold:
            if not first.isascii():  # re.IGNORECASE folds some non-ASCII letters to ASCII
                return self
            first = first.lower()
        return self._by_first.get(first, self._templated)


def _first_segment(path: str) -> str:
    return path.split("/", 2)[1] if path.startswith("/") else path


def build_operations(spec: dict[str, Any], *, ignore_case: bool = False) -> Operations:
    ops: list[Operation] = []
    flags = re.IGNORECASE if ignore_case else 0
    for template, item in spec.get("paths", {}).items():
        regex = re.compile(
            "^" + re.sub(r"\\\{([^}]+)\\\}", r"(?P<\1>[^/]+)", re.escape(template)) + "$",
            flags,
        )
        shared = item.get("parameters", [])
        for method in METHODS:
            op = item.get(method)
            if not op:
                continue
            base = f"/paths/{escape_token(template)}/{method}"
            params: list[dict[str, Any]] = []
            pointers: list[str] = []
            for i, raw in enumerate(op.get("parameters", [])):
                param, ref = resolve(spec, raw)
                params.append(param)
                pointers.append((ref or f"{base}/parameters/{i}") + "/schema")
            for i, raw in enumerate(shared):
                param, ref = resolve(spec, raw)
                if any(p["name"] == param["name"] and p["in"] == param["in"] for p in params):
                    continue
                params.append(param)
                pointers.append(
                    (ref or f"/paths/{escape_token(template)}/parameters/{i}") + "/schema"
                )
            body_pointer = body_media = None
            body_required = False
            if "requestBody" in op:
                body, ref = resolve(spec, op["requestBody"])
                body_required = bool(body.get("required"))
                content = body.get("content", {})
                for media in content:
                    if media == "application/json" or media.endswith("+json"):
                        body_pointer = (
                            ref or f"{base}/requestBody"
                        ) + f"/content/{escape_token(media)}/schema"
                        body_media = media
                        break
            multipart_pointer = None
            if "requestBody" in op:
                body, ref = resolve(spec, op["requestBody"])
                if "multipart/form-data" in body.get("content", {}):
                    multipart_pointer = (
                        ref or f"{base}/requestBody"
                    ) + "/content/multipart~1form-data/schema"
            ops.append(
                Operation(
                    op["operationId"],
                    method.upper(),
                    template,
                    regex,
                    params,
                    pointers,
                    body_pointer,
                    body_required,
                    multipart_pointer,
                    body_media,
                )
            )
    return Operations(ops, ignore_case=ignore_case)


# --------------------------------------------------------------------------------------------
# query parameter coercion


_INTEGER = re.compile(r"[+-]?[0-9]+")
_NUMBER = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?")


def is_array(schema: dict[str, Any]) -> bool:
    types = schema.get("type")
    return types == "array" or (isinstance(types, list) and "array" in types)


def coerce(raw: str, schema: dict[str, Any], *, fold_booleans: bool = False) -> Any:
    """Turn a query string value into the JSON type its schema declares (best effort).

    A value that does not convert is returned unchanged so schema validation reports it.
    ``fold_booleans``: ``True``/``FALSE`` too (what .NET's ``bool.Parse`` takes).
    """
    types = schema.get("type")
    if types is None and "$ref" in schema:
        return raw
    types = types if isinstance(types, list) else [types]
    # ASCII digits only, no padding: int()/float() would also take " 7", "٣", "1_0" or "nan"
    if "integer" in types and _INTEGER.fullmatch(raw):
        return int(raw)
    if "number" in types and _NUMBER.fullmatch(raw):
        return float(raw)
    word = raw.lower() if fold_booleans else raw
    if "boolean" in types and word in ("true", "false"):
        return word == "true"
    return raw
