from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.action_result import ActionResult
from ...models.api_error import ApiError
from ...types import Response


def _get_kwargs(
    triggerid: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/triggers/inboundrules/{triggerid}".format(
            triggerid=quote(str(triggerid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActionResult | ApiError | None:
    if response.status_code == 200:
        response_200 = ActionResult.from_dict(response.json())

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
) -> Response[ActionResult | ApiError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    triggerid: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ActionResult | ApiError]:
    """Delete a single trigger

     Deletes an inbound rule. An unknown rule is ErrorCode 812, a failed removal 811. (The
    documentation's sample has no status line; 200 like the other deletions.)

    Args:
        triggerid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionResult | ApiError]
    """

    kwargs = _get_kwargs(
        triggerid=triggerid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    triggerid: int,
    *,
    client: AuthenticatedClient | Client,
) -> ActionResult | ApiError | None:
    """Delete a single trigger

     Deletes an inbound rule. An unknown rule is ErrorCode 812, a failed removal 811. (The
    documentation's sample has no status line; 200 like the other deletions.)

    Args:
        triggerid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionResult | ApiError
    """

    return sync_detailed(
        triggerid=triggerid,
        client=client,
    ).parsed


async def asyncio_detailed(
    triggerid: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ActionResult | ApiError]:
    """Delete a single trigger

     Deletes an inbound rule. An unknown rule is ErrorCode 812, a failed removal 811. (The
    documentation's sample has no status line; 200 like the other deletions.)

    Args:
        triggerid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionResult | ApiError]
    """

    kwargs = _get_kwargs(
        triggerid=triggerid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    triggerid: int,
    *,
    client: AuthenticatedClient | Client,
) -> ActionResult | ApiError | None:
    """Delete a single trigger

     Deletes an inbound rule. An unknown rule is ErrorCode 812, a failed removal 811. (The
    documentation's sample has no status line; 200 like the other deletions.)

    Args:
        triggerid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionResult | ApiError
    """

    return (
        await asyncio_detailed(
            triggerid=triggerid,
            client=client,
        )
    ).parsed
