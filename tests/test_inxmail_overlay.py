"""Inxmail overlay: the HAL cursor (next hrefs kept whole, live data, upcoming link, one page
in memory), Basic auth and Accept header, problem documents and 429 handling, against an
in-test HAL server (httpx.MockTransport) implementing the documented cursor semantics."""

from __future__ import annotations

import base64
import random
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from inxmail_client.api.recipients import get_recipient, list_recipients
from sendspec import NO_RETRIES, NotFoundError, RetryPolicy, ValidationError, inxmail

ROOT = "http://inx.test/customer/rest/v1"


class HalRecipients:
    def __init__(self, n: int) -> None:
        self.ids = list(range(1, n + 1))
        self.requests: list[httpx.Request] = []
        self.on_page: Any = None

    def recipient(self, i: int) -> dict[str, Any]:
        return {
            "id": i,
            "email": f"r{i}@example.com",
            "_links": {"self": {"href": f"{ROOT}/recipients/{i}"}},
        }

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        assert request.headers["Accept"] == "application/hal+json,application/problem+json"
        expected = base64.b64encode(b"client:secret").decode()
        if request.headers.get("Authorization") != f"Basic {expected}":
            return httpx.Response(
                403, json={"type": "about:blank", "title": "Forbidden", "status": 403}
            )
        q = {k: v[0] for k, v in parse_qs(urlsplit(str(request.url)).query).items()}
        after, size = int(q.get("afterId", 0)), int(q.get("pageSize", 1000))
        if self.on_page:
            self.on_page(len(self.requests))
        page = [i for i in self.ids if i > after][:size]
        links: dict[str, Any] = {
            "self": {"href": str(request.url)},
            "first": {"href": f"{ROOT}/recipients?pageSize={size}"},
        }
        last = page[-1] if page else after
        if any(i > last for i in self.ids):
            links["next"] = {"href": f"{ROOT}/recipients?afterId={last}&pageSize={size}"}
        else:
            links["inx:upcoming"] = {"href": f"{ROOT}/recipients?afterId={last}&pageSize={size}"}
        body: dict[str, Any] = {"_links": links}
        if page:
            body["_embedded"] = {"inx:recipients": [self.recipient(i) for i in page]}
        return httpx.Response(200, json=body, headers={"content-type": "application/hal+json"})


def client_for(handler: Any, **kw: Any) -> Any:
    kw.setdefault("retry", NO_RETRIES)
    return inxmail.client(
        "customer", "client", "secret", base_url=ROOT, transport=httpx.MockTransport(handler), **kw
    )


def test_walks_all_pages_following_next_hrefs() -> None:
    server = HalRecipients(25)
    cursor = inxmail.Cursor(list_recipients, client_for(server), page_size=10)
    assert [r.id for r in cursor] == list(range(1, 26))
    assert cursor.pages == 3 and len(server.requests) == 3
    # the next hrefs were requested whole: their query carried the cursor
    assert [r.url.params.get("afterId") for r in server.requests] == [None, "10", "20"]
    assert cursor.upcoming == f"{ROOT}/recipients?afterId=25&pageSize=10"


def test_empty_and_exactly_one_page() -> None:
    server = HalRecipients(0)
    cursor = inxmail.Cursor(list_recipients, client_for(server), page_size=10)
    assert list(cursor) == [] and cursor.pages == 1
    server = HalRecipients(10)
    cursor = inxmail.Cursor(list_recipients, client_for(server), page_size=10)
    assert len(list(cursor)) == 10 and cursor.pages == 1 and cursor.upcoming is not None


def test_live_data_and_one_page_in_memory() -> None:
    server = HalRecipients(20)

    def mutate(request_number: int) -> None:
        if request_number == 2:  # between pages: one added at the end, one removed ahead
            server.ids.append(21)
            server.ids.remove(15)

    server.on_page = mutate
    walk = iter(inxmail.Cursor(list_recipients, client_for(server), page_size=10))
    first = [next(walk).id for _ in range(10)]
    assert len(server.requests) == 1  # the second page is not fetched before it is needed
    rest = [r.id for r in walk]
    assert first + rest == [i for i in range(1, 22) if i != 15]


def test_resume_from_upcoming() -> None:
    server = HalRecipients(5)
    c = client_for(server)
    cursor = inxmail.Cursor(list_recipients, c, page_size=10)
    list(cursor)
    assert cursor.upcoming is not None
    server.ids += [6, 7]
    resumed = cursor.resume(cursor.upcoming)
    assert [r.id for r in resumed] == [6, 7]


def test_page_size_bounds() -> None:
    for bad in (0, 1001):
        with pytest.raises(ValueError):
            inxmail.Cursor(list_recipients, client_for(HalRecipients(1)), page_size=bad)


def test_wrong_credentials_and_problem_documents() -> None:
    bad = inxmail.client(
        "customer",
        "client",
        "wrong",
        base_url=ROOT,
        retry=NO_RETRIES,
        transport=httpx.MockTransport(HalRecipients(1)),
    )
    with pytest.raises(inxmail.ApiError) as err:
        list(inxmail.Cursor(list_recipients, bad))
    assert err.value.status_code == 403 and "secret" not in str(err.value)

    def problem(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/recipients/404"):
            return httpx.Response(
                404,
                headers={"content-type": "application/problem+json"},
                json={
                    "type": "about:blank",
                    "title": "Not Found",
                    "status": 404,
                    "detail": "No recipient with id 404",
                },
            )
        return httpx.Response(
            400,
            headers={"content-type": "application/problem+json"},
            json={
                "type": "https://apidocs.inxmail.com/xpro/rest/v1/problems/validation-error",
                "title": "Validation error",
                "status": 400,
                "invalidFields": [{"field": "email", "problem": "must be a well-formed email"}],
            },
        )

    c = client_for(problem)
    with pytest.raises(NotFoundError) as nf:
        get_recipient.sync(404, client=c)
    assert nf.value.messages == ["Not Found: No recipient with id 404"]
    with pytest.raises(ValidationError) as ve:
        get_recipient.sync(1, client=c)
    assert inxmail.problem_type(ve.value).endswith("validation-error")  # type: ignore[union-attr]
    assert "email: must be a well-formed email" in ve.value.messages


def test_429_waits_as_the_rate_limit_headers_say() -> None:
    server = HalRecipients(3)
    answers = iter(
        [
            httpx.Response(
                429,
                headers={"Retry-After": "0", "X-RateLimit-Reset": "0"},
                json={"type": "about:blank", "title": "Too Many Requests", "status": 429},
            )
        ]
    )

    def limited(request: httpx.Request) -> httpx.Response:
        return next(answers, None) or server(request)

    c = client_for(limited, retry=RetryPolicy(backoff_base=0.001, rng=random.Random(0)))
    assert [r.id for r in inxmail.Cursor(list_recipients, c)] == [1, 2, 3]
