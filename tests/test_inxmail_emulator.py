"""The Inxmail Professional REST API emulator over real HTTP.

Every call goes through ``Emu.do(operationId, ...)``, which checks the status, the media type,
the rate-limit headers and validates the body against the operation's response schema in
specs/inxmail.yaml.
"""

from __future__ import annotations

import base64
import gzip
import json as jsonlib
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sendspec_emulator.core import (
    Clock,
    Database,
    Emulator,
    SchemaSet,
    build_operations,
)
from sendspec_emulator.inxmail import InxmailProvider, fmt, merge_patch, parse_ts
from sendspec_emulator.server import Server, serve
from sendspec_emulator.specs import load_spec

SPEC = load_spec("inxmail")
SCHEMAS = SchemaSet(SPEC)
OPS = {op.operation_id: op for op in build_operations(SPEC)}
AUTH = "Basic " + base64.b64encode(b"demo-client:demo-secret").decode()
#: the spec's server path with the {customer} variable at its default
PREFIX = "/customer/rest/v1"


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _resolve(pointer: str) -> Any:
    node: Any = SPEC
    for token in pointer.strip("/").split("/"):
        node = node[token.replace("~1", "/").replace("~0", "~")]
    return node


def response_pointer(op_id: str, status: int, media: str) -> str | None:
    """The schema pointer of the documented response (None when it has no body)."""
    op = OPS[op_id]
    base = f"/paths/{_escape(op.template)}/{op.method.lower()}/responses/{status}"
    response = _resolve(base)
    if "$ref" in response:
        base = response["$ref"][1:]
        response = _resolve(base)
    content = response.get("content") or {}
    if not content:
        return None
    assert media in content, f"{op_id} {status}: {media} not documented"
    return f"{base}/content/{_escape(media)}/schema"


def check(op_id: str, response: httpx.Response) -> Any:
    """Validate a response against the spec; returns the JSON body (or None)."""
    status = response.status_code
    responses = SPEC["paths"][OPS[op_id].template][OPS[op_id].method.lower()]["responses"]
    assert str(status) in responses, f"{op_id}: undocumented status {status}: {response.text}"
    for header in ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"):
        assert int(response.headers[header]) >= 0
    if not response.content:
        assert response_pointer(op_id, status, "application/hal+json") is None or status == 304
        return None
    media = response.headers["content-type"].split(";")[0]
    assert media == ("application/hal+json" if status < 400 else "application/problem+json")
    pointer = response_pointer(op_id, status, media)
    assert pointer is not None
    body = response.json()
    assert SCHEMAS.violations(pointer, body) == [], body
    return body


def make_app(**kwargs: Any) -> Emulator:
    app = Emulator(SPEC, InxmailProvider(Database(), Clock(), **kwargs))
    assert app.prefix == PREFIX  # the server variable {customer} takes its default
    return app


