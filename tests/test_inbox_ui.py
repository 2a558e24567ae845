"""The web inbox (``/_emulator/ui/``, issue 12): its pages over plain HTTP (escaping, CSP,
the sandboxed HTML preview, the control token, bad input), ``sendspec emulate --all``, and
the inbox in a real browser: Playwright for Python driving Debian's chromium.

Browser tests: ``.ci/run`` installs chromium when it is missing and sets
``SENDSPEC_BROWSER_TESTS=1``; then (or under ``CI``) a missing chromium or Playwright is a
failure. Elsewhere they are skipped with the reason (``apt-get install chromium``, or set
``SENDSPEC_CHROMIUM`` to another Chromium binary). Screenshots go to ``reports/``;
``SENDSPEC_UPDATE_SCREENSHOT=1`` (``make inbox-screenshot``) also refreshes
``docs/inbox.png``, the README's picture.
"""

from __future__ import annotations

import base64
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from icomm_sms_client.api.default import send_sms_messages
from icomm_sms_client.models import (
    SmsDestination,
    SmsMessage,
    SmsRequestEnvelope,
    SmsResponseEnvelope,
    SmsTextMessageContent,
)
from icommkt_email_client.api.email import send_email
from icommkt_email_client.models import Attachment, EmailMessage
from sendspec import icommkt, sms
from sendspec.runtime import expect
from sendspec_emulator import Server, running

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "reports"
CHROMIUM = os.environ.get("SENDSPEC_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
BROWSER_REQUIRED = os.environ.get("SENDSPEC_BROWSER_TESTS") == "1" or bool(os.environ.get("CI"))
HTML = (
    "<h1 id=greeting>Welcome aboard, Billy</h1><p>Your order shipped.</p>"
    "<script>document.body.insertAdjacentHTML('beforeend', '<p id=ran>script ran</p>')</script>"
)


# --------------------------------------------------------------------------------- servers


@pytest.fixture(scope="module")
def mail() -> Iterator[Server]:
    with running("icommkt-email") as server:
        yield server


@pytest.fixture(scope="module")
def texts() -> Iterator[Server]:
    # delivery only through POST /_emulator/advance: the test sees PENDING, then DELIVERED
    with running("icomm-sms", delivery_delay=3600) as server:
        yield server


@pytest.fixture(autouse=True)
def _fresh(request: pytest.FixtureRequest) -> None:
    for name in ("mail", "texts"):
        if name in request.fixturenames:
            server: Server = request.getfixturevalue(name)
            httpx.post(f"{server.root_url}/_emulator/reset").raise_for_status()


def send_mail(server: Server, subject: str, to: str = "billy@example.org", **extra: Any) -> str:
    client = icommkt.client("demo-server-token", base_url=server.base_url)
    extra.setdefault("text_body", "Plain text")
    message = EmailMessage(from_="sender@example.com", to=to, subject=subject, **extra)
    sent = send_email.sync(client=client, body=message)
    assert sent is not None and not isinstance(sent, list)
    return str(sent.message_id)


def send_text(server: Server, to: str = "41793026727", text: str = "Your code is 1234") -> str:
    client = sms.client("demo-api-key", base_url=server.base_url)
    envelope = SmsRequestEnvelope(
        messages=[
            SmsMessage(
                sender="InfoSMS",
                destinations=[SmsDestination(to=to)],
                content=SmsTextMessageContent(text=text),
            )
        ]
    )
    sent = expect(send_sms_messages.sync(client=client, body=envelope), SmsResponseEnvelope)
    return str(sent.messages[0].message_id)


def ui(server: Server, path: str = "/", **kwargs: Any) -> httpx.Response:
    return httpx.get(f"{server.root_url}/_emulator/ui{path}", **kwargs)


def csrf_of(page: str) -> str:
    found = re.search(r'name=csrf value="([0-9a-f]+)"', page)
    assert found, "no CSRF field in the page"
    return found.group(1)


# ------------------------------------------------------------------------ pages over HTTP


def test_pages_escape_what_was_sent_and_carry_a_strict_csp(mail: Server) -> None:
    message_id = send_mail(mail, "<img src=x onerror=alert(1)> & co", html_body=HTML)
    listing = ui(mail)
    assert listing.status_code == 200
    assert "&lt;img src=x onerror=alert(1)&gt; &amp; co" in listing.text
    assert "<img src=x" not in listing.text
    csp = listing.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert listing.headers["x-content-type-options"] == "nosniff"
    page = ui(mail, f"/messages/{message_id}")
    assert page.status_code == 200
    assert "<script>" not in page.text  # the HTML body is never inlined in the page
    iframe = re.search(r"<iframe[^>]*>", page.text)
    assert iframe and " sandbox " in iframe.group(0) and "allow-" not in iframe.group(0)
    preview = ui(mail, f"/messages/{message_id}/html")
    assert preview.text == HTML
    assert preview.headers["content-security-policy"].startswith("sandbox;")
    assert "default-src 'none'" in preview.headers["content-security-policy"]
    assert ui(mail, "/nope").status_code == 404
    assert ui(mail, "/messages/no-such-id").status_code == 404
    redirect = ui(mail, "")
    assert redirect.status_code == 303 and redirect.headers["location"] == "/_emulator/ui/"


def test_attachments_download_and_mime(mail: Server) -> None:
    content = b"col1;col2\n1;2\n"
    attachment = Attachment(
        name="report <1>.csv",
        content=base64.b64encode(content).decode(),
        content_type="text/html",  # served as a download all the same
    )
    message_id = send_mail(mail, "With a file", attachments=[attachment])
    page = ui(mail, f"/messages/{message_id}").text
    assert "report &lt;1&gt;.csv" in page and "14 B" in page
    download = ui(mail, f"/messages/{message_id}/attachments/0")
    assert download.status_code == 200 and download.content == content
    assert download.headers["content-type"] == "application/octet-stream"
    assert download.headers["content-disposition"].startswith("attachment;")
    assert ui(mail, f"/messages/{message_id}/attachments/7").status_code == 404
    mime = ui(mail, f"/messages/{message_id}/mime")
    assert mime.status_code == 200 and b"Subject: With a file" in mime.content


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ({"since": "yesterday"}, 400),
        ({"offset": "-1"}, 400),
        ({"offset": "x"}, 400),
        ({"nosuch": "1"}, 400),
        ({"q": "\x00\ud800".encode("utf-8", "surrogatepass").decode("latin-1")}, 200),
        ({"q": "%" * 5000}, 200),
    ],
)
def test_bad_filters_are_answered_not_500(mail: Server, query: dict[str, str], status: int) -> None:
    response = ui(mail, params=query)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")


