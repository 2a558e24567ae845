from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.response_statistics import ResponseStatistics
from ...types import UNSET, Response


def _get_kwargs(
    *,
    mailing_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["mailingId"] = mailing_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/statistics/responses",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ResponseStatistics | None:
    if response.status_code == 200:
        response_200 = ResponseStatistics.from_dict(response.json())

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
) -> Response[Problem | ResponseStatistics]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    mailing_id: int,
) -> Response[Problem | ResponseStatistics]:
    """Retrieve response statistics for a mailing

     Returns the response statistics (openings, clicks, unsubscriptions) of a mailing of type
    REGULAR_MAILING, ACTION_MAILING, TIME_TRIGGER_MAILING or SPLIT_TEST_MAILING.

    Args:
        mailing_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ResponseStatistics]
    """

    kwargs = _get_kwargs(
        mailing_id=mailing_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    mailing_id: int,
) -> Problem | ResponseStatistics | None:
    """Retrieve response statistics for a mailing

     Returns the response statistics (openings, clicks, unsubscriptions) of a mailing of type
    REGULAR_MAILING, ACTION_MAILING, TIME_TRIGGER_MAILING or SPLIT_TEST_MAILING.

    Args:
        mailing_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ResponseStatistics
    """

    return sync_detailed(
        client=client,
        mailing_id=mailing_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    mailing_id: int,
) -> Response[Problem | ResponseStatistics]:
    """Retrieve response statistics for a mailing

     Returns the response statistics (openings, clicks, unsubscriptions) of a mailing of type
    REGULAR_MAILING, ACTION_MAILING, TIME_TRIGGER_MAILING or SPLIT_TEST_MAILING.

    Args:
        mailing_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ResponseStatistics]
    """

    kwargs = _get_kwargs(
        mailing_id=mailing_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    mailing_id: int,
) -> Problem | ResponseStatistics | None:
    """Retrieve response statistics for a mailing

     Returns the response statistics (openings, clicks, unsubscriptions) of a mailing of type
    REGULAR_MAILING, ACTION_MAILING, TIME_TRIGGER_MAILING or SPLIT_TEST_MAILING.

    Args:
        mailing_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ResponseStatistics
    """

    return (
        await asyncio_detailed(
            client=client,
            mailing_id=mailing_id,
        )
    ).parsed
