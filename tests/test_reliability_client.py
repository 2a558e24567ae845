"""Client runtime reliability (issue 11): one total deadline per call, per-call overrides,
credentials refused at construction without echoing them, credential headers masked in
everything a caller can see (reprs, tracebacks, logs, pickles).

Deadline arithmetic runs on a fake clock (the transports take ``clock`` and ``sleep``), so
nothing here asserts on wall time; the emulator cases count attempts instead.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import pickle
import random
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from icommkt_email_client.api.email import send_email as icommkt_send
from icommkt_email_client.models import EmailMessage
from inxmail_client.api.recipients import list_recipients
from iovox_email_client.api.email import search_emails
from sendspec import (
    NO_RETRIES,
    ApiError,
    AuthenticationError,
    DeadlineExceeded,
    RetryPolicy,
    ServerError,
    UnexpectedResponse,
    ValidationError,
    icommkt,
    inxmail,
    iovox,
    sms,
    with_options,
)
from sendspec.runtime import MASK, AsyncRetryTransport, RetryTransport
from sendspec_emulator import Server

SECRET = "sk_live_9f8e7d6c5b4a"  # the text that must never show up


def faults(server: Server, **values: Any) -> None:
    r = httpx.post(f"{server.root_url}/_emulator/faults", json=values)
    assert r.status_code == 200, r.text


class FakeTime:
    """A clock and a sleep that only move when told (sync and async)."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def slow_server(fake: FakeTime, latency: float) -> tuple[Callable[..., httpx.Response], list]:
    """A MockTransport handler answering after ``latency`` fake seconds, or timing out at
    the attempt's read timeout as httpcore would; records each attempt's read timeout."""
    reads: list[float | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        read = request.extensions["timeout"]["read"]
        reads.append(read)
        if read is not None and read < latency:
            fake.now += read
            raise httpx.ReadTimeout("timed out", request=request)
        fake.now += latency
        return httpx.Response(200, json={})

    return handler, reads


def policy(**kw: Any) -> RetryPolicy:
    return RetryPolicy(**{"backoff_base": 0.25, "rng": random.Random(5), **kw})


# ------------------------------------------------------------------------------ the deadline


def test_the_deadline_bounds_every_attempt_and_wait() -> None:
    fake = FakeTime()
    handler, reads = slow_server(fake, latency=3.0)
    transport = RetryTransport(
        policy(max_attempts=10, backoff_base=0), httpx.MockTransport(handler), fake.sleep,
        deadline=2.5, clock=fake.clock,
    )  # fmt: skip
    with (
        httpx.Client(transport=transport, timeout=1.0) as client,
        pytest.raises(DeadlineExceeded) as err,
    ):
        client.get("http://x.test/slow")
    assert isinstance(err.value, httpx.TimeoutException)  # `except httpx.TimeoutException` too
    assert reads == [1.0, 1.0, 0.5] and fake.now == 2.5  # the third attempt cut to the rest
    e = err.value
    assert e.deadline == 2.5 and e.attempts == 3 and e.elapsed == 2.5
    assert "GET /slow: deadline of 2.5 s exceeded after 3 attempts in 2.50 s" in str(e)
    assert e.request.url.path == "/slow"


@pytest.mark.parametrize("seed", range(5))
def test_with_jittered_backoff_the_call_still_ends_by_the_deadline(seed: int) -> None:
    fake = FakeTime()
    handler, reads = slow_server(fake, latency=3.0)
    transport = RetryTransport(
        policy(max_attempts=10, rng=random.Random(seed)), httpx.MockTransport(handler),
        fake.sleep, deadline=2.5, clock=fake.clock,
    )  # fmt: skip
    with (
        httpx.Client(transport=transport, timeout=1.0) as client,
        pytest.raises(
            DeadlineExceeded, match=r"deadline of 2\.5 s exceeded after \d attempts"
        ) as err,
    ):
        client.get("http://x.test/slow")
    assert fake.now <= 2.5 and err.value.attempts == len(reads) >= 2
    assert isinstance(err.value.__cause__, httpx.ReadTimeout) or reads[-1] != 1.0


def test_no_attempt_and_no_wait_past_the_deadline_async() -> None:
    fake = FakeTime()
    handler, reads = slow_server(fake, latency=3.0)
    transport = AsyncRetryTransport(
        policy(max_attempts=10, backoff_base=0), httpx.MockTransport(handler), fake.asleep,
        deadline=2.5, clock=fake.clock,
    )  # fmt: skip

    async def call() -> None:
        async with httpx.AsyncClient(transport=transport, timeout=1.0) as client:
            await client.get("http://x.test/slow")

    with pytest.raises(DeadlineExceeded, match=r"deadline of 2\.5 s exceeded after 3 attempts"):
        asyncio.run(call())
    assert reads == [1.0, 1.0, 0.5] and fake.now == 2.5


def test_a_retry_after_past_the_deadline_is_not_waited_for() -> None:
    fake = FakeTime()
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(503, headers={"Retry-After": "8"}, json={"errors": ["busy"]})

    transport = RetryTransport(
        policy(), httpx.MockTransport(handler), fake.sleep, deadline=2, clock=fake.clock
    )
    with httpx.Client(transport=transport) as client:
        response = client.get("http://x.test/")
    assert response.status_code == 503  # the last answer stands: no 8 s wait in a 2 s call
    assert calls == [1] and fake.sleeps == []


def test_503_retry_after_8_with_deadline_2_answers_at_once(iovox_server: Server) -> None:
    faults(iovox_server, rate_503=1.0, retry_after=8)
    c = iovox.client("demo", "demo-secure-key", base_url=iovox_server.base_url, deadline=2)
    before = iovox_server.app.requests
    with pytest.raises(ServerError):
        search_emails.sync(client=c)
    assert iovox_server.app.requests - before == 1  # one attempt; 24 s before the deadline


def test_a_slow_emulator_ends_at_the_deadline_sync_and_async(iovox_server: Server) -> None:
    faults(iovox_server, latency_ms=1500)
    c = iovox.client(
        "demo", "demo-secure-key", base_url=iovox_server.base_url, timeout=10, deadline=0.3
    )
    before = iovox_server.app.requests
    with pytest.raises(DeadlineExceeded, match=r"iovox-email: GET .*deadline of 0\.3 s") as err:
        search_emails.sync(client=c)
    # one attempt, not retried (the server may not even have read it on a loaded machine)
    assert err.value.attempts == 1 and iovox_server.app.requests - before <= 1
    with pytest.raises(DeadlineExceeded) as err:
        asyncio.run(search_emails.asyncio(client=c))
    assert err.value.attempts == 1


def test_a_body_still_arriving_at_the_deadline_is_cut() -> None:
    fake = FakeTime()

    closed: list[bool] = []

    class Trickle(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            for _ in range(100):
                fake.now += 0.1  # each read is quick; the body as a whole is not
                yield b" "

        def close(self) -> None:
            closed.append(True)  # the connection goes back to the pool

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=Trickle())

    transport = RetryTransport(
        policy(), httpx.MockTransport(handler), fake.sleep, deadline=1.0, clock=fake.clock
    )
    with (
        httpx.Client(transport=transport) as client,
        pytest.raises(DeadlineExceeded, match="after 1 attempt in"),
    ):
        client.get("http://x.test/")
    assert fake.now <= 1.1 + 1e-9 and closed == [True]


def test_a_wait_past_the_deadline_ends_the_retries_with_the_last_error() -> None:
    fake = FakeTime()
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        fake.now += 0.4
        raise httpx.ConnectError("refused", request=request)

    transport = RetryTransport(
        policy(backoff_base=1.0, backoff_max=1.0, rng=random.Random(0)),
        httpx.MockTransport(handler), fake.sleep, deadline=1.0, clock=fake.clock,
    )  # fmt: skip
    with httpx.Client(transport=transport) as client, pytest.raises(httpx.ConnectError):
        client.get("http://x.test/")
    assert fake.now <= 1.0 and len(calls) < 4


def test_deadline_none_and_bad_values() -> None:
    fake = FakeTime()
    handler, reads = slow_server(fake, latency=3.0)
    transport = RetryTransport(
        policy(max_attempts=3), httpx.MockTransport(handler), fake.sleep, clock=fake.clock
    )
    with (
        httpx.Client(transport=transport, timeout=1.0) as client,
        pytest.raises(
            httpx.ReadTimeout  # per attempt only, as httpx means it
        ) as err,
    ):
        client.get("http://x.test/")
    assert not isinstance(err.value, DeadlineExceeded) and reads == [1.0, 1.0, 1.0]
    for bad in (0, -1.0):
        with pytest.raises(ValueError, match="deadline"):
            iovox.client("u", "k", deadline=bad)


# ---------------------------------------------------------------------- per-call overrides


def counting_server() -> tuple[Callable[..., httpx.Response], list[dict[str, Any]]]:
    seen: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append({"key": request.headers.get("secureKey"), **request.extensions["timeout"]})
        return httpx.Response(503, headers={"Retry-After": "0"}, json={"errors": ["busy"]})

    return handler, seen


def test_with_options_overrides_one_call_and_shares_the_pool() -> None:
    handler, seen = counting_server()
    inner = httpx.MockTransport(handler)
    c = iovox.client(
        "demo", SECRET, base_url="http://iovox.test/rest/v1", transport=inner,
        retry=RetryPolicy(max_attempts=3, backoff_base=0), timeout=7,
    )  # fmt: skip
    quick = with_options(c, retry=NO_RETRIES, timeout=2, deadline=None)
    assert type(quick) is type(c)
    with pytest.raises(ServerError):  # the typed errors of the original
        search_emails.sync(client=quick)
    assert len(seen) == 1 and seen[0]["key"] == SECRET and seen[0]["read"] == 2  # auth kept
    with pytest.raises(ServerError):
        search_emails.sync(client=c)
    assert len(seen) == 4 and seen[-1]["read"] == 7  # the original is unchanged
    transport = quick.get_httpx_client()._transport
    assert isinstance(transport, RetryTransport) and transport.transport is inner  # one pool
    assert transport.deadline is None
    assert with_options(c).get_httpx_client()._transport.deadline == 60.0  # kept as it was
    quick.get_httpx_client().close()  # closing the derived client leaves the pool open
    with pytest.raises(ServerError):
        search_emails.sync(client=with_options(quick, retry=NO_RETRIES))
    assert len(seen) == 5


def test_with_options_async(iovox_server: Server) -> None:
    faults(iovox_server, latency_ms=1000)
    c = iovox.client("demo", "demo-secure-key", base_url=iovox_server.base_url, timeout=10)
    before = iovox_server.app.requests

    async def call() -> None:
        await search_emails.asyncio(client=with_options(c, deadline=0.2))

    with pytest.raises(DeadlineExceeded, match=r"deadline of 0\.2 s") as err:
        asyncio.run(call())
    assert err.value.attempts == 1 and iovox_server.app.requests - before <= 1
    faults(iovox_server, latency_ms=0)
    assert asyncio.run(search_emails.asyncio(client=c)) is not None


def test_with_options_refuses_a_caller_built_httpx_client() -> None:
    c = iovox.client("u", "k", httpx_client=httpx.Client())
    with pytest.raises(ValueError, match="caller-built"):
        with_options(c, deadline=1)
    for derive in (
        lambda: c.with_timeout(httpx.Timeout(1.0)),
        lambda: c.with_headers({"X-A": "1"}),
        lambda: c.with_cookies({"a": "1"}),
    ):  # (the generated methods would make a client without its auth, silently)
        with pytest.raises(ValueError, match="caller-built"):
            derive()


#: each provider's factory, given a transport
MAKERS: dict[str, Callable[[httpx.BaseTransport], Any]] = {
    "iovox": lambda t: iovox.client("demo", SECRET, base_url="http://p.test", transport=t),
    "sms": lambda t: sms.client(SECRET, base_url="http://p.test", transport=t),
    "icommkt": lambda t: icommkt.client(SECRET, base_url="http://p.test", transport=t),
    "inxmail": lambda t: inxmail.client(
        "acme", "id", SECRET, base_url="http://p.test", transport=t
    ),
}


@pytest.mark.parametrize("label", sorted(MAKERS))
def test_the_clients_own_with_methods_keep_auth_retries_and_the_original(label: str) -> None:
    """The generated ``with_timeout`` / ``with_headers`` / ``with_cookies`` made a client
    without the runtime's httpx client (no auth, retries, typed errors, nor the transport
    given) and changed the original's timeout and headers on the way."""
    #: (headers as sent: the runtime masks credentials in the request once the call is over,
    #: per-attempt timeouts) of each request
    sent: list[tuple[dict[str, str], dict[str, Any]]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append((dict(request.headers), request.extensions["timeout"]))
        return httpx.Response(200, json={})

    inner = httpx.MockTransport(handler)
    c = MAKERS[label](inner)
    c.get_httpx_client().get("/x")
    original, original_timeout = sent[-1]
    assert any(SECRET in v or "Basic " in v for v in original.values())  # credentials, as sent
    timed = c.with_timeout(httpx.Timeout(2.0))
    headed = c.with_headers({"X-Trace": "t1"})
    cookied = c.with_cookies({"session": "s1"})
    for derived in (timed, headed, cookied):
        assert type(derived) is type(c)
        transport = derived.get_httpx_client()._transport
        assert isinstance(transport, RetryTransport) and transport.transport is inner
        derived.get_httpx_client().get("/x")
        headers = sent[-1][0]
        for name, value in original.items():  # the credentials among them
            assert headers[name] == value, name
    assert sent[-3][1]["read"] == 2.0
    assert sent[-2][0]["x-trace"] == "t1"
    assert sent[-1][0]["cookie"] == "session=s1"
    # the original is unchanged: its timeout, no extra header, no cookie
    c.get_httpx_client().get("/x")
    assert sent[-1] == (original, original_timeout) and original_timeout["read"] != 2.0
    # the derived clients have the original's typed errors
    inner.handler = lambda request: httpx.Response(404, json={})  # type: ignore[assignment]
    with pytest.raises(ApiError):
        headed.get_httpx_client().get("/x")


#: each provider's credential header, in a letter case of its own (header names are not)
CREDENTIAL_HEADERS = {
    "iovox": "SECUREKEY",
    "sms": "authorization",
    "icommkt": "x-TRX-api-key",
    "inxmail": "Authorization",
}


@pytest.mark.parametrize("label", sorted(MAKERS))
def test_with_headers_refuses_a_credential_header_naming_it_not_its_value(label: str) -> None:
    """The auth sets its headers on every request, over those given: a credential header
    passed to ``with_headers`` was silently never sent (the old credential went instead)."""
    sent: list[httpx.Headers] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers.copy())
        return httpx.Response(200, json={})

    c = MAKERS[label](httpx.MockTransport(handler))
    name = CREDENTIAL_HEADERS[label]
    with pytest.raises(ValueError, match=f"{name} is set by this client's credentials") as err:
        c.with_headers({"X-Trace": "t1", name: "other-credential-value"})
    assert "other-credential-value" not in str(err.value) and SECRET not in str(err.value)
    c.with_headers({"X-Trace": "t1"}).get_httpx_client().get("/x")  # any other header: sent
    assert sent[-1]["x-trace"] == "t1"


# -------------------------------------------------------------------------------- credentials

# (factory, readable name in the message); each builds a client from one credential
FACTORIES: list[tuple[str, Callable[[str], Any], str]] = [
    ("iovox", lambda v: iovox.client("demo", v), "secureKey"),
    ("iovox-user", lambda v: iovox.client(v, "demo-secure-key"), "username"),
    ("sms", lambda v: sms.client(v), "api key"),
    ("icommkt", lambda v: icommkt.client(v), "server token"),
    ("inxmail", lambda v: inxmail.client("acme", "client", v), "secret"),
    ("inxmail-id", lambda v: inxmail.client("acme", v, "secret"), "client id"),
]
BAD = {
    "trailing space": SECRET + " ",
    "leading space": " " + SECRET,
    "tab": SECRET + "\t",
    "NUL": SECRET + "\x00",
    "inner NUL": SECRET[:5] + "\x00" + SECRET[5:],
    "newline": SECRET + "\r\nX-Injected: 1",
    "zero-width space": SECRET + "\u200b",
    "non-ASCII": SECRET + "é",
    "empty": "",
}
# Basic auth sends UTF-8 text base64-encoded: non-ASCII is a valid Inxmail secret
ALLOWED = {("inxmail", "non-ASCII"), ("inxmail-id", "non-ASCII")}


@pytest.mark.parametrize("kind", sorted(BAD))
@pytest.mark.parametrize(("label", "make", "name"), FACTORIES, ids=[f[0] for f in FACTORIES])
def test_bad_credentials_are_refused_at_construction_without_their_value(
    label: str, make: Callable[[str], Any], name: str, kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    value = BAD[kind]
    if (label, kind) in ALLOWED:
        make(value)
        return
    with pytest.raises(ValueError) as err:
        make(value)
    message = str(err.value)
    assert f"the {name} credential" in message
    texts = [message, repr(err.value), "".join(traceback.format_exception(err.value)), caplog.text]
    for text in texts:
        assert SECRET not in text and SECRET[:8] not in text


def test_a_colon_in_the_inxmail_client_id_is_refused() -> None:
    with pytest.raises(ValueError, match="the client id credential must not contain ':'"):
        inxmail.client("acme", "id:x", "secret")


# ---------------------------------------------------------------------------------- masking

CLIENTS: list[tuple[str, Callable[..., Any], str]] = [
    ("iovox", lambda **kw: iovox.client("demo", SECRET, **kw), "securekey"),
    ("sms", lambda **kw: sms.client(SECRET, **kw), "authorization"),
    ("icommkt", lambda **kw: icommkt.client(SECRET, **kw), "x-trx-api-key"),
    ("inxmail", lambda **kw: inxmail.client("acme", "client", SECRET, **kw), "authorization"),
]
CALLS: dict[str, Callable[[Any], Any]] = {
    "iovox": lambda c: search_emails.sync(client=c),
    "sms": lambda c: sms.drain_reports(c),
    "icommkt": lambda c: icommkt_send.sync(
        client=c, body=EmailMessage(from_="a@example.com", to="b@example.com", subject="s")
    ),
    "inxmail": lambda c: list_recipients.sync(client=c),
}
ACALLS: dict[str, Callable[[Any], Any]] = {
    "iovox": lambda c: search_emails.asyncio(client=c),
    "icommkt": lambda c: icommkt_send.asyncio(
        client=c, body=EmailMessage(from_="a@example.com", to="b@example.com", subject="s")
    ),
    "inxmail": lambda c: list_recipients.asyncio(client=c),
}


def inxmail_secret_forms() -> list[str]:
    return [base64.b64encode(f"client:{SECRET}".encode()).decode()]


def leaks(exc: BaseException, caplog_text: str) -> list[str]:
    """Every view of ``exc`` a caller may meet that contains the secret (or its Basic form)."""
    request = getattr(exc, "request", None)
    response = getattr(exc, "response", None)
    views = {
        "str": str(exc),
        "repr": repr(exc),
        "traceback": "".join(traceback.format_exception(exc)),
        "request.headers": repr(request.headers) if request is not None else "",
        "request.headers values": " ".join(request.headers.values()) if request else "",
        "response.request.headers": repr(response.request.headers) if response else "",
        "pickle": pickle.dumps(exc).decode("latin-1"),
        "logs": caplog_text,
    }
    forms = [SECRET, *inxmail_secret_forms()]
    return [name for name, text in views.items() if any(f in text for f in forms)]


def dropping(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


@pytest.mark.parametrize(("label", "make", "header"), CLIENTS, ids=[c[0] for c in CLIENTS])
def test_a_transport_error_shows_no_credential(
    label: str, make: Callable[..., Any], header: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers[header])
        return dropping(request)

    c = make(base_url="http://api.test/x", transport=httpx.MockTransport(handler), retry=NO_RETRIES)
    with pytest.raises(httpx.ConnectError) as err:
        CALLS[label](c)
    assert sent and (SECRET in sent[0] or sent[0].startswith("Basic "))  # it was sent...
    assert leaks(err.value, caplog.text) == []  # ...and is nowhere to be seen afterwards
    assert err.value.request.headers[header] == MASK
    assert pickle.loads(pickle.dumps(err.value)).request.headers[header] == MASK


@pytest.mark.parametrize("label", sorted(ACALLS))
def test_a_transport_error_shows_no_credential_async(label: str) -> None:
    make = {c[0]: c[1] for c in CLIENTS}[label]
    c = make(
        base_url="http://api.test/x", async_transport=httpx.MockTransport(dropping),
        retry=NO_RETRIES,
    )  # fmt: skip
    with pytest.raises(httpx.ConnectError) as err:
        asyncio.run(ACALLS[label](c))
    assert leaks(err.value, "") == []


def test_a_deadline_error_shows_no_credential(iovox_server: Server) -> None:
    faults(iovox_server, latency_ms=1000)
    c = iovox.client("demo", "demo-secure-key", base_url=iovox_server.base_url, deadline=0.2)
    with pytest.raises(DeadlineExceeded) as err:
        search_emails.sync(client=c)
    request = err.value.request
    assert "demo-secure-key" not in repr(request.headers) + pickle.dumps(err.value).decode(
        "latin-1"
    )
    copy = pickle.loads(pickle.dumps(err.value))
    assert isinstance(copy, DeadlineExceeded) and copy.attempts == 1 and str(copy) == str(err.value)


def test_an_error_response_shows_no_credential(iovox_server: Server) -> None:
    key = "demo-secure-key"  # valid: the emulator refuses the parameter, not the key
    c = iovox.client("demo", key, base_url=iovox_server.base_url, retry=NO_RETRIES)
    with pytest.raises(ValidationError) as err:
        search_emails.sync(client=c, limit=0)
    e = err.value
    assert isinstance(e, ApiError) and e.status_code == 400
    assert e.request.headers["securekey"] == MASK and e.response.request is e.request
    for text in (repr(e.request.headers), repr(e.response.request.headers), repr(e), str(e)):
        assert key not in text
    blob = pickle.dumps(e)
    assert key.encode() not in blob
    copy = pickle.loads(blob)  # errors unpickle (e.g. across a process pool)
    assert type(copy) is type(e) and copy.status_code == e.status_code and str(copy) == str(e)


def test_a_refused_credential_error_shows_no_credential(iovox_server: Server) -> None:
    c = iovox.client("demo", SECRET, base_url=iovox_server.base_url, retry=NO_RETRIES)
    with pytest.raises(AuthenticationError) as err:
        search_emails.sync(client=c)
    assert leaks(err.value, "") == []
    assert pickle.loads(pickle.dumps(err.value)).status_code == 401


def test_an_unexpected_response_shows_no_credential() -> None:
    c = iovox.client(
        "demo", SECRET, base_url="http://iovox.test/rest/v1", retry=NO_RETRIES,
        transport=httpx.MockTransport(lambda request: httpx.Response(599, json={})),
    )  # fmt: skip
    with pytest.raises(UnexpectedResponse, match="non-standard status 599") as err:
        search_emails.sync(client=c)
    assert leaks(err.value, "") == []
    assert pickle.loads(pickle.dumps(err.value)).status_code == 599
