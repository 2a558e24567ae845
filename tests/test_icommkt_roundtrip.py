"""ICOMMKT: the generated client + overlays against the emulator, end to end."""

from __future__ import annotations

import importlib
import json
from datetime import datetime
from typing import Any

import httpx
import pytest
from icommkt_email_client.api.bounces import activate_bounce, list_bounces
from icommkt_email_client.api.email import send_email, send_email_with_template
from icommkt_email_client.api.messages import get_outbound_message_details, list_outbound_messages
from icommkt_email_client.api.templates import create_template, delete_template, get_template
from icommkt_email_client.client import Client
from icommkt_email_client.models import (
    CreateTemplateRequest,
    EmailMessage,
    OutboundMessageDetails,
    SendEmailResponse,
    Template,
    TemplatedEmailMessage,
    TemplateModel,
    TemplateSaved,
)
from icommkt_email_client.types import Unset
from sendspec import AuthenticationError, icommkt
from sendspec.runtime import expect
from sendspec.testing import Emulator
from sendspec_emulator.core import SchemaSet, deref
from sendspec_emulator.specs import load_spec

SENDER = "sender@example.com"


def client_for(emulator: Emulator, token: str) -> Any:
    return icommkt.client(token, base_url=emulator.base_url)


def message(to: str, **extra: Any) -> EmailMessage:
    return EmailMessage(from_=SENDER, to=to, subject="Hi", text_body="Hello", **extra)


def test_send_details_and_search(icommkt_emulator: Emulator) -> None:
    c = icommkt_emulator.client()
    sent = expect(
        send_email.sync(client=c, body=message("reader@example.org", tag="welcome")),
        SendEmailResponse,
    )
    assert sent.error_code == 0 and isinstance(sent.message_id, str)
    details = expect(
        get_outbound_message_details.sync(sent.message_id, client=c), OutboundMessageDetails
    )
    assert details.message_id == sent.message_id and details.text_body == "Hello"
    found = list(icommkt.iter_items(list_outbound_messages, c, tag="welcome"))
    assert [m.message_id for m in found] == [sent.message_id]


def test_messages_by_date_range(icommkt_emulator: Emulator) -> None:
    c = icommkt_emulator.client()
    for i in range(3):
        send_email.sync(client=c, body=message(f"r{i}@example.org", tag="dated"))
        icommkt_emulator.advance(3600)
    listed = list(icommkt.iter_items(list_outbound_messages, c, tag="dated"))
    # ReceivedAt is Eastern with an offset; the filters take the Eastern wall clock
    wall = [datetime.fromisoformat(m.received_at[:19]) for m in listed]
    assert wall == sorted(wall, reverse=True) and len(wall) == 3
    found = icommkt.iter_items_by_date(
        list_outbound_messages, c, fromdate=wall[2], todate=wall[1], page_size=1, tag="dated"
    )
    assert [m.to[0].email for m in found] == ["r1@example.org", "r0@example.org"]


def test_bounces_page_and_activate(icommkt_emulator: Emulator) -> None:
    c = icommkt_emulator.client()
    batch = [message(f"hardbounce{i}@example.org") for i in range(7)]
    results = icommkt.send_batch(c, batch)
    assert [r.error_code for r in results] == [0] * 7
    icommkt_emulator.advance(1)
    bounces = list(icommkt.iter_items(list_bounces, c, page_size=3))
    assert len(bounces) == 7 and all(b.inactive for b in bounces)
    with pytest.raises(icommkt.InactiveRecipientError) as err:
        send_email.sync(client=c, body=message("hardbounce0@example.org"))
    assert err.value.inactive_addresses == ["hardbounce0@example.org"]
    activate_bounce.sync(bounces[0].id, client=c)
    assert send_email.sync(client=c, body=message(bounces[0].email)) is not None


def test_batch_failures_surface(icommkt_emulator: Emulator) -> None:
    c = icommkt_emulator.client()
    with pytest.raises(icommkt.BatchError) as err:
        icommkt.send_batch(c, [message("ok@example.org"), message("not-an-address")])
    assert [f.index for f in err.value.failures] == [1]
    assert err.value.results[0].error_code == 0


def test_template_lifecycle_and_rendering(icommkt_emulator: Emulator) -> None:
    c = icommkt_emulator.client()
    saved = expect(
        create_template.sync(
            client=c,
            body=CreateTemplateRequest(
                name="Welcome", alias="welcome", subject="Hi {{name}}", text_body="Hello {{name}}!"
            ),
        ),
        TemplateSaved,
    )
    assert isinstance(saved.template_id, int)
    got = expect(get_template.sync("welcome", client=c), Template)
    assert got.subject == "Hi {{name}}"
    model = TemplateModel.from_dict({"name": "Ada"})
    sent = send_email_with_template.sync(
        client=c,
        body=TemplatedEmailMessage(
            template_model=model, from_=SENDER, to="ada@example.org", template_alias="welcome"
        ),
    )
    sent = expect(sent, SendEmailResponse)
    details = expect(
        get_outbound_message_details.sync(str(sent.message_id), client=c), OutboundMessageDetails
    )
    assert details.subject == "Hi Ada" and details.text_body == "Hello Ada!"
    delete_template.sync(str(saved.template_id), client=c)
    with pytest.raises(icommkt.ApiError) as err:
        get_template.sync("welcome", client=c)
    assert icommkt.error_code(err.value) == 1101