class Emu:
    def __init__(self, server: Server, auth: str | None = AUTH) -> None:
        self.server = server
        headers = {"Accept": "application/hal+json,application/problem+json"}
        if auth:
            headers["Authorization"] = auth
        self.client = httpx.Client(base_url=server.base_url, headers=headers, timeout=30)

    def raw(
        self,
        op_id: str,
        *,
        path: dict[str, Any] | None = None,
        json: Any = None,
        headers: dict[str, str] | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        op = OPS[op_id]
        url = op.template.format(**(path or {}))
        all_headers = dict(headers or {})
        if json is not None:
            media = "application/merge-patch+json" if op.method == "PATCH" else HAL
            all_headers.setdefault("Content-Type", media)
            kwargs["content"] = jsonlib.dumps(json)
        return self.client.request(op.method, url, headers=all_headers, **kwargs)

    def do(self, op_id: str, status: int = 200, **kwargs: Any) -> Any:
        response = self.raw(op_id, **kwargs)
        assert response.status_code == status, response.text
        return check(op_id, response)

    def problem(self, op_id: str, status: int, type_: str, **kwargs: Any) -> dict[str, Any]:
        body: dict[str, Any] = self.do(op_id, status, **kwargs)
        assert body["type"] == type_, body
        assert body["status"] == status
        return body

    def seed(self, **collections: list[dict[str, Any]]) -> dict[str, list[int]]:
        r = httpx.post(f"{self.server.root_url}/_emulator/seed", json=collections, timeout=30)
        assert r.status_code == 200, r.text
        created: dict[str, list[int]] = r.json()["created"]
        return created

    # helpers
    def new_list(self, name: str = "sampleList") -> dict[str, Any]:
        body = {"name": name, "type": "STANDARD", "senderAddress": "john.doe@example.com"}
        result: dict[str, Any] = self.do("create_mailing_list", 201, json=body)
        return result

    def new_attribute(self, name: str, type_: str = "TEXT", **extra: Any) -> dict[str, Any]:
        body = {"name": name, "type": type_, **extra}
        if type_ == "TEXT":
            body.setdefault("maxLength", 30)
        result: dict[str, Any] = self.do("create_recipient_attribute", 201, json=body)
        return result

    def new_recipient(self, email: str, **attributes: Any) -> dict[str, Any]:
        body = {"email": email, "attributes": attributes}
        result: dict[str, Any] = self.do("create_recipient", 201, json=body)
        return result

    def new_mailing(self, list_id: int, name: str = "News") -> dict[str, Any]:
        body = {
            "name": name,
            "subject": "Hello [firstName]",
            "listId": list_id,
            "editorContentType": "TEXT_HTML",
            "text": "Hi [firstName]",
            "html": "<p>Hi [firstName]</p>",
        }
        result: dict[str, Any] = self.do("create_regular_mailing", 201, json=body)
        return result


HAL = "application/hal+json"


@pytest.fixture
def server() -> Iterator[Server]:
    with serve(make_app()) as srv:
        yield srv


@pytest.fixture
def emu(server: Server) -> Iterator[Emu]:
    e = Emu(server)
    yield e
    e.client.close()


def test_every_operation_is_exercised_here() -> None:
    source = Path(__file__).read_text()
    assert len(OPS) == 116
    missing = [op for op in OPS if f'"{op}"' not in source]
    assert missing == []


# ------------------------------------------------------------------------------ auth, errors


def test_auth_missing_is_401_wrong_is_403(server: Server) -> None:
    anonymous = Emu(server, auth=None)
    body = anonymous.problem("get_root", 401, "about:blank")
    assert body["title"] == "Unauthorized"
    wrong = Emu(server, auth="Basic " + base64.b64encode(b"demo-client:nope").decode())
    assert wrong.problem("list_mailing_lists", 403, "about:blank")["title"] == "Forbidden"
    garbage = Emu(server, auth="Basic !!!")
    garbage.problem("get_root", 403, "about:blank")
    bearer = Emu(server, auth="Bearer x")
    bearer.problem("get_root", 401, "about:blank")


def test_root_links_are_absolute(emu: Emu, server: Server) -> None:
    root = emu.do("get_root")
    assert root["_links"]["self"]["href"] == server.root_url + PREFIX + "/"
    assert root["_links"]["inx:lists"]["href"] == server.root_url + PREFIX + "/lists"
    assert root["_links"]["curies"][0]["name"] == "inx"


def test_listed_recipients_link_under_the_origin_each_request_names(emu: Emu) -> None:
    # a listing's recipients are rendered once per stored row and origin (core.rendered):
    # the same rows under another Host (or scheme) link there, and an update shows
    made = emu.new_recipient("one@example.com")
    for origin, headers in [
        ("http://a.example", {"Host": "a.example"}),
        ("http://b.example:8080", {"Host": "b.example:8080"}),
        ("https://a.example", {"Host": "a.example", "X-Forwarded-Proto": "https"}),
        ("http://a.example", {"Host": "a.example"}),
    ]:
        page = emu.do("list_recipients", headers=headers)
        (listed,) = page["_embedded"]["inx:recipients"]
        assert listed["_links"]["self"]["href"] == f"{origin}{PREFIX}/recipients/{made['id']}"
    emu.do("patch_recipient", path={"id": made["id"]}, json={"email": "two@example.com"})
    (listed,) = emu.do("list_recipients")["_embedded"]["inx:recipients"]
    assert (listed["email"], listed["lowerEmail"]) == ("two@example.com", "two@example.com")


def test_accept_problem_json_only_is_406(emu: Emu) -> None:
    emu.problem("get_root", 406, "about:blank", headers={"Accept": "application/problem+json"})


def test_problem_bodies(emu: Emu) -> None:
    body = emu.problem("create_mailing_list", 400, "validation-error", json={"name": ""})
    fields = {f["field"] for f in body["invalidFields"]}
    assert {"name", "type", "senderAddress"} <= fields
    assert body["_links"]["documentation"]["href"].endswith("/validation-error")
    r = emu.raw("create_mailing_list", content=b"{nope", headers={"Content-Type": HAL})
    assert r.status_code == 400
    assert check("create_mailing_list", r)["type"] == "invalid-request-body"
    r = emu.raw("create_mailing_list", content=b"x", headers={"Content-Type": "text/plain"})
    assert r.status_code == 415
    check("create_mailing_list", r)
    emu.problem("get_mailing_list", 400, "type-mismatch", path={"id": "abc"})
    emu.problem("list_mailing_lists", 400, "type-mismatch", params={"afterId": "x"})
    emu.problem("delete_memberships", 400, "missing-parameter", params={"state": "SUBSCRIBED"})
    emu.problem("list_mailings", 400, "invalid-parameter-value", params={"types": "NOPE"})
    emu.problem("get_mailing_list", 404, "about:blank", path={"id": 99})
    emu.new_list("dup")
    emu.problem(
        "create_mailing_list",
        409,
        "duplicate-resource",
        json={"name": "dup", "type": "STANDARD", "senderAddress": "a@example.com"},
    )


# ------------------------------------------------------------------------------ lists


def test_lists_crud_settings_and_count(emu: Emu) -> None:
    created = emu.new_list()
    lid = created["id"]
    assert created["_links"]["self"]["href"].endswith(f"{PREFIX}/lists/{lid}")
    got = emu.do("get_mailing_list", path={"id": lid})
    assert got["name"] == "sampleList" and got["type"] == "STANDARD"
    updated = emu.do(
        "update_mailing_list",
        path={"id": lid},
        json={"name": "renamed", "senderAddress": "x@example.com", "description": "d"},
    )
    assert updated["name"] == "renamed" and updated["description"] == "d"
    other = emu.new_list("other")
    emu.problem(
        "update_mailing_list",
        409,
        "duplicate-resource",
        path={"id": other["id"]},
        json={"name": "renamed", "senderAddress": "x@example.com"},
    )
    page = emu.do("list_mailing_lists", params={"listNameContainsIgnoreCase": "REN"})
    assert [i["id"] for i in page["_embedded"]["inx:lists"]] == [lid]
    assert emu.do("get_mailing_list_recipient_count", path={"id": lid})["count"] == 0

    setting = {"listId": lid, "settingName": "TrackingPermissionDetachedFromMembership"}
    assert emu.do("get_mailing_list_setting", path=setting)["inherited"] is True
    emu.do("update_mailing_list_setting", path=setting, json={"value": "true"})
    value = emu.do("get_mailing_list_setting", path=setting)
    assert value == {**value, "value": "true", "inherited": False}

    subs = emu.do("get_subscription_settings", path={"listId": lid})
    assert subs["subscriptionType"] == 10
    subs = emu.do(
        "update_subscription_settings",
        path={"listId": lid},
        json={"id": 0, "subscriptionType": 11, "doiConfirmationDuration": 7},
    )
    assert subs["subscriptionType"] == 11
    unsubs = emu.do("get_unsubscription_settings", path={"listId": lid})
    assert unsubs["unsubscriptionType"] == 1
    unsubs = emu.do(
        "update_unsubscription_settings", path={"listId": lid}, json={"unsubscriptionType": 2}
    )
    assert unsubs["unsubscriptionType"] == 2

    emu.do("delete_mailing_list", 204, path={"id": lid})
    emu.problem("get_mailing_list", 404, "about:blank", path={"id": lid})
    emu.problem("delete_mailing_list", 404, "about:blank", path={"id": lid})


# ------------------------------------------------------------------------------ paging


def test_cursor_paging_links_and_live_data(emu: Emu) -> None:
    ids = [emu.new_list(f"list{i}")["id"] for i in range(5)]
    first = emu.do("list_mailing_lists", params={"pageSize": 2})
    assert [i["id"] for i in first["_embedded"]["inx:lists"]] == ids[:2]
    links = first["_links"]
    assert "first" not in links and "inx:upcoming" not in links
    assert links["next"]["href"].endswith(f"afterId={ids[1]}&pageSize=2")
    second = emu.client.get(links["next"]["href"]).json()
    assert [i["id"] for i in second["_embedded"]["inx:lists"]] == ids[2:4]
    assert second["_links"]["first"]["href"].endswith("afterId=0&pageSize=2")
    # live data: a list deleted before we get there is skipped, a new one appears
    emu.do("delete_mailing_list", 204, path={"id": ids[4]})
    new = emu.new_list("late")["id"]
    third = emu.client.get(second["_links"]["next"]["href"]).json()
    assert check("list_mailing_lists", emu.client.get(second["_links"]["next"]["href"])) == third
    assert [i["id"] for i in third["_embedded"]["inx:lists"]] == [new]
    assert "next" not in third["_links"]
    upcoming = third["_links"]["inx:upcoming"]["href"]
    assert upcoming.endswith(f"afterId={new}&pageSize=2")
    empty = emu.client.get(upcoming).json()
    assert empty["_embedded"]["inx:lists"] == []
    newer = emu.new_list("newer")["id"]
    assert [i["id"] for i in emu.client.get(upcoming).json()["_embedded"]["inx:lists"]] == [newer]
    # ids are never reused
    assert newer > new > ids[4]


def test_page_size_adjustment(emu: Emu) -> None:
    emu.new_list()
    for size, expected in ((0, 1000), (-1, 1000), (5000, 1000), (7, 7)):
        page = emu.do("list_mailing_lists", params={"pageSize": size})
        assert f"pageSize={expected}" in page["_links"]["self"]["href"]
    assert emu.do("list_mailing_lists")["_links"]["self"]["href"].endswith(
        "afterId=0&pageSize=1000"
    )


# ------------------------------------------------------------------------------ recipients


def test_attributes_and_conditional_get(emu: Emu) -> None:
    attr = emu.new_attribute("firstName")
    assert attr["maxLength"] == 30
    emu.new_attribute("age", "INTEGER")
    emu.problem(
        "create_recipient_attribute",
        409,
        "duplicate-resource",
        json={"name": "FIRSTNAME", "type": "TEXT", "maxLength": 5},
    )
    body = emu.problem(
        "create_recipient_attribute", 400, "validation-error", json={"name": "x", "type": "TEXT"}
    )
    assert body["invalidFields"] == [{"field": "maxLength", "problem": "is required"}]
    body = emu.problem(
        "create_recipient_attribute",
        400,
        "validation-error",
        json={"name": "n", "type": "INTEGER", "maxLength": 5},
    )
    assert body["invalidFields"] == [{"field": "maxLength", "problem": "must not be given here"}]
    assert body["detail"] == "maxLength must not be given here"
    emu.problem(
        "create_recipient_attribute",
        400,
        "validation-error",
        json={"name": "email", "type": "BOOLEAN"},
    )
    page = emu.do("list_recipient_attributes")
    assert [a["name"] for a in page["_embedded"]["inx:attributes"]] == ["firstName", "age"]
    r = emu.raw("list_recipient_attributes", headers={"If-Modified-Since": "2999-01-01T00:00:00Z"})
    assert r.status_code == 304 and r.content == b""
    check("list_recipient_attributes", r)
    r = emu.raw(
        "list_recipient_attributes", headers={"If-Modified-Since": "Wed, 21 Oct 2015 07:28:00 GMT"}
    )
    assert r.status_code == 200
    assert emu.do("get_recipient_attribute", path={"id": attr["id"]})["name"] == "firstName"
    emu.do("delete_recipient_attribute", 204, path={"id": attr["id"]})
    emu.problem("get_recipient_attribute", 404, "about:blank", path={"id": attr["id"]})


def test_recipients_create_get_merge_patch_delete(emu: Emu) -> None:
    emu.new_attribute("firstName")
    emu.new_attribute("lastName")
    emu.new_attribute("age", "INTEGER")
    created = emu.new_recipient("John.Doe@example.com", firstName="John", lastName="Doe")
    rid = created["id"]
    # "the response to a POST request will not include the attribute list"
    assert "attributes" not in created
    full = emu.do("get_recipient", path={"id": rid}, params={"allAttributes": "true"})
    assert full["attributes"] == {"firstName": "John", "lastName": "Doe"}
    plain = emu.do("get_recipient", path={"id": rid})
    assert "attributes" not in plain and plain["lowerEmail"] == "john.doe@example.com"
    some = emu.do("get_recipient", path={"id": rid}, params={"attributes": "lastName"})
    assert some["attributes"] == {"lastName": "Doe"}
    patched = emu.do(
        "patch_recipient",
        path={"id": rid},
        json={
            "email": "j.doe@example.com",
            "attributes": {"firstName": "Jonathan", "lastName": None, "age": 40},
        },
    )
    assert patched["email"] == "j.doe@example.com"
    assert patched["attributes"] == {"firstName": "Jonathan", "age": 40}
    emu.problem(
        "create_recipient",
        409,
        "duplicate-email",
        json={"email": "J.DOE@example.com", "attributes": {}},
    )
    other = emu.new_recipient("other@example.com")
    emu.problem(
        "patch_recipient",
        409,
        "duplicate-email",
        path={"id": other["id"]},
        json={"email": "j.doe@example.com"},
    )
    emu.problem(
        "create_recipient",
        400,
        "unknown-recipient-attribute",
        json={"email": "x@example.com", "attributes": {"nope": 1}},
    )
    body = emu.problem(
        "create_recipient",
        400,
        "unparseable-recipient-attribute",
        json={"email": "x@example.com", "attributes": {"firstName": "x" * 31}},
    )
    assert body["expectedDataType"] == "TEXT" and body["maxStringLength"] == 30
    emu.problem(
        "patch_recipient",
        400,
        "unparseable-recipient-attribute",
        path={"id": rid},
        json={"attributes": {"age": "old"}},
    )
    emu.problem(
        "get_recipient",
        400,
        "unknown-recipient-attribute",
        path={"id": rid},
        params={"attributes": "nope"},
    )
    page = emu.do("list_recipients", params={"emailContainsIgnoreCase": "DOE", "attributes": "age"})
    assert [(r["id"], r["attributes"]) for r in page["_embedded"]["inx:recipients"]] == [
        (rid, {"age": 40})
    ]
    emu.do("delete_recipient", 204, path={"id": rid})
    emu.problem("patch_recipient", 404, "about:blank", path={"id": rid}, json={})


def test_patch_recipient_by_email_over_http(emu: Emu) -> None:
    # PATCH /recipients/{email} shares its shape with /recipients/{id}: the core routes by
    # which template's parameter schema the value satisfies
    emu.new_attribute("givenName", maxLength=20)
    rid = emu.new_recipient("john.doe@example.com")["id"]
    body = emu.do(
        "patch_recipient_by_email",
        path={"email": "john.doe@example.com"},
        json={"attributes": {"givenName": "Jonathan"}},
    )
    assert body["id"] == rid and body["attributes"] == {"givenName": "Jonathan"}
    by_id = emu.do("patch_recipient", path={"id": rid}, json={"attributes": {"givenName": "J"}})
    assert by_id["attributes"] == {"givenName": "J"}


def test_merge_patch_rfc7396() -> None:
    assert merge_patch({"a": "b", "c": {"d": "e", "f": "g"}}, {"a": "z", "c": {"f": None}}) == {
        "a": "z",
        "c": {"d": "e"},
    }
    assert merge_patch({"a": [1]}, {"a": [2]}) == {"a": [2]}
    assert merge_patch({"a": 1}, {"b": {"c": None}}) == {"a": 1, "b": {}}


def test_subscriptions_memberships_and_tracking(emu: Emu) -> None:
    lid = emu.new_list()["id"]
    res = emu.do(
        "subscribe_recipient",
        json={"listId": lid, "email": "a@example.com", "trackingPermission": "GRANTED"},
    )
    assert res["result"] == "VERIFIED_SUBSCRIPTION"
    res = emu.do("subscribe_recipient", json={"listId": lid, "email": "a@example.com"})
    assert res["result"] == "DUPLICATE_SUBSCRIPTION"
    assert emu.do("get_mailing_list_recipient_count", path={"id": lid})["count"] == 1
    events = emu.do("list_subscription_events", params={"listId": lid, "embedded": "inx:recipient"})
    items = events["_embedded"]["inx:subscription-events"]
    assert items[0]["_embedded"]["inx:recipient"]["email"] == "a@example.com"
    assert [e["type"] for e in items] == ["VERIFIED_SUBSCRIPTION", "DUPLICATE_SUBSCRIPTION"]
    event = emu.do("get_subscription_event", path={"id": items[0]["id"]})
    rid = event["recipientId"]
    members = emu.do(
        "list_recipients",
        params={
            "subscribedTo": lid,
            "subscriptionDatesForLists": str(lid),
            "trackingPermissionsForLists": str(lid),
        },
    )
    recipient = members["_embedded"]["inx:recipients"][0]
    assert recipient["tracking-permissions"] == [{"listId": lid, "permission": "GRANTED"}]

    perms = emu.do(
        "list_tracking_permissions", params={"listIds": str(lid), "emails": "a@example.com"}
    )
    perm = perms["_embedded"]["inx:tracking-permissions"][0]
    assert emu.do("get_tracking_permission", path={"id": perm["id"]})["recipientId"] == rid
    again = emu.do(
        "create_tracking_permission",
        200,
        json={"listId": lid, "recipientId": rid, "trackingPermissionState": "GRANTED"},
    )
    assert again["id"] == perm["id"]
    pevents = emu.do("list_tracking_permission_events", params={"recipientIds": str(rid)})
    pid = pevents["_embedded"]["inx:tracking-permission-events"][0]["id"]
    assert emu.do("get_tracking_permission_event", path={"id": pid})["listId"] == lid
    emu.do("delete_tracking_permissions", 204, params={"listIds": str(lid)})
    assert (
        emu.do("list_tracking_permissions", params={"listIds": str(lid)})["_embedded"][
            "inx:tracking-permissions"
        ]
        == []
    )
    created = emu.do(
        "create_tracking_permission",
        201,
        json={"listId": lid, "email": "a@example.com", "trackingPermissionState": "GRANTED"},
    )
    assert created["trackingPermissionState"] == "GRANTED"
    for who in ({}, {"recipientId": rid, "email": "a@example.com"}):
        emu.problem(
            "create_tracking_permission",
            400,
            "validation-error",
            json={"listId": lid, "trackingPermissionState": "GRANTED", **who},
        )

    res = emu.do("unsubscribe_recipient", json={"listId": lid, "email": "a@example.com"})
    assert res["result"] == "VERIFIED_UNSUBSCRIPTION"
    body = emu.problem(
        "unsubscribe_recipient",
        400,
        "unsubscription-error",
        json={"listId": lid, "email": "a@example.com"},
    )
    assert body["result"] == "DUPLICATE_UNSUBSCRIPTION"
    body = emu.problem(
        "unsubscribe_recipient",
        400,
        "unsubscription-error",
        json={"listId": lid, "email": "ghost@example.com"},
    )
    assert body["result"] == "NOT_IN_SYSTEM_UNSUBSCRIPTION"
    uevents = emu.do("list_unsubscription_events", params={"types": "VERIFIED_UNSUBSCRIPTION"})
    uid = uevents["_embedded"]["inx:unsubscription-events"][0]["id"]
    assert emu.do("get_unsubscription_event", path={"id": uid})["listId"] == lid
    unsubscribed = emu.do("list_recipients", params={"unsubscribedFrom": lid})
    assert len(unsubscribed["_embedded"]["inx:recipients"]) == 1

    emu.problem(
        "delete_recipient_from_list", 404, "about:blank", path={"id": lid, "recipientId": rid}
    )
    emu.do(
        "delete_recipient_from_list",
        204,
        path={"id": lid, "recipientId": rid},
        params={"deleteUnsubscribed": "true"},
    )
    emu.do("subscribe_recipient", json={"listId": lid, "email": "b@example.com"})
    emu.do("delete_memberships", 204, params={"listId": lid, "state": "SUBSCRIBED"})
    assert emu.do("get_mailing_list_recipient_count", path={"id": lid})["count"] == 0


def test_blacklist(emu: Emu) -> None:
    lid = emu.new_list()["id"]
    entry = emu.do(
        "create_blacklist_entry", 201, json={"pattern": "bad@spam.example", "description": "spam"}
    )
    assert emu.do("get_blacklist_entry", path={"id": entry["id"]})["pattern"] == "bad@spam.example"
    emu.problem(
        "create_blacklist_entry", 409, "duplicate-resource", json={"pattern": "BAD@spam.example"}
    )
    emu.problem(
        "create_recipient", 400, "blacklisted", json={"email": "bad@spam.example", "attributes": {}}
    )
    # wildcard patterns (documented, but refused by the spec's create schema) can be seeded
    emu.seed(**{"blacklist-entries": [{"pattern": "*@wild.example"}]})
    emu.problem(
        "subscribe_recipient", 400, "blacklisted", json={"listId": lid, "email": "x@wild.example"}
    )
    page = emu.do("list_blacklist_entries")
    assert len(page["_embedded"]["inx:blacklist-entries"]) == 2
    emu.do("delete_blacklist_entry", 204, params={"pattern": "bad@spam.example"})
    emu.problem(
        "delete_blacklist_entry", 404, "about:blank", params={"pattern": "bad@spam.example"}
    )
    emu.new_recipient("bad@spam.example")


# ------------------------------------------------------------------------------ mailings


def test_regular_mailing_lifecycle(emu: Emu) -> None:
    lid = emu.new_list()["id"]
    emu.new_attribute("firstName")
    emu.do(
        "subscribe_recipient",
        json={"listId": lid, "email": "r@example.com", "attributes": {"firstName": "Rita"}},
    )
    mailing = emu.new_mailing(lid)
    mid = mailing["id"]
    assert mailing["_links"]["self"]["href"].endswith(f"/regular-mailings/{mid}")
    got = emu.do("get_regular_mailing", path={"id": mid}, params={"embedded": "inx:editor-content"})
    assert got["mailingState"] == "DRAFT"
    assert got["_embedded"]["inx:editor-content"]["text"] == "Hi [firstName]"
    assert emu.do("get_mailing", path={"id": mid})["type"] == "REGULAR_MAILING"
    patched = emu.do(
        "update_regular_mailing",
        path={"id": mid},
        json={"subject": "New [firstName]", "text": "Hello [firstName]"},
    )
    assert patched["subject"] == "New [firstName]"
    editor = emu.do("get_regular_mailing_editor_content", path={"id": mid})
    assert editor["text"] == "Hello [firstName]"
    profile = emu.do(
        "create_test_profile",
        201,
        json={"listId": lid, "email": "t@example.com", "attributes": {"firstName": "Tess"}},
    )
    rendered = emu.do(
        "get_mailing_rendered_content", path={"id": mid}, params={"testProfileId": profile["id"]}
    )
    assert rendered["text"] == "Hello Tess"
    emu.problem(
        "get_mailing_rendered_content",
        400,
        "invalid-parameter-value",
        path={"id": mid},
        params={"testProfileId": 999},
    )
    size = emu.do("get_mailing_rendered_content_size", path={"id": mid})
    assert size["renderedContentSize"] > 0

    emu.problem(
        "schedule_regular_mailing",
        400,
        "validation-error",
        path={"id": mid},
        json={"scheduleDate": "2030-01-01T10:00:00Z"},
    )
    approval = emu.do(
        "create_mailing_approval",
        201,
        path={"mailingId": mid},
        json={"approvalCommand": "APPROVE", "approvalComment": "ok"},
    )
    assert approval["approvalStateTransition"] == "APPROVED"
    approvals = emu.do("list_mailing_approvals", path={"mailingId": mid})
    assert len(approvals["_embedded"]["inx:approvals"]) == 1
    schedule = emu.do(
        "schedule_regular_mailing",
        201,
        path={"id": mid},
        json={"scheduleDate": "2030-01-01T10:00:00Z"},
    )
    assert schedule["scheduleDate"] == "2030-01-01T10:00:00Z"
    emu.do(
        "reschedule_regular_mailing",
        path={"id": mid},
        json={"scheduleDate": "2030-02-01T10:00:00Z"},
    )
    assert emu.do("get_regular_mailing_schedule", path={"id": mid})["scheduleDate"].startswith(
        "2030-02-01"
    )
    emu.do("unschedule_regular_mailing", 204, path={"id": mid})
    emu.problem("get_regular_mailing_schedule", 404, "about:blank", path={"id": mid})

    sending = emu.do("create_sending", 201, json={"mailingId": mid})
    sid = sending["id"]
    assert sending["state"] == "FINISHED" and sending["type"] == "MASS_MAILING"
    assert emu.do("get_sending", path={"id": sid})["mailingId"] == mid
    details = emu.do("get_sending_details", path={"id": sid})
    assert details["recipientsCount"] == 1 and details["deliveredMailsCount"] == 1
    protocol = emu.do(
        "list_sending_protocol_entries",
        path={"sendingId": sid},
        params={"embedded": "inx:recipient", "recipientAttributes": "firstName"},
    )
    entry = protocol["_embedded"]["inx:protocol-entries"][0]
    assert entry["state"] == "SENT"
    assert entry["_embedded"]["inx:recipient"]["attributes"] == {"firstName": "Rita"}
    assert emu.do("list_sendings", params={"mailingId": mid})["_embedded"]["inx:sendings"]
    stats = emu.do("get_sending_statistics", params={"mailingId": mid})
    assert stats["recipientsCount"] == 1
    assert emu.do("get_response_statistics", params={"mailingId": mid})["totalClicks"] == 0
    emu.problem("get_response_statistics", 404, "about:blank", params={"mailingId": 999})
    listed = emu.do(
        "list_regular_mailings",
        params={"mailingStates": "FINISHED", "embedded": "inx:sending-statistics"},
    )
    item = listed["_embedded"]["inx:regular-mailings"][0]
    assert item["_embedded"]["inx:sending-statistics"]["deliveredMailsCount"] == 1
    all_mailings = emu.do(
        "list_mailings", params={"hasSending": "true", "embedded": "inx:response-statistics"}
    )
    assert [m["id"] for m in all_mailings["_embedded"]["inx:mailings"]] == [mid]

    copy = emu.do("copy_mailing", 201, params={"command": "copy"}, json={"mailingId": mid})
    assert copy["name"] == "Copy of News" and copy["id"] != mid
    emu.do("delete_regular_mailing", 204, path={"id": copy["id"]})
    emu.problem("get_regular_mailing", 404, "about:blank", path={"id": copy["id"]})
    emu.do("create_test_sending", 202, json={"mailingId": mid, "testProfileIds": [profile["id"]]})
    emu.problem("create_test_sending", 404, "about:blank", json={"mailingId": 999})
    preview = emu.do(
        "create_temporary_preview",
        json={"listId": lid, "subject": "Hi [firstName]", "testProfileId": profile["id"]},
    )
    assert preview["subject"] == "Hi Tess"


DATETIME_PATTERN = re.compile(SPEC["components"]["schemas"]["DateTimeParam"]["pattern"])


def test_datetime_pattern_admits_exactly_the_real_calendar_dates() -> None:
    """Every day of every month of years 0000-9999: the spec's pattern matches exactly where
    the calendar (datetime.date) has the day, so Feb 29 only in leap years and never year 0."""
    for year in range(10000):
        for month in range(0, 14):
            for day in (0, 1, 28, 29, 30, 31, 32):
                text = f"{year:04d}-{month:02d}-{day:02d}"
                try:
                    real = bool(date.fromisoformat(text))
                except ValueError:
                    real = False
                assert bool(DATETIME_PATTERN.match(text + "T00:00:00Z")) == real, text


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("2016-02-04T10:30:12Z", True),
        ("2025-03-12T14:40:50+0000", True),  # the documented schedule request
        ("2024-02-29T23:59:59.123456789-23:59", True),
        ("2000-02-29T00:00:00+00:00", True),
        ("0001-01-01T00:00:00+01:00", True),
        ("2024-13-45T99:99:99Z", False),
        ("8260-50-19T33:95:45-60:10", False),
        ("2023-02-29T00:00:00Z", False),
        ("1900-02-29T00:00:00Z", False),
        ("0000-01-01T00:00:00Z", False),
        ("2024-01-01T24:00:00Z", False),
        ("2024-01-01T00:60:00Z", False),
        ("2024-01-01T00:00:60Z", False),
        ("2024-01-01T00:00:00+24:00", False),
        ("2024-01-01T00:00:00+0060", False),
        ("2024-01-01T00:00:00", False),
        ("2024-01-01 00:00:00Z", False),
        ("\u0662024-01-01T00:00:00Z", False),  # a non-ASCII digit
    ],
)
def test_datetime_pattern_cases(value: str, valid: bool) -> None:
    assert bool(DATETIME_PATTERN.match(value)) == valid


