from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.inbound_rule_list import InboundRuleList
from ...types import UNSET, Response


def _get_kwargs(
    *,
    count: int,
    offset: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["count"] = count

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/triggers/inboundrules",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | InboundRuleList | None:
    if response.status_code == 200:
        response_200 = InboundRuleList.from_dict(response.json())

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
) -> Response[ApiError | InboundRuleList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    count: int,
    offset: int,
) -> Response[ApiError | InboundRuleList]:
    """List inbound rule triggers

     The server's inbound rules, paged by `count`/`offset` (no maximum documented).

    Args:
        count (int):
        offset (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | InboundRuleList]
    """

    kwargs = _get_kwargs(
        count=count,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    count: int,
    offset: int,
) -> ApiError | InboundRuleList | None:
    """List inbound rule triggers

     The server's inbound rules, paged by `count`/`offset` (no maximum documented).

    Args:
        count (int):
        offset (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | InboundRuleList
    """

    return sync_detailed(
        client=client,
        count=count,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    count: int,
    offset: int,
) -> Response[ApiError | InboundRuleList]:
    """List inbound rule triggers

     The server's inbound rules, paged by `count`/`offset` (no maximum documented).

    Args:
        count (int):
        offset (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | InboundRuleList]
    """

    kwargs = _get_kwargs(
        count=count,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    count: int,
    offset: int,
) -> ApiError | InboundRuleList | None:
    """List inbound rule triggers

     The server's inbound rules, paged by `count`/`offset` (no maximum documented).

    Args:
        count (int):
        offset (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | InboundRuleList
    """

    return (
        await asyncio_detailed(
            client=client,
            count=count,
            offset=offset,
        )
    ).parsed