def test_test_token_validates_but_stores_nothing(icommkt_emulator: Emulator) -> None:
    test = client_for(icommkt_emulator, icommkt.TEST_TOKEN)
    sent = expect(send_email.sync(client=test, body=message("x@example.org")), SendEmailResponse)
    assert sent.error_code == 0
    assert list(icommkt.iter_items(list_outbound_messages, icommkt_emulator.client())) == []
    assert icommkt_emulator.messages() == []  # nor in the inspection API
    with pytest.raises(AuthenticationError):
        list(icommkt.iter_items(list_outbound_messages, test))


def test_generated_models_send_null_members(icommkt_emulator: Emulator) -> None:
    """A generated model with members set to None sends JSON null, which the service (and the
    emulator) reads as absent."""
    c = icommkt_emulator.client()
    body = message("nulls@example.org", cc=None, tag=None, track_links=None, metadata=None)
    assert '"Cc": null' in json.dumps(body.to_dict())
    sent = expect(send_email.sync(client=c, body=body), SendEmailResponse)
    details = expect(
        get_outbound_message_details.sync(str(sent.message_id), client=c), OutboundMessageDetails
    )
    assert details.cc == [] and isinstance(details.tag, Unset)


# ------------------------------------------------------------------------------ response bodies
# Every documented 200 body of the spec, thinned to its required members and, separately, with
# every member the schema lets be null set to null, parses through the generated operation's
# own _parse_response and back through to_dict: what the real service may send cannot crash
# the generated client.

SPEC = load_spec("icommkt-email")
SCHEMAS = SchemaSet(SPEC)


def _resolve(schema: Any) -> Any:
    return deref(SPEC, schema) if isinstance(schema, dict) else schema


def _nullable(schema: Any) -> bool:
    schema = _resolve(schema)
    types = schema.get("type")
    return (isinstance(types, list) and "null" in types) or any(
        _resolve(branch).get("type") == "null" for branch in schema.get("anyOf", [])
    )


def _branch(schema: Any, value: Any) -> Any:
    """The part of ``schema`` that describes ``value`` (the non-null branch of an anyOf)."""
    schema = _resolve(schema)
    for branch in schema.get("anyOf", []):
        branch = _resolve(branch)
        if branch.get("type") != "null":
            return branch
    return schema


def thinned(schema: Any, value: Any) -> Any:
    schema = _branch(schema, value)
    if isinstance(value, dict):
        required = set(schema.get("required", []))
        props = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        out = {}
        for key, item in value.items():
            if key in props and key in required:
                out[key] = thinned(props[key], item)
            elif key not in props and isinstance(extra, dict):
                out[key] = item  # data keys (stats names, metadata) stay
        return out
    if isinstance(value, list):
        return [thinned(schema.get("items", {}), item) for item in value]
    return value


def nulled(schema: Any, value: Any) -> Any:
    schema = _branch(schema, value)
    if isinstance(value, dict):
        props = schema.get("properties", {})
        out = {k: nulled(props[k], v) if k in props else v for k, v in value.items()}
        out.update({key: None for key, prop in props.items() if _nullable(prop)})
        return out
    if isinstance(value, list):
        return [nulled(schema.get("items", {}), item) for item in value]
    return value


def _documented_bodies() -> list[Any]:
    cases = []
    for path, item in SPEC["paths"].items():
        for method, op in item.items():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            content = op["responses"].get("200", {}).get("content", {}).get("application/json")
            if not content:
                continue
            bodies = [content["example"]] if "example" in content else []
            bodies += [e["value"] for e in content.get("examples", {}).values()]
            pointer = (
                f"/paths/{path.replace('~', '~0').replace('/', '~1')}/{method}/responses/200"
                "/content/application~1json/schema"
            )
            for n, body in enumerate(bodies):
                cases.append(pytest.param(op, pointer, body, id=f"{op['operationId']}-{n}"))
    return cases


@pytest.mark.parametrize(("op", "pointer", "body"), _documented_bodies())
def test_generated_client_parses_thinned_and_nulled_bodies(
    op: Any, pointer: str, body: Any
) -> None:
    schema = _resolve(op["responses"]["200"]["content"]["application/json"]["schema"])
    module = importlib.import_module(
        f"icommkt_email_client.api.{op['tags'][0].replace('-', '_')}.{op['operationId']}"
    )
    for variant in (body, thinned(schema, body), nulled(schema, body)):
        assert SCHEMAS.violations(pointer, variant) == [], variant  # the spec allows it
        parsed = module._parse_response(
            client=Client(base_url="http://x"),
            response=httpx.Response(200, json=variant),
        )
        for model in parsed if isinstance(parsed, list) else [parsed]:
            if hasattr(model, "to_dict"):
                assert isinstance(model.to_dict(), dict)


def test_the_variants_are_really_thinner_and_null() -> None:
    """The property test above is not vacuous: bodies lose members and gain nulls."""
    bounce = _resolve({"$ref": "#/components/schemas/Bounce"})
    body = {"ID": 1, "Type": "HardBounce", "TypeCode": 1, "Name": "n", "MessageID": "m",
            "Email": "e", "BouncedAt": "2014-01-15T16:09:19.6421112-05:00", "DumpAvailable": True,
            "Inactive": True, "CanActivate": True, "Tag": "t", "ServerID": 23}  # fmt: skip
    assert "Tag" not in thinned(bounce, body) and "ServerID" not in thinned(bounce, body)
    assert nulled(bounce, body)["Tag"] is None and nulled(bounce, body)["Content"] is None
