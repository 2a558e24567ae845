"""iovox E-Mail Tracking: client factory and page/limit search iteration.

>>> from sendspec import iovox
>>> from iovox_email_client.api.email import send_email
>>> client = iovox.client("CUSTOMER_USERNAME", "API_SECURE_KEY")          # sandbox by default
>>> for record in iovox.search_all(client, link_id="abc123", page_size=500):
...     print(record.message_id, record.disposition)
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any, Unpack

from iovox_email_client import Client
from iovox_email_client.api.email import search_emails
from iovox_email_client.models import EmailRecord, Errors, SearchResponse

from .errors import ApiError
from .runtime import ClientOptions, HeaderAuth, build_client, check_credential, expect

PROVIDER = "iovox-email"
SANDBOX_URL = "https://sandbox-rest.iovox.com/rest/v1"
PRODUCTION_URL = "https://rest.iovox.com/rest/v1"
#: the documented default page size of /email/search
DEFAULT_PAGE_SIZE = 20000


class IovoxAuth(HeaderAuth):
    """The ``username`` and ``secureKey`` headers required on every request."""

    def __init__(self, username: str, secure_key: str) -> None:
        check_credential("username", username)
        check_credential("secureKey", secure_key)
        super().__init__({"username": username, "secureKey": secure_key})


def parse_error(body: Any) -> tuple[list[str], Errors | None]:
    """``{"errors": [...]}`` -> (messages, generated ``Errors`` model)."""
    if isinstance(body, dict) and isinstance(body.get("errors"), list):
        model = Errors.from_dict(body)
        return [str(e) for e in model.errors], model
    return ([body] if isinstance(body, str) and body else []), None


def error_model(error: ApiError) -> Errors | None:
    """The generated ``Errors`` model (``errors``: the messages) an error response carries,
    when its body was one."""
    return error.error if isinstance(error.error, Errors) else None


def client(
    username: str,
    secure_key: str,
    **options: Unpack[ClientOptions],
) -> Client:
    """A generated iovox ``Client`` with auth, timeouts, retries and typed errors.

    ``base_url`` defaults to the sandbox; pass :data:`PRODUCTION_URL` to go live.
    """
    options.setdefault("base_url", SANDBOX_URL)
    return build_client(
        Client,
        provider=PROVIDER,
        auth=IovoxAuth(username, secure_key),
        parse_error=parse_error,
        **options,
    )


def search_pages(
    client: Client, *, page_size: int = DEFAULT_PAGE_SIZE, start_page: int = 1, **filters: Any
) -> Iterator[SearchResponse]:
    """Every page of a search, from ``start_page`` to ``total_pages`` (one request each).

    ``filters`` are the keyword arguments of the generated ``search_emails`` (start_date,
    end_date, link_id, disposition, fields, order, ...). Stops on the last page, or on an
    empty page (records deleted or the range moved while walking).
    """
    if page_size < 1:
        raise ValueError("page_size must be at least 1")
    page_number = start_page
    while True:
        page = expect(
            search_emails.sync(client=client, page=page_number, limit=page_size, **filters),
            SearchResponse,
        )
        yield page
        if not page.results or page_number >= page.total_pages:
            return
        page_number += 1


def search_all(
    client: Client, *, page_size: int = DEFAULT_PAGE_SIZE, **filters: Any
) -> Iterator[EmailRecord]:
    """Every matching record across all pages, one page in memory at a time."""
    for page in search_pages(client, page_size=page_size, **filters):
        yield from page.results


async def asearch_pages(
    client: Client, *, page_size: int = DEFAULT_PAGE_SIZE, start_page: int = 1, **filters: Any
) -> AsyncIterator[SearchResponse]:
    """Async :func:`search_pages`."""
    if page_size < 1:
        raise ValueError("page_size must be at least 1")
    page_number = start_page
    while True:
        page = expect(
            await search_emails.asyncio(
                client=client, page=page_number, limit=page_size, **filters
            ),
            SearchResponse,
        )
        yield page
        if not page.results or page_number >= page.total_pages:
            return
        page_number += 1


async def asearch_all(
    client: Client, *, page_size: int = DEFAULT_PAGE_SIZE, **filters: Any
) -> AsyncIterator[EmailRecord]:
    """Async :func:`search_all`."""
    async for page in asearch_pages(client, page_size=page_size, **filters):
        for record in page.results:
            yield record
