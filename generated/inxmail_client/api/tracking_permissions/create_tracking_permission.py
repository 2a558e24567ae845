from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.tracking_permission import TrackingPermission
from ...models.tracking_permission_create import TrackingPermissionCreate
from ...types import Response


def _get_kwargs(
    *,
    body: TrackingPermissionCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tracking-permissions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/hal+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TrackingPermission | None:
    if response.status_code == 200:
        response_200 = TrackingPermission.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = TrackingPermission.from_dict(response.json())

        return response_201

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
) -> Response[Problem | TrackingPermission]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TrackingPermissionCreate,
) -> Response[Problem | TrackingPermission]:
    """Create tracking permission

     Grants the tracking permission of a recipient (by `recipientId` or `email`, not both) on a STANDARD
    list. The recipient and list must exist and the recipient must be subscribed (or the list setting
    for detached tracking permissions be active). A new permission results in 201; when the permission
    already exists the result is 200 with the same body and `Location`, and a tracking permission event
    is still produced.

    Args:
        body (TrackingPermissionCreate): Payload granting a tracking permission; identify the
            recipient by `recipientId` or `email` (exactly one of them: neither or both in one request
            is a validation error; not declared as `oneOf` because openapi-python-client then drops
            the model).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrackingPermission]
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
    body: TrackingPermissionCreate,
) -> Problem | TrackingPermission | None:
    """Create tracking permission

     Grants the tracking permission of a recipient (by `recipientId` or `email`, not both) on a STANDARD
    list. The recipient and list must exist and the recipient must be subscribed (or the list setting
    for detached tracking permissions be active). A new permission results in 201; when the permission
    already exists the result is 200 with the same body and `Location`, and a tracking permission event
    is still produced.

    Args:
        body (TrackingPermissionCreate): Payload granting a tracking permission; identify the
            recipient by `recipientId` or `email` (exactly one of them: neither or both in one request
            is a validation error; not declared as `oneOf` because openapi-python-client then drops
            the model).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrackingPermission
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TrackingPermissionCreate,
) -> Response[Problem | TrackingPermission]:
    """Create tracking permission

     Grants the tracking permission of a recipient (by `recipientId` or `email`, not both) on a STANDARD
    list. The recipient and list must exist and the recipient must be subscribed (or the list setting
    for detached tracking permissions be active). A new permission results in 201; when the permission
    already exists the result is 200 with the same body and `Location`, and a tracking permission event
    is still produced.

    Args:
        body (TrackingPermissionCreate): Payload granting a tracking permission; identify the
            recipient by `recipientId` or `email` (exactly one of them: neither or both in one request
            is a validation error; not declared as `oneOf` because openapi-python-client then drops
            the model).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrackingPermission]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TrackingPermissionCreate,
) -> Problem | TrackingPermission | None:
    """Create tracking permission

     Grants the tracking permission of a recipient (by `recipientId` or `email`, not both) on a STANDARD
    list. The recipient and list must exist and the recipient must be subscribed (or the list setting
    for detached tracking permissions be active). A new permission results in 201; when the permission
    already exists the result is 200 with the same body and `Location`, and a tracking permission event
    is still produced.

    Args:
        body (TrackingPermissionCreate): Payload granting a tracking permission; identify the
            recipient by `recipientId` or `email` (exactly one of them: neither or both in one request
            is a validation error; not declared as `oneOf` because openapi-python-client then drops
            the model).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrackingPermission
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
