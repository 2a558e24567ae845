from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.blacklist_entry_collection import BlacklistEntryCollection
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    last_modified_since: str | Unset = UNSET,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["lastModifiedSince"] = last_modified_since

    params["afterId"] = after_id

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/blacklist-entries",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BlacklistEntryCollection | Problem | None:
    if response.status_code == 200:
        response_200 = BlacklistEntryCollection.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())

        return response_406

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BlacklistEntryCollection | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    last_modified_since: str | Unset = UNSET,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
) -> Response[BlacklistEntryCollection | Problem]:
    """Retrieve blacklist entry collection

     Returns the first page of blacklist entries (cursor paged).

    Args:
        last_modified_since (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an
            offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API
            description), pattern-checked rather than `date-time` because the documented requests send
            `+0000`. Example: 2016-02-04T10:30:12Z.
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlacklistEntryCollection | Problem]
    """

    kwargs = _get_kwargs(
        last_modified_since=last_modified_since,
        after_id=after_id,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    last_modified_since: str | Unset = UNSET,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
) -> BlacklistEntryCollection | Problem | None:
    """Retrieve blacklist entry collection

     Returns the first page of blacklist entries (cursor paged).

    Args:
        last_modified_since (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an
            offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API
            description), pattern-checked rather than `date-time` because the documented requests send
            `+0000`. Example: 2016-02-04T10:30:12Z.
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlacklistEntryCollection | Problem
    """

    return sync_detailed(
        client=client,
        last_modified_since=last_modified_since,
        after_id=after_id,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    last_modified_since: str | Unset = UNSET,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
) -> Response[BlacklistEntryCollection | Problem]:
    """Retrieve blacklist entry collection

     Returns the first page of blacklist entries (cursor paged).

    Args:
        last_modified_since (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an
            offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API
            description), pattern-checked rather than `date-time` because the documented requests send
            `+0000`. Example: 2016-02-04T10:30:12Z.
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlacklistEntryCollection | Problem]
    """

    kwargs = _get_kwargs(
        last_modified_since=last_modified_since,
        after_id=after_id,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    last_modified_since: str | Unset = UNSET,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
) -> BlacklistEntryCollection | Problem | None:
    """Retrieve blacklist entry collection

     Returns the first page of blacklist entries (cursor paged).

    Args:
        last_modified_since (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an
            offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API
            description), pattern-checked rather than `date-time` because the documented requests send
            `+0000`. Example: 2016-02-04T10:30:12Z.
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlacklistEntryCollection | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            last_modified_since=last_modified_since,
            after_id=after_id,
            page_size=page_size,
        )
    ).parsed
