"""The overlays' runtime against real HTTP: retries, Retry-After, timeouts, typed errors,
non-standard statuses, bad JSON, secrets, injected transports, sync and async."""

from __future__ import annotations

import asyncio
import email.utils
import logging
import random
import time
from typing import Any

import httpx
import pytest
from iovox_email_client.api.email import search_emails, send_email
from iovox_email_client.models import SendEmailRequest
from sendspec import (
    NO_RETRIES,
    AuthenticationError,
    RateLimitedError,
    RetryPolicy,
    ServerError,
    UnexpectedResponse,
    iovox,
    sms,
)
from sendspec.runtime import DEFAULT_TIMEOUT, retry_after
from sendspec_emulator import Server

FAST = RetryPolicy(
    max_attempts=4, backoff_base=0.01, backoff_max=0.02, max_total_wait=5, rng=random.Random(1)
)


def faults(server: Server, **values: Any) -> None:
    r = httpx.post(f"{server.root_url}/_emulator/faults", json=values)
    assert r.status_code == 200, r.text


def body() -> SendEmailRequest:
    return SendEmailRequest(
        link_id=1234,
        sender_address="a@b.com",
        sender_name="A",
        recipient_address="c@d.com",
        recipient_name="C",
        subject="s",
        text_content="t",
        html_content="h",
    )


def stored(server: Server) -> int:
    c = iovox.client("demo", "demo-secure-key", base_url=server.base_url, retry=NO_RETRIES)
    return len(list(iovox.search_all(c)))


def test_default_timeout_is_set() -> None:
    c = iovox.client("u", "k")
    assert c.get_httpx_client().timeout == DEFAULT_TIMEOUT
    assert c.get_async_httpx_client().timeout == DEFAULT_TIMEOUT
    assert DEFAULT_TIMEOUT.connect == 5.0 and DEFAULT_TIMEOUT.read == 30.0
    assert iovox.client("u", "k", timeout=1.5).get_httpx_client().timeout.read == 1.5


def test_timeout_raises(iovox_server: Server) -> None:
    faults(iovox_server, latency_ms=300)
    c = iovox.client(
        "demo", "demo-secure-key", base_url=iovox_server.base_url, timeout=0.05, retry=NO_RETRIES
    )
    with pytest.raises(httpx.ReadTimeout):
        search_emails.sync(client=c)


def test_get_is_retried_through_503_and_429(iovox_server: Server) -> None:
    faults(iovox_server, rate_503=0.5, rate_429=0.3, retry_after=0, seed=7)
    c = iovox.client(
        "demo",
        "demo-secure-key",
        base_url=iovox_server.base_url,
        retry=RetryPolicy(max_attempts=30, backoff_base=0.001, max_total_wait=5),
    )
    before = iovox_server.app.requests
    for _ in range(10):
        assert search_emails.sync(client=c) is not None
    assert iovox_server.app.requests - before > 10  # some needed retries, all succeeded


def test_dropped_connections_are_retried_for_get(iovox_server: Server) -> None:
    faults(iovox_server, rate_drop=0.5, seed=3)
    c = iovox.client(
        "demo",
        "demo-secure-key",
        base_url=iovox_server.base_url,
        retry=RetryPolicy(max_attempts=20, backoff_base=0.001),
    )
    for _ in range(5):
        assert search_emails.sync(client=c) is not None


def test_send_is_not_retried_after_a_drop_unless_opted_in(iovox_server: Server) -> None:
    faults(iovox_server, rate_drop=1.0)
    c = iovox.client("demo", "demo-secure-key", base_url=iovox_server.base_url, retry=FAST)
    before = iovox_server.app.requests
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):  # dropped mid-response
        send_email.sync(client=c, body=body())
    assert iovox_server.app.requests - before == 1  # exactly one attempt
    opted = iovox.client(
        "demo",
        "demo-secure-key",
        base_url=iovox_server.base_url,
        retry=RetryPolicy(max_attempts=3, backoff_base=0.001, retry_non_idempotent=True),
    )
    before = iovox_server.app.requests
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        send_email.sync(client=opted, body=body())
    assert iovox_server.app.requests - before == 3


def test_send_is_retried_on_429_but_not_on_503(iovox_server: Server) -> None:
    faults(iovox_server, rate_429=1.0, retry_after=0)
    c = iovox.client("demo", "demo-secure-key", base_url=iovox_server.base_url, retry=FAST)
    before = iovox_server.app.requests
    with pytest.raises(RateLimitedError) as err:
        send_email.sync(client=c, body=body())
    assert iovox_server.app.requests - before == FAST.max_attempts
    assert err.value.retry_after == 0 and err.value.status_code == 429
    faults(iovox_server, rate_429=0.0, rate_503=1.0)
    before = iovox_server.app.requests
    with pytest.raises(ServerError):
        send_email.sync(client=c, body=body())
    assert iovox_server.app.requests - before == 1
    faults(iovox_server, rate_503=0.0)
    assert stored(iovox_server) == 0


def test_retry_after_bounds_total_wait(iovox_server: Server) -> None:
    faults(iovox_server, rate_429=1.0, retry_after=60)
    c = iovox.client(
        "demo",
        "demo-secure-key",
        base_url=iovox_server.base_url,
        retry=RetryPolicy(max_total_wait=2),
    )
    before = iovox_server.app.requests
    with pytest.raises(RateLimitedError) as err:
        search_emails.sync(client=c)
    # 60 s exceeds the 2 s budget: no wait and no second attempt (counted, not timed)
    assert iovox_server.app.requests - before == 1
    assert err.value.retry_after == 60