def test_search_and_filters(mail: Server, texts: Server) -> None:
    send_mail(mail, "Invoice 7", to="ann@example.org")
    send_mail(mail, "Welcome", to="bob@example.org")
    assert "Invoice 7" in ui(mail, params={"q": "ann@"}).text
    assert "Welcome" not in ui(mail, params={"q": "ann@"}).text
    assert "1 message<" in ui(mail, params={"subject": "welc"}).text
    assert "No messages." in ui(mail, params={"kind": "sms"}).text
    send_text(texts)
    assert "PENDING" in ui(texts, params={"status": "pending", "to": "4179"}).text


def test_deliver_and_clock_buttons(texts: Server) -> None:
    message_id = send_text(texts)
    listing = ui(texts).text
    assert "id=advance" in listing
    token = csrf_of(listing)
    done = httpx.post(f"{texts.root_url}/_emulator/ui/advance", data={"csrf": token})
    assert done.status_code == 303 and done.headers["location"] == "/_emulator/ui/"
    page = ui(texts, f"/messages/{message_id}").text
    assert "DELIVERED" in page and "DELIVERED_TO_HANDSET" in page
    before = httpx.get(f"{texts.root_url}/_emulator/clock").json()["now"]
    moved = httpx.post(
        f"{texts.root_url}/_emulator/ui/clock", data={"csrf": token, "advance_seconds": "3600"}
    )
    assert moved.status_code == 303
    assert httpx.get(f"{texts.root_url}/_emulator/clock").json()["now"][:13] > before[:13]
    for bad in ("-5", "nan", "1e20", "x"):
        refused = httpx.post(
            f"{texts.root_url}/_emulator/ui/clock", data={"csrf": token, "advance_seconds": bad}
        )
        assert refused.status_code == 400, bad


