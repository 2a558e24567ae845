"""sendspec drift (issue 14, item 2): recorded exchanges checked against the spec offline,
and replayed on the emulator (--against-emulator).

Cassettes are recorded here by the proxy in front of an in-process emulator (and one by
VCR.py itself); the provider docs are not needed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import vcr
import yaml
from samples import IOVOX_HEADERS, iovox_send
from sendspec.cli import main
from sendspec.testing import Emulator
from sendspec_conformance.cassette import Exchange
from sendspec_conformance.drift import SpecCheck, differences
from sendspec_conformance.proxy import Proxy, serving


@pytest.fixture(scope="module")
def iovox() -> Iterator[Emulator]:
    with Emulator.start("iovox-email") as emulator:
        yield emulator


def _record(emulator: Emulator, folder: Path, *, scripted: dict[str, object] | None = None) -> Path:
    """A cassette of two sends and a search through the proxy (the first send answered by
    the ``scripted`` rule when given)."""
    emulator.reset()
    proxy = Proxy("iovox-email", emulator.root_url, record_dir=folder)
    with serving(proxy) as served, httpx.Client(base_url=served.url + "/rest/v1") as http:
        if scripted:
            with emulator.script("send_email", **scripted):
                http.post("/email", json=iovox_send(), headers=IOVOX_HEADERS)
        else:
            http.post("/email", json=iovox_send(), headers=IOVOX_HEADERS)
        http.post("/email", json=iovox_send(subject="Two"), headers=IOVOX_HEADERS)
        http.get("/email/search", params={"link_id": "1234"}, headers=IOVOX_HEADERS)
    assert proxy.cassette_path is not None
    return proxy.cassette_path


def _drift(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["drift", "iovox-email", *args])
    return code, capsys.readouterr().out


def _rows(out: str) -> dict[str, list[str]]:
    """The report's table rows by operation (pairs, valid, first violation)."""
    rows: dict[str, list[str]] = {}
    for line in out.splitlines():
        cells = line.split(None, 3)
        if len(cells) >= 3 and cells[1].isdigit():
            rows[cells[0]] = cells[1:]
    return rows