@given(st.from_regex(DATETIME_PATTERN, fullmatch=True))
@settings(max_examples=300, deadline=None)
def test_every_value_the_pattern_admits_is_a_moment_the_emulator_handles(value: str) -> None:
    ts = parse_ts(value)
    assert ts is not None, value
    assert (
        SCHEMAS.violations(
            "/components/schemas/MailingSchedule", {"id": 1, "scheduleDate": fmt(ts)}
        )
        == []
    )


def test_impossible_dates_are_400_at_input(emu: Emu) -> None:
    """The dates the old, digit-counting pattern let through are rejected before any handler."""
    for op_id, param in (
        ("list_recipients", "lastModifiedSince"),
        ("list_mailings", "createdAfter"),
        ("list_bounces", "startDate"),
        ("list_sendings", "sendingsFinishedAfterDate"),
    ):
        for value in ("2024-13-45T99:99:99Z", "2023-02-29T10:00:00Z"):
            body = emu.problem(op_id, 400, "invalid-parameter-value", params={param: value})
            assert param in body["detail"]
        emu.do(op_id, params={param: "2024-02-29T10:00:00+0000"})
    lid = emu.new_list()["id"]
    mid = emu.new_mailing(lid)["id"]
    emu.do(
        "create_mailing_approval", 201, path={"mailingId": mid}, json={"approvalCommand": "APPROVE"}
    )
    for impossible in (
        "8260-50-19T33:95:45-60:10",
        "2026-02-29T10:00:00Z",
        "2026-01-01T10:00:00+2400",
    ):
        body = emu.problem(
            "schedule_regular_mailing",
            400,
            "validation-error",
            path={"id": mid},
            json={"scheduleDate": impossible},
        )
        assert [f["field"] for f in body["invalidFields"]] == ["scheduleDate"]
    # nothing was scheduled by the refused requests
    emu.problem("get_regular_mailing_schedule", 404, "about:blank", path={"id": mid})
    assert emu.do("get_regular_mailing", path={"id": mid})["mailingState"] == "APPROVED"
    # the documented form (+0000) is stored and answered in UTC
    schedule = emu.do(
        "schedule_regular_mailing",
        201,
        path={"id": mid},
        json={"scheduleDate": "2025-03-12T14:40:50+0100"},
    )
    assert schedule["scheduleDate"] == "2025-03-12T13:40:50Z"
    # a moment whose UTC date would be year 0 keeps its offset (still a valid date-time)
    schedule = emu.do(
        "reschedule_regular_mailing",
        path={"id": mid},
        json={"scheduleDate": "0001-01-01T00:30:00+01:00"},
    )
    assert schedule["scheduleDate"] == "0001-01-01T00:30:00+01:00"


