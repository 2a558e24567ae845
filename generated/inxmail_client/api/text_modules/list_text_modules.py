from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_text_modules_embedded import ListTextModulesEmbedded
from ...models.problem import Problem
from ...models.text_module_collection import TextModuleCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    list_id: int | Unset = UNSET,
    last_modified_since: str | Unset = UNSET,
    embedded: ListTextModulesEmbedded | Unset = UNSET,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
    if_modified_since: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_modified_since, Unset):
        headers["If-Modified-Since"] = if_modified_since

    params: dict[str, Any] = {}

    params["listId"] = list_id

    params["lastModifiedSince"] = last_modified_since

    json_embedded: str | Unset = UNSET
    if not isinstance(embedded, Unset):
        json_embedded = embedded.value

    params["embedded"] = json_embedded

    params["afterId"] = after_id

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/text-modules",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | TextModuleCollection | None:
    if response.status_code == 200:
        response_200 = TextModuleCollection.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

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
) -> Response[Any | Problem | TextModuleCollection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    list_id: int | Unset = UNSET,
    last_modified_since: str | Unset = UNSET,
    embedded: ListTextModulesEmbedded | Unset = UNSET,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
    if_modified_since: str | Unset = UNSET,
) -> Response[Any | Problem | TextModuleCollection]:
    """Retrieve text module collection

     Returns the first page of text modules (cursor paged). With `If-Modified-Since` the request is
    conditional: 304 without body when no text module was modified since that time. (The documented raw
    request wrongly shows `/target-groups?listId=15&...`.)

    Args:
        list_id (int | Unset):
        last_modified_since (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an
            offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API
            description), pattern-checked rather than `date-time` because the documented requests send
            `+0000`. Example: 2016-02-04T10:30:12Z.
        embedded (ListTextModulesEmbedded | Unset):
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | TextModuleCollection]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        last_modified_since=last_modified_since,
        embedded=embedded,
        after_id=after_id,
        page_size=page_size,
        if_modified_since=if_modified_since,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    list_id: int | Unset = UNSET,
    last_modified_since: str | Unset = UNSET,
    embedded: ListTextModulesEmbedded | Unset = UNSET,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
    if_modified_since: str | Unset = UNSET,
) -> Any | Problem | TextModuleCollection | None:
    """Retrieve text module collection

     Returns the first page of text modules (cursor paged). With `If-Modified-Since` the request is
    conditional: 304 without body when no text module was modified since that time. (The documented raw
    request wrongly shows `/target-groups?listId=15&...`.)

    Args:
        list_id (int | Unset):
        last_modified_since (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an
            offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API
            description), pattern-checked rather than `date-time` because the documented requests send
            `+0000`. Example: 2016-02-04T10:30:12Z.
        embedded (ListTextModulesEmbedded | Unset):
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | TextModuleCollection
    """

    return sync_detailed(
        client=client,
        list_id=list_id,
        last_modified_since=last_modified_since,
        embedded=embedded,
        after_id=after_id,
        page_size=page_size,
        if_modified_since=if_modified_since,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    list_id: int | Unset = UNSET,
    last_modified_since: str | Unset = UNSET,
    embedded: ListTextModulesEmbedded | Unset = UNSET,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
    if_modified_since: str | Unset = UNSET,
) -> Response[Any | Problem | TextModuleCollection]:
    """Retrieve text module collection

     Returns the first page of text modules (cursor paged). With `If-Modified-Since` the request is
    conditional: 304 without body when no text module was modified since that time. (The documented raw
    request wrongly shows `/target-groups?listId=15&...`.)

    Args:
        list_id (int | Unset):
        last_modified_since (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an
            offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API
            description), pattern-checked rather than `date-time` because the documented requests send
            `+0000`. Example: 2016-02-04T10:30:12Z.
        embedded (ListTextModulesEmbedded | Unset):
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | TextModuleCollection]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        last_modified_since=last_modified_since,
        embedded=embedded,
        after_id=after_id,
        page_size=page_size,
        if_modified_since=if_modified_since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    list_id: int | Unset = UNSET,
    last_modified_since: str | Unset = UNSET,
    embedded: ListTextModulesEmbedded | Unset = UNSET,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
    if_modified_since: str | Unset = UNSET,
) -> Any | Problem | TextModuleCollection | None:
    """Retrieve text module collection

     Returns the first page of text modules (cursor paged). With `If-Modified-Since` the request is
    conditional: 304 without body when no text module was modified since that time. (The documented raw
    request wrongly shows `/target-groups?listId=15&...`.)

    Args:
        list_id (int | Unset):
        last_modified_since (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an
            offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API
            description), pattern-checked rather than `date-time` because the documented requests send
            `+0000`. Example: 2016-02-04T10:30:12Z.
        embedded (ListTextModulesEmbedded | Unset):
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | TextModuleCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            list_id=list_id,
            last_modified_since=last_modified_since,
            embedded=embedded,
            after_id=after_id,
            page_size=page_size,
            if_modified_since=if_modified_since,
        )
    ).parsed
