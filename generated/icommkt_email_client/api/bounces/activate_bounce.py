from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.bounce_activation import BounceActivation
from ...types import Response


def _get_kwargs(
    bounceid: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/bounces/{bounceid}/activate".format(
            bounceid=quote(str(bounceid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | BounceActivation | None:
    if response.status_code == 200:
        response_200 = BounceActivation.from_dict(response.json())

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
) -> Response[ApiError | BounceActivation]:
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
) -> Response[ApiError | BounceActivation]:
    """Activate a bounce

     Reactivates the address deactivated by a bounce (no request body; the curl sends an empty one). Some
    bounces and spam complaints cannot be activated (ErrorCode 1003; see `CanActivate`).

    Args:
        bounceid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | BounceActivation]
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
) -> ApiError | BounceActivation | None:
    """Activate a bounce

     Reactivates the address deactivated by a bounce (no request body; the curl sends an empty one). Some
    bounces and spam complaints cannot be activated (ErrorCode 1003; see `CanActivate`).

    Args:
        bounceid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | BounceActivation
    """

    return sync_detailed(
        bounceid=bounceid,
        client=client,
    ).parsed


async def asyncio_detailed(
    bounceid: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | BounceActivation]:
    """Activate a bounce

     Reactivates the address deactivated by a bounce (no request body; the curl sends an empty one). Some
    bounces and spam complaints cannot be activated (ErrorCode 1003; see `CanActivate`).

    Args:
        bounceid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | BounceActivation]
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
) -> ApiError | BounceActivation | None:
    """Activate a bounce

     Reactivates the address deactivated by a bounce (no request body; the curl sends an empty one). Some
    bounces and spam complaints cannot be activated (ErrorCode 1003; see `CanActivate`).

    Args:
        bounceid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | BounceActivation
    """

    return (
        await asyncio_detailed(
            bounceid=bounceid,
            client=client,
        )
    ).parsed
