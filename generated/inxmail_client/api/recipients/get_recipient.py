from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.recipient import Recipient
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    attributes: list[str] | Unset = UNSET,
    all_attributes: bool | Unset = UNSET,
    tracking_permissions_for_lists: list[int] | Unset = UNSET,
    subscription_dates_for_lists: list[int] | Unset = UNSET,
    unsubscription_dates_for_lists: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_attributes: list[str] | Unset = UNSET
    if not isinstance(attributes, Unset):
        json_attributes = attributes

    params["attributes"] = json_attributes

    params["allAttributes"] = all_attributes

    json_tracking_permissions_for_lists: list[int] | Unset = UNSET
    if not isinstance(tracking_permissions_for_lists, Unset):
        json_tracking_permissions_for_lists = tracking_permissions_for_lists

    params["trackingPermissionsForLists"] = json_tracking_permissions_for_lists

    json_subscription_dates_for_lists: list[int] | Unset = UNSET
    if not isinstance(subscription_dates_for_lists, Unset):
        json_subscription_dates_for_lists = subscription_dates_for_lists

    params["subscriptionDatesForLists"] = json_subscription_dates_for_lists

    json_unsubscription_dates_for_lists: list[int] | Unset = UNSET
    if not isinstance(unsubscription_dates_for_lists, Unset):
        json_unsubscription_dates_for_lists = unsubscription_dates_for_lists

    params["unsubscriptionDatesForLists"] = json_unsubscription_dates_for_lists

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/recipients/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Recipient | None:
    if response.status_code == 200:
        response_200 = Recipient.from_dict(response.json())

        return response_200

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
) -> Response[Problem | Recipient]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    attributes: list[str] | Unset = UNSET,
    all_attributes: bool | Unset = UNSET,
    tracking_permissions_for_lists: list[int] | Unset = UNSET,
    subscription_dates_for_lists: list[int] | Unset = UNSET,
    unsubscription_dates_for_lists: list[int] | Unset = UNSET,
) -> Response[Problem | Recipient]:
    """Retrieve single recipient

     Returns the recipient. Without parameters only id, email (plus lowerEmail, unavailable and
    last_modified) are returned; attributes, tracking permissions and (un)subscription dates only on
    request.

    Args:
        id (int):
        attributes (list[str] | Unset):
        all_attributes (bool | Unset):
        tracking_permissions_for_lists (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`,
            as the service's own self links do) or comma-separated (`a=1,2`); the doc: "more than one
            value can be specified with multiple query parameters or comma separated list". Example:
            [1, 2, 3].
        subscription_dates_for_lists (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`,
            as the service's own self links do) or comma-separated (`a=1,2`); the doc: "more than one
            value can be specified with multiple query parameters or comma separated list". Example:
            [1, 2, 3].
        unsubscription_dates_for_lists (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`,
            as the service's own self links do) or comma-separated (`a=1,2`); the doc: "more than one
            value can be specified with multiple query parameters or comma separated list". Example:
            [1, 2, 3].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Recipient]
    """

    kwargs = _get_kwargs(
        id=id,
        attributes=attributes,
        all_attributes=all_attributes,
        tracking_permissions_for_lists=tracking_permissions_for_lists,
        subscription_dates_for_lists=subscription_dates_for_lists,
        unsubscription_dates_for_lists=unsubscription_dates_for_lists,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    attributes: list[str] | Unset = UNSET,
    all_attributes: bool | Unset = UNSET,
    tracking_permissions_for_lists: list[int] | Unset = UNSET,
    subscription_dates_for_lists: list[int] | Unset = UNSET,
    unsubscription_dates_for_lists: list[int] | Unset = UNSET,
) -> Problem | Recipient | None:
    """Retrieve single recipient

     Returns the recipient. Without parameters only id, email (plus lowerEmail, unavailable and
    last_modified) are returned; attributes, tracking permissions and (un)subscription dates only on
    request.

    Args:
        id (int):
        attributes (list[str] | Unset):
        all_attributes (bool | Unset):
        tracking_permissions_for_lists (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`,
            as the service's own self links do) or comma-separated (`a=1,2`); the doc: "more than one
            value can be specified with multiple query parameters or comma separated list". Example:
            [1, 2, 3].
        subscription_dates_for_lists (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`,
            as the service's own self links do) or comma-separated (`a=1,2`); the doc: "more than one
            value can be specified with multiple query parameters or comma separated list". Example:
            [1, 2, 3].
        unsubscription_dates_for_lists (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`,
            as the service's own self links do) or comma-separated (`a=1,2`); the doc: "more than one
            value can be specified with multiple query parameters or comma separated list". Example:
            [1, 2, 3].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Recipient
    """

    return sync_detailed(
        id=id,
        client=client,
        attributes=attributes,
        all_attributes=all_attributes,
        tracking_permissions_for_lists=tracking_permissions_for_lists,
        subscription_dates_for_lists=subscription_dates_for_lists,
        unsubscription_dates_for_lists=unsubscription_dates_for_lists,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    attributes: list[str] | Unset = UNSET,
    all_attributes: bool | Unset = UNSET,
    tracking_permissions_for_lists: list[int] | Unset = UNSET,
    subscription_dates_for_lists: list[int] | Unset = UNSET,
    unsubscription_dates_for_lists: list[int] | Unset = UNSET,
) -> Response[Problem | Recipient]:
    """Retrieve single recipient

     Returns the recipient. Without parameters only id, email (plus lowerEmail, unavailable and
    last_modified) are returned; attributes, tracking permissions and (un)subscription dates only on
    request.

    Args:
        id (int):
        attributes (list[str] | Unset):
        all_attributes (bool | Unset):
        tracking_permissions_for_lists (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`,
            as the service's own self links do) or comma-separated (`a=1,2`); the doc: "more than one
            value can be specified with multiple query parameters or comma separated list". Example:
            [1, 2, 3].
        subscription_dates_for_lists (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`,
            as the service's own self links do) or comma-separated (`a=1,2`); the doc: "more than one
            value can be specified with multiple query parameters or comma separated list". Example:
            [1, 2, 3].
        unsubscription_dates_for_lists (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`,
            as the service's own self links do) or comma-separated (`a=1,2`); the doc: "more than one
            value can be specified with multiple query parameters or comma separated list". Example:
            [1, 2, 3].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Recipient]
    """

    kwargs = _get_kwargs(
        id=id,
        attributes=attributes,
        all_attributes=all_attributes,
        tracking_permissions_for_lists=tracking_permissions_for_lists,
        subscription_dates_for_lists=subscription_dates_for_lists,
        unsubscription_dates_for_lists=unsubscription_dates_for_lists,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    attributes: list[str] | Unset = UNSET,
    all_attributes: bool | Unset = UNSET,
    tracking_permissions_for_lists: list[int] | Unset = UNSET,
    subscription_dates_for_lists: list[int] | Unset = UNSET,
    unsubscription_dates_for_lists: list[int] | Unset = UNSET,
) -> Problem | Recipient | None:
    """Retrieve single recipient

     Returns the recipient. Without parameters only id, email (plus lowerEmail, unavailable and
    last_modified) are returned; attributes, tracking permissions and (un)subscription dates only on
    request.

    Args:
        id (int):
        attributes (list[str] | Unset):
        all_attributes (bool | Unset):
        tracking_permissions_for_lists (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`,
            as the service's own self links do) or comma-separated (`a=1,2`); the doc: "more than one
            value can be specified with multiple query parameters or comma separated list". Example:
            [1, 2, 3].
        subscription_dates_for_lists (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`,
            as the service's own self links do) or comma-separated (`a=1,2`); the doc: "more than one
            value can be specified with multiple query parameters or comma separated list". Example:
            [1, 2, 3].
        unsubscription_dates_for_lists (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`,
            as the service's own self links do) or comma-separated (`a=1,2`); the doc: "more than one
            value can be specified with multiple query parameters or comma separated list". Example:
            [1, 2, 3].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Recipient
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            attributes=attributes,
            all_attributes=all_attributes,
            tracking_permissions_for_lists=tracking_permissions_for_lists,
            subscription_dates_for_lists=subscription_dates_for_lists,
            unsubscription_dates_for_lists=unsubscription_dates_for_lists,
        )
    ).parsed
