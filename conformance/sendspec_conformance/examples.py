"""The specs' own examples, checked against the specs, and the documented "examples" that
are not whole bodies.

Every whole-body JSON example of the providers' documentation sits in ``specs/*.yaml`` as a
named OpenAPI example on the media type it illustrates (request body or response), its
``summary`` naming the doc file and line it came from; schemathesis' examples phase sends the
request examples and readers see both. :func:`spec_examples` lists every example of a spec
(media types of requests, responses and webhooks, parameters, headers and schema-level
``example``/``examples``) with the schema it must satisfy, and :func:`check_spec` reports the
ones that do not.

The doc's "examples" that are not a body the API takes or returns stay listed here, with their
values and reasons (:data:`DOC_FRAGMENTS`), and are checked by :func:`check_fragment`.

Nothing here reads outside the package. The doc inventory (``../shared/inventory/
examples.jsonl`` beside a checkout, or ``SENDSPEC_EXAMPLES``) is only needed to re-check that
every documented example is still in the specs (:func:`load_examples`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sendspec_emulator.core import SchemaSet, Violation, escape_token

#: the providers whose docs have examples (icomm SMS's has none that parse)
PROVIDERS = ("iovox-email", "icommkt-email", "inxmail")

#: provider slug -> (title, file name under ../shared/provider-docs/) of its documentation
DOCS = {
    "icommkt-email": ("ICOMMKT API Reference", "000_fb645931d1b479dc.txt"),
    "icomm-sms": ("icomm SMS OpenAPI Specification", "001_de6fea74414caccb.txt"),
    "iovox-email": ("iovox E-Mail Tracking REST", "002_1726c7ef67206a6a.txt"),
    "inxmail": ("Inxmail Professional REST API", "003_b10def1f04d5087c.txt"),
}

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


# ------------------------------------------------------------------ the specs' own examples
@dataclass(frozen=True)
class SpecExample:
    """One example of a spec: its value, where it is and the schema it must satisfy."""

    slug: str
    where: str  # JSON pointer of the example (the Example Object, or the value itself)
    schema: str  # JSON pointer of the schema the value must satisfy
    value: Any
    summary: str | None = None

    @property
    def id(self) -> str:
        return f"{self.slug}:{self.where}"


@dataclass(frozen=True)
class Problem:
    """An example of a spec that its schema rejects."""

    example: SpecExample
    violations: tuple[Violation, ...]

    def text(self) -> str:
        found = "; ".join(v.text() for v in self.violations)
        return f"{self.example.id}: {found}"


def _p(*tokens: str | int) -> str:
    return "".join(f"/{escape_token(str(t))}" for t in tokens)


def _resolve(spec: Mapping[str, Any], node: Any, where: str) -> tuple[Any, str]:
    """``node`` with its ``$ref`` chain followed, and the pointer of what it ends at."""
    seen = 0
    while isinstance(node, dict) and "$ref" in node and seen < 32:
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/"):
            break
        where = ref[1:]
        node = follow(spec, ref)
        seen += 1
    return node, where


def follow(spec: Mapping[str, Any], ref: str) -> Any:
    """The node a local ``$ref`` (``#/a/b``) names."""
    node: Any = spec
    for token in ref.lstrip("#/").split("/"):
        key = token.replace("~1", "/").replace("~0", "~")
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node


def _carrier(
    spec: Mapping[str, Any], slug: str, node: Mapping[str, Any], where: str, schema: str
) -> Iterator[SpecExample]:
    """The ``example``/``examples`` of a media type, parameter or header object at ``where``
    (``schema`` is the pointer of the schema they illustrate)."""
    if "example" in node:
        yield SpecExample(slug, f"{where}/example", schema, node["example"])
    for name, entry in (node.get("examples") or {}).items():
        entry_at = f"{where}/examples/{escape_token(name)}"
        entry, entry_at = _resolve(spec, entry, entry_at)
        if isinstance(entry, dict) and "value" in entry:
            yield SpecExample(slug, entry_at, schema, entry["value"], entry.get("summary"))


def _content(
    spec: Mapping[str, Any], slug: str, content: Mapping[str, Any], where: str
) -> Iterator[SpecExample]:
    for media, node in content.items():
        at = f"{where}/content/{escape_token(media)}"
        if isinstance(node, dict) and "schema" in node:
            yield from _carrier(spec, slug, node, at, f"{at}/schema")


def _with_schema(
    spec: Mapping[str, Any], slug: str, node: Any, where: str
) -> Iterator[SpecExample]:
    """A parameter or header object (``schema`` or ``content``), resolved."""
    node, where = _resolve(spec, node, where)
    if not isinstance(node, dict):
        return
    if "schema" in node:
        yield from _carrier(spec, slug, node, where, f"{where}/schema")
    yield from _content(spec, slug, node.get("content") or {}, where)


def _operation(
    spec: Mapping[str, Any], slug: str, op: Mapping[str, Any], where: str
) -> Iterator[SpecExample]:
    for i, parameter in enumerate(op.get("parameters") or []):
        if "$ref" not in parameter:  # components/parameters are walked once, below
            yield from _with_schema(spec, slug, parameter, f"{where}/parameters/{i}")
    body = op.get("requestBody")
    if isinstance(body, dict) and "$ref" not in body:
        yield from _content(spec, slug, body.get("content") or {}, f"{where}/requestBody")
    for status, response in (op.get("responses") or {}).items():
        if isinstance(response, dict) and "$ref" not in response:
            yield from _response(spec, slug, response, f"{where}/responses/{escape_token(status)}")


def _response(
    spec: Mapping[str, Any], slug: str, response: Mapping[str, Any], where: str
) -> Iterator[SpecExample]:
    yield from _content(spec, slug, response.get("content") or {}, where)
    for name, header in (response.get("headers") or {}).items():
        if "$ref" not in header:
            yield from _with_schema(spec, slug, header, f"{where}/headers/{escape_token(name)}")


def _schemas(node: Any, where: str, slug: str) -> Iterator[SpecExample]:
    """Schema-level ``example`` (OpenAPI 3.0 style) and ``examples`` (JSON Schema's array)
    of every schema under ``node`` (a schema at ``where``)."""
    if not isinstance(node, dict):
        return
    if "example" in node:
        yield SpecExample(slug, f"{where}/example", where, node["example"])
    if isinstance(node.get("examples"), list):
        for i, value in enumerate(node["examples"]):
            yield SpecExample(slug, f"{where}/examples/{i}", where, value)
    for key in ("properties", "patternProperties", "$defs", "dependentSchemas"):
        for name, sub in (node.get(key) or {}).items():
            yield from _schemas(sub, f"{where}/{key}/{escape_token(name)}", slug)
    for key in (
        "items",
        "additionalProperties",
        "not",
        "if",
        "then",
        "else",
        "contains",
        "propertyNames",
        "unevaluatedItems",
        "unevaluatedProperties",
    ):
        if isinstance(node.get(key), dict):
            yield from _schemas(node[key], f"{where}/{key}", slug)
    for key in ("allOf", "anyOf", "oneOf", "prefixItems"):
        for i, sub in enumerate(node.get(key) or []):
            yield from _schemas(sub, f"{where}/{key}/{i}", slug)


def _inline_schemas(node: Any, where: str, slug: str) -> Iterator[SpecExample]:
    """The schema-level examples of every inline ``schema`` under ``node`` (paths, webhooks,
    components other than schemas)."""
    if isinstance(node, dict):
        for key, value in node.items():
            at = f"{where}/{escape_token(str(key))}"
            if key == "schema" and isinstance(value, dict):
                yield from _schemas(value, at, slug)
            elif key not in ("example", "examples"):
                yield from _inline_schemas(value, at, slug)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _inline_schemas(value, f"{where}/{i}", slug)


def spec_examples(spec: Mapping[str, Any], slug: str = "spec") -> Iterator[SpecExample]:
    """Every example in ``spec``, each with the pointer of the schema it illustrates."""
    for top in ("paths", "webhooks"):
        for path, item in (spec.get(top) or {}).items():
            item_at = _p(top, path)
            item, item_at = _resolve(spec, item, item_at)
            for i, parameter in enumerate(item.get("parameters") or []):
                if "$ref" not in parameter:
                    yield from _with_schema(spec, slug, parameter, f"{item_at}/parameters/{i}")
            for method in _METHODS:
                if isinstance(item.get(method), dict):
                    yield from _operation(spec, slug, item[method], f"{item_at}/{method}")
        yield from _inline_schemas(spec.get(top) or {}, _p(top), slug)
    components = spec.get("components") or {}
    for name, body in (components.get("requestBodies") or {}).items():
        yield from _content(
            spec, slug, body.get("content") or {}, _p("components", "requestBodies", name)
        )
    for name, response in (components.get("responses") or {}).items():
        yield from _response(spec, slug, response, _p("components", "responses", name))
    for kind in ("parameters", "headers"):
        for name, node in (components.get(kind) or {}).items():
            yield from _with_schema(spec, slug, node, _p("components", kind, name))
    for name, schema in (components.get("schemas") or {}).items():
        yield from _schemas(schema, _p("components", "schemas", name), slug)
    others = {k: v for k, v in components.items() if k != "schemas"}
    yield from _inline_schemas(others, _p("components"), slug)


def check_spec(spec: Mapping[str, Any], slug: str = "spec") -> list[Problem]:
    """The examples of ``spec`` that the schema they illustrate rejects."""
    schemas = SchemaSet(dict(spec))
    problems = []
    for example in spec_examples(spec, slug):
        found = schemas.violations(example.schema, example.value)
        if found:
            problems.append(Problem(example, tuple(found)))
    return problems


# ------------------------------------------------------- documented "examples" that are not bodies
@dataclass(frozen=True)
class DocFragment:
    """A documented "example" that is not a whole body, its value, and how it is checked.

    ``shape``:

    - ``fields``: a partial body (the doc elides the rest with "..."): each field it shows is
      checked against that property of the body schema;
    - ``property:<Name>``: the value of one field of the body, checked against that property;
    - ``part:<Name>``: a body of no operation (an illustration); its member ``<Name>`` is
      checked against that property of the operation's body schema;
    - ``inner:<pointer>``: the body the doc means sits at ``<pointer>`` inside what it shows (a
      copy/paste artefact wraps it); that value is checked as a whole body;
    - ``contradiction``: not a body the API takes (a schema-definition placeholder such as
      ``"Headers": ""``, or a type the field table and the other examples contradict). The spec
      notes the choice where the field is defined; the test asserts these keep failing, so the
      list cannot go stale.

    ``op`` is ``METHOD path`` or ``*`` (any operation: it must pass for one); a response
    fragment without ``status`` is checked against the 2xx responses (``*``: 4xx/5xx).
    """

    provider: str
    line: int  # of the provider's doc (DOCS)
    op: str
    kind: str  # request | response
    status: int | None
    shape: str
    reason: str
    body: Any

    @property
    def id(self) -> str:
        return f"{self.provider}:{self.line}:{self.kind}:{self.op}"

    @property
    def source(self) -> str:
        title, name = DOCS[self.provider]
        return f"{title} ({name}) line {self.line}"


DOC_FRAGMENTS: tuple[DocFragment, ...] = (
    DocFragment(
        "icommkt-email",
        4641,
        "POST /email",
        "request",
        None,
        "contradiction",
        (
            "TrackOpens written as the string 'true'; the field table and every other example use "
            "a boolean (EmailMessage.TrackOpens stays boolean)"
        ),
        {
            "From": "sender@example.com",
            "To": "receiver@example.com",
            "Cc": "copied@example.com",
            "Bcc": "blank-copied@example.com",
            "Subject": "ICOMMKT test",
            "Tag": "Invitation",
            "HtmlBody": "<b>Hello</b>",
            "TextBody": "Hello",
            "Metadata": {"Color": "blue", "Client-Id": "12345"},
            "Headers": [{"Name": "CUSTOM-HEADER", "Value": "Value"}],
            "TrackOpens": "true",
            "TrackLinks": "HtmlOnly",
        },
    ),
    DocFragment(
        "icommkt-email",
        4677,
        "POST /email",
        "request",
        None,
        "fields",
        "partial body (only TrackOpens)",
        {"TrackOpens": True},
    ),
    DocFragment(
        "icommkt-email",
        4709,
        "POST /email",
        "request",
        None,
        "fields",
        "partial body (only Attachments)",
        {
            "Attachments": [
                {"Name": "readme.txt", "Content": "dGVzdCBjb250ZW50", "ContentType": "text/plain"},
                {
                    "Name": "report.pdf",
                    "Content": "dGVzdCBjb250ZW50",
                    "ContentType": "application/octet-stream",
                },
            ]
        },
    ),
    DocFragment(
        "icommkt-email",
        4734,
        "POST /email",
        "request",
        None,
        "fields",
        "partial body (only an inline attachment)",
        {
            "Attachments": [
                {
                    "Name": "bacon.jpg",
                    "Content": "/9j/4AAQSkZJRgABAgEAAAAAAAD/4",
                    "ContentType": "image/jpeg",
                    "ContentID": "cid:part1.01030607.06070005@gmail.com",
                }
            ]
        },
    ),
    DocFragment(
        "icommkt-email",
        4762,
        "POST /email",
        "response",
        None,
        "inner:/Attachments/0",
        (
            "the send result wrapped in an 'Attachments' array (a copy/paste artefact after the "
            "doc's '...'); the result itself is checked, as a whole 200 body"
        ),
        {
            "Attachments": [
                {
                    "ErrorCode": "0",
                    "Message": "OK",
                    "MessageID": "b7bc2f4a-e38e-4336-af7d-e6c392c2f817",
                    "SubmittedAt": "2010-11-26T12:01:05.1794748-05:00",
                    "To": "receiver@example.com",
                }
            ]
        },
    ),
    DocFragment(
        "icommkt-email",
        5265,
        "POST /email",
        "request",
        None,
        "contradiction",
        "schema-definition placeholder: Headers/Attachments given as ''",
        {
            "Cc": "Cc",
            "Bcc": "Bcc",
            "Headers": "",
            "TrackLinks": "HtmlAndText",
            "From": "From",
            "Attachments": "",
            "Subject": "Subject",
            "TrackOpens": True,
            "TextBody": "TextBody",
            "ReplyTo": "ReplyTo",
            "HtmlBody": "HtmlBody",
            "To": "To",
            "Tag": "Tag",
        },
    ),
    DocFragment(
        "icommkt-email",
        5338,
        "POST /email/batch",
        "request",
        None,
        "contradiction",
        "schema-definition placeholder: one batch element with Headers/Attachments as ''",
        {
            "Cc": "Cc",
            "Bcc": "Bcc",
            "Headers": "",
            "TrackLinks": "HtmlAndText",
            "From": "From",
            "Attachments": "",
            "Subject": "Subject",
            "TrackOpens": True,
            "TextBody": "TextBody",
            "ReplyTo": "ReplyTo",
            "HtmlBody": "HtmlBody",
            "To": "To",
            "Tag": "Tag",
        },
    ),
    DocFragment(
        "icommkt-email",
        5445,
        "POST /templates/validate",
        "request",
        None,
        "contradiction",
        (
            "schema-definition placeholder: TestRenderModel (an object) and "
            "InlineCssForHtmlTestRender (a boolean) given as their own names"
        ),
        {
            "TextBody": "TextBody",
            "TestRenderModel": "TestRenderModel",
            "HtmlBody": "HtmlBody",
            "InlineCssForHtmlTestRender": "InlineCssForHtmlTestRender",
            "Subject": "Subject",
        },
    ),
    DocFragment(
        "icommkt-email",
        5608,
        "POST /email/batchWithTemplates",
        "request",
        None,
        "contradiction",
        (
            "schema-definition placeholder: one Messages[] element with Headers/TrackOpens given "
            "as their own names and Attachments as ''"
        ),
        {
            "Cc": "Cc",
            "ReplyTo": "ReplyTo",
            "Bcc": "Bcc",
            "Headers": "Headers",
            "TrackLinks": "TrackLinks",
            "From": "From",
            "To": "To",
            "Tag": "Tag",
            "Attachments": "",
            "TemplateId": 0,
            "TemplateAlias": "TemplateAlias",
            "TrackOpens": "TrackOpens",
        },
    ),
    DocFragment(
        "icommkt-email",
        5632,
        "POST /message-streams/{stream_id}/suppressions",
        "request",
        None,
        "property:Suppressions",
        "the value of the Suppressions field",
        [{"EmailAddress": "test@test.com"}],
    ),
    DocFragment(
        "icommkt-email",
        5681,
        "POST /triggers/inboundrules",
        "request",
        None,
        "contradiction",
        (
            "schema-definition placeholder: Rule given as its own name 'Rule', neither an address "
            "nor a domain (ErrorCode 813)"
        ),
        {"Rule": "Rule"},
    ),
    DocFragment(
        "inxmail",
        2002,
        "*",
        "response",
        200,
        "part:_links",
        (
            "pagination illustration on a fictitious /examples collection that no operation "
            "returns; its _links (self, next, first, curies) are checked against a collection's "
            "_links"
        ),
        {
            "_embedded": {
                "inx:examples": [
                    {
                        "id": 13,
                        "_links": {
                            "self": {"href": "https://api.inxmail.com/customer/rest/v1/examples/13"}
                        },
                    },
                    {
                        "id": 21,
                        "_links": {
                            "self": {"href": "https://api.inxmail.com/customer/rest/v1/examples/21"}
                        },
                    },
                    {
                        "id": 25,
                        "_links": {
                            "self": {"href": "https://api.inxmail.com/customer/rest/v1/examples/25"}
                        },
                    },
                ]
            },
            "_links": {
                "self": {
                    "href": "https://api.inxmail.com/customer/rest/v1/examples?afterId=5&pageSize=3"
                },
                "next": {
                    "href": "https://api.inxmail.com/customer/rest/v1/examples?afterId=25&pageSize=3"
                },
                "first": {
                    "href": "https://api.inxmail.com/customer/rest/v1/examples?afterId=0&pageSize=3"
                },
                "curies": [
                    {
                        "href": "https://apidocs.inxmail.com/xpro/rest/v1/relations/{rel}",
                        "name": "inx",
                        "templated": True,
                    }
                ],
            },
        },
    ),
)


def _pointers(spec: Mapping[str, Any], op_name: str, kind: str, status: int | None) -> list[str]:
    """JSON pointers of the body schemas a fragment may be checked against (any must pass)."""
    ops = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if (
                isinstance(op, dict)
                and "responses" in op
                and op_name
                in (
                    "*",
                    f"{method.upper()} {path}",
                )
            ):
                ops.append((path, method, op))
    if not ops:
        raise LookupError(f"no operation {op_name!r} in the spec")
    pointers = []
    for path, method, op in ops:
        base = _p("paths", path, method)
        if kind == "request":
            content = op.get("requestBody", {}).get("content", {})
            pointers += [
                f"{base}/requestBody/content/{escape_token(m)}/schema" for m in _json(content)
            ]
            continue
        for code, response in op["responses"].items():
            if status is not None:
                wanted = str(status) == code
            elif op_name == "*":
                wanted = code.startswith(("4", "5"))
            else:
                wanted = code.startswith("2")
            if not wanted:
                continue
            response, where = _resolve(spec, response, f"{base}/responses/{escape_token(code)}")
            content = response.get("content", {})
            pointers += [f"{where}/content/{escape_token(m)}/schema" for m in _json(content)]
    return pointers


def _json(content: Mapping[str, Any]) -> list[str]:
    """The JSON media types of a content map (application/json, hal+json, problem+json...)."""
    return [m for m in content if m == "application/json" or m.endswith("+json")]


def check_fragment(
    fragment: DocFragment, spec: Mapping[str, Any], schemas: SchemaSet | None = None
) -> list[Violation]:
    """Violations of ``fragment`` against ``spec`` by its shape (empty when it validates)."""
    schemas = schemas or SchemaSet(dict(spec))
    pointers = _pointers(spec, fragment.op, fragment.kind, fragment.status)
    if not pointers:
        return [Violation("", f"{fragment.id}: the spec has no schema for this fragment")]
    failures: list[Violation] = []
    for pointer in pointers:
        found = _violations(spec, schemas, pointer, fragment.body, fragment.shape)
        if not found:
            return []
        failures.extend(found)
    return failures


def _violations(
    spec: Mapping[str, Any], schemas: SchemaSet, pointer: str, body: Any, shape: str
) -> list[Violation]:
    if shape == "contradiction":
        return schemas.violations(pointer, body)
    if shape.startswith("inner:"):
        return schemas.violations(pointer, follow(body, "#" + shape.removeprefix("inner:")))
    _, pointer = _resolve(spec, {"$ref": f"#{pointer}"}, pointer)
    if shape.startswith("property:"):
        name = shape.removeprefix("property:")
        return _member(spec, schemas, pointer, name, body)
    if shape.startswith("part:"):
        name = shape.removeprefix("part:")
        if not isinstance(body, dict) or name not in body:
            return [Violation("", f"the illustration has no {name}")]
        return _member(spec, schemas, pointer, name, body[name])
    if shape != "fields":
        raise ValueError(f"unknown fragment shape {shape!r}")
    if not isinstance(body, dict):
        return [Violation("", "a partial body must be an object")]
    found = []
    for name, value in body.items():
        found += _member(spec, schemas, pointer, name, value)
    return found


def _member(
    spec: Mapping[str, Any], schemas: SchemaSet, pointer: str, name: str, value: Any
) -> list[Violation]:
    if name not in follow(spec, f"#{pointer}").get("properties", {}):
        return [Violation(name, "is not a field of this body")]
    return schemas.violations(f"{pointer}/properties/{escape_token(name)}", value)


# ------------------------------------------------------------- the doc inventory (optional)
@dataclass(frozen=True)
class DocExample:
    """One entry of the doc inventory (``examples.jsonl``)."""

    provider: str
    line: int  # of the provider's doc
    op: str
    kind: str
    status: int | None
    body: Any
    source: str = ""

    @property
    def id(self) -> str:
        return f"{self.provider}:{self.line}:{self.kind}:{self.op}"


def examples_path() -> Path:
    """The doc inventory: ``SENDSPEC_EXAMPLES``, else ``../shared/inventory/examples.jsonl``
    beside the checkout (absent in an installed package or a bare clone)."""
    env = os.environ.get("SENDSPEC_EXAMPLES")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3] / "shared" / "inventory" / "examples.jsonl"


def load_examples(providers: set[str] | None = None) -> Iterator[DocExample]:
    """The inventory's examples (of ``providers``); FileNotFoundError when it is absent."""
    with examples_path().open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            raw = json.loads(line)
            if providers is not None and raw["provider"] not in providers:
                continue
            yield DocExample(
                raw["provider"],
                raw["seed_line"],
                raw["op"],
                raw["kind"],
                raw.get("status"),
                raw["body"],
                raw.get("source", ""),
            )