def test_posts_need_the_form_token_and_the_same_origin(mail: Server) -> None:
    send_mail(mail, "Keep me")
    url = f"{mail.root_url}/_emulator/ui/reset"
    assert httpx.post(url, data={}).status_code == 403
    assert httpx.post(url, data={"csrf": "0" * 64}).status_code == 403
    token = csrf_of(ui(mail, "/controls").text)
    evil = httpx.post(url, data={"csrf": token}, headers={"Origin": "http://evil.example"})
    assert evil.status_code == 403
    assert "Keep me" in ui(mail).text
    # a page of another site whose name resolves to 127.0.0.1 (DNS rebinding) is refused
    assert ui(mail, headers={"Host": "evil.example"}).status_code == 403
    done = httpx.post(url, data={"csrf": token})
    assert done.status_code == 303 and "No messages." in ui(mail).text
    rule = {"operation": "send_email", "times": 1, "status": 429}
    assert httpx.post(f"{mail.root_url}/_emulator/script", json=rule).status_code == 200
    assert "&quot;operation&quot;: &quot;send_email&quot;" in ui(mail, "/controls").text
    bad = httpx.post(f"{mail.root_url}/_emulator/ui/faults", data={"csrf": token, "rate_429": "7"})
    assert bad.status_code == 400
    assert httpx.put(url).status_code == 405
    huge = httpx.post(f"{mail.root_url}/_emulator/ui/login", content=b"a=" + b"x" * 100_000)
    assert huge.status_code == 400
    odd = httpx.post(url, content=b"\xff\xfe=%ZZ&&csrf")
    assert odd.status_code == 403


def test_the_control_token_guards_the_inbox(mail: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mail.app, "control_token", "s3cret-token")
    server = mail
    send_mail(server, "Behind the token")
    page = ui(server)
    assert page.status_code == 401 and "Behind the token" not in page.text
    assert "s3cret-token" not in page.text
    login = f"{server.root_url}/_emulator/ui/login"
    wrong = httpx.post(login, data={"token": "guess", "next": "/_emulator/ui/"})
    assert wrong.status_code == 401 and "set-cookie" not in wrong.headers
    right = httpx.post(login, data={"token": "s3cret-token", "next": "//evil.example/"})
    assert right.status_code == 303 and right.headers["location"] == "/_emulator/ui/"
    cookie = right.headers["set-cookie"]
    odd_next = "/_emulator/ui/?q=\r\nSet-Cookie: x=1&to=\u00e9\u4e2d"
    odd = httpx.post(login, data={"token": "s3cret-token", "next": odd_next})
    assert odd.status_code == 303 and "x=1" not in odd.headers.get_list("set-cookie")[0]
    assert odd.headers["location"] == "/_emulator/ui/?q=%0D%0ASet-Cookie:%20x=1&to=%C3%A9%E4%B8%AD"
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "s3cret" not in cookie
    name, value = cookie.split(";", 1)[0].split("=", 1)
    assert "Behind the token" in ui(server, cookies={name: value}).text
    header = {"X-Sendspec-Control-Token": "s3cret-token"}
    assert "Behind the token" in ui(server, headers=header).text
    # another host name is fine once the token is given (a remote --allow-remote setup)
    remote = ui(server, headers={**header, "Host": "devbox:8080"})
    assert remote.status_code == 200
    # the JSON control plane still wants its header
    assert httpx.get(f"{server.root_url}/_emulator/messages").status_code == 401


