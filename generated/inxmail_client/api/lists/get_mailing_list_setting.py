from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_setting import ListSetting
from ...models.list_setting_name import ListSettingName
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    list_id: int,
    setting_name: ListSettingName,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/lists/{list_id}/settings/{setting_name}".format(
            list_id=quote(str(list_id), safe=""),
            setting_name=quote(str(setting_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListSetting | Problem | None:
    if response.status_code == 200:
        response_200 = ListSetting.from_dict(response.json())

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
) -> Response[ListSetting | Problem]:
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
) -> Response[ListSetting | Problem]:
    """Retrieve a list setting

     Returns the value of a list setting and whether it is inherited from the global list settings.

    Args:
        list_id (int):
        setting_name (ListSettingName): The name of a list setting.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListSetting | Problem]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        setting_name=setting_name,
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
) -> ListSetting | Problem | None:
    """Retrieve a list setting

     Returns the value of a list setting and whether it is inherited from the global list settings.

    Args:
        list_id (int):
        setting_name (ListSettingName): The name of a list setting.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListSetting | Problem
    """

    return sync_detailed(
        list_id=list_id,
        setting_name=setting_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    list_id: int,
    setting_name: ListSettingName,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ListSetting | Problem]:
    """Retrieve a list setting

     Returns the value of a list setting and whether it is inherited from the global list settings.

    Args:
        list_id (int):
        setting_name (ListSettingName): The name of a list setting.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListSetting | Problem]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        setting_name=setting_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_id: int,
    setting_name: ListSettingName,
    *,
    client: AuthenticatedClient | Client,
) -> ListSetting | Problem | None:
    """Retrieve a list setting

     Returns the value of a list setting and whether it is inherited from the global list settings.

    Args:
        list_id (int):
        setting_name (ListSettingName): The name of a list setting.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListSetting | Problem
    """

    return (
        await asyncio_detailed(
            list_id=list_id,
            setting_name=setting_name,
            client=client,
        )
    ).parsed
