"""sendspec proxy (issue 14, item 1): the validating, recording proxy in front of an emulator.

The emulator (in process, on loopback) is the upstream; scripted answers make it answer what
the spec does not allow, which the proxy must report (X-Sendspec-Violations and the log); the
cassette it records must load with VCR.py and hold none of the credentials sent.
"""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import vcr
import yaml
from samples import iovox_send
from sendspec.testing import Emulator
from sendspec_conformance.proxy import (
    OPERATION_HEADER,
    VIOLATIONS_HEADER,
    Proxy,
    header_value,
    serving,
)

#: credentials no emulator starts with, so that finding one in a file means it leaked
USER = "carol-the-customer"
KEY = "sk-live-4f9b2c7e1d"
TOKEN = "srv-token-8a7f6e5d4c3b"
CLIENT_ID = "acme-client-77"
SECRET = "pw-0c1d2e3f4a5b"


@pytest.fixture
def iovox() -> Iterator[Emulator]:
    with Emulator.start("iovox-email", username=USER, secure_key=KEY) as emulator:
        yield emulator


def _headers() -> dict[str, str]:
    return {"username": USER, "secureKey": KEY}


def _violations(response: httpx.Response) -> list[str]:
    raw = response.headers.get(VIOLATIONS_HEADER)
    return json.loads(raw) if raw else []


def test_a_scripted_answer_outside_the_spec_is_reported(
    iovox: Emulator, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="sendspec.proxy")
    proxy = Proxy("iovox-email", iovox.root_url, record_dir=tmp_path)
    with serving(proxy) as served, httpx.Client(base_url=served.url + "/rest/v1") as http:
        # the spec: message_id is a string; the scripted answer gives a number
        with iovox.script("send_email", status=201, body={"message_id": 5}):
            wrong_type = http.post("/email", json=iovox_send(), headers=_headers())
        # a status the spec does not document for the operation
        with iovox.script("send_email", status=418, body={"errors": ["teapot"]}):
            undocumented = http.post("/email", json=iovox_send(), headers=_headers())
    # the answer itself is passed on unchanged
    assert wrong_type.status_code == 201
    assert wrong_type.json() == {"message_id": 5}
    assert wrong_type.headers[OPERATION_HEADER] == "send_email"
    assert _violations(wrong_type) == ["response: body.message_id must be of type string"]
    assert undocumented.status_code == 418
    assert _violations(undocumented) == ["response: status 418 is not a documented response"]
    # and the terminal (the sendspec.proxy log) names them, with the path but no credential
    log = caplog.text
    assert "POST /rest/v1/email -> 201 send_email: 1 violation" in log
    assert "response: body.message_id must be of type string" in log
    assert "response: status 418 is not a documented response" in log
    assert KEY not in log and USER not in log


def test_a_valid_exchange_has_no_violations(
    iovox: Emulator, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="sendspec.proxy")
    proxy = Proxy("iovox-email", iovox.root_url)
    with serving(proxy) as served:
        # the overlay client, pointed at the proxy
        client = iovox.client(base_url=served.url + "/rest/v1")
        from iovox_email_client.api.email import send_email
        from iovox_email_client.models import SendEmailRequest

        with client as c:
            sent = send_email.sync_detailed(client=c, body=SendEmailRequest.from_dict(iovox_send()))
    assert sent.status_code == 201
    assert VIOLATIONS_HEADER.lower() not in {k.lower() for k in sent.headers}
    assert sent.headers[OPERATION_HEADER] == "send_email"
    assert [v.findings for v in proxy.verdicts] == [[]]
    assert "POST /rest/v1/email -> 201 send_email: ok" in caplog.text
    # the emulator got it
    assert iovox.wait_for_message(to="billy@example.org").subject == "Hello"


def test_a_request_outside_the_spec_is_reported(iovox: Emulator) -> None:
    proxy = Proxy("iovox-email", iovox.root_url)
    body = {k: v for k, v in iovox_send().items() if k != "subject"}
    with serving(proxy) as served:
        missing = httpx.post(served.url + "/rest/v1/email", json=body, headers=_headers())
        no_credentials = httpx.post(served.url + "/rest/v1/email", json=iovox_send())
        unknown = httpx.get(served.url + "/rest/v1/nowhere", headers=_headers())
    assert missing.status_code == 400  # the emulator's own answer, documented: no violation
    assert _violations(missing) == ["request: body.subject is required"]
    assert _violations(no_credentials) == [
        "request: credentials are missing: header username and header secureKey"
    ]
    assert OPERATION_HEADER.lower() not in unknown.headers
    assert _violations(unknown) == ["request: path /nowhere is not a path of the spec"]