def test_attribute_values_are_real_dates_and_times(emu: Emu) -> None:
    for name, type_ in (("day", "DATE_ONLY"), ("moment", "DATE_AND_TIME"), ("at", "TIME_ONLY")):
        emu.new_attribute(name, type_)
    # the documented create sample: a date-time without zone and a time without Z
    emu.new_recipient(
        "doc@example.com", day="2022-04-03", moment="2022-04-03T14:33:00", at="14:33:00"
    )
    for name, value in (
        ("day", "2023-02-29"),
        ("day", "2024-13-01"),
        ("moment", "2024-13-45T99:99:99Z"),
        ("at", "99:99:99"),
        ("at", "24:00:00Z"),
    ):
        body = emu.problem(
            "create_recipient",
            400,
            "unparseable-recipient-attribute",
            json={"email": "x@example.com", "attributes": {name: value}},
        )
        assert body["expectedDataType"] in ("DATE_ONLY", "DATE_AND_TIME", "TIME_ONLY")
    emu.problem(
        "list_recipients",
        400,
        "unparseable-recipient-attribute-filter",
        params={"attributes.day": "2023-02-29"},
    )
    page = emu.do("list_recipients", params={"attributes.day": "2022-04-03"})
    assert len(page["_embedded"]["inx:recipients"]) == 1


