"""Inxmail Professional: client factory, HAL cursor iteration and problem documents.

>>> from sendspec import inxmail
>>> from inxmail_client.api.recipients import list_recipients
>>> client = inxmail.client("customer", "CLIENT_ID", "SECRET")
>>> cursor = inxmail.Cursor(list_recipients, client, page_size=1000)
>>> for recipient in cursor:            # follows _links.next, one page in memory
...     print(recipient.id)
>>> cursor.upcoming                     # the inx:upcoming href, for the next synchronisation
"""

from __future__ import annotations

import base64
import typing
from collections.abc import Iterator
from types import ModuleType
from typing import Any, Unpack

import attrs
from inxmail_client import Client
from inxmail_client.models import Problem
from inxmail_client.types import Unset

from .errors import ApiError, SendspecError
from .runtime import ClientOptions, HeaderAuth, build_client, check_credential, expect

PROVIDER = "inxmail"
ACCEPT = "application/hal+json,application/problem+json"
#: documented default and maximum page size
MAX_PAGE_SIZE = 1000


def base_url(customer: str) -> str:
    """The API root of one Inxmail Professional customer."""
    if not customer or "/" in customer:
        raise ValueError("customer must be a non-empty name without '/'")
    return f"https://api.inxmail.com/{customer}/rest/v1"


class BasicAuth(HeaderAuth):
    """``Authorization: Basic base64(client_id:secret)`` (the values stay hidden).

    Both are checked like every credential (:func:`~sendspec.runtime.check_credential`);
    non-ASCII text is allowed (it is sent UTF-8 and base64-encoded), a ``:`` in the client
    id is not (Basic auth could not tell where the secret starts).
    """

    def __init__(self, client_id: str, secret: str) -> None:
        check_credential("client id", client_id, header=False)
        check_credential("secret", secret, header=False)
        if ":" in client_id:
            raise ValueError("the client id credential must not contain ':'")
        token = base64.b64encode(f"{client_id}:{secret}".encode()).decode()
        super().__init__({"Authorization": f"Basic {token}"})


def parse_error(body: Any) -> tuple[list[str], Problem | None]:
    """An RFC 7807 problem document -> (messages, generated ``Problem`` model)."""
    if not isinstance(body, dict) or "type" not in body or "title" not in body:
        return ([body] if isinstance(body, str) and body else []), None
    problem = Problem.from_dict(body)
    messages = [
        f"{problem.title}" + (f": {problem.detail}" if isinstance(problem.detail, str) else "")
    ]
    for field in problem.invalid_fields if not isinstance(problem.invalid_fields, Unset) else []:
        messages.append(f"{field.field}: {field.problem}")
    messages += [] if isinstance(problem.general_errors, Unset) else problem.general_errors
    return messages, problem


def problem_type(error: ApiError) -> str | None:
    """The ``type`` of the problem document an error carries (None when there is none)."""
    return error.error.type_ if isinstance(error.error, Problem) else None


def client(customer: str, client_id: str, secret: str, **options: Unpack[ClientOptions]) -> Client:
    """A generated Inxmail ``Client``: Basic auth, the HAL/problem Accept header, timeouts,
    retries (429 waits as ``Retry-After``/``X-RateLimit-Reset`` say; safe methods only
    unless the RetryPolicy allows more) and problem documents as typed errors."""
    options.setdefault("base_url", base_url(customer))
    return build_client(
        Client,
        provider=PROVIDER,
        auth=BasicAuth(client_id, secret),
        parse_error=parse_error,
        headers={"Accept": ACCEPT},
        **options,
    )


class Cursor:
    """Iterate a cursor-paged HAL collection operation (a generated module such as
    ``list_recipients``), following ``_links.next`` until it is absent.

    - next hrefs are absolute and requested as they are (their query holds the cursor);
    - only one page is held in memory at a time;
    - after the last page, :attr:`upcoming` is the ``inx:upcoming`` href (the page that new
      records will appear on), for a later :meth:`resume`.
    """

    def __init__(
        self,
        operation: ModuleType,
        client: Client,
        *,
        page_size: int = MAX_PAGE_SIZE,
        **params: Any,
    ) -> None:
        if not 1 <= page_size <= MAX_PAGE_SIZE:
            raise ValueError(f"page_size must be between 1 and {MAX_PAGE_SIZE}")
        self.operation = operation
        self.client = client
        self.params = {"page_size": page_size, **params}
        self.upcoming: str | None = None
        self.pages = 0
        self._start: str | None = None

    def resume(self, href: str) -> Cursor:
        """A cursor starting at a stored ``inx:upcoming`` href."""
        other = Cursor(self.operation, self.client)
        other._start = href
        return other

    def _fetch(self, href: str, model: type[Any]) -> Any:
        response = self.client.get_httpx_client().get(href)  # no params=: keep the href's query
        return model.from_dict(response.json())

    def pages_iter(self) -> Iterator[Any]:
        if self._start is None:
            page = self.operation.sync(client=self.client, **self.params)
        else:
            model = _page_model(self.operation)
            page = self._fetch(self._start, model)
        while True:
            self.pages += 1
            yield page
            links = page.field_links
            nxt = links.next_ if not isinstance(links.next_, Unset) else None
            if nxt is None:
                up = links.inxupcoming
                self.upcoming = None if isinstance(up, Unset) else up.href
                return
            page = self._fetch(nxt.href, type(page))

    def __iter__(self) -> Iterator[Any]:
        for page in self.pages_iter():
            yield from items(page)


def items(page: Any) -> list[Any]:
    """The embedded items of one collection page (empty when ``_embedded`` is absent)."""
    embedded = getattr(page, "field_embedded", None)
    if embedded is None:
        raise SendspecError(f"{type(page).__name__} is not a HAL collection page")
    if isinstance(embedded, Unset):
        return []
    lists = [
        getattr(embedded, f.name)
        for f in attrs.fields(type(embedded))
        if isinstance(getattr(embedded, f.name), list) and f.name != "additional_properties"
    ]
    return lists[0] if lists else []


def _page_model(operation: ModuleType) -> type[Any]:
    """The success model of a generated collection operation (from its return annotation)."""
    hints = typing.get_type_hints(operation.sync)
    for candidate in typing.get_args(hints.get("return")):
        if isinstance(candidate, type) and candidate.__name__.endswith("Collection"):
            return candidate
    raise SendspecError(f"{operation.__name__} does not return a HAL collection")


__all__ = [
    "ACCEPT",
    "ApiError",
    "BasicAuth",
    "Cursor",
    "base_url",
    "client",
    "expect",
    "items",
    "parse_error",
    "problem_type",
]