def test_the_upstream_path_is_not_doubled(iovox: Emulator) -> None:
    """--upstream with the API's path: the client may use the proxy's root or that path."""
    proxy = Proxy("iovox-email", iovox.base_url)  # http://127.0.0.1:PORT/rest/v1
    with serving(proxy) as served:
        at_root = httpx.post(served.url + "/email", json=iovox_send(), headers=_headers())
        with_path = httpx.post(served.url + "/rest/v1/email", json=iovox_send(), headers=_headers())
    assert at_root.status_code == with_path.status_code == 201
    assert not _violations(at_root) and not _violations(with_path)


def test_the_recorded_cassette_loads_with_vcrpy_and_holds_no_credential(
    tmp_path: Path,
) -> None:
    # a credential in a header, in the query (a client that puts one there), and echoed back
    # in an answer's body and Set-Cookie: none of them may reach the file
    with Emulator.start("iovox-email", username=USER, secure_key=KEY) as emulator:
        proxy = Proxy("iovox-email", emulator.root_url, record_dir=tmp_path)
        echo = {"message_id": f"echo {KEY}"}
        with serving(proxy) as served:
            url = f"{served.url}/rest/v1/email?api_key={KEY}&trace=1"
            with emulator.script(
                "send_email", status=201, body=echo, headers={"Set-Cookie": f"session={TOKEN}"}
            ):
                first = httpx.post(url, json=iovox_send(), headers=_headers())
            second = httpx.post(
                served.url + "/rest/v1/email",
                json=iovox_send(subject="Second"),
                headers={**_headers(), "Cookie": f"sid={SECRET}"},
            )
    assert first.status_code == second.status_code == 201
    files = list(tmp_path.glob("*.yaml"))
    assert files == [proxy.cassette_path]
    raw = files[0].read_text(encoding="utf-8")
    for secret in (USER, KEY, TOKEN, SECRET):
        assert secret not in raw
    data = yaml.safe_load(raw)
    assert data["version"] == 1
    assert data["metadata"]["provider"] == "iovox-email"
    request = data["interactions"][0]["request"]
    assert request["headers"]["securekey"] == ["[secure]"]
    assert request["headers"]["username"] == ["[secure]"]
    assert "api_key=[secure]" in request["uri"] and "trace=1" in request["uri"]
    # VCR.py replays it: the same requests get the recorded answers, with no server running
    recorded = data["interactions"]
    with vcr.use_cassette(str(files[0]), record_mode="none", match_on=["method", "uri"]):
        replayed = [
            httpx.request(i["request"]["method"], i["request"]["uri"], content=b"")
            for i in recorded
        ]
    assert [r.status_code for r in replayed] == [201, 201]
    assert replayed[0].json() == {"message_id": "echo [secure]"}
    assert replayed[1].json()["message_id"] == second.json()["message_id"]


def test_basic_token_and_app_key_credentials_are_redacted(tmp_path: Path) -> None:
    with Emulator.start("inxmail", client_id=CLIENT_ID, secret=SECRET) as emulator:
        proxy = Proxy("inxmail", emulator.root_url, record_dir=tmp_path)
        basic = base64.b64encode(f"{CLIENT_ID}:{SECRET}".encode()).decode()
        with serving(proxy) as served:
            listed = httpx.get(
                served.url + "/customer/rest/v1/mailings",
                headers={"Authorization": f"Basic {basic}", "Accept": "application/hal+json"},
            )
    assert listed.status_code == 200, listed.text
    assert _violations(listed) == []
    assert listed.headers[OPERATION_HEADER] == "list_mailings"
    raw = Path(str(proxy.cassette_path)).read_text(encoding="utf-8")
    assert basic not in raw and SECRET not in raw and CLIENT_ID not in raw
    with Emulator.start("icommkt-email", server_token=TOKEN) as emulator:
        proxy = Proxy("icommkt-email", emulator.root_url, record_dir=tmp_path / "icommkt")
        with serving(proxy) as served:
            httpx.get(served.url + "/deliverystats", headers={"X-Trx-Api-Key": TOKEN})
    raw = Path(str(proxy.cassette_path)).read_text(encoding="utf-8")
    assert TOKEN not in raw and "[secure]" in raw
    with Emulator.start("icomm-sms", api_key=KEY) as emulator:
        proxy = Proxy("icomm-sms", emulator.root_url, record_dir=tmp_path / "sms")
        with serving(proxy) as served:
            logs = httpx.get(served.url + "/sms/3/logs", headers={"Authorization": f"App {KEY}"})
    assert logs.status_code == 200 and _violations(logs) == []
    raw = Path(str(proxy.cassette_path)).read_text(encoding="utf-8")
    assert KEY not in raw and "[secure]" in raw