def test_iovox_messages_in_the_inbox() -> None:
    from iovox_email_client.api.email import send_email as iovox_send
    from iovox_email_client.models import SendEmailRequest, SendEmailResponse
    from sendspec import iovox

    with running("iovox-email") as server:
        client = iovox.client("demo", "demo-secure-key", base_url=server.base_url)
        body = SendEmailRequest.from_dict(
            {
                "link_id": 1234,
                "sender_address": "bob@customer.com",
                "sender_name": "Bob",
                "recipient_address": "billy@example.org",
                "recipient_name": "Billy",
                "subject": "Invoice 42",
                "text_content": "your invoice",
                "html_content": "<p>html</p>",
                "attachments": [
                    {
                        "disposition": "attachment",
                        "type": "text/plain",
                        "body": "aGVsbG8=",
                        "filename": "a.txt",
                    }
                ],
            }
        )
        sent = expect(iovox_send.sync(client=client, body=body), SendEmailResponse)
        listing = ui(server)
        assert "Invoice 42" in listing.text and "Billy &lt;billy@example.org&gt;" in listing.text
        page = ui(server, f"/messages/{sent.message_id}")
        assert page.status_code == 200 and "a.txt" in page.text
        assert ui(server, f"/messages/{sent.message_id}/html").text == "<p>html</p>"
        assert ui(server, f"/messages/{sent.message_id}/attachments/0").status_code in (200, 404)


ODD_MESSAGES: list[dict[str, Any]] = [
    {"id": "a/b?c#d <x>", "kind": "email", "to": None, "subject": None, "history": None},
    {"id": 7, "kind": None, "from": 12, "to": [None, 3], "status": {"odd": 1}, "text": "\x00"},
    {
        "id": "h",
        "kind": "sms",
        "history": ["not a step", {"status": None}, {"at": 5}],
        "attachments": [{"name": None, "size": "big"}, {}, "a string", None],
        "metadata": {"k": object()},
        "created_at": "yesterday",
    },
]


def test_odd_message_data_never_breaks_a_page(
    texts: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever a provider lists (types the shape does not promise), every page answers."""
    server = texts
    provider = server.app.provider
    monkeypatch.setattr(provider, "captured_messages", lambda: [dict(m) for m in ODD_MESSAGES])

    def one(message_id: str) -> dict[str, Any] | None:
        for m in ODD_MESSAGES:
            if str(m["id"]) == message_id:
                return {**m, "request": b"raw", "mime": "not: mime\n\n\ud800 <b>"}
        return None

    monkeypatch.setattr(provider, "captured_message", one)
    assert ui(server).status_code == 200
    assert ui(server, params={"q": "x", "status": "odd"}).status_code == 200
    for m in ODD_MESSAGES:
        base = "/messages/" + quote(str(m["id"]), safe="")
        for tail in ("", "/html", "/mime", *(f"/attachments/{i}" for i in range(5))):
            response = ui(server, base + tail)
            assert response.status_code in (200, 404), (m["id"], tail, response.text[-400:])
    assert ui(server, "/poll", params={"v": "x"}).status_code == 200
    assert ui(server, "/all").status_code == 200


# --------------------------------------------------------------------- sendspec emulate --all


class EmulatingAll:
    """``sendspec emulate --all --port 0`` running: its stdout lines (read by a thread), its
    stderr kept apart (a warning there is no stdout line), its banner's five lines."""

    def __init__(self, **options: Any) -> None:
        command = shutil.which("sendspec", path=str(Path(sys.executable).parent)) or "sendspec"
        self.errors = tempfile.TemporaryFile("w+")  # noqa: SIM115 (closed by stop())
        self.proc = subprocess.Popen(
            [command, "emulate", "--all", "--port", "0"],
            stdout=subprocess.PIPE,
            stderr=self.errors,
            text=True,
            **options,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        try:
            self.banner = [self.lines.get(timeout=60) for _ in range(5)]
        except queue.Empty:
            self.stop()
            pytest.fail(f"sendspec emulate --all did not start: {self.stderr()}")

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))

    def stderr(self) -> str:
        self.errors.seek(0)
        return self.errors.read()

    def stop(self) -> None:
        """Killed, if still running, and its stderr closed."""
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self.errors.close()


