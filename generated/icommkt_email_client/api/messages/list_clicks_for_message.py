from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.message_click_list import MessageClickList
from ...types import UNSET, Response


def _get_kwargs(
    messageid: str,
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
        "url": "/messages/outbound/clicks/{messageid}".format(
            messageid=quote(str(messageid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | MessageClickList | None:
    if response.status_code == 200:
        response_200 = MessageClickList.from_dict(response.json())

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
) -> Response[ApiError | MessageClickList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    messageid: str,
    *,
    client: AuthenticatedClient | Client,
    count: int,
    offset: int,
) -> Response[ApiError | MessageClickList]:
    """Clicks for a single message

     The clicks on tracked links of one message, paged by `count`/`offset`.

    Args:
        messageid (str):
        count (int):
        offset (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MessageClickList]
    """

    kwargs = _get_kwargs(
        messageid=messageid,
        count=count,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    messageid: str,
    *,
    client: AuthenticatedClient | Client,
    count: int,
    offset: int,
) -> ApiError | MessageClickList | None:
    """Clicks for a single message

     The clicks on tracked links of one message, paged by `count`/`offset`.

    Args:
        messageid (str):
        count (int):
        offset (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MessageClickList
    """

    return sync_detailed(
        messageid=messageid,
        client=client,
        count=count,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    messageid: str,
    *,
    client: AuthenticatedClient | Client,
    count: int,
    offset: int,
) -> Response[ApiError | MessageClickList]:
    """Clicks for a single message

     The clicks on tracked links of one message, paged by `count`/`offset`.

    Args:
        messageid (str):
        count (int):
        offset (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MessageClickList]
    """

    kwargs = _get_kwargs(
        messageid=messageid,
        count=count,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    messageid: str,
    *,
    client: AuthenticatedClient | Client,
    count: int,
    offset: int,
) -> ApiError | MessageClickList | None:
    """Clicks for a single message

     The clicks on tracked links of one message, paged by `count`/`offset`.

    Args:
        messageid (str):
        count (int):
        offset (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MessageClickList
    """

    return (
        await asyncio_detailed(
            messageid=messageid,
            client=client,
            count=count,
            offset=offset,
        )
    ).parsed
