from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_memberships_state import DeleteMembershipsState
from ...models.problem import Problem
from ...types import UNSET, Response


def _get_kwargs(
    *,
    list_id: int,
    state: DeleteMembershipsState,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["listId"] = list_id

    json_state = state.value
    params["state"] = json_state

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/memberships",
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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
    list_id: int,
    state: DeleteMembershipsState,
) -> Response[Any | Problem]:
    """Delete all subscribed memberships of a mailing list

     Deletes all members of a STANDARD list. Both `listId` and `state` are mandatory and `state` must be
    SUBSCRIBED, otherwise the request fails. Optional wildcard filters
    `recipientAttributes.<attributeName>=<value>` (any number; custom attributes only, not
    FLOATING_POINT_NUMBER or TIME_ONLY; the value must match the attribute type) restrict the deletion
    to matching recipients; they cannot be declared as OpenAPI parameters and are sent as additional
    query parameters.

    Args:
        list_id (int):
        state (DeleteMembershipsState):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        state=state,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    list_id: int,
    state: DeleteMembershipsState,
) -> Any | Problem | None:
    """Delete all subscribed memberships of a mailing list

     Deletes all members of a STANDARD list. Both `listId` and `state` are mandatory and `state` must be
    SUBSCRIBED, otherwise the request fails. Optional wildcard filters
    `recipientAttributes.<attributeName>=<value>` (any number; custom attributes only, not
    FLOATING_POINT_NUMBER or TIME_ONLY; the value must match the attribute type) restrict the deletion
    to matching recipients; they cannot be declared as OpenAPI parameters and are sent as additional
    query parameters.

    Args:
        list_id (int):
        state (DeleteMembershipsState):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        client=client,
        list_id=list_id,
        state=state,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    list_id: int,
    state: DeleteMembershipsState,
) -> Response[Any | Problem]:
    """Delete all subscribed memberships of a mailing list

     Deletes all members of a STANDARD list. Both `listId` and `state` are mandatory and `state` must be
    SUBSCRIBED, otherwise the request fails. Optional wildcard filters
    `recipientAttributes.<attributeName>=<value>` (any number; custom attributes only, not
    FLOATING_POINT_NUMBER or TIME_ONLY; the value must match the attribute type) restrict the deletion
    to matching recipients; they cannot be declared as OpenAPI parameters and are sent as additional
    query parameters.

    Args:
        list_id (int):
        state (DeleteMembershipsState):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        state=state,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    list_id: int,
    state: DeleteMembershipsState,
) -> Any | Problem | None:
    """Delete all subscribed memberships of a mailing list

     Deletes all members of a STANDARD list. Both `listId` and `state` are mandatory and `state` must be
    SUBSCRIBED, otherwise the request fails. Optional wildcard filters
    `recipientAttributes.<attributeName>=<value>` (any number; custom attributes only, not
    FLOATING_POINT_NUMBER or TIME_ONLY; the value must match the attribute type) restrict the deletion
    to matching recipients; they cannot be declared as OpenAPI parameters and are sent as additional
    query parameters.

    Args:
        list_id (int):
        state (DeleteMembershipsState):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            list_id=list_id,
            state=state,
        )
    ).parsed
