from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.bounce import Bounce
from ...types import Response


def _get_kwargs(
    bounceid: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/bounces/{bounceid}".format(
            bounceid=quote(str(bounceid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | Bounce | None:
    if response.status_code == 200:
        response_200 = Bounce.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = ApiError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | Bounce]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    bounceid: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | Bounce]:
    """Get a single bounce

     One bounce with its `Content`. An unknown ID is a 422 with ErrorCode 1001.

    Args:
        bounceid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Bounce]
    """

    kwargs = _get_kwargs(
        bounceid=bounceid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    bounceid: int,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | Bounce | None:
    """Get a single bounce

     One bounce with its `Content`. An unknown ID is a 422 with ErrorCode 1001.

    Args:
        bounceid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Bounce
    """

    return sync_detailed(
        bounceid=bounceid,
        client=client,
    ).parsed


async def asyncio_detailed(
    bounceid: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | Bounce]:
    """Get a single bounce

     One bounce with its `Content`. An unknown ID is a 422 with ErrorCode 1001.

    Args:
        bounceid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Bounce]
    """

    kwargs = _get_kwargs(
        bounceid=bounceid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bounceid: int,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | Bounce | None:
    """Get a single bounce

     One bounce with its `Content`. An unknown ID is a 422 with ErrorCode 1001.

    Args:
        bounceid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Bounce
    """

    return (
        await asyncio_detailed(
            bounceid=bounceid,
            client=client,
        )
    ).parsed
