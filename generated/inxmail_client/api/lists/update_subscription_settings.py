from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.subscription_settings import SubscriptionSettings
from ...models.subscription_settings_update import SubscriptionSettingsUpdate
from ...types import Response


def _get_kwargs(
    list_id: int,
    *,
    body: SubscriptionSettingsUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/lists/{list_id}/subscription-settings".format(
            list_id=quote(str(list_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/hal+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SubscriptionSettings | None:
    if response.status_code == 200:
        response_200 = SubscriptionSettings.from_dict(response.json())

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

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

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
) -> Response[Problem | SubscriptionSettings]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    list_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: SubscriptionSettingsUpdate,
) -> Response[Problem | SubscriptionSettings]:
    """Edit subscription settings of a list

     Replaces the subscription settings of an existing list. A list not of type STANDARD, a non-existent
    `welcomeMailingId`/`verificationMailingId`/`verificationTimeoutMailingId` or one belonging to a
    different list result in 400; an unknown list in 404. Documented only by a raw HTTP and a cURL
    example (no `METHOD /path` header).

    Args:
        list_id (int):
        body (SubscriptionSettingsUpdate): Payload replacing the subscription settings of a list.
            The documented sample also sends an `id` (0), which is accepted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SubscriptionSettings]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    list_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: SubscriptionSettingsUpdate,
) -> Problem | SubscriptionSettings | None:
    """Edit subscription settings of a list

     Replaces the subscription settings of an existing list. A list not of type STANDARD, a non-existent
    `welcomeMailingId`/`verificationMailingId`/`verificationTimeoutMailingId` or one belonging to a
    different list result in 400; an unknown list in 404. Documented only by a raw HTTP and a cURL
    example (no `METHOD /path` header).

    Args:
        list_id (int):
        body (SubscriptionSettingsUpdate): Payload replacing the subscription settings of a list.
            The documented sample also sends an `id` (0), which is accepted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SubscriptionSettings
    """

    return sync_detailed(
        list_id=list_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    list_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: SubscriptionSettingsUpdate,
) -> Response[Problem | SubscriptionSettings]:
    """Edit subscription settings of a list

     Replaces the subscription settings of an existing list. A list not of type STANDARD, a non-existent
    `welcomeMailingId`/`verificationMailingId`/`verificationTimeoutMailingId` or one belonging to a
    different list result in 400; an unknown list in 404. Documented only by a raw HTTP and a cURL
    example (no `METHOD /path` header).

    Args:
        list_id (int):
        body (SubscriptionSettingsUpdate): Payload replacing the subscription settings of a list.
            The documented sample also sends an `id` (0), which is accepted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SubscriptionSettings]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: SubscriptionSettingsUpdate,
) -> Problem | SubscriptionSettings | None:
    """Edit subscription settings of a list

     Replaces the subscription settings of an existing list. A list not of type STANDARD, a non-existent
    `welcomeMailingId`/`verificationMailingId`/`verificationTimeoutMailingId` or one belonging to a
    different list result in 400; an unknown list in 404. Documented only by a raw HTTP and a cURL
    example (no `METHOD /path` header).

    Args:
        list_id (int):
        body (SubscriptionSettingsUpdate): Payload replacing the subscription settings of a list.
            The documented sample also sends an `id` (0), which is accepted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SubscriptionSettings
    """

    return (
        await asyncio_detailed(
            list_id=list_id,
            client=client,
            body=body,
        )
    ).parsed