def test_emulate_all_serves_every_provider_and_prints_what_arrives() -> None:
    emulating = EmulatingAll()
    lines, proc = emulating.lines, emulating.proc
    try:
        started = emulating.banner
        urls = {line.split()[0]: line.split()[1] for line in started[:4]}
        assert sorted(urls) == ["icomm-sms", "icommkt-email", "inxmail", "iovox-email"]
        assert "demo-server-token" in started[1] and "demo-api-key" in started[0]
        assert urls["iovox-email"].endswith("/rest/v1")
        index_url = started[4].split()[1]
        assert index_url.endswith("/_emulator/ui/all")
        index = httpx.get(index_url).text
        for slug, base in urls.items():
            root = re.match(r"http://[^/]+", base)
            assert root and f'href="{root.group(0)}/_emulator/ui/">{slug}</a>' in index
        client = icommkt.client("demo-server-token", base_url=urls["icommkt-email"])
        body = EmailMessage(
            from_="sender@example.com", to="ann@example.org", subject="Hi\x1b[2J", text_body="x"
        )
        assert send_email.sync(client=client, body=body) is not None
        line = lines.get(timeout=30)
        assert line.startswith("[icommkt-email] email to ann@example.org: ")
        assert "\x1b" not in line and "Hi" in line
        sms_client = sms.client("demo-api-key", base_url=urls["icomm-sms"])
        envelope = SmsRequestEnvelope(
            messages=[
                SmsMessage(
                    sender="InfoSMS",
                    destinations=[SmsDestination(to="41793026727")],
                    content=SmsTextMessageContent(text="Your code is 1234"),
                )
            ]
        )
        expect(send_sms_messages.sync(client=sms_client, body=envelope), SmsResponseEnvelope)
        line = lines.get(timeout=30)
        assert line == "[icomm-sms] sms to 41793026727: from InfoSMS, 17 chars"
        assert "1234" not in line  # an SMS's text (codes) is not printed
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        emulating.stop()


def test_emulate_all_exits_within_its_deadline_when_a_thread_would_hold_the_exit(
    tmp_path: Path,
) -> None:
    # a thread that never ends (as an executor's worker stuck in a blocking call) would hold
    # the interpreter's exit for ever after Ctrl-C: the stop deadline covers the exit too,
    # and names the thread's code; the emulators themselves stopped
    (tmp_path / "sitecustomize.py").write_text(
        "import threading, time\n"
        "threading.Thread(target=lambda: time.sleep(3600), daemon=False).start()\n"
    )
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(tmp_path), os.environ.get("PYTHONPATH")])),
        "SENDSPEC_STOP_DEADLINE": "2",
    }
    emulating = EmulatingAll(env=env)
    try:
        emulating.proc.send_signal(signal.SIGINT)
        code = emulating.proc.wait(timeout=60)
        stderr = emulating.stderr()
        assert code == 1, stderr
        assert "Timeout" in stderr and "sitecustomize.py" in stderr, stderr
    finally:
        emulating.stop()