# ------------------------------------------------------------------------------ leniencies


def test_trailing_slash_as_in_the_documented_requests(emu: Emu) -> None:
    """The doc's requests end in "/" (`POST /customer/rest/v1/recipients/`, `.../lists/`, ...)
    and are answered 201: a trailing "/" addresses the same resource."""
    body = {"name": "slashed", "type": "STANDARD", "senderAddress": "john.doe@example.com"}
    created = emu.client.post("/lists/", json=body)
    assert created.status_code == 201, created.text
    check("create_mailing_list", created)
    lid = created.json()["id"]
    got = emu.client.get(f"/lists/{lid}/")
    assert got.status_code == 200 and got.json()["name"] == "slashed"
    r = emu.client.post("/recipients/", json={"email": "j.doe@example.com", "attributes": {}})
    assert r.status_code == 201, r.text
    page = emu.client.get("/recipients/", params={"pageSize": 1})
    assert page.status_code == 200
    assert page.json()["_links"]["self"]["href"].endswith("/recipients?afterId=0&pageSize=1")
    assert emu.client.get("/lists//").status_code == 404  # one slash, not any number
    assert emu.client.get("/LISTS/").status_code == 404  # Spring matches the case exactly


def test_list_parameters_repeated_or_comma_separated(emu: Emu) -> None:
    """ "More than one value can be specified with multiple query parameters or comma separated
    list": both forms select the same items, and the page links repeat the parameter as the
    service's own self links do (`...&types=UNIQUE_COUNT&types=UNSUBSCRIBE_FORM`)."""
    lid = emu.new_list()["id"]
    mailings = [emu.new_mailing(lid, name)["id"] for name in ("a", "b", "c")]
    emu.seed(
        links=[
            {"mailingId": mid, "url": "https://example.com", "name": "l", "type": kind}
            for mid, kind in zip(mailings, ("COUNT", "REDIRECT", "COUNT"), strict=True)
        ]
    )
    wanted = f"mailingIds={mailings[0]}&mailingIds={mailings[1]}"
    repeated = emu.client.get(f"/links?{wanted}&pageSize=1")
    comma = emu.client.get(f"/links?mailingIds={mailings[0]},{mailings[1]}&pageSize=1")
    for r in (repeated, comma):
        check("list_links", r)
    assert repeated.json()["_embedded"] == comma.json()["_embedded"]
    next_href = repeated.json()["_links"]["next"]["href"]
    assert next_href.endswith(f"/links?afterId=1&pageSize=1&{wanted}")
    second = emu.client.get(next_href)
    assert [i["mailingId"] for i in second.json()["_embedded"]["inx:links"]] == [mailings[1]]
    assert "next" not in second.json()["_links"]
    mixed = emu.client.get("/links?types=COUNT&types=REDIRECT,COUNT")
    assert len(check("list_links", mixed)["_embedded"]["inx:links"]) == 3
    only = emu.client.get("/links", params={"types": "REDIRECT"})
    assert [i["type"] for i in only.json()["_embedded"]["inx:links"]] == ["REDIRECT"]
    # an unknown value among them is refused, as is an empty list
    for query in ("types=COUNT&types=BOGUS", "types=COUNT,BOGUS", "mailingIds=", "mailingIds=1,x"):
        r = emu.client.get(f"/links?{query}")
        assert r.status_code == 400, query
        assert r.json()["type"] in ("invalid-parameter-value", "type-mismatch")
    # "Only one value at a time can be specified" for the single-valued ones
    r = emu.client.get(
        "/mailings?createdAfter=2017-10-10T00:00:00Z&createdAfter=2018-10-10T00:00:00Z"
    )
    assert r.status_code == 400 and "given once" in r.json()["detail"]


def test_query_parameter_names_are_case_sensitive(emu: Emu) -> None:
    """Spring binds request parameters by their exact name; the doc spells every one in
    camel case and shows no other spelling, so `pagesize` is not `pageSize` (it is ignored,
    as every unknown parameter)."""
    lid = emu.new_list()["id"]
    for name in ("a", "b"):
        emu.new_mailing(lid, name)
    assert len(emu.do("list_mailings", params={"pagesize": 1})["_embedded"]["inx:mailings"]) == 2
    assert len(emu.do("list_mailings", params={"pageSize": 1})["_embedded"]["inx:mailings"]) == 1


def test_null_for_optional_body_fields_is_absent(emu: Emu) -> None:
    """The payload tables mark the fields that "Must not be null" (all of them required ones);
    an optional field sent as null is treated as not sent (POST/PUT)."""
    lid = emu.do(
        "create_mailing_list",
        201,
        json={
            "name": "nulls",
            "type": "STANDARD",
            "senderAddress": "john.doe@example.com",
            "senderName": None,
            "replyToAddress": None,
            "description": None,
        },
    )["id"]
    got = emu.do("get_mailing_list", path={"id": lid})
    assert got["replyToAddress"] is None and got["senderName"] is None
    ds = emu.do(
        "create_http_datasource", 201, json={"name": "ds", "fetchStrategy": None, "url": None}
    )
    assert ds["fetchStrategy"] == "ONCE"  # the default, as when absent
    recipient = emu.new_recipient("n@example.com")["id"]
    permission = emu.do(
        "create_tracking_permission",
        201,
        json={
            "listId": lid,
            "recipientId": recipient,
            "email": None,
            "trackingPermissionState": "GRANTED",
        },
    )
    assert permission["recipientId"] == recipient
    # a required field stays required: null is no value for it
    body = emu.problem(
        "create_mailing_list",
        400,
        "validation-error",
        json={"name": None, "type": "STANDARD", "senderAddress": "john.doe@example.com"},
    )
    assert body["invalidFields"][0]["field"] == "name"
    # merge-patch keeps RFC 7396: null removes an attribute value; email/attributes must not
    # be null ("The email field must not be null")
    emu.new_attribute("nick")
    rid = emu.new_recipient("m@example.com", nick="Mo")["id"]
    patched = emu.do("patch_recipient", path={"id": rid}, json={"attributes": {"nick": None}})
    assert "nick" not in patched["attributes"]
    for bad in ({"email": None}, {"attributes": None}):
        emu.problem("patch_recipient", 400, "validation-error", path={"id": rid}, json=bad)


