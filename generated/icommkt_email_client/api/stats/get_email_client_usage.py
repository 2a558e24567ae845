from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.named_counts import NamedCounts
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    tag: str | Unset = UNSET,
    fromdate: str | Unset = UNSET,
    todate: str | Unset = UNSET,
    messagestream: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["tag"] = tag

    params["fromdate"] = fromdate

    params["todate"] = todate

    params["messagestream"] = messagestream

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stats/outbound/opens/emailclients",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | NamedCounts | None:
    if response.status_code == 200:
        response_200 = NamedCounts.from_dict(response.json())

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
) -> Response[ApiError | NamedCounts]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    tag: str | Unset = UNSET,
    fromdate: str | Unset = UNSET,
    todate: str | Unset = UNSET,
    messagestream: str | Unset = UNSET,
) -> Response[ApiError | NamedCounts]:
    """Get email client usage

     The email clients used to open emails, in total and per day. Keys are client names (e.g. "Apple
    Mail"), so every count is an additional property.

    Args:
        tag (str | Unset):
        fromdate (str | Unset): A stats or suppressions filter date (Eastern time), YYYY-MM-DD;
            only dates that exist match (years 0001-9999, February 29 in leap years only). An empty
            value is no filter (the documentation's read-times curl sends `fromdate=&todate=`). A
            pattern-checked string rather than `format: date`, which would make a generated client
            take a `date` object and the empty value impossible.
        todate (str | Unset): A stats or suppressions filter date (Eastern time), YYYY-MM-DD; only
            dates that exist match (years 0001-9999, February 29 in leap years only). An empty value
            is no filter (the documentation's read-times curl sends `fromdate=&todate=`). A pattern-
            checked string rather than `format: date`, which would make a generated client take a
            `date` object and the empty value impossible.
        messagestream (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | NamedCounts]
    """

    kwargs = _get_kwargs(
        tag=tag,
        fromdate=fromdate,
        todate=todate,
        messagestream=messagestream,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    tag: str | Unset = UNSET,
    fromdate: str | Unset = UNSET,
    todate: str | Unset = UNSET,
    messagestream: str | Unset = UNSET,
) -> ApiError | NamedCounts | None:
    """Get email client usage

     The email clients used to open emails, in total and per day. Keys are client names (e.g. "Apple
    Mail"), so every count is an additional property.

    Args:
        tag (str | Unset):
        fromdate (str | Unset): A stats or suppressions filter date (Eastern time), YYYY-MM-DD;
            only dates that exist match (years 0001-9999, February 29 in leap years only). An empty
            value is no filter (the documentation's read-times curl sends `fromdate=&todate=`). A
            pattern-checked string rather than `format: date`, which would make a generated client
            take a `date` object and the empty value impossible.
        todate (str | Unset): A stats or suppressions filter date (Eastern time), YYYY-MM-DD; only
            dates that exist match (years 0001-9999, February 29 in leap years only). An empty value
            is no filter (the documentation's read-times curl sends `fromdate=&todate=`). A pattern-
            checked string rather than `format: date`, which would make a generated client take a
            `date` object and the empty value impossible.
        messagestream (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | NamedCounts
    """

    return sync_detailed(
        client=client,
        tag=tag,
        fromdate=fromdate,
        todate=todate,
        messagestream=messagestream,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    tag: str | Unset = UNSET,
    fromdate: str | Unset = UNSET,
    todate: str | Unset = UNSET,
    messagestream: str | Unset = UNSET,
) -> Response[ApiError | NamedCounts]:
    """Get email client usage

     The email clients used to open emails, in total and per day. Keys are client names (e.g. "Apple
    Mail"), so every count is an additional property.

    Args:
        tag (str | Unset):
        fromdate (str | Unset): A stats or suppressions filter date (Eastern time), YYYY-MM-DD;
            only dates that exist match (years 0001-9999, February 29 in leap years only). An empty
            value is no filter (the documentation's read-times curl sends `fromdate=&todate=`). A
            pattern-checked string rather than `format: date`, which would make a generated client
            take a `date` object and the empty value impossible.
        todate (str | Unset): A stats or suppressions filter date (Eastern time), YYYY-MM-DD; only
            dates that exist match (years 0001-9999, February 29 in leap years only). An empty value
            is no filter (the documentation's read-times curl sends `fromdate=&todate=`). A pattern-
            checked string rather than `format: date`, which would make a generated client take a
            `date` object and the empty value impossible.
        messagestream (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | NamedCounts]
    """

    kwargs = _get_kwargs(
        tag=tag,
        fromdate=fromdate,
        todate=todate,
        messagestream=messagestream,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    tag: str | Unset = UNSET,
    fromdate: str | Unset = UNSET,
    todate: str | Unset = UNSET,
    messagestream: str | Unset = UNSET,
) -> ApiError | NamedCounts | None:
    """Get email client usage

     The email clients used to open emails, in total and per day. Keys are client names (e.g. "Apple
    Mail"), so every count is an additional property.

    Args:
        tag (str | Unset):
        fromdate (str | Unset): A stats or suppressions filter date (Eastern time), YYYY-MM-DD;
            only dates that exist match (years 0001-9999, February 29 in leap years only). An empty
            value is no filter (the documentation's read-times curl sends `fromdate=&todate=`). A
            pattern-checked string rather than `format: date`, which would make a generated client
            take a `date` object and the empty value impossible.
        todate (str | Unset): A stats or suppressions filter date (Eastern time), YYYY-MM-DD; only
            dates that exist match (years 0001-9999, February 29 in leap years only). An empty value
            is no filter (the documentation's read-times curl sends `fromdate=&todate=`). A pattern-
            checked string rather than `format: date`, which would make a generated client take a
            `date` object and the empty value impossible.
        messagestream (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | NamedCounts
    """

    return (
        await asyncio_detailed(
            client=client,
            tag=tag,
            fromdate=fromdate,
            todate=todate,
            messagestream=messagestream,
        )
    ).parsed
