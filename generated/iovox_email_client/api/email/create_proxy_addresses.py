from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.errors import Errors
from ...models.proxy_address import ProxyAddress
from ...models.proxy_address_request import ProxyAddressRequest
from ...types import Response


def _get_kwargs(
    *,
    body: list[ProxyAddressRequest],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/email/address/proxy",
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Errors | list[ProxyAddress] | None:
    if response.status_code == 201:
        response_201 = []
        _response_201 = response.json()
        for response_201_item_data in _response_201:
            response_201_item = ProxyAddress.from_dict(response_201_item_data)

            response_201.append(response_201_item)

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
) -> Response[Errors | list[ProxyAddress]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[ProxyAddressRequest],
) -> Response[Errors | list[ProxyAddress]]:
    """Create new proxy addresses

     Creates one proxy address (and conversation) per object in the request array. The documentation does
    not state the success status; this document uses 201 like the send operation.

    Args:
        body (list[ProxyAddressRequest]): One object per address; optional members that are not
            used are left out (`null` is not documented and is refused with 400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | list[ProxyAddress]]
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
    body: list[ProxyAddressRequest],
) -> Errors | list[ProxyAddress] | None:
    """Create new proxy addresses

     Creates one proxy address (and conversation) per object in the request array. The documentation does
    not state the success status; this document uses 201 like the send operation.

    Args:
        body (list[ProxyAddressRequest]): One object per address; optional members that are not
            used are left out (`null` is not documented and is refused with 400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | list[ProxyAddress]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[ProxyAddressRequest],
) -> Response[Errors | list[ProxyAddress]]:
    """Create new proxy addresses

     Creates one proxy address (and conversation) per object in the request array. The documentation does
    not state the success status; this document uses 201 like the send operation.

    Args:
        body (list[ProxyAddressRequest]): One object per address; optional members that are not
            used are left out (`null` is not documented and is refused with 400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | list[ProxyAddress]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[ProxyAddressRequest],
) -> Errors | list[ProxyAddress] | None:
    """Create new proxy addresses

     Creates one proxy address (and conversation) per object in the request array. The documentation does
    not state the success status; this document uses 201 like the send operation.

    Args:
        body (list[ProxyAddressRequest]): One object per address; optional members that are not
            used are left out (`null` is not documented and is refused with 400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | list[ProxyAddress]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
