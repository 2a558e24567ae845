from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.target_group_collection import TargetGroupCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    list_id: int | Unset = UNSET,
    last_modified_since: str | Unset = UNSET,
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

    params["afterId"] = after_id

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/target-groups",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | TargetGroupCollection | None:
    if response.status_code == 200:
        response_200 = TargetGroupCollection.from_dict(response.json())

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
) -> Response[Any | Problem | TargetGroupCollection]:
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
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
    if_modified_since: str | Unset = UNSET,
) -> Response[Any | Problem | TargetGroupCollection]:
    """Retrieve target group collection

     Returns the first page of target groups (cursor paged). With `If-Modified-Since` the request is
    conditional: 304 without body when no target group was modified since that time.

    Args:
        list_id (int | Unset):
        last_modified_since (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an
            offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API
            description), pattern-checked rather than `date-time` because the documented requests send
            `+0000`. Example: 2016-02-04T10:30:12Z.
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | TargetGroupCollection]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        last_modified_since=last_modified_since,
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
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
    if_modified_since: str | Unset = UNSET,
) -> Any | Problem | TargetGroupCollection | None:
    """Retrieve target group collection

     Returns the first page of target groups (cursor paged). With `If-Modified-Since` the request is
    conditional: 304 without body when no target group was modified since that time.

    Args:
        list_id (int | Unset):
        last_modified_since (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an
            offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API
            description), pattern-checked rather than `date-time` because the documented requests send
            `+0000`. Example: 2016-02-04T10:30:12Z.
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | TargetGroupCollection
    """

    return sync_detailed(
        client=client,
        list_id=list_id,
        last_modified_since=last_modified_since,
        after_id=after_id,
        page_size=page_size,
        if_modified_since=if_modified_since,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    list_id: int | Unset = UNSET,
    last_modified_since: str | Unset = UNSET,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
    if_modified_since: str | Unset = UNSET,
) -> Response[Any | Problem | TargetGroupCollection]:
    """Retrieve target group collection

     Returns the first page of target groups (cursor paged). With `If-Modified-Since` the request is
    conditional: 304 without body when no target group was modified since that time.

    Args:
        list_id (int | Unset):
        last_modified_since (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an
            offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API
            description), pattern-checked rather than `date-time` because the documented requests send
            `+0000`. Example: 2016-02-04T10:30:12Z.
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | TargetGroupCollection]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        last_modified_since=last_modified_since,
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
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
    if_modified_since: str | Unset = UNSET,
) -> Any | Problem | TargetGroupCollection | None:
    """Retrieve target group collection

     Returns the first page of target groups (cursor paged). With `If-Modified-Since` the request is
    conditional: 304 without body when no target group was modified since that time.

    Args:
        list_id (int | Unset):
        last_modified_since (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an
            offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API
            description), pattern-checked rather than `date-time` because the documented requests send
            `+0000`. Example: 2016-02-04T10:30:12Z.
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | TargetGroupCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            list_id=list_id,
            last_modified_since=last_modified_since,
            after_id=after_id,
            page_size=page_size,
            if_modified_since=if_modified_since,
        )
    ).parsed
