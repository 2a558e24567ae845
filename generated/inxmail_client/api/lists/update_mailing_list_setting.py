from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_setting_name import ListSettingName
from ...models.list_setting_update import ListSettingUpdate
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    list_id: int,
    setting_name: ListSettingName,
    *,
    body: ListSettingUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/lists/{list_id}/settings/{setting_name}".format(
            list_id=quote(str(list_id), safe=""),
            setting_name=quote(str(setting_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/hal+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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
) -> Response[Any | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    list_id: int,
    setting_name: ListSettingName,
    *,
    client: AuthenticatedClient | Client,
    body: ListSettingUpdate,
) -> Response[Any | Problem]:
    """Change a list setting

     Changes the value of a list setting (list of type STANDARD only). For
    `TrackingPermissionDetachedFromMembership` (default "false") the value must be "true" or "false":
    with "true" tracking permissions are retained when a recipient is removed from the list and can be
    changed for non-members. Violations result in a validation-error. The response is 200 without a
    body.

    Args:
        list_id (int):
        setting_name (ListSettingName): The name of a list setting.
        body (ListSettingUpdate): The new value of a list setting. For
            TrackingPermissionDetachedFromMembership "true" or "false".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        setting_name=setting_name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    list_id: int,
    setting_name: ListSettingName,
    *,
    client: AuthenticatedClient | Client,
    body: ListSettingUpdate,
) -> Any | Problem | None:
    """Change a list setting

     Changes the value of a list setting (list of type STANDARD only). For
    `TrackingPermissionDetachedFromMembership` (default "false") the value must be "true" or "false":
    with "true" tracking permissions are retained when a recipient is removed from the list and can be
    changed for non-members. Violations result in a validation-error. The response is 200 without a
    body.

    Args:
        list_id (int):
        setting_name (ListSettingName): The name of a list setting.
        body (ListSettingUpdate): The new value of a list setting. For
            TrackingPermissionDetachedFromMembership "true" or "false".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        list_id=list_id,
        setting_name=setting_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    list_id: int,
    setting_name: ListSettingName,
    *,
    client: AuthenticatedClient | Client,
    body: ListSettingUpdate,
) -> Response[Any | Problem]:
    """Change a list setting

     Changes the value of a list setting (list of type STANDARD only). For
    `TrackingPermissionDetachedFromMembership` (default "false") the value must be "true" or "false":
    with "true" tracking permissions are retained when a recipient is removed from the list and can be
    changed for non-members. Violations result in a validation-error. The response is 200 without a
    body.

    Args:
        list_id (int):
        setting_name (ListSettingName): The name of a list setting.
        body (ListSettingUpdate): The new value of a list setting. For
            TrackingPermissionDetachedFromMembership "true" or "false".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        setting_name=setting_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_id: int,
    setting_name: ListSettingName,
    *,
    client: AuthenticatedClient | Client,
    body: ListSettingUpdate,
) -> Any | Problem | None:
    """Change a list setting

     Changes the value of a list setting (list of type STANDARD only). For
    `TrackingPermissionDetachedFromMembership` (default "false") the value must be "true" or "false":
    with "true" tracking permissions are retained when a recipient is removed from the list and can be
    changed for non-members. Violations result in a validation-error. The response is 200 without a
    body.

    Args:
        list_id (int):
        setting_name (ListSettingName): The name of a list setting.
        body (ListSettingUpdate): The new value of a list setting. For
            TrackingPermissionDetachedFromMembership "true" or "false".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            list_id=list_id,
            setting_name=setting_name,
            client=client,
            body=body,
        )
    ).parsed