def test_seeded_read_only_collections(emu: Emu) -> None:
    lid = emu.new_list()["id"]
    rid = emu.new_recipient("r@example.com")["id"]
    created = emu.seed(
        mailings=[
            {"type": "SPLIT_TEST_MAILING", "listId": lid, "name": "s", "mailingState": "DRAFT"},
            {"type": "ACTION_MAILING", "listId": lid, "name": "a", "mailingState": "ACTIVE"},
            {"type": "TIME_TRIGGER_MAILING", "listId": lid, "name": "t", "mailingState": "ACTIVE"},
            {
                "type": "SUBSCRIPTION_TRIGGER_MAILING",
                "listId": lid,
                "name": "w",
                "mailingState": "USED",
            },
        ],
        actions=[
            {"name": "act", "listId": lid, "actionTriggerType": "ON_CLICK", "actionSequence": []}
        ],
        **{
            "test-mail-groups": [{"name": "g", "listId": lid, "emails": ["t@example.com"]}],
            "design-collections": [{"name": "d", "listId": lid, "version": "1"}],
        },
    )
    split, action, trigger, welcome = created["mailings"]
    links = emu.seed(
        links=[{"mailingId": action, "url": "https://example.com", "name": "l", "type": "REDIRECT"}]
    )["links"]
    reactions = emu.seed(
        sendings=[
            {
                "mailingId": action,
                "listId": lid,
                "state": "FINISHED",
                "type": "SINGLE_MAILING",
                "endDate": "2024-01-01T00:00:00Z",
            }
        ],
        bounces=[
            {
                "listId": lid,
                "mailingId": action,
                "bounceCategory": "HARD",
                "recipientId": rid,
                "timestamp": "2024-01-01T00:00:00Z",
            }
        ],
        clicks=[
            {
                "listId": lid,
                "mailingId": action,
                "linkId": links[0],
                "recipientId": rid,
                "sendingId": 1,
                "timestamp": "2024-01-01T00:00:00Z",
                "bogus": {"x": 1},
            }
        ],
        **{
            "web-beacon-hits": [
                {
                    "listId": lid,
                    "mailingId": action,
                    "sendingId": 1,
                    "recipientId": None,
                    "timestamp": "2024-01-01T00:00:00Z",
                }
            ]
        },
    )
    for op_id, rel, ident in (
        ("list_split_test_mailings", "inx:split-test-mailings", split),
        ("list_action_mailings", "inx:action-mailings", action),
        ("list_trigger_mailings", "inx:trigger-mailings", trigger),
        ("list_subscription_mailings", "inx:subscription-mailings", welcome),
    ):
        page = emu.do(op_id)
        assert [m["id"] for m in page["_embedded"][_rel(op_id)]] == [ident], rel
    assert emu.do("get_split_test_mailing", path={"id": split})["name"] == "s"
    assert emu.do("get_action_mailing", path={"id": action})["name"] == "a"
    assert emu.do("get_trigger_mailing", path={"id": trigger})["name"] == "t"
    assert emu.do("get_subscription_mailing", path={"id": welcome})["name"] == "w"
    emu.problem("get_trigger_mailing", 404, "about:blank", path={"id": split})
    emu.do("delete_action_mailing", 204, path={"id": action})
    assert emu.do("list_links", params={"types": "REDIRECT"})["_embedded"]["inx:links"]
    assert emu.do("get_link", path={"id": links[0]})["url"] == "https://example.com"
    emu.problem("list_mailing_links", 404, "about:blank", path={"id": action})
    assert emu.do("list_mailing_links", path={"id": split})["_embedded"]["inx:links"] == []
    actions = emu.do("list_action_triggers")["_embedded"]["inx:actions"]
    assert emu.do("get_action_trigger", path={"id": actions[0]["id"]})["name"] == "act"
    emu.do("delete_action_trigger", 204, path={"id": actions[0]["id"]})
    bounce = reactions["bounces"][0]
    bounces = emu.do("list_bounces", params={"bounceCategory": "HARD", "embedded": "inx:recipient"})
    assert bounces["_embedded"]["inx:bounces"][0]["_links"]["inx:recipient"]
    assert emu.do("get_bounce", path={"id": bounce})["bounceCategory"] == "HARD"
    click = emu.do("get_click", path={"id": reactions["clicks"][0]})
    assert "bogus" in click or click["linkId"] == links[0]
    assert emu.do("list_clicks", params={"trackedOnly": "true"})["_embedded"]["inx:clicks"]
    hits = emu.do("list_web_beacon_hits", params={"trackedOnly": "true"})
    assert hits["_embedded"]["inx:web-beacon-hits"] == []
    hit = emu.do("get_web_beacon_hit", path={"id": reactions["web-beacon-hits"][0]})
    assert hit["timestamp"] == "2024-01-01T00:00:00Z"
    sendings = emu.do("list_sendings", params={"sendingsFinishedAfterDate": "2023-01-01T00:00:00Z"})
    assert len(sendings["_embedded"]["inx:sendings"]) == 1
    groups = emu.do("list_test_mail_groups")["_embedded"]["inx:test-mail-groups"]
    assert emu.do("get_test_mail_group", path={"id": groups[0]["id"]})["emails"]
    designs = emu.do("list_design_collections")["_embedded"][_rel("list_design_collections")]
    assert emu.do("get_design_collection", path={"id": designs[0]["id"]})["version"] == "1"


def test_seed_refuses_rows_the_spec_forbids(emu: Emu) -> None:
    """A seeded value no reply could carry (an impossible date, a wrong type) is refused at
    input, whole request at once, instead of being stored and trimmed from the answers."""
    for rows in (
        {"web-beacon-hits": [{"mailingId": 1, "timestamp": "not a date"}]},
        {"web-beacon-hits": [{"timestamp": "2024-02-30T00:00:00Z"}]},
        {"mailings": [{"type": "REGULAR_MAILING", "scheduleDate": "8260-50-19T33:95:45-60:10"}]},
        {"mailings": [{"type": "ACTION_MAILING", "mailingState": "SCHEDULED"}]},
        {"clicks": [{"linkId": "three"}]},
        {"bounces": [{"bounceCategory": "HARD"}, "not a row"]},
        {"memberships": [{"recipientId": 1}]},
    ):
        r = httpx.post(f"{emu.server.root_url}/_emulator/seed", json=rows, timeout=30)
        assert r.status_code == 400, (rows, r.text)
        assert "bad control request" in r.json()["error"]
    assert emu.do("list_web_beacon_hits")["_embedded"]["inx:web-beacon-hits"] == []
    assert emu.do("list_bounces")["_embedded"]["inx:bounces"] == []


def _rel(op_id: str) -> str:
    pointer = response_pointer(op_id, 200, "application/hal+json")
    assert pointer
    node = _resolve(pointer)
    while "$ref" in node or "_embedded" in node.get("properties", {}):
        node = _resolve(node["$ref"][1:]) if "$ref" in node else node["properties"]["_embedded"]
    return str(next(iter(node["properties"])))