def test_retry_after_formats() -> None:
    now = time.time()
    req = httpx.Request("GET", "http://x")
    date = email.utils.formatdate(now + 30, usegmt=True)
    assert retry_after(httpx.Response(429, headers={"Retry-After": "7"}, request=req)) == 7
    got = retry_after(httpx.Response(429, headers={"Retry-After": date}, request=req), now)
    assert got is not None and 28 <= got <= 31
    assert retry_after(httpx.Response(429, headers={"X-RateLimit-Reset": "12"}, request=req)) == 12
    epoch = httpx.Response(429, headers={"X-RateLimit-Reset": str(int(now) + 9)}, request=req)
    got = retry_after(epoch, now)
    assert got is not None and 8 <= got <= 9
    assert retry_after(httpx.Response(429, request=req)) is None
    assert retry_after(httpx.Response(429, headers={"Retry-After": "soon"}, request=req)) is None


def test_backoff_is_exponential_with_jitter_and_capped() -> None:
    policy = RetryPolicy(backoff_base=1, backoff_max=5, rng=random.Random(0))
    for attempt, cap in ((1, 1), (2, 2), (3, 4), (4, 5), (9, 5)):
        waits = [policy.backoff(attempt) for _ in range(200)]
        assert all(0 <= w <= cap for w in waits) and max(waits) > cap * 0.8
    with pytest.raises(ValueError):
        RetryPolicy(max_attempts=0)


def mock_client(handler: Any) -> Any:
    return iovox.client(
        "demo",
        "s3cret-key",
        base_url="http://iovox.test/rest/v1",
        transport=httpx.MockTransport(handler),
        retry=NO_RETRIES,
    )


def test_non_standard_status_is_a_clear_error() -> None:
    c = mock_client(lambda request: httpx.Response(599, json={"errors": ["odd"]}))
    with pytest.raises(UnexpectedResponse, match="non-standard status 599"):
        search_emails.sync(client=c)


def test_invalid_json_is_a_clear_error() -> None:
    c = mock_client(
        lambda request: httpx.Response(
            200, content=b"<html>proxy error</html>", headers={"content-type": "application/json"}
        )
    )
    with pytest.raises(UnexpectedResponse, match="not valid JSON"):
        search_emails.sync(client=c)


def test_unexpected_error_body_still_gives_typed_error() -> None:
    c = mock_client(lambda request: httpx.Response(502, text="Bad Gateway"))
    with pytest.raises(ServerError) as err:
        search_emails.sync(client=c)
    assert err.value.messages == ["Bad Gateway"] and err.value.body == "Bad Gateway"


def test_secrets_never_leak(iovox_server: Server, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    secret = "s3cret-key"
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["secureKey"])
        return httpx.Response(401, json={"errors": ["Invalid username or secureKey"]})

    c = mock_client(handler)
    with pytest.raises(AuthenticationError) as err:
        search_emails.sync(client=c)
    assert seen == [secret]  # it was sent...
    texts = [
        repr(c),
        str(c.get_httpx_client().auth),
        repr(c.get_httpx_client().auth),
        str(err.value),
        repr(err.value),
        caplog.text,
    ]
    s = sms.client("sms-secret-key", base_url="http://sms.test")
    texts += [repr(s), repr(s.get_httpx_client().auth)]
    for text in texts:  # ...and appears nowhere else
        assert secret not in text and "sms-secret-key" not in text


def test_injected_httpx_client_keeps_auth(iovox_server: Server) -> None:
    mine = httpx.Client(base_url=iovox_server.base_url, timeout=3)
    c = iovox.client("demo", "demo-secure-key", base_url=iovox_server.base_url, httpx_client=mine)
    assert c.get_httpx_client() is mine
    assert search_emails.sync(client=c) is not None
    bad = iovox.client(
        "demo",
        "nope",
        base_url=iovox_server.base_url,
        httpx_client=httpx.Client(base_url=iovox_server.base_url),
    )
    with pytest.raises(AuthenticationError):
        search_emails.sync(client=bad)


def test_async_client_with_retries(iovox_server: Server) -> None:
    faults(iovox_server, rate_503=0.5, retry_after=0, seed=11)
    c = iovox.client(
        "demo",
        "demo-secure-key",
        base_url=iovox_server.base_url,
        retry=RetryPolicy(max_attempts=30, backoff_base=0.001),
    )

    async def run() -> int:
        results = await asyncio.gather(*(search_emails.asyncio(client=c) for _ in range(8)))
        return sum(r is not None for r in results)

    assert asyncio.run(run()) == 8
    bad = iovox.client("demo", "nope", base_url=iovox_server.base_url)
    with pytest.raises(AuthenticationError):
        asyncio.run(search_emails.asyncio(client=bad))


def test_empty_credentials_are_refused() -> None:
    with pytest.raises(ValueError):
        iovox.client("demo", "")
    with pytest.raises(ValueError):
        sms.client("")
    with pytest.raises(ValueError):
        iovox.client("demo", "key\r\nX-Injected: 1")