def test_emulate_all_stops_on_ctrl_c_even_when_started_with_sigint_ignored() -> None:
    # as a shell's background job starts it (Python then leaves SIGINT ignored)
    emulating = EmulatingAll(preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    try:
        emulating.proc.send_signal(signal.SIGINT)
        assert emulating.proc.wait(timeout=60) == 0, emulating.stderr()
    finally:
        emulating.stop()


def test_emulate_all_refuses_what_it_cannot_do() -> None:
    from sendspec.cli import main

    assert main(["emulate", "--all", "iovox-email"]) == 2
    assert main(["emulate"]) == 2
    assert main(["emulate", "--all", "--db", "x.sqlite3"]) == 2
    assert main(["emulate", "--all", "--host", "0.0.0.0"]) == 2


# ------------------------------------------------------------------------------- browser


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if BROWSER_REQUIRED:
            pytest.fail("Playwright is not installed (pip install -e '.[dev]')")
        pytest.skip("Playwright is not installed (pip install -e '.[dev]')")
    if not Path(CHROMIUM).exists():
        reason = f"no Chromium at {CHROMIUM} (apt-get install chromium, or SENDSPEC_CHROMIUM)"
        if BROWSER_REQUIRED:
            pytest.fail(reason)
        pytest.skip(reason)
    from playwright.sync_api import expect as see

    see.set_options(timeout=15_000)  # a loaded machine: assertions wait for the page, longer
    with sync_playwright() as playwright:
        # Playwright gives the browser a fresh temporary profile (--user-data-dir) per launch;
        # its own browser downloads are never used
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture()
def errors() -> list[str]:
    """The browser's script errors and console errors (CSP violations among them)."""
    return []


@pytest.fixture()
def page(browser: Any, errors: list[str]) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on(
        "console",
        lambda msg: errors.append(msg.text) if msg.type == "error" else None,
    )
    try:
        yield page
    finally:
        context.close()
    # no script error and no CSP violation in the inbox's own pages (a test takes out the
    # ones it expects)
    assert errors == []


def shoot(page: Any, name: str) -> Path:
    REPORTS.mkdir(exist_ok=True)
    path = REPORTS / name
    page.screenshot(path=str(path), full_page=True)
    return path


def test_inbox_in_a_browser(page: Any, errors: list[str], mail: Server, texts: Server) -> None:
    from playwright.sync_api import expect as see

    send_mail(mail, "Your receipt", to="ann@example.org", text_body="Total: 12 EUR")
    attachment = Attachment(
        name="invoice.pdf",
        content=base64.b64encode(b"%PDF-1.4 ...").decode(),
        content_type="application/pdf",
    )
    send_mail(mail, "Welcome aboard", html_body=HTML, attachments=[attachment], tag="onboarding")
    page.goto(f"{mail.root_url}/_emulator/ui/")
    rows = page.locator("table.messages tbody tr")
    see(rows).to_have_count(2)
    see(rows.first).to_contain_text("Welcome aboard")  # newest first
    see(page.locator("#live-state")).to_have_text("live")
    shoot(page, "inbox.png")
    if os.environ.get("SENDSPEC_UPDATE_SCREENSHOT") == "1":  # make inbox-screenshot
        page.screenshot(
            path=str(ROOT / "docs" / "inbox.png"),
            clip={"x": 0, "y": 0, "width": 1280, "height": 300},
        )

    page.fill("#f-q", "ann@")
    page.click("form.filters button")
    see(rows).to_have_count(1)
    see(rows.first).to_contain_text("Your receipt")
    assert "q=ann%40" in page.url
    page.goto(f"{mail.root_url}/_emulator/ui/?subject=welcome")
    see(rows).to_have_count(1)

    page.click("text=Welcome aboard")
    see(page.locator("h1")).to_have_text("Welcome aboard")
    frame = page.locator("iframe.preview")
    see(frame).to_have_count(1)
    assert frame.get_attribute("sandbox") == ""  # no allow-scripts, no allow-same-origin
    preview = page.frame_locator("iframe.preview")
    see(preview.locator("#greeting")).to_have_text("Welcome aboard, Billy")
    see(preview.locator("#ran")).to_have_count(0)  # the message's script did not run
    blocked = [e for e in errors if "Blocked script execution" in e and "/html" in e]
    assert blocked, errors  # ... because the sandbox blocked it (Chromium says so)
    errors[:] = [e for e in errors if e not in blocked]
    see(page.locator("ul.attachments")).to_contain_text("invoice.pdf")
    see(page.locator("ul.attachments")).to_contain_text("12 B")
    see(page.locator("pre.request")).to_contain_text('"Tag": "onboarding"')
    see(page.locator("pre.mime")).to_contain_text("Subject: Welcome aboard")
    see(page.locator("table.headers")).to_contain_text("Message-ID")
    shoot(page, "inbox-message.png")

    message_id = send_text(texts)
    page.goto(f"{texts.root_url}/_emulator/ui/")
    see(page.locator("table.messages tbody tr")).to_have_count(1)
    see(page.locator("td.to")).to_have_text("41793026727")
    page.click("text=Your code is 1234")
    see(page.locator("p.state")).to_contain_text("PENDING")
    see(page.locator("#live-state")).to_have_text("live")
    advanced = httpx.post(f"{texts.root_url}/_emulator/advance", json={})
    assert advanced.status_code == 200
    # the open page follows on its own (live updates), no reload
    see(page.locator("p.state")).to_contain_text("DELIVERED")
    see(page.locator("ol.timeline li")).to_have_count(2)
    assert message_id in page.content()
    shoot(page, "inbox-sms.png")


def test_the_list_updates_live_and_works_without_javascript(
    page: Any, browser: Any, mail: Server
) -> None:
    from playwright.sync_api import expect as see

    page.goto(f"{mail.root_url}/_emulator/ui/")
    see(page.locator("#live-state")).to_have_text("live")
    see(page.locator("#count")).to_have_text("No messages.")
    send_mail(mail, "Arrives while you look")
    see(page.locator("table.messages tbody tr")).to_contain_text("Arrives while you look")

    context = browser.new_context(java_script_enabled=False)
    try:
        plain = context.new_page()
        plain.goto(f"{mail.root_url}/_emulator/ui/")
        see(plain.locator("table.messages tbody tr")).to_have_count(1)
        plain.fill("#f-q", "nothing like it")
        plain.click("form.filters button")
        see(plain.locator("#count")).to_have_text("No messages.")
        plain.goto(f"{mail.root_url}/_emulator/ui/requests")
        see(plain.locator("table.journal")).to_contain_text("send_email")
    finally:
        context.close()


def test_controls_in_a_browser(page: Any, mail: Server) -> None:
    from playwright.sync_api import expect as see

    send_mail(mail, "Soon forgotten")
    page.goto(f"{mail.root_url}/_emulator/ui/controls")
    page.fill("input[name=rate_503]", "0.25")
    page.click("form[action$='/faults'] button")
    see(page.locator("input[name=rate_503]")).to_have_value("0.25")
    faults = httpx.get(f"{mail.root_url}/_emulator/faults").json()
    assert faults["rate_503"] == 0.25
    httpx.post(f"{mail.root_url}/_emulator/faults", json={"rate_503": 0})
    page.click("#reset")
    see(page.locator("#count")).to_have_text("No messages.")
    page.goto(f"{mail.root_url}/_emulator/ui/requests")
    see(page.locator("#count")).to_have_text("0 requests")


def test_signing_in_with_the_control_token(
    page: Any, errors: list[str], mail: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    from playwright.sync_api import expect as see

    monkeypatch.setattr(mail.app, "control_token", "tok-123")
    server = mail
    send_mail(server, "Private")
    page.goto(f"{server.root_url}/_emulator/ui/?q=priv")
    see(page.locator("h1")).to_have_text("Sign in")
    page.fill("input[name=token]", "tok-123")
    page.click("form.login button")
    see(page.locator("table.messages tbody tr")).to_contain_text("Private")
    assert page.url.endswith("/_emulator/ui/?q=priv")
    see(page.locator("#live-state")).to_have_text("live")  # the poll passes the cookie
    page.close()  # before the server stops
    assert errors == [
        "Failed to load resource: the server responded with a status of 401 (Unauthorized)"
    ]  # the sign-in page itself
    errors.clear()