def test_datasources_target_groups_text_modules_profiles(emu: Emu) -> None:
    lid = emu.new_list()["id"]
    emu.new_attribute("firstName")
    ds = emu.do("create_http_datasource", 201, json={"name": "ds", "url": "http://x"})
    emu.problem("create_http_datasource", 409, "duplicate-resource", json={"name": "ds"})
    updated = emu.do(
        "update_http_datasource",
        path={"id": ds["id"]},
        json={"name": "ds2", "fetchStrategy": "RECIPIENT_BASED"},
    )
    assert updated["fetchStrategy"] == "RECIPIENT_BASED"
    assert emu.do("get_http_datasource", path={"id": ds["id"]})["name"] == "ds2"
    assert len(emu.do("list_http_datasources")["_embedded"]["inx:datasources"]) == 1
    emu.do("delete_http_datasource", 204, path={"id": ds["id"]})

    tg = emu.do("create_target_group", 201, json={"name": "tg", "listId": lid, "filterString": "x"})
    emu.problem(
        "create_target_group", 409, "duplicate-resource", json={"name": "tg", "listId": lid}
    )
    assert emu.do("get_target_group", path={"id": tg["id"]})["filterString"] == "x"
    assert emu.do("list_target_groups", params={"listId": lid})["_embedded"]["inx:target-groups"]
    mid = emu.new_mailing(lid)["id"]
    emu.do(
        "update_regular_mailing",
        path={"id": mid},
        json={
            "targetGroupConfiguration": {
                "combination": "MATCH_ALL",
                "targetGroups": [{"targetGroupId": tg["id"]}],
            }
        },
    )
    emu.do("delete_target_group", 204, path={"id": tg["id"]})

    tm = emu.do(
        "create_text_module",
        201,
        json={
            "name": "footer",
            "listId": lid,
            "type": "TEXT_HTML",
            "text": "Bye [firstName]",
            "html": "<p>[email]</p>",
        },
    )
    emu.problem(
        "create_text_module",
        409,
        "duplicate-resource",
        json={"name": "footer", "listId": lid, "type": "TEXT"},
    )
    got = emu.do(
        "get_text_module",
        path={"id": tm["id"]},
        params={"embedded": "inx:editor-content,inx:recipient-attributes"},
    )
    assert got["_embedded"]["inx:editor-content"]["text"] == "Bye [firstName]"
    attrs = emu.do("get_text_module_recipient_attributes", path={"id": tm["id"]})
    assert [a["name"] for a in attrs["textRecipientAttributes"]] == ["firstName"]
    assert emu.do("update_text_module", path={"id": tm["id"]}, json={"text": "x"})["text"] == "x"
    modules = emu.do("list_text_modules", params={"embedded": "inx:dynamic-parameters"})
    assert modules["_embedded"]["inx:text-modules"][0]["_embedded"]["inx:dynamic-parameters"]
    emu.do("delete_text_module", 204, path={"id": tm["id"]})

    profile = emu.do(
        "create_test_profile",
        201,
        json={"email": "g@example.com", "attributes": {"firstName": "G"}},
    )
    assert profile["type"] == "GLOBAL"
    got = emu.do("get_test_profile", path={"id": profile["id"]}, params={"allAttributes": "true"})
    assert got["attributes"] == {"firstName": "G"}
    patched = emu.do(
        "update_test_profile",
        path={"id": profile["id"]},
        json={"attributes": {"firstName": None}, "description": "d"},
    )
    assert patched["attributes"] == {} and patched["description"] == "d"
    listed = emu.do("list_test_profiles", params={"types": "GLOBAL"})
    assert len(listed["_embedded"]["inx:test-profiles"]) == 1


def test_imports(emu: Emu) -> None:
    lid = emu.new_list()["id"]
    files = {"file": ("r.csv", b"email\na@example.com\n", "text/csv")}
    r = emu.client.post("/imports/recipients", params={"listId": lid}, files=files)
    assert r.status_code == 201, r.text
    created = check("import_recipients", r)
    iid = created["id"]
    assert r.headers["Location"].endswith(f"/imports/recipients/{iid}")
    assert emu.do("get_recipient_import", path={"importId": iid})["state"] == "SUCCESS"
    page = emu.do("list_recipient_import_files", path={"importId": iid})
    fid = page["_embedded"]["inx:files"][0]["id"]
    assert emu.do("get_recipient_import_file", path={"importId": iid, "fileId": fid})["name"]
    emu.seed(**{"import-errors": [{"fileId": fid, "error": "EMAIL_PARSE_ERROR", "line": 2}]})
    errors = emu.do(
        "list_recipient_import_file_errors", path={"importId": iid, "importFileId": fid}
    )
    assert errors["_embedded"]["inx:errors"][0]["error"] == "EMAIL_PARSE_ERROR"
    r = emu.client.post(
        "/imports/recipients",
        content=b"--b--\r\n",
        headers={"Content-Type": "multipart/form-data; boundary=b"},
    )
    assert r.status_code == 400
    assert check("import_recipients", r)["type"] == "missing-request-part"
    r = emu.client.post("/imports/recipients", content=b"a,b", headers={"Content-Type": "text/csv"})
    assert r.status_code == 415
    check("import_recipients", r)
    r = emu.client.post("/imports/recipients", params={"listId": 999}, files=files)
    assert r.status_code == 400
    assert check("import_recipients", r)["type"] == "invalid-parameter-value"


def test_wildcard_attribute_filters(emu: Emu) -> None:
    emu.new_attribute("familyName")
    emu.new_attribute("age", "INTEGER")
    emu.new_attribute("score", "FLOATING_POINT_NUMBER")
    emu.new_recipient("a@example.com", familyName="Doe", age=30)
    emu.new_recipient("b@example.com", familyName="McDOEnald", age=30)
    emu.new_recipient("c@example.com", familyName="Roe", age=31)

    def emails(query: str) -> list[str]:
        r = emu.client.get(f"/recipients?{query}")
        page = check("list_recipients", r)
        assert r.status_code == 200, page
        return [i["email"] for i in page["_embedded"]["inx:recipients"]]

    assert emails("attributes.familyName=Doe") == ["a@example.com"]
    assert emails("attributesContainsIgnoreCase.familyName=doe") == [
        "a@example.com",
        "b@example.com",
    ]
    assert emails("attributes.age=30&attributesContainsIgnoreCase.familyName=MCD") == [
        "b@example.com"
    ]
    assert emails("attributes.age=31") == ["c@example.com"]

    def problem(query: str) -> str:
        r = emu.client.get(f"/recipients?{query}")
        assert r.status_code == 400
        kind: str = check("list_recipients", r)["type"]
        return kind

    assert problem("attributes.nope=1") == "unknown-recipient-attribute"
    assert problem("attributes.age=thirty") == "unparseable-recipient-attribute-filter"
    assert problem("attributes.score=1.5") == "unsupported-recipient-attribute-filter"
    same = "attributes.familyName=Doe&attributesContainsIgnoreCase.familyName=D"
    assert problem(same) == "invalid-parameter-value"
    twice = "attributesContainsIgnoreCase.familyName=D&attributesContainsIgnoreCase.familyName=E"
    assert problem(twice) == "invalid-parameter-value"

    # DELETE /memberships?recipientAttributes.<name>=... removes only the matching members
    lid = emu.new_list()["id"]
    for email in ("a@example.com", "b@example.com", "c@example.com"):
        emu.do("subscribe_recipient", json={"listId": lid, "email": email})
    r = emu.client.delete(
        "/memberships",
        params={"listId": lid, "state": "SUBSCRIBED", "recipientAttributes.age": "30"},
    )
    assert r.status_code == 204, r.text
    assert emails(f"subscribedTo={lid}") == ["c@example.com"]


def _import(emu: Emu, csv: bytes, name: str = "r.csv", **params: Any) -> dict[str, Any]:
    """Upload ``csv``; the import record, its one file and that file's error report."""
    files = {"file": (name, csv, "application/gzip" if name.endswith(".gz") else "text/csv")}
    r = emu.client.post("/imports/recipients", params=params, files=files)
    assert r.status_code == 201, r.text
    monitor = check("import_recipients", r)
    iid = monitor["id"]
    assert emu.do("get_recipient_import", path={"importId": iid}) == monitor
    (file_,) = emu.do("list_recipient_import_files", path={"importId": iid})["_embedded"][
        "inx:files"
    ]
    assert emu.do("get_recipient_import_file", path={"importId": iid, "fileId": file_["id"]}) == {
        **file_,
        "_links": {**file_["_links"], "curies": curies_of(emu)},
    }
    errors = emu.do(
        "list_recipient_import_file_errors", path={"importId": iid, "importFileId": file_["id"]}
    )
    return {
        "import": monitor,
        "file": file_,
        "errors": [
            {k: v for k, v in e.items() if k != "_links"}
            for e in errors.get("_embedded", {}).get("inx:errors", [])
        ],
    }


def curies_of(emu: Emu) -> Any:
    return emu.do("get_root")["_links"]["curies"]


def _recipient(emu: Emu, email: str) -> dict[str, Any]:
    page = emu.do("list_recipients", params={"email": email})
    (item,) = page["_embedded"]["inx:recipients"]
    result: dict[str, Any] = emu.do(
        "get_recipient", path={"id": item["id"]}, params={"allAttributes": True}
    )
    return result