def test_an_unreachable_upstream_is_a_502_naming_it(caplog: pytest.LogCaptureFixture) -> None:
    from sendspec_emulator.server import free_port

    port = free_port()  # nothing listens there
    proxy = Proxy("iovox-email", f"http://127.0.0.1:{port}", record_dir=None)
    with serving(proxy) as served:
        answer = httpx.post(
            served.url + f"/rest/v1/email?api_key={KEY}", json=iovox_send(), headers=_headers()
        )
    assert answer.status_code == 502
    message = answer.json()["sendspec_proxy"]
    assert f"could not reach the upstream http://127.0.0.1:{port}" in message
    assert KEY not in answer.text and KEY not in caplog.text


def test_an_upstream_timeout_is_a_504() -> None:
    def never(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    proxy = Proxy(
        "iovox-email", "https://upstream.invalid", timeout=3, transport=httpx.MockTransport(never)
    )
    with serving(proxy) as served:
        answer = httpx.post(served.url + "/rest/v1/email", json=iovox_send(), headers=_headers())
    assert answer.status_code == 504
    assert answer.json() == {
        "sendspec_proxy": "the upstream https://upstream.invalid did not answer within 3 s"
    }


def test_the_violations_header_stays_a_bounded_json_array() -> None:
    texts = [f"response: body.items[{i}].id must be of type string" + "x" * 300 for i in range(50)]
    value = header_value(texts)
    assert len(value) <= 4000
    assert json.loads(value) == [t[:500] for t in texts[: len(json.loads(value))]]
    assert header_value(["é must be ∅"]).isascii()


def test_the_cli_refuses_a_remote_host_and_a_bad_upstream(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from sendspec.cli import main

    assert main(["proxy", "iovox-email", "--upstream", "http://x", "--host", "0.0.0.0"]) == 2
    assert "not a loopback address" in capsys.readouterr().err
    assert main(["proxy", "iovox-email", "--upstream", "ftp://example.org"]) == 2
    assert "must be an http(s) URL" in capsys.readouterr().err


def test_bodiless_answers_pass_through_and_a_failed_write_stops_no_traffic(
    iovox: Emulator, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    proxy = Proxy("iovox-email", iovox.root_url, record_dir=tmp_path)
    assert proxy.cassette_path is not None
    proxy.cassette_path.mkdir()  # the cassette cannot be written there now
    with serving(proxy) as served, iovox.script("send_email", status=204):
        answer = httpx.post(served.url + "/rest/v1/email", json=iovox_send(), headers=_headers())
    assert answer.status_code == 204 and answer.content == b""
    assert "content-length" not in answer.headers  # none on a 204 (RFC 9110 8.6)
    assert _violations(answer) == ["response: status 204 is not a documented response"]
    assert "could not write" in caplog.text


def test_redaction_reaches_echoed_values_and_passwords_in_urls() -> None:
    from sendspec_conformance.cassette import Exchange, Redactor

    basic = base64.b64encode(f"{CLIENT_ID}:{SECRET}".encode()).decode()
    exchange = Exchange(
        "POST",
        f"https://api.example/hooks?token={TOKEN}&page=2",
        [("Authorization", f"Basic {basic}"), ("Accept", "application/json")],
        b'{"url": "https://hook-user:hook-pass@example.org/in"}',
        200,
        "OK",
        [("Content-Type", "application/json")],
        json.dumps({"owner": CLIENT_ID, "note": f"you sent {SECRET} and {TOKEN}"}).encode(),
    )
    redacted = Redactor().redact(exchange)
    text = repr(redacted)
    for secret in (basic, CLIENT_ID, SECRET, TOKEN, "hook-pass"):
        assert secret not in text
    assert redacted.uri == "https://api.example/hooks?token=[secure]&page=2"
    assert redacted.request_headers == [
        ("Authorization", "[secure]"),
        ("Accept", "application/json"),
    ]
    assert json.loads(redacted.request_body) == {"url": "https://[secure]@example.org/in"}
    assert json.loads(redacted.response_body)["note"] == "you sent [secure] and [secure]"


def test_answers_go_on_decoded_and_only_decodable_encodings_are_asked_for() -> None:
    import gzip

    asked: list[httpx.Request] = []

    def upstream(request: httpx.Request) -> httpx.Response:
        asked.append(request)
        body = gzip.compress(b'{"message_id": "3f2a8c1e-0000-4000-8000-000000000001"}')
        return httpx.Response(
            201,
            headers={"Content-Type": "application/json", "Content-Encoding": "gzip",
                     VIOLATIONS_HEADER: "[\"forged\"]"},
            content=body,
        )  # fmt: skip

    proxy = Proxy("iovox-email", "https://sandbox.invalid", transport=httpx.MockTransport(upstream))
    with serving(proxy) as served:
        answer = httpx.post(
            served.url + "/rest/v1/email",
            json=iovox_send(),
            headers={**_headers(), "Accept-Encoding": "br"},
        )
    assert asked[0].headers["accept-encoding"] == "gzip, deflate"
    assert str(asked[0].url) == "https://sandbox.invalid/rest/v1/email"
    assert answer.status_code == 201
    assert "content-encoding" not in answer.headers
    assert answer.json() == {"message_id": "3f2a8c1e-0000-4000-8000-000000000001"}
    assert VIOLATIONS_HEADER.lower() not in answer.headers  # the upstream's is not passed on


def test_links_to_the_upstream_lead_back_through_the_proxy(tmp_path: Path) -> None:
    """A HAL ``next`` href and a ``Location`` name the upstream: a client following them
    went around the proxy (unchecked, unrecorded). They reach the client with the proxy's
    origin; the check and the cassette keep the upstream's answer as it came."""
    with Emulator.start("inxmail", client_id=CLIENT_ID, secret=SECRET) as emulator:
        proxy = Proxy("inxmail", emulator.root_url, record_dir=tmp_path)
        basic = base64.b64encode(f"{CLIENT_ID}:{SECRET}".encode()).decode()
        headers = {"Authorization": f"Basic {basic}", "Accept": "application/hal+json"}
        with serving(proxy) as served, httpx.Client(headers=headers) as http:
            base = served.url + "/customer/rest/v1"
            created = [
                http.post(
                    base + "/recipients", json={"email": f"r{i}@example.com", "attributes": {}}
                )
                for i in range(3)
            ]
            assert [r.status_code for r in created] == [201, 201, 201], created[0].text
            location = created[0].headers["location"]
            assert location.startswith(base + "/recipients/"), location
            assert http.get(location).status_code == 200
            url, emails = base + "/recipients?pageSize=1", []
            while url:
                page = http.get(url)
                assert page.status_code == 200 and not _violations(page), page.text
                body = page.json()
                assert int(page.headers["content-length"]) == len(page.content)
                emails += [r["email"] for r in body["_embedded"]["inx:recipients"]]
                for rel in ("self", "next", "first"):
                    if rel in body["_links"]:
                        assert body["_links"][rel]["href"].startswith(base + "/"), rel
                url = body["_links"].get("next", {}).get("href")
    assert emails == ["r0@example.com", "r1@example.com", "r2@example.com"]
    # every request of the walk went through the proxy: 3 creates, 1 read, 3 pages
    assert len(proxy.verdicts) == 7
    raw = Path(str(proxy.cassette_path)).read_text(encoding="utf-8")
    assert emulator.root_url in raw and served.url not in raw  # the upstream's own answers


def test_only_the_upstreams_own_origin_is_relinked() -> None:
    from sendspec_conformance.proxy import _replace_origin

    body = (
        b'{"a": "http://up:1/x", "b": "http://up:10/x", "c": "http://up:1", '
        b'"d": "http:\\/\\/up:1\\/y", "e": "see http://up:1?q"}'
    )
    out = _replace_origin(body, b"http://up:1", b"http://me:2")
    out = _replace_origin(out, b"http:\\/\\/up:1", b"http:\\/\\/me:2")
    assert json.loads(out) == {
        "a": "http://me:2/x",
        "b": "http://up:10/x",  # another port: not the upstream
        "c": "http://me:2",
        "d": "http://me:2/y",
        "e": "see http://me:2?q",
    }
    assert (
        _replace_origin(b'{"b": "http://up:10"}', b"http://up:1", b"x") == b'{"b": "http://up:10"}'
    )