def test_drift_passes_on_what_the_proxy_recorded(
    iovox: Emulator, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _record(iovox, tmp_path)
    code, out = _drift(capsys, str(tmp_path))
    assert code == 0, out
    rows = _rows(out)
    assert rows["send_email"] == ["2", "2", "-"]
    assert rows["search_emails"] == ["1", "1", "-"]
    assert "3 pairs, 3 valid, 0 with violations" in out


def test_drift_fails_on_a_tampered_cassette_and_names_the_operation(
    iovox: Emulator, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _record(iovox, tmp_path)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    # the second send's message_id becomes a number: the spec says string (uuid)
    response = data["interactions"][1]["response"]
    body = json.loads(response["body"]["string"])
    body["message_id"] = 42
    response["body"]["string"] = json.dumps(body)
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    code, out = _drift(capsys, str(path))
    assert code == 1
    rows = _rows(out)
    assert rows["send_email"][:2] == ["2", "1"]
    assert "response: body.message_id must be of type string" in rows["send_email"][2]
    assert rows["search_emails"] == ["1", "1", "-"]
    assert f"{path}#1: POST /email (send_email)" in out


def test_drift_reports_requests_of_no_operation_and_refuses_what_is_not_a_cassette(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stray = {
        "version": 1,
        "interactions": [
            {
                "request": {"method": "GET", "uri": "https://h/rest/v1/nowhere", "body": None,
                            "headers": {}},
                "response": {"status": {"code": 404, "message": "Not Found"}, "headers": {},
                             "body": {"string": ""}},
            }
        ],
    }  # fmt: skip
    (tmp_path / "stray.yaml").write_text(yaml.safe_dump(stray), encoding="utf-8")
    code, out = _drift(capsys, str(tmp_path / "stray.yaml"))
    assert code == 1
    assert "(no operation: GET /nowhere)" in out
    assert "request: path /nowhere is not a path of the spec" in out
    (tmp_path / "notes.yaml").write_text("just: text\n", encoding="utf-8")
    code, out = _drift(capsys, str(tmp_path / "notes.yaml"))
    assert code == 2
    assert "not a VCR.py cassette" in out


def test_a_cassette_vcrpy_recorded_is_checked_too(
    iovox: Emulator, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "vcr.yaml"
    with vcr.use_cassette(str(path), record_mode="once"):
        sent = httpx.post(iovox.base_url + "/email", json=iovox_send(), headers=IOVOX_HEADERS)
    assert sent.status_code == 201
    code, out = _drift(capsys, str(path))
    assert code == 0, out
    assert _rows(out)["send_email"] == ["1", "1", "-"]


def test_against_emulator_shows_where_the_emulator_answers_differently(
    iovox: Emulator, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the recording says the service refused the first send (a 400 the spec documents, so
    # the cassette is valid), where the emulator accepts it
    path = _record(iovox, tmp_path, scripted={"status": 400, "body": {"errors": ["refused"]}})
    code, out = _drift(capsys, str(path))
    assert code == 0, out
    code, out = _drift(capsys, str(path), "--against-emulator")
    assert code == 1
    replayed = out.split("replayed on the emulator:", 1)[1]
    rows = _rows(replayed)
    assert rows["send_email"][:2] == ["2", "1"]
    assert rows["send_email"][2] == "status: recorded 400, emulator 201"
    assert rows["search_emails"] == ["1", "1", "-"]
    assert "body.errors: only in the recording" in replayed
    assert "body.message_id: only in the emulator's answer" in replayed


def test_against_emulator_passes_when_the_emulator_answers_alike(
    iovox: Emulator, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _record(iovox, tmp_path)
    code, out = _drift(capsys, str(path), "--against-emulator")
    assert code == 0, out
    assert "3 replayed on the emulator, 3 answered alike" in out


def test_the_server_prefix_takes_any_value_of_its_variables() -> None:
    check = SpecCheck("inxmail")
    op, _, local, why = check.route("GET", "/acme-gmbh/rest/v1/mailings")
    assert why is None and op is not None
    assert (op.operation_id, local) == ("list_mailings", "/mailings")


def test_documented_response_headers_are_checked() -> None:
    check = SpecCheck("inxmail")
    exchange = Exchange(
        "GET",
        "https://api.inxmail.com/acme/rest/v1/mailings",
        [("Authorization", "[secure]")],
        b"",
        200,
        "OK",
        [("Content-Type", "application/hal+json"), ("X-RateLimit-Limit", "lots")],
        b'{"_embedded": {"inx:mailings": []}, "_links": {"self": {"href": "x"}}}',
    )
    verdict = check.check(exchange)
    texts = [f.text() for f in verdict.findings]
    assert "response: header X-RateLimit-Limit must be of type integer" in texts


def test_differences_compare_shape_not_values() -> None:
    recorded = {"id": "a", "n": 1, "items": [{"x": 1}], "gone": True}
    emulated = {"id": "b", "n": 2.5, "items": [{"x": "1"}], "new": None}
    assert differences(recorded, emulated) == [
        "body.items[0].x: recorded integer, emulator string",
        "body.gone: only in the recording",
        "body.new: only in the emulator's answer",
    ]


def test_replays_ask_the_emulator_about_what_it_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A recorded follow-up names the recorded message's id; the replay uses the id the
    emulator gave for the same send (else every follow-up would be a 404)."""
    token = {"X-Trx-Api-Key": "demo-server-token"}
    send = {"From": "sender@example.com", "To": "a@example.org", "Subject": "Hi", "TextBody": "x"}
    with Emulator.start("icommkt-email") as emulator:
        proxy = Proxy("icommkt-email", emulator.root_url, record_dir=tmp_path)
        with serving(proxy) as served, httpx.Client(base_url=served.url, headers=token) as http:
            sent = http.post("/email", json=send)
            message_id = sent.json()["MessageID"]
            # the letter case and trailing slash ICOMMKT takes (the spec's leniencies)
            details = http.get(f"/Messages/Outbound/{message_id}/details/")
    assert sent.status_code == details.status_code == 200, details.text
    assert not details.headers.get("x-sendspec-violations")
    assert details.headers["x-sendspec-operation"] == "get_outbound_message_details"
    code = main(["drift", "icommkt-email", str(tmp_path), "--against-emulator"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "2 replayed on the emulator, 2 answered alike" in out


def test_compressed_bodies_as_vcrpy_records_them_are_decoded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """VCR.py keeps an answer as it came over the wire: a gzip body stays gzip."""
    import gzip

    from sendspec_conformance import cassette

    def sent(message_id: object) -> Exchange:
        return Exchange(
            "POST",
            "https://sandbox-rest.iovox.com/rest/v1/email",
            [("username", "[secure]"), ("secureKey", "[secure]"),
             ("Content-Type", "application/json")],
            json.dumps(iovox_send()).encode(),
            201,
            "Created",
            [("Content-Type", "application/json"), ("Content-Encoding", "gzip")],
            gzip.compress(json.dumps({"message_id": message_id}).encode()),
        )  # fmt: skip

    good = tmp_path / "good.yaml"
    good.write_text(cassette.dump([sent("3f2a8c1e-0000-4000-8000-000000000001")]), "utf-8")
    assert "!!binary" in good.read_text(encoding="utf-8")
    code, out = _drift(capsys, str(good))
    assert code == 0, out
    bad = tmp_path / "bad.yaml"
    bad.write_text(cassette.dump([sent(7)]), "utf-8")
    code, out = _drift(capsys, str(bad))
    assert code == 1
    assert "response: body.message_id must be of type string" in out
