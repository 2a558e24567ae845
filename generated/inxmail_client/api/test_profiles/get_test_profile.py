from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.test_profile import TestProfile
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    all_attributes: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["allAttributes"] = all_attributes

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/test-profiles/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TestProfile | None:
    if response.status_code == 200:
        response_200 = TestProfile.from_dict(response.json())

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
) -> Response[Problem | TestProfile]:
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
    all_attributes: bool | Unset = UNSET,
) -> Response[Problem | TestProfile]:
    """Retrieve single test profile

     Returns the test profile; with `allAttributes=true` including all user attributes.

    Args:
        id (int):
        all_attributes (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TestProfile]
    """

    kwargs = _get_kwargs(
        id=id,
        all_attributes=all_attributes,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    all_attributes: bool | Unset = UNSET,
) -> Problem | TestProfile | None:
    """Retrieve single test profile

     Returns the test profile; with `allAttributes=true` including all user attributes.

    Args:
        id (int):
        all_attributes (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TestProfile
    """

    return sync_detailed(
        id=id,
        client=client,
        all_attributes=all_attributes,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    all_attributes: bool | Unset = UNSET,
) -> Response[Problem | TestProfile]:
    """Retrieve single test profile

     Returns the test profile; with `allAttributes=true` including all user attributes.

    Args:
        id (int):
        all_attributes (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TestProfile]
    """

    kwargs = _get_kwargs(
        id=id,
        all_attributes=all_attributes,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    all_attributes: bool | Unset = UNSET,
) -> Problem | TestProfile | None:
    """Retrieve single test profile

     Returns the test profile; with `allAttributes=true` including all user attributes.

    Args:
        id (int):
        all_attributes (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TestProfile
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            all_attributes=all_attributes,
        )
    ).parsed
