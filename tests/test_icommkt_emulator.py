"""The ICOMMKT Transactional Email (Postmark compatible) emulator over real HTTP.

Every call goes through ``Emu.do(operationId, ...)``, which checks the status and validates the
body against the operation's response schema in specs/icommkt-email.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sendspec_emulator import running
from sendspec_emulator.core import SchemaSet, build_operations
from sendspec_emulator.icommkt import parse_template, render, stamp
from sendspec_emulator.server import Server
from sendspec_emulator.specs import load_spec

SLUG = "icommkt-email"
TOKEN = "demo-server-token"
SPEC = load_spec(SLUG)
SCHEMAS = SchemaSet(SPEC)
OPS = {op.operation_id: op for op in build_operations(SPEC)}
TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}[+-]\d{2}:\d{2}$")


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def response_pointer(op_id: str, status: int) -> str:
    op = OPS[op_id]
    base = f"/paths/{_escape(op.template)}/{op.method.lower()}/responses/{status}"
    response = SPEC["paths"][op.template][op.method.lower()]["responses"][str(status)]
    if "$ref" in response:
        base = response["$ref"][1:]
    return base + "/content/application~1json/schema"


class Emu:
    def __init__(self, server: Server, token: str = TOKEN) -> None:
        self.server = server
        self.client = httpx.Client(
            base_url=server.base_url, headers={"X-Trx-Api-Key": token}, timeout=30
        )

    def do(
        self,
        op_id: str,
        status: int = 200,
        *,
        path: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        **kwargs: Any,
    ) -> Any:
        op = OPS[op_id]
        url = op.template.format(**(path or {}))
        response = self.client.request(op.method, url, headers=headers, **kwargs)
        assert response.status_code == status, response.text
        assert response.headers["content-type"].startswith("application/json")
        body = response.json()
        assert SCHEMAS.violations(response_pointer(op_id, status), body) == []
        return body

    def error(self, op_id: str, code: int, status: int = 422, **kwargs: Any) -> str:
        body = self.do(op_id, status, **kwargs)
        assert body["ErrorCode"] == code, body
        message: str = body["Message"]
        return message

    def control(self, action: str, body: Any = None, status: int = 200) -> Any:
        r = httpx.post(f"{self.server.root_url}/_emulator/{action}", json=body or {}, timeout=30)
        assert r.status_code == status, r.text
        return r.json()

    def send(self, **fields: Any) -> dict[str, Any]:
        body: dict[str, Any] = {
            "From": "sender@example.com",
            "To": "receiver@example.org",
            "Subject": "Hello",
            "TextBody": "Hello dear icomm user.",
        }
        body.update(fields)
        result: dict[str, Any] = self.do("send_email", json=body)
        return result

    def page(self, op_id: str, count: int = 50, offset: int = 0, **params: Any) -> Any:
        return self.do(op_id, params={"count": count, "offset": offset, **params})


@pytest.fixture
def server() -> Iterator[Server]:
    with running(SLUG) as srv:
        yield srv


@pytest.fixture
def emu(server: Server) -> Iterator[Emu]:
    e = Emu(server)
    yield e
    e.client.close()


def test_every_operation_is_exercised_here() -> None:
    source = Path(__file__).read_text()
    assert len(OPS) == 46
    missing = [op for op in OPS if f'"{op}"' not in source]
    assert missing == []


# ------------------------------------------------------------------------------ auth & errors


def test_auth_missing_wrong_and_case_insensitive(emu: Emu, server: Server) -> None:
    for headers in ({}, {"X-Trx-Api-Key": "wrong"}):
        with httpx.Client(base_url=server.base_url, headers=headers) as c:
            r = c.get("/deliverystats")
        assert r.status_code == 401
        assert r.json()["ErrorCode"] == 10
    with httpx.Client(base_url=server.base_url, headers={"x-trx-api-key": TOKEN.upper()}) as c:
        assert c.get("/deliverystats").status_code == 200


def test_test_token_validates_but_stores_nothing(emu: Emu, server: Server) -> None:
    test = Emu(server, "ICOMMKT_API_TEST")
    sent = test.send()
    assert sent["ErrorCode"] == 0 and sent["To"] == "receiver@example.org"
    assert re.fullmatch(r"[0-9a-f-]{36}", sent["MessageID"])
    test.error(
        "send_email", 400, json={"From": "nobody@else.com", "To": "a@b.org", "TextBody": "x"}
    )
    batch = test.do(
        "send_email_batch", json=[{"From": "sender@example.com", "To": "a@b.org", "TextBody": "x"}]
    )
    assert batch[0]["ErrorCode"] == 0
    assert emu.page("list_outbound_messages")["TotalCount"] == 0
    emu.error("get_outbound_message_details", 701, path={"messageid": sent["MessageID"]})
    # other operations refuse the test token
    test.error("get_delivery_stats", 10, status=401)


def test_json_errors(emu: Emu) -> None:
    message = emu.error(
        "send_email", 402, content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert "syntactically incorrect" in message
    emu.error("send_email", 409, content=b"From=x", headers={"Content-Type": "text/plain"})
    emu.error("send_email", 403, json={"To": "a@b.org", "TextBody": "x"})  # From missing
    emu.error("send_email", 300, json={"From": "", "To": "a@b.org"})  # From too short
    emu.error("create_template", 1120, json={"Subject": "x", "TextBody": "y"})
    emu.error("list_bounces", 1000, params={"offset": 0})  # count is required (bounces group)
    emu.error("list_bounces", 1000, params={"count": 501, "offset": 0})


# ------------------------------------------------------------------------------ sending


def test_send_is_stored_with_doc_style_timestamps(emu: Emu) -> None:
    sent = emu.send(
        To='"Joe, jr" <joe@example.org>, ann@example.org',
        Cc="cc@example.org",
        Bcc="bcc@example.org",
        Tag="welcome",
        Metadata={"color": "blue"},
        HtmlBody="<p>Hi <a href='https://example.com/x'>x</a></p>",
        TrackOpens=True,
        TrackLinks="HtmlAndText",
        Headers=[{"Name": "X-Custom", "Value": "1"}],
        Attachments=[{"Name": "readme.txt", "Content": "dGVzdA==", "ContentType": "text/plain"}],
        MessageStream="outbound",
    )
    assert sent["Message"] == "OK" and TIMESTAMP.match(sent["SubmittedAt"])
    details = emu.do("get_outbound_message_details", path={"messageid": sent["MessageID"]})
    assert details["To"] == [
        {"Email": "joe@example.org", "Name": "Joe, jr"},
        {"Email": "ann@example.org", "Name": None},
    ]
    assert details["Recipients"] == [
        "joe@example.org", "ann@example.org", "cc@example.org", "bcc@example.org",
    ]  # fmt: skip
    assert details["Tag"] == "welcome" and details["Metadata"] == {"color": "blue"}
    assert details["Attachments"] == ["readme.txt"] and details["Status"] == "Sent"
    assert details["ReceivedAt"] == sent["SubmittedAt"]
    assert {e["Type"] for e in details["MessageEvents"]} == {"Delivered"}
    assert "X-Custom: 1" in details["Body"] and "X-PM-Tag: welcome" in details["Body"]
    dump = emu.do("get_outbound_message_dump", path={"messageid": sent["MessageID"]})
    assert dump["Body"] == details["Body"]
    emu.error("get_outbound_message_dump", 701, path={"messageid": "nope"})


def test_send_rules(emu: Emu) -> None:
    assert "Sender Signature" in emu.error(
        "send_email", 400, json={"From": "x@unknown.org", "To": "a@b.org", "TextBody": "x"}
    )
    emu.control("signatures", {"unconfirmed": ["pending@example.com"], "add": ["@corp.example"]})
    emu.error(
        "send_email", 401, json={"From": "pending@example.com", "To": "a@b.org", "TextBody": "x"}
    )
    emu.send(From="Corp <anyone@corp.example>")  # a domain signature
    emu.error("send_email", 300, json={"From": "sender@example.com", "To": "a@b.org"})  # no body
    assert "'To' address" in emu.error(
        "send_email",
        300,
        json={"From": "sender@example.com", "To": "not-an-address", "TextBody": "x"},
    )
    fifty = ",".join(f"r{i}@example.org" for i in range(50))
    emu.send(To=fifty)
    emu.error(
        "send_email",
        300,
        json={"From": "sender@example.com", "To": fifty, "Bcc": "one@more.org", "TextBody": "x"},
    )
    exe = [{"Name": "run.EXE", "Content": "dGVzdA==", "ContentType": "application/octet-stream"}]
    emu.error(
        "send_email",
        411,
        json={"From": "sender@example.com", "To": "a@b.org", "TextBody": "x", "Attachments": exe},
    )


def test_inactive_recipient_406_and_activation(emu: Emu) -> None:
    first = emu.send(To="hardbounce@example.org, fine@example.org", Tag="invite")
    message = emu.error(
        "send_email",
        406,
        json={"From": "sender@example.com", "To": "HardBounce@example.org", "TextBody": "x"},
    )
    assert "hardbounce@example.org" in message and "fine@example.org" not in message
    bounces = emu.page("list_bounces", type="HardBounce")
    assert bounces["TotalCount"] == 1
    (bounce,) = bounces["Bounces"]
    assert (
        bounce["Inactive"] and bounce["CanActivate"] and bounce["Email"] == "hardbounce@example.org"
    )
    assert bounce["MessageID"] == first["MessageID"] and bounce["Tag"] == "invite"
    assert TIMESTAMP.match(bounce["BouncedAt"])
    one = emu.do("get_bounce", path={"bounceid": bounce["ID"]})
    assert "Content" in one and one["ID"] == bounce["ID"]
    assert emu.do("get_bounce_dump", path={"bounceid": bounce["ID"]})["Body"] == one["Content"]
    events = emu.do("get_outbound_message_details", path={"messageid": first["MessageID"]})
    types = [(e["Recipient"], e["Type"]) for e in events["MessageEvents"]]
    assert ("hardbounce@example.org", "Bounced") in types
    assert ("hardbounce@example.org", "SubscriptionChanged") in types
    assert ("fine@example.org", "Delivered") in types
    activated = emu.do("activate_bounce", path={"bounceid": bounce["ID"]})
    assert activated["Message"] == "OK" and activated["Bounce"]["Inactive"] is False
    emu.send(To="hardbounce@example.org")  # active again (and bounces again)
    emu.error("get_bounce", 1001, path={"bounceid": 999999})
    emu.error("activate_bounce", 1001, path={"bounceid": 999999})
    emu.error("get_bounce_dump", 1001, path={"bounceid": 999999})


def test_spam_complaint_cannot_be_activated_or_unsuppressed(emu: Emu) -> None:
    emu.send(To="spamcomplaint@example.org")
    (bounce,) = emu.page("list_bounces", type="SpamComplaint")["Bounces"]
    # "spam complaints do not include the original sender address": From is there, but ""
    assert bounce["CanActivate"] is False and bounce["From"] == ""
    emu.error("activate_bounce", 1003, path={"bounceid": bounce["ID"]})
    result = emu.do(
        "delete_suppressions",
        path={"stream_id": "outbound"},
        json={"Suppressions": [{"EmailAddress": "spamcomplaint@example.org"}]},
    )
    assert result["Suppressions"][0]["Status"] == "Failed"


def test_bounce_filters_stats_and_tags(emu: Emu) -> None:
    emu.send(To="softbounce@example.org", Tag="a")
    emu.send(To="hardbounce1@example.org", Tag="b")
    emu.send(To="transient@example.org")
    emu.send(To="ok@example.org", Tag="c")
    page = emu.page("list_bounces")
    assert page["TotalCount"] == 3
    assert [b["Type"] for b in page["Bounces"]] == ["Transient", "HardBounce", "SoftBounce"]
    assert emu.page("list_bounces", inactive="true")["TotalCount"] == 1
    assert emu.page("list_bounces", inactive="false")["TotalCount"] == 2
    assert emu.page("list_bounces", emailFilter="BOUNCE")["TotalCount"] == 2
    assert emu.page("list_bounces", tag="a")["Bounces"][0]["Type"] == "SoftBounce"
    message_id = page["Bounces"][0]["MessageID"]
    assert emu.page("list_bounces", messageID=message_id)["TotalCount"] == 1
    assert emu.page("list_bounces", messagestream="broadcast")["TotalCount"] == 0
    assert emu.page("list_bounces", count=1, offset=1)["Bounces"][0]["Type"] == "HardBounce"
    assert emu.do("list_bounce_tags") == ["a", "b"]
    stats = emu.do("get_delivery_stats")
    assert stats["InactiveMails"] == 1
    assert stats["Bounces"][0] == {"Name": "All", "Count": 3}
    assert {b["Type"]: b["Count"] for b in stats["Bounces"][1:]} == {
        "HardBounce": 1, "Transient": 1, "SoftBounce": 1,
    }  # fmt: skip


def test_search_window_and_date_filters(emu: Emu) -> None:
    emu.error("list_bounces", 1000, params={"count": 500, "offset": 9501})
    emu.page("list_bounces", count=500, offset=9500)
    emu.error("list_outbound_messages", 700, params={"count": 1, "offset": 10000})
    emu.error("list_inbound_messages", 700, params={"count": 1, "offset": 10000})
    emu.error("list_message_opens", 700, params={"count": 1, "offset": 10000})
    emu.error("list_bounces", 1000, params={"count": 1, "offset": 0, "fromdate": "2021-02-31"})
    old = emu.send(Subject="old")
    emu.control("clock", {"advance_seconds": 3 * 86400})
    new = emu.send(Subject="new")
    day = new["SubmittedAt"][:10]
    assert emu.page("list_outbound_messages")["Messages"][0]["MessageID"] == new["MessageID"]
    found = emu.page("list_outbound_messages", fromdate=day)
    assert [m["MessageID"] for m in found["Messages"]] == [new["MessageID"]]
    found = emu.page("list_outbound_messages", todate=old["SubmittedAt"][:10])
    assert [m["MessageID"] for m in found["Messages"]] == [old["MessageID"]]
    exact = emu.page("list_outbound_messages", todate=old["SubmittedAt"][:19])
    assert exact["TotalCount"] == 1
    sends = emu.do("get_sent_counts", params={"fromdate": day, "todate": day})
    assert sends == {"Days": [{"Date": day, "Sent": 1}], "Sent": 1}
    emu.error("get_sent_counts", 900, params={"fromdate": "yesterday"})
    emu.control("clock", {"advance_seconds": 45 * 86400})
    emu.error("get_outbound_message_details", 701, path={"messageid": new["MessageID"]})
    assert emu.do("get_sent_counts")["Sent"] == 2  # stats are kept


def test_impossible_dates_are_refused_by_the_spec_and_empty_ones_ignored(emu: Emu) -> None:
    filter_pointer = "/components/schemas/FilterDateTime"
    stats_pointer = "/components/schemas/StatsDate"
    for value in ("2024-02-30", "2023-02-29", "1900-02-29", "0000-01-01", "2024-13-01",
                  "2024-00-10", "2024-04-31", "2024-01-01T24:00", "2024-01-01T12:60",
                  "2024-01-01T12:00:61", "2024-1-01"):  # fmt: skip
        assert SCHEMAS.violations(filter_pointer, value), value
        emu.error("list_outbound_messages", 700,
                  params={"count": 1, "offset": 0, "fromdate": value})  # fmt: skip
        if len(value) <= 10:
            assert SCHEMAS.violations(stats_pointer, value), value
            emu.error("get_outbound_overview", 900, params={"todate": value})
    for value in ("2024-02-29", "2000-02-29", "1600-02-29", "0001-01-01", "9999-12-31T23:59:59",
                  "2024-04-30T00:00", ""):  # fmt: skip
        assert SCHEMAS.violations(filter_pointer, value) == [], value
        emu.page("list_bounces", fromdate=value, todate=value)
        emu.do("get_email_read_times", params={"fromdate": value[:10], "todate": value[:10]})
    emu.send()
    # the documentation's own read-times curl: ?tag=&fromdate=&todate=
    r = emu.client.get("/stats/outbound/opens/readtimes?tag=&fromdate=&todate=")
    assert r.status_code == 200, r.text
    assert emu.client.get("/stats/outbound/sends?fromdate=&todate=").json()["Sent"] == 1


def test_outbound_search_filters(emu: Emu) -> None:
    a = emu.send(To="x@example.org", Tag="t1", Subject="Order #1", Metadata={"color": "blue"})
    emu.send(To="y@example.org", Cc="x2@example.org", Tag="t2", Subject="Other")
    emu.send(To="z@example.org", MessageStream="broadcast")
    assert emu.page("list_outbound_messages")["TotalCount"] == 2
    assert emu.page("list_outbound_messages", messagestream="broadcast")["TotalCount"] == 1
    assert emu.page("list_outbound_messages", recipient="X2@example.org")["TotalCount"] == 1
    assert (
        emu.page("list_outbound_messages", tag="t1")["Messages"][0]["MessageID"] == a["MessageID"]
    )
    assert emu.page("list_outbound_messages", subject="order")["TotalCount"] == 1
    assert emu.page("list_outbound_messages", fromemail="sender@example.com")["TotalCount"] == 2
    assert emu.page("list_outbound_messages", status="queued")["TotalCount"] == 0
    assert emu.page("list_outbound_messages", status="sent")["TotalCount"] == 2
    assert emu.page("list_outbound_messages", metadata_color="blue")["TotalCount"] == 1
    paged = emu.page("list_outbound_messages", count=1, offset=1)
    assert paged["TotalCount"] == 2 and len(paged["Messages"]) == 1


def test_batch_per_item_results(emu: Emu) -> None:
    ok = {"From": "sender@example.com", "To": "a@example.org", "TextBody": "x"}
    results = emu.do(
        "send_email_batch",
        json=[
            ok,
            {**ok, "From": "stranger@nowhere.org"},
            {**ok, "To": "hardbounce@example.org"},
            {**ok, "To": "hardbounce@example.org"},
            {**ok, "Attachments": [{"Name": "x.bat", "Content": "", "ContentType": "a/b"}]},
        ],
    )
    assert [r["ErrorCode"] for r in results] == [0, 400, 0, 406, 411]
    assert "MessageID" not in results[1] and results[0]["Message"] == "OK"
    assert emu.page("list_outbound_messages")["TotalCount"] == 2
    big = [ok] * 501
    emu.error("send_email_batch", 410, json=big)
    emu.error("send_email_batch_with_templates", 410, json={"Messages": [{
        "From": "sender@example.com", "To": "a@b.org", "TemplateId": 1, "TemplateModel": {},
    }] * 501})  # fmt: skip
    assert emu.page("list_outbound_messages")["TotalCount"] == 2


def test_null_members_are_absent(emu: Emu) -> None:
    """postmarker sends null for every unset field; the service reads null as absent."""
    unset = dict.fromkeys(
        ("Cc", "Bcc", "Subject", "Tag", "HtmlBody", "ReplyTo", "Headers", "TrackOpens",
         "TrackLinks", "Metadata", "Attachments", "MessageStream"),
    )  # fmt: skip
    sent = emu.send(**unset)
    details = emu.do("get_outbound_message_details", path={"messageid": sent["MessageID"]})
    assert details["Cc"] == [] and details["Bcc"] == [] and "Tag" not in details
    assert details["MessageStream"] == "outbound" and details["TrackLinks"] == "None"
    assert details["Metadata"] == {} and details["Attachments"] == []
    assert details["TrackOpens"] is False and details["Subject"] == ""
    # an attachment's optional ContentID, too
    attachment = {"Name": "a.txt", "Content": "dGVzdA==", "ContentType": "text/plain",
                  "ContentID": None}  # fmt: skip
    assert emu.send(Attachments=[attachment])["ErrorCode"] == 0
    # both bodies null is no body at all
    emu.error("send_email", 300, json={"From": "sender@example.com", "To": "a@example.org",
                                       "HtmlBody": None, "TextBody": None})  # fmt: skip
    # a required member may not be null (TemplateModel is "object required" in the doc)
    emu.error("send_email", 300, json={"From": None, "To": "a@example.org", "TextBody": "x"})
    emu.do("create_template", json={"Name": "T", "Alias": "t-null", "Subject": "Hi {{name}}",
                                    "TextBody": "Hello {{name}}", "HtmlBody": None,
                                    "TemplateType": None, "LayoutTemplate": None})  # fmt: skip
    templated = {"From": "sender@example.com", "To": "a@example.org", "TemplateId": None,
                 "TemplateAlias": "t-null", "TemplateModel": {"name": "Ann"}, "Cc": None,
                 "InlineCss": None, "TrackLinks": None, "Metadata": None}  # fmt: skip
    sent = emu.do("send_email_with_template", json=templated)
    details = emu.do("get_outbound_message_details", path={"messageid": sent["MessageID"]})
    assert details["Subject"] == "Hi Ann" and "HtmlBody" not in details
    batch = emu.do("send_email_batch_with_templates", json={"Messages": [templated]})
    assert batch[0]["ErrorCode"] == 0
    emu.error("send_email_with_template", 300, json={**templated, "TemplateModel": None})
    edited = emu.do(
        "edit_template",
        path={"templateIdOrAlias": "t-null"},
        json={"Name": "T2", "Subject": None, "Alias": None, "LayoutTemplate": None},
    )
    assert edited["Alias"] == "t-null"  # null leaves the alias as it is
    assert emu.do("get_template", path={"templateIdOrAlias": "t-null"})["Subject"] == "Hi {{name}}"
    checked = emu.do(
        "validate_template",
        json={
            "Subject": "Hi",
            "HtmlBody": None,
            "TextBody": None,
            "TestRenderModel": None,
            "InlineCssForHtmlTestRender": None,
            "TemplateType": None,
            "LayoutTemplate": None,
        },
    )
    assert checked["AllContentIsValid"] is True and "HtmlBody" not in checked


def test_paths_and_query_names_as_aspnet_matches_them(emu: Emu) -> None:
    """A trailing "/", literal path segments and query names in any letter case."""
    ok = {"From": "sender@example.com", "To": "a@example.org", "TextBody": "x"}
    templated = {"From": "sender@example.com", "To": "a@example.org", "TemplateAlias": "lc",
                 "TemplateModel": {}}  # fmt: skip
    emu.do("create_template", json={"Name": "lc", "Alias": "lc", "Subject": "s", "TextBody": "t"})
    for method, url, kwargs in (
        ("POST", "/email/withTemplate/", {"json": templated}),
        ("POST", "/email/batchWithTemplates/", {"json": {"Messages": [templated]}}),
        ("POST", "/Email", {"json": ok}),
        ("POST", "/EMAIL/BATCH/", {"json": [ok]}),
        ("GET", "/bounces/?count=1&offset=0", {}),
        ("GET", "/bounces?COUNT=1&Offset=0&Type=HardBounce", {}),
        ("GET", "/templates?Count=10&Offset=0", {}),
        ("GET", "/Templates/lc/", {}),
        ("GET", "/stats/outbound/opens/readTimes", {}),
        ("GET", "/Stats/Outbound/Opens/ReadTimes/?Tag=x", {}),
        ("GET", "/messages/outbound?Count=1&Offset=0&Recipient=a@example.org", {}),
        ("GET", "/deliverystats/", {}),
    ):
        r = emu.client.request(method, url, **kwargs)
        assert r.status_code == 200, (url, r.text)
    assert emu.client.get("/templates?Count=10&Offset=0").json()["TotalCount"] == 1
    filtered = emu.client.get("/messages/outbound?Count=5&Offset=0&Recipient=a@example.org")
    assert filtered.json()["TotalCount"] == 4
    # a path parameter keeps its case; the name of an unknown parameter is still unknown
    assert emu.client.get("/templates/LC").json()["Alias"] == "lc"  # aliases: case-insensitive
    r = emu.client.get("/bounces?count=1&offset=0&count=2")
    assert r.status_code == 422 and r.json()["ErrorCode"] == 1000  # given twice
    assert emu.client.get("/nothing/here/").status_code == 404


def test_boolean_filters_in_any_letter_case(emu: Emu) -> None:
    """postmarker sends Python's str(True); ASP.NET's bool.Parse takes any case."""
    for word in ("True", "true", "FALSE"):
        r = emu.client.get(f"/bounces?count=10&offset=0&inactive={word}")
        assert r.status_code == 200, (word, r.text)
    r = emu.client.get("/bounces?count=10&offset=0&inactive=yes")
    assert r.status_code == 422 and r.json()["ErrorCode"] == 1000


# ------------------------------------------------------------------------------ templates


def test_template_rendering_unit() -> None:
    model = {
        "company_name": "ACME",
        "person": {"first_name": "Andrew"},
        "employees": [{"name": "Wile", "position": "QA"}, {"name": "Road"}],
        "html": "<b>",
    }
    assert render("Hello {{ person.first_name }}", model, escape=False) == "Hello Andrew"
    assert render("{{#person}}Hi {{first_name}}{{/person}}", model, escape=False) == "Hi Andrew"
    text = (
        "{{#each employees}}[{{name}} at {{../company_name}}"
        "{{#position}} as {{.}}{{/position}}]{{/each}}"
    )
    assert render(text, model, escape=False) == "[Wile at ACME as QA][Road at ACME]"
    assert render("{{^missing}}none{{/missing}}", model, escape=False) == "none"
    assert render("{{html}}|{{{html}}}|{{& html}}", model, escape=True) == "&lt;b&gt;|<b>|<b>"
    _, errors = parse_template("line\n{{#open}} never closed")
    assert errors and errors[0].line == 2 and errors[0].position == 1
    assert TIMESTAMP.match(stamp(1_392_639_901_417_864))
    assert stamp(1_392_639_901_417_864) == "2014-02-17T07:25:01.4178640-05:00"


def test_templates_crud_and_send(emu: Emu) -> None:
    layout = emu.do(
        "create_template",
        json={
            "Name": "Layout", "Alias": "my-layout", "TemplateType": "Layout",
            "HtmlBody": "<html>{{{@content}}}</html>", "TextBody": "== {{{@content}}} ==",
        },
    )  # fmt: skip
    assert layout["TemplateType"] == "Layout" and layout["LayoutTemplate"] is None
    created = emu.do(
        "create_template",
        json={
            "Name": "Welcome", "Alias": "welcome", "Subject": "Hi {{name}}",
            "HtmlBody": "<p>{{name}}: {{#each items}}{{title}};{{/each}}</p>",
            "TextBody": "Hello {{company.name}}", "LayoutTemplate": "my-layout",
        },
    )  # fmt: skip
    template_id = created["TemplateId"]
    assert created["LayoutTemplate"] == "my-layout" and created["Active"] is True
    emu.error(
        "create_template",
        1100,
        json={"Name": "dup", "Alias": "WELCOME", "Subject": "s", "TextBody": "t"},
    )
    emu.error("create_template", 1120, json={"Name": "no subject", "TextBody": "t"})
    emu.error("create_template", 1120, json={"Name": "no body", "Subject": "s"})
    emu.error(
        "create_template",
        1101,
        json={"Name": "n", "Subject": "s", "TextBody": "t", "LayoutTemplate": "nope"},
    )
    emu.error(
        "create_template",
        1123,
        json={"Name": "n", "Subject": "s", "TextBody": "{{{@content}}}", "TemplateType": "Layout"},
    )
    emu.error(
        "create_template",
        1131,
        json={"Name": "n", "TextBody": "no placeholder", "TemplateType": "Layout"},
    )
    emu.error("create_template", 1122, json={"Name": "n", "Subject": "s", "TextBody": "{{#a}}"})
    got = emu.do("get_template", path={"templateIdOrAlias": "welcome"})
    assert got["TemplateId"] == template_id and got["Subject"] == "Hi {{name}}"
    assert emu.do("get_template", path={"templateIdOrAlias": template_id})["Alias"] == "welcome"
    emu.error("get_template", 1101, path={"templateIdOrAlias": "missing"})
    listed = emu.page("list_templates", count=10, offset=0)
    assert listed["TotalCount"] == 2
    assert emu.page("list_templates", TemplateType="Layout")["Templates"][0]["Alias"] == "my-layout"
    assert emu.page("list_templates", LayoutTemplate="my-layout")["TotalCount"] == 1
    sent = emu.do(
        "send_email_with_template",
        json={
            "From": "sender@example.com", "To": "r@example.org", "TemplateAlias": "welcome",
            "TemplateModel": {"name": "<Ann>", "items": [{"title": "a"}, {"title": "b"}],
                              "company": {"name": "ACME"}},
        },
    )  # fmt: skip
    details = emu.do("get_outbound_message_details", path={"messageid": sent["MessageID"]})
    assert details["Subject"] == "Hi <Ann>"
    assert details["HtmlBody"] == "<html><p>&lt;Ann&gt;: a;b;</p></html>"
    assert details["TextBody"] == "== Hello ACME =="
    emu.error("send_email_with_template", 1101, json={
        "From": "sender@example.com", "To": "r@example.org", "TemplateId": 9999,
        "TemplateModel": {},
    })  # fmt: skip
    emu.error("send_email_with_template", 403, json={
        "From": "sender@example.com", "To": "r@example.org", "TemplateModel": {},
    })  # fmt: skip
    results = emu.do(
        "send_email_batch_with_templates",
        json={"Messages": [
            {"From": "sender@example.com", "To": "a@example.org", "TemplateId": template_id,
             "TemplateModel": {"name": "A"}},
            {"From": "sender@example.com", "To": "b@example.org", "TemplateAlias": "nope",
             "TemplateModel": {}},
        ]},
    )  # fmt: skip
    assert [r["ErrorCode"] for r in results] == [0, 1101]
    edited = emu.do(
        "edit_template",
        path={"templateIdOrAlias": template_id},
        json={"Name": "Welcome 2", "Alias": "welcome-v2", "LayoutTemplate": ""},
    )
    assert edited["Alias"] == "welcome-v2" and edited["LayoutTemplate"] is None
    emu.error("edit_template", 1101, path={"templateIdOrAlias": "gone"}, json={"Name": "x"})
    emu.do(
        "edit_template",
        path={"templateIdOrAlias": "welcome-v2"},
        json={"Name": "W", "LayoutTemplate": "my-layout"},
    )
    emu.error("delete_template", 1130, path={"templateIdOrAlias": "my-layout"})
    removed = emu.do("delete_template", path={"templateIdOrAlias": template_id})
    assert removed == {"ErrorCode": 0, "Message": f"Template {template_id} removed."}
    emu.do("delete_template", path={"templateIdOrAlias": "my-layout"})
    emu.error("delete_template", 1101, path={"templateIdOrAlias": "my-layout"})
    assert emu.page("list_templates")["TotalCount"] == 0


def test_validate_template(emu: Emu) -> None:
    result = emu.do(
        "validate_template",
        json={
            "Subject": "{{#company}}{{name}}{{/company}} {{subjectHeadline}}",
            "HtmlBody": "{{#company}}{{address}}{{/company}}{{#each person}} {{name}} {{/each}}",
            "TextBody": "{{#company}}{{phone}}{{/company}}{{#each person}} {{name}} {{/each}}",
            "TestRenderModel": {"userName": "bobby joe"},
        },
    )
    assert result == {
        "AllContentIsValid": True,
        "Subject": {"ContentIsValid": True, "ValidationErrors": [],
                    "RenderedContent": "name_Value subjectHeadline_Value"},
        "HtmlBody": {"ContentIsValid": True, "ValidationErrors": [],
                     "RenderedContent": "address_Value name_Value "},
        "TextBody": {"ContentIsValid": True, "ValidationErrors": [],
                     "RenderedContent": "phone_Value name_Value "},
        "SuggestedTemplateModel": {
            "company": {"name": "name_Value", "address": "address_Value", "phone": "phone_Value"},
            "subjectHeadline": "subjectHeadline_Value",
            "person": [{"name": "name_Value"}],
            "userName": "bobby joe",
        },
    }  # fmt: skip
    bad = emu.do("validate_template", json={"Subject": "ok {{x}}", "HtmlBody": "{{#each a}}x"})
    assert bad["AllContentIsValid"] is False and bad["Subject"]["ContentIsValid"] is True
    assert bad["HtmlBody"]["RenderedContent"] is None
    assert bad["HtmlBody"]["ValidationErrors"][0]["Line"] == 1
    emu.error("validate_template", 1109, json={"TestRenderModel": {}})


# ------------------------------------------------------------------------------ tracking & stats


def test_opens_clicks_and_stats(emu: Emu) -> None:
    sent = emu.send(
        To="a@example.org, b@example.org", Tag="news", TrackOpens=True, TrackLinks="HtmlAndText",
        HtmlBody='<a href="https://example.com/one">1</a> <a href="https://example.com/two">2</a>',
    )  # fmt: skip
    plain = emu.send(To="c@example.org")
    mid = sent["MessageID"]
    client = {"Name": "Chrome 34", "Company": "Google", "Family": "Chrome"}
    geo = {"Country": "Serbia", "City": "Novi Sad"}
    first = emu.control("open", {"MessageID": mid, "Platform": "WebMail", "Client": client,
                                 "Geo": geo, "ReadSeconds": 3})  # fmt: skip
    assert first["FirstOpen"] is True and first["Recipient"] == "a@example.org"
    emu.control("open", {"MessageID": mid, "Platform": "Mobile", "ReadSeconds": 25})
    iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15"
    emu.control("open", {"MessageID": mid, "Recipient": "b@example.org", "UserAgent": iphone})
    emu.control("open", {"MessageID": plain["MessageID"]}, status=409)
    emu.control("click", {"MessageID": mid, "Platform": "Desktop", "Client": client})
    emu.control("click", {"MessageID": mid})
    emu.control("click", {"MessageID": mid, "Link": "https://example.com/two",
                          "ClickLocation": "Text"})  # fmt: skip
    opens = emu.page("list_message_opens")
    assert opens["TotalCount"] == 2  # first open per recipient
    assert {o["Recipient"] for o in opens["Opens"]} == {"a@example.org", "b@example.org"}
    by_recipient = {o["Recipient"]: o for o in opens["Opens"]}
    # every record is as rich as the documentation's sample; an agent it does not know is
    # "Unknown"; the location defaults to the sample's
    unknown = {"Name": "Unknown", "Company": "Unknown", "Family": "Unknown"}
    b = by_recipient["b@example.org"]
    assert (b["RecordType"], b["UserAgent"], b["Platform"]) == ("Open", iphone, "Unknown")
    assert b["Client"] == unknown and b["OS"] == unknown and b["ReadSeconds"] == 0
    assert b["Geo"] == {
        "CountryISOCode": "RS", "Country": "Serbia", "RegionISOCode": "VO",
        "Region": "Autonomna Pokrajina Vojvodina", "City": "Novi Sad", "Zip": "21000",
        "Coords": "45.2517,19.8369", "IP": "188.2.95.4",
    }  # fmt: skip
    a = by_recipient["a@example.org"]
    assert a["Client"] == client and a["Geo"] == geo and a["ReadSeconds"] == 3
    assert a["OS"] == {"Name": "OS X 10.7 Lion", "Company": "Apple Computer, Inc.",
                       "Family": "OS X"}  # fmt: skip
    assert a["UserAgent"].startswith("Mozilla/5.0 (Macintosh")
    assert (
        emu.page("list_message_opens", client_family="chrome", country="Serbia")["TotalCount"] == 1
    )
    assert emu.page("list_message_opens", platform="webmail")["TotalCount"] == 1
    assert emu.page("list_message_opens", tag="other")["TotalCount"] == 0
    per_message = emu.do(
        "list_opens_for_message", path={"messageid": mid}, params={"count": 10, "offset": 0}
    )
    assert per_message["TotalCount"] == 2 and per_message["Opens"][0]["Tag"] == "news"
    emu.error(
        "list_opens_for_message", 701, path={"messageid": "nope"}, params={"count": 1, "offset": 0}
    )
    clicks = emu.page("list_message_clicks")
    assert clicks["TotalCount"] == 2  # first click per recipient and link
    assert {c["OriginalLink"] for c in clicks["Clicks"]} == {
        "https://example.com/one", "https://example.com/two",
    }  # fmt: skip
    assert emu.page("list_message_clicks", client_name="Chrome 34")["TotalCount"] == 1
    by_message = emu.do(
        "list_clicks_for_message", path={"messageid": mid}, params={"count": 1, "offset": 0}
    )
    assert by_message["TotalCount"] == 2 and len(by_message["Clicks"]) == 1
    for click in clicks["Clicks"]:
        assert click["RecordType"] == "Click" and click["Client"]["Family"] == "Chrome"
        assert click["Geo"]["City"] == "Novi Sad" and click["ClickLocation"] in ("HTML", "Text")
        assert set(click) >= {"OS", "Platform", "UserAgent", "OriginalLink", "MessageStream"}
    emu.error(
        "list_clicks_for_message", 701, path={"messageid": "nope"}, params={"count": 1, "offset": 0}
    )
    events = emu.do("get_outbound_message_details", path={"messageid": mid})["MessageEvents"]
    assert [e["Type"] for e in events].count("Opened") == 3
    assert [e["Type"] for e in events].count("LinkClicked") == 3

    overview = emu.do("get_outbound_overview")
    assert overview["Sent"] == 2 and overview["Opens"] == 3 and overview["UniqueOpens"] == 2
    assert overview["TotalClicks"] == 3 and overview["UniqueLinksClicked"] == 2
    assert overview["Tracked"] == 1 and overview["WithLinkTracking"] == 1
    assert overview["WithOpenTracking"] == 1 and overview["TotalTrackedLinksSent"] == 2
    assert overview["WithClientRecorded"] == 1 and overview["BounceRate"] == 0.0
    day = sent["SubmittedAt"][:10]
    assert emu.do("get_outbound_overview", params={"tag": "news"})["Sent"] == 1
    assert emu.do("get_tracked_email_counts") == {
        "Days": [{"Date": day, "Tracked": 1}],
        "Tracked": 1,
    }
    assert emu.do("get_email_open_counts") == {
        "Days": [{"Date": day, "Opens": 3, "Unique": 2}], "Opens": 3, "Unique": 2,
    }  # fmt: skip
    platforms = emu.do("get_email_platform_usage")
    assert (platforms["WebMail"], platforms["Mobile"], platforms["Unknown"]) == (1, 1, 1)
    clients = emu.do("get_email_client_usage")
    assert clients["Chrome"] == 2 and clients["Unknown"] == 1
    assert emu.do("get_email_read_times") == {
        "Days": [{"Date": day, "3s": 1, "20s+": 1, "unknown": 1}],
        "3s": 1,
        "20s+": 1,
        "unknown": 1,
    }
    assert emu.do("get_click_counts")["Clicks"] == 3
    assert emu.do("get_browser_usage")["Chrome"] == 3
    assert emu.do("get_browser_platform_usage")["Desktop"] == 1
    location = emu.do("get_click_location")
    assert (location["HTML"], location["Text"]) == (2, 1)
    empty = emu.do("get_click_counts", params={"fromdate": "2000-01-01", "todate": "2000-01-02"})
    assert empty == {"Days": [], "Clicks": 0, "Unique": 0}


def test_bounce_and_spam_stats(emu: Emu) -> None:
    emu.send(To="hardbounce@example.org, softbounce@example.org, ok@example.org")
    sent = emu.send(To="fine@example.org")
    emu.control("bounce", {"MessageID": sent["MessageID"], "Type": "SpamComplaint"})
    day = sent["SubmittedAt"][:10]
    counts = emu.do("get_bounce_counts")
    assert counts["HardBounce"] == 1 and counts["SoftBounce"] == 1 and counts["Transient"] == 0
    assert counts["Days"] == [{"Date": day, "HardBounce": 1, "SoftBounce": 1}]
    assert emu.do("get_spam_complaint_counts") == {
        "Days": [{"Date": day, "SpamComplaint": 1}], "SpamComplaint": 1,
    }  # fmt: skip
    overview = emu.do("get_outbound_overview", params={"messagestream": "outbound"})
    assert overview["Bounced"] == 2 and overview["BounceRate"] == 100.0
    assert overview["SpamComplaints"] == 1 and overview["SpamComplaintsRate"] == 50.0


# ------------------------------------------------------------------------------ suppressions


def test_suppressions_per_stream(emu: Emu) -> None:
    created = emu.do(
        "create_suppressions",
        path={"stream_id": "outbound"},
        json={
            "Suppressions": [{"EmailAddress": "Good@example.org"}, {"EmailAddress": "bad-address"}]
        },
    )
    assert [(s["Status"], s["Message"] is None) for s in created["Suppressions"]] == [
        ("Suppressed", True), ("Failed", False),
    ]  # fmt: skip
    emu.error(
        "send_email",
        406,
        json={"From": "sender@example.com", "To": "good@example.org", "TextBody": "x"},
    )
    emu.send(To="good@example.org", MessageStream="broadcast")  # another stream
    dump = emu.do("dump_suppressions", path={"stream_id": "outbound"})
    rows = [(s["EmailAddress"], s["SuppressionReason"], s["Origin"]) for s in dump["Suppressions"]]
    assert rows == [("good@example.org", "ManualSuppression", "Customer")]
    assert TIMESTAMP.match(dump["Suppressions"][0]["CreatedAt"])
    assert emu.do("dump_suppressions", path={"stream_id": "broadcast"})["Suppressions"] == []
    filtered = emu.do(
        "dump_suppressions",
        path={"stream_id": "outbound"},
        params={"SuppressionReason": "HardBounce"},
    )
    assert filtered["Suppressions"] == []
    day = dump["Suppressions"][0]["CreatedAt"][:10]
    assert len(emu.do("dump_suppressions", path={"stream_id": "outbound"},
                      params={"fromdate": day, "todate": day, "EmailAddress": "GOOD@example.org"})
               ["Suppressions"]) == 1  # fmt: skip
    emu.error("dump_suppressions", 300, path={"stream_id": "outbound"}, params={"todate": "x"})
    deleted = emu.do(
        "delete_suppressions",
        path={"stream_id": "outbound"},
        json={
            "Suppressions": [
                {"EmailAddress": "good@example.org"},
                {"EmailAddress": "never@example.org"},
            ]
        },
    )
    assert [s["Status"] for s in deleted["Suppressions"]] == ["Deleted", "Deleted"]
    emu.send(To="good@example.org")
    # deleting a hard-bounce suppression reactivates the bounce
    emu.send(To="hardbounce@example.org")
    emu.do("delete_suppressions", path={"stream_id": "outbound"},
           json={"Suppressions": [{"EmailAddress": "hardbounce@example.org"}]})  # fmt: skip
    assert emu.page("list_bounces", inactive="true")["TotalCount"] == 0


# ------------------------------------------------------------------------------ inbound


def test_inbound_messages_and_rules(emu: Emu) -> None:
    rule = emu.do("create_inbound_rule", json={"Rule": "baddomain.com"})
    assert rule["Rule"] == "baddomain.com"
    emu.error("create_inbound_rule", 810, json={"Rule": "BadDomain.com"})
    emu.error("create_inbound_rule", 813, json={"Rule": "not a rule"})
    second = emu.do("create_inbound_rule", json={"Rule": "someone@example.com"})
    rules = emu.do("list_inbound_rules", params={"count": 1, "offset": 1})
    assert rules == {"TotalCount": 2, "InboundRules": [second]}

    blocked = emu.control(
        "inbound", {"From": "spam@baddomain.com", "Subject": "Buy", "To": "in@inbound.icommapp.com"}
    )
    assert blocked["Status"] == "Blocked"
    failed = emu.control("inbound", {"From": "a@ok.org", "Status": "Failed", "MailboxHash": "t-1",
                                     "Tag": "support", "TextBody": "hello"})  # fmt: skip
    processed = emu.control("inbound", {"From": "b@ok.org", "Subject": "Тест."})
    listing = emu.page("list_inbound_messages")
    assert listing["TotalCount"] == 3
    assert [m["MessageID"] for m in listing["InboundMessages"]] == [
        processed["MessageID"], failed["MessageID"], blocked["MessageID"],
    ]  # fmt: skip
    assert emu.page("list_inbound_messages", status="blocked")["TotalCount"] == 1
    assert emu.page("list_inbound_messages", mailboxhash="t-1")["TotalCount"] == 1
    assert emu.page("list_inbound_messages", fromemail="B@ok.org")["TotalCount"] == 1
    assert emu.page("list_inbound_messages", tag="support")["TotalCount"] == 1
    assert emu.page("list_inbound_messages", subject="buy")["TotalCount"] == 1
    assert emu.page("list_inbound_messages", recipient="in@inbound.icommapp.com")["TotalCount"] == 1
    details = emu.do("get_inbound_message_details", path={"messageid": blocked["MessageID"]})
    assert details["BlockedReason"].endswith("baddomain.com") and details["Status"] == "Blocked"
    emu.error("get_inbound_message_details", 701, path={"messageid": "nope"})

    emu.error("bypass_inbound_message", 702, path={"messageid": failed["MessageID"]})
    bypassed = emu.do("bypass_inbound_message", path={"messageid": blocked["MessageID"]})
    assert bypassed["ErrorCode"] == 0 and blocked["MessageID"] in bypassed["Message"]
    assert emu.page("list_inbound_messages", status="processed")["TotalCount"] == 2
    emu.error("bypass_inbound_message", 701, path={"messageid": "nope"})
    emu.error("retry_inbound_message", 703, path={"messageid": processed["MessageID"]})
    retried = emu.do("retry_inbound_message", path={"messageid": failed["MessageID"]})
    assert retried["ErrorCode"] == 0
    assert emu.page("list_inbound_messages", status="scheduled")["TotalCount"] == 1
    emu.error("retry_inbound_message", 701, path={"messageid": "nope"})

    removed = emu.do("delete_inbound_rule", path={"triggerid": rule["ID"]})
    assert removed == {"ErrorCode": 0, "Message": "Rule baddomain.com removed."}
    emu.error("delete_inbound_rule", 812, path={"triggerid": rule["ID"]})
    assert emu.control("inbound", {"From": "spam@baddomain.com"})["Status"] == "Processed"


def test_inbound_rule_is_an_address_or_a_domain_in_the_spec(emu: Emu) -> None:
    """The spec's pattern is the emulator's check: every refusal is ErrorCode 813."""
    rule_pointer = "/components/schemas/CreateInboundRuleRequest/properties/Rule"
    for bad in ("not a rule", "nodot", "example.com.", "-a.com", "a..com", "@example.com",
                "a@b", "x" * 64 + ".com", "a@" + "b" * 250 + ".com", "\u00fc@example.com",
                "a\x85b@example.com", "a b@example.com"):  # fmt: skip
        assert SCHEMAS.violations(rule_pointer, bad), bad
        emu.error("create_inbound_rule", 813, json={"Rule": bad})
    for good in ("someone@rules.example", "Rules.org", "mail.rules.co.uk", "1.2",
                 "o'hara+x@rules.example"):  # fmt: skip
        assert SCHEMAS.violations(rule_pointer, good) == [], good
        emu.do("create_inbound_rule", json={"Rule": good})


def test_huge_paging_values_are_not_server_errors(emu: Emu) -> None:
    assert emu.page("list_templates", count=10**30, offset=10**30)["Templates"] == []
    assert emu.do("list_inbound_rules", params={"count": 1, "offset": 10**25})["InboundRules"] == []
    emu.error("get_template", 1101, path={"templateIdOrAlias": "9" * 40})


def test_a_listed_message_is_the_message_its_details_show(emu: Emu) -> None:
    # the search's messages are rendered once per stored row (core.rendered), the details
    # from the row each time: both say the same, across streams, pages and repeated reads
    emu.send(Tag="a", Cc="Copy <copy@example.org>", Metadata={"k": "v"}, TrackOpens=True)
    emu.send(To="One <one@example.org>, two@example.org", Bcc="hidden@example.org")
    emu.send(Subject="third")
    for _ in range(2):
        for offset in (0, 1):
            listed = emu.page("list_outbound_messages", count=2, offset=offset)["Messages"]
            for message in listed:
                details = emu.do(
                    "get_outbound_message_details", path={"messageid": message["MessageID"]}
                )
                assert {k: details[k] for k in message} == message
                assert ("Tag" in message) == ("Tag" in details)
