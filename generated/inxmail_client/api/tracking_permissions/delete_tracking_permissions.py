from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    list_ids: int,
    recipient_ids: int | Unset = UNSET,
    emails: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["listIds"] = list_ids

    params["recipientIds"] = recipient_ids

    params["emails"] = emails

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/tracking-permissions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    list_ids: int,
    recipient_ids: int | Unset = UNSET,
    emails: str | Unset = UNSET,
) -> Response[Any | Problem]:
    """Delete tracking permission collection

     Revokes the tracking permission of one recipient (by `recipientIds` or `emails`) on one list.
    Deleting an empty collection also results in 204. If the list/recipient combination exists a
    tracking permission event is produced whether or not a permission existed.

    Args:
        list_ids (int):
        recipient_ids (int | Unset):
        emails (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        list_ids=list_ids,
        recipient_ids=recipient_ids,
        emails=emails,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    list_ids: int,
    recipient_ids: int | Unset = UNSET,
    emails: str | Unset = UNSET,
) -> Any | Problem | None:
    """Delete tracking permission collection

     Revokes the tracking permission of one recipient (by `recipientIds` or `emails`) on one list.
    Deleting an empty collection also results in 204. If the list/recipient combination exists a
    tracking permission event is produced whether or not a permission existed.

    Args:
        list_ids (int):
        recipient_ids (int | Unset):
        emails (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        client=client,
        list_ids=list_ids,
        recipient_ids=recipient_ids,
        emails=emails,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    list_ids: int,
    recipient_ids: int | Unset = UNSET,
    emails: str | Unset = UNSET,
) -> Response[Any | Problem]:
    """Delete tracking permission collection

     Revokes the tracking permission of one recipient (by `recipientIds` or `emails`) on one list.
    Deleting an empty collection also results in 204. If the list/recipient combination exists a
    tracking permission event is produced whether or not a permission existed.

    Args:
        list_ids (int):
        recipient_ids (int | Unset):
        emails (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        list_ids=list_ids,
        recipient_ids=recipient_ids,
        emails=emails,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    list_ids: int,
    recipient_ids: int | Unset = UNSET,
    emails: str | Unset = UNSET,
) -> Any | Problem | None:
    """Delete tracking permission collection

     Revokes the tracking permission of one recipient (by `recipientIds` or `emails`) on one list.
    Deleting an empty collection also results in 204. If the list/recipient combination exists a
    tracking permission event is produced whether or not a permission existed.

    Args:
        list_ids (int):
        recipient_ids (int | Unset):
        emails (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            list_ids=list_ids,
            recipient_ids=recipient_ids,
            emails=emails,
        )
    ).parsed
