from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.errors import Errors
from ...models.number_pool_request import NumberPoolRequest
from ...types import Response


def _get_kwargs(
    *,
    body: NumberPoolRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/numbers/pool",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Errors | None:
    if response.status_code == 201:
        response_201 = cast(Any, None)
        return response_201

    if response.status_code == 400:
        response_400 = Errors.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Errors.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Errors]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NumberPoolRequest,
) -> Response[Any | Errors]:
    """Create a number pool

     Shown in the documentation only as the example of an authenticated request; its request body there
    is e-mail-like and its response is not documented. Modelled as a JSON object accepted with 201 and
    no response body ("it is possible for the REST endpoint not to return a response and the HTTP
    response code must be used").

    Args:
        body (NumberPoolRequest): Undocumented; the fields are those of the documentation's
            example.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Errors]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: NumberPoolRequest,
) -> Any | Errors | None:
    """Create a number pool

     Shown in the documentation only as the example of an authenticated request; its request body there
    is e-mail-like and its response is not documented. Modelled as a JSON object accepted with 201 and
    no response body ("it is possible for the REST endpoint not to return a response and the HTTP
    response code must be used").

    Args:
        body (NumberPoolRequest): Undocumented; the fields are those of the documentation's
            example.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Errors
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NumberPoolRequest,
) -> Response[Any | Errors]:
    """Create a number pool

     Shown in the documentation only as the example of an authenticated request; its request body there
    is e-mail-like and its response is not documented. Modelled as a JSON object accepted with 201 and
    no response body ("it is possible for the REST endpoint not to return a response and the HTTP
    response code must be used").

    Args:
        body (NumberPoolRequest): Undocumented; the fields are those of the documentation's
            example.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Errors]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: NumberPoolRequest,
) -> Any | Errors | None:
    """Create a number pool

     Shown in the documentation only as the example of an authenticated request; its request body there
    is e-mail-like and its response is not documented. Modelled as a JSON object accepted with 201 and
    no response body ("it is possible for the REST endpoint not to return a response and the HTTP
    response code must be used").

    Args:
        body (NumberPoolRequest): Undocumented; the fields are those of the documentation's
            example.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Errors
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