def test_import_reads_the_csv_and_reports_each_bad_line(emu: Emu) -> None:
    lid = emu.new_list()["id"]
    emu.new_attribute("firstName", maxLength=5)
    emu.new_attribute("age", "INTEGER")
    emu.new_attribute("vip", "BOOLEAN")
    emu.new_attribute("birthday", "DATE_ONLY")
    emu.new_attribute("score", "FLOATING_POINT_NUMBER")
    emu.do("create_blacklist_entry", 201, json={"pattern": "gus@blocked.example"})
    csv = (
        b"email;firstName;age;vip;birthday;score;shoeSize;trackingPermission\n"
        b'ann@example.com;"A \\"x\\"";1,234;true;2000-02-29;1,000.5;44;granted\n'
        b"bob@example.com;;;;;;;\n"
        b"not-an-address;Carl;1;true;2000-01-01;1;1;GRANTED\n"
        b"dan@example.com;Dan;eleven;true;2000-01-01;1;1;GRANTED\n"
        b"eve@example.com;Evelyn;1;true;2000-01-01;1;1;GRANTED\n"
        b"fay@example.com;Fay;1\n"
        b"\n"
        b"gus@blocked.example;Gus;1;false;2000-01-01;1;1;denied\n"
        b"hal@example.com;Hal;2;no;2001-02-30;1;1;x\n"
    )
    result = _import(emu, csv, listId=lid)
    assert result["import"]["state"] == "SUCCESS"
    assert (result["import"]["successCount"], result["import"]["failCount"]) == (2, 6)
    file_ = result["file"]
    assert file_["name"] == "r.csv" and file_["state"] == "SUCCESSFUL"
    assert (file_["currentCount"], file_["successCount"], file_["failedCount"]) == (8, 2, 6)
    assert result["errors"] == [
        {"error": "COLUMN_NOT_FOUND_WARN", "column": 7, "value": "shoeSize"},
        {"error": "EMAIL_PARSE_ERROR", "line": 4, "column": 1, "value": "not-an-address"},
        {
            "error": "ATTRIBUTE_PARSE_ERROR",
            "line": 5,
            "column": 3,
            "email": "dan@example.com",
            "value": "eleven",
        },
        {
            "error": "ATTRIBUTE_PARSE_ERROR",
            "line": 6,
            "column": 2,
            "email": "eve@example.com",
            "value": "Evelyn",
        },
        {"error": "LINE_PARSE_ERROR", "line": 7},
        {"error": "BLACKLIST_ERROR", "line": 9, "email": "gus@blocked.example"},
        {
            "error": "ATTRIBUTE_PARSE_ERROR",
            "line": 10,
            "column": 5,
            "email": "hal@example.com",
            "value": "2001-02-30",
        },
    ]
    ann = _recipient(emu, "ann@example.com")
    assert ann["attributes"] == {
        "firstName": 'A "x"',
        "age": 1234,
        "vip": True,
        "birthday": "2000-02-29",
        "score": 1000.5,
    }
    # empty tokens set nothing on a new recipient; an empty boolean is false
    assert _recipient(emu, "bob@example.com")["attributes"] == {"vip": False}
    members = emu.do("list_recipients", params={"subscribedTo": lid})["_embedded"]
    assert sorted(r["email"] for r in members["inx:recipients"]) == [
        "ann@example.com",
        "bob@example.com",
    ]
    permission = emu.do(
        "list_recipients",
        params={"email": "ann@example.com", "trackingPermissionsForLists": str(lid)},
    )["_embedded"]["inx:recipients"][0]["tracking-permissions"]
    assert permission == [{"listId": lid, "permission": "GRANTED"}]


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        ("KEEP_EXISTING", {"firstName": "Old", "lastName": "Keep", "vip": True}),
        ("OVERWRITE_EXCEPT_EMPTY", {"firstName": "New", "lastName": "Keep", "vip": True}),
        ("OVERWRITE_FULL", {"firstName": "New", "vip": False}),
        ("UPDATE", {"firstName": "Old", "lastName": "Keep", "vip": True, "city": "Rome"}),
    ],
)
def test_import_conflict_modes(emu: Emu, mode: str, expected: dict[str, Any]) -> None:
    for name in ("firstName", "lastName", "city"):
        emu.new_attribute(name)
    emu.new_attribute("vip", "BOOLEAN")
    emu.new_recipient("old@example.com", firstName="Old", lastName="Keep", vip=True)
    csv = b"email;firstName;lastName;vip;city\nold@example.com;New;;;Rome\n"
    result = _import(emu, csv, importConflictMode=mode)
    assert result["import"]["successCount"] == 1
    attributes = _recipient(emu, "old@example.com")["attributes"]
    if mode in ("OVERWRITE_EXCEPT_EMPTY", "OVERWRITE_FULL"):
        expected = {**expected, "city": "Rome"}
    assert {k: v for k, v in attributes.items() if v is not None} == expected


def test_import_list_options_and_permission_modes(emu: Emu) -> None:
    lid = emu.new_list()["id"]
    for email in ("stay@example.com", "gone@example.com"):
        emu.do("subscribe_recipient", json={"listId": lid, "email": email})
    emu.do("unsubscribe_recipient", json={"listId": lid, "email": "gone@example.com"})
    csv = b"email;trackingPermission\ngone@example.com;GRANTED\nnew@example.com;GRANTED\n"
    blocked = _import(emu, csv, listId=lid)
    assert blocked["errors"] == [
        {"error": "UNSUBSCRIPTION_ERROR", "line": 2, "email": "gone@example.com"}
    ]
    again = _import(emu, csv, listId=lid, resubscribe=True, truncate=True)
    assert again["errors"] == [] and again["import"]["successCount"] == 2
    members = emu.do("list_recipients", params={"subscribedTo": lid})["_embedded"]
    # truncate removed "stay" before the import re-subscribed the file's recipients
    assert sorted(r["email"] for r in members["inx:recipients"]) == [
        "gone@example.com",
        "new@example.com",
    ]

    def permission(email: str) -> str:
        found = emu.do(
            "list_recipients", params={"email": email, "trackingPermissionsForLists": str(lid)}
        )
        state: str = found["_embedded"]["inx:recipients"][0]["tracking-permissions"][0][
            "permission"
        ]
        return state

    assert permission("new@example.com") == "GRANTED"
    empty = b"email;trackingPermission\nnew@example.com;\n"
    _import(emu, empty, listId=lid, trackingPermissionConflictMode="OVERWRITE_EXCEPT_EMPTY")
    assert permission("new@example.com") == "GRANTED"
    _import(
        emu,
        b"email;trackingPermission\nnew@example.com;no\n",
        listId=lid,
        trackingPermissionConflictMode="KEEP_EXISTING",
    )
    assert permission("new@example.com") == "GRANTED"
    _import(emu, empty, listId=lid)  # OVERWRITE_FULL: an empty value revokes
    assert permission("new@example.com") == "DENIED"
    # without a target list the column is ignored, with a warning
    ignored = _import(emu, b"email;trackingPermission\nx@example.com;GRANTED\n")
    assert ignored["errors"] == [
        {"error": "IGNORED_TRACKING_PERMISSION_WARN", "value": "trackingPermission"}
    ]


def test_import_gzip_and_unreadable_files(emu: Emu) -> None:
    packed = gzip.compress(b"email\nzip@example.com\n")
    assert _import(emu, packed, "import.csv.gz")["import"]["successCount"] == 1
    _recipient(emu, "zip@example.com")
    for content in (b"\xff\xfe not utf-8", b"name;city\nx;y\n", b"email;email\n", b""):
        result = _import(emu, content)
        assert result["import"]["state"] == "FAILED", content
        assert result["file"]["state"] == "FAILED"
        assert result["errors"] == [{"error": "HEADER_ERROR", "line": 1}]
    # records that all fail make a failed import too
    failed = _import(emu, b"email\nnope\n")
    assert failed["import"]["state"] == "FAILED" and failed["import"]["failCount"] == 1


def test_import_above_the_size_limit_is_413() -> None:
    with serve(make_app(max_import_bytes=10)) as srv:
        emu = Emu(srv)
        files = {"file": ("r.csv", b"email\na@example.com\n", "text/csv")}
        r = emu.client.post("/imports/recipients", files=files)
        assert r.status_code == 413
        check("import_recipients", r)
        emu.client.close()


# ------------------------------------------------------------------------------ rate limiting


def test_rate_limit_headers_and_429() -> None:
    app = make_app(rate_limit=3)
    with serve(app) as server:
        emu = Emu(server)
        remaining = []
        for _ in range(3):
            r = emu.raw("get_root")
            assert r.status_code == 200
            check("get_root", r)
            assert r.headers["X-RateLimit-Limit"] == "3"
            remaining.append(int(r.headers["X-RateLimit-Remaining"]))
        assert remaining == [2, 1, 0]
        r = emu.raw("list_mailing_lists")
        assert r.status_code == 429
        body = check("list_mailing_lists", r)
        assert body["type"] == "about:blank" and body["title"] == "Too Many Requests"
        assert 1 <= int(r.headers["Retry-After"]) <= 60
        app.provider.clock.advance(61)
        assert emu.raw("get_root").status_code == 200


def test_rate_limit_counts_authenticated_requests_only() -> None:
    app = make_app(rate_limit=3)
    with serve(app) as server:
        for _ in range(10):  # anonymous and wrong credentials: answered, not counted
            assert httpx.get(f"{server.base_url}/").status_code == 401
            bad = httpx.get(f"{server.base_url}/", auth=("demo-client", "wrong"))
            assert bad.status_code == 403
        emu = Emu(server)
        assert [emu.raw("get_root").status_code for _ in range(4)] == [200, 200, 200, 429]


def test_rate_limit_headers_without_limit(emu: Emu) -> None:
    r = emu.raw("get_root")
    assert r.headers["X-RateLimit-Limit"] == "600"
    r = emu.raw("get_mailing_list", path={"id": 1})
    assert r.status_code == 404 and "X-RateLimit-Remaining" in r.headers
