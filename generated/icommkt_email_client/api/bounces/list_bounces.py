from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.bounce_list import BounceList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    count: int,
    offset: int,
    type_: str | Unset = UNSET,
    inactive: bool | Unset = UNSET,
    email_filter: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    message_id: str | Unset = UNSET,
    fromdate: str | Unset = UNSET,
    todate: str | Unset = UNSET,
    messagestream: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["count"] = count

    params["offset"] = offset

    params["type"] = type_

    params["inactive"] = inactive

    params["emailFilter"] = email_filter

    params["tag"] = tag

    params["messageID"] = message_id

    params["fromdate"] = fromdate

    params["todate"] = todate

    params["messagestream"] = messagestream

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/bounces",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | BounceList | None:
    if response.status_code == 200:
        response_200 = BounceList.from_dict(response.json())

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
) -> Response[ApiError | BounceList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    count: int,
    offset: int,
    type_: str | Unset = UNSET,
    inactive: bool | Unset = UNSET,
    email_filter: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    message_id: str | Unset = UNSET,
    fromdate: str | Unset = UNSET,
    todate: str | Unset = UNSET,
    messagestream: str | Unset = UNSET,
) -> Response[ApiError | BounceList]:
    """Get bounces

     Searches bounces, newest first, paged by `count`/`offset`. count + offset cannot exceed 10,000 (a
    schema cannot express the sum; the server answers 422): use `fromdate` and `todate` to reach
    further.

    Args:
        count (int):
        offset (int):
        type_ (str | Unset):
        inactive (bool | Unset):
        email_filter (str | Unset):
        tag (str | Unset):
        message_id (str | Unset):
        fromdate (str | Unset): A search filter date or date-time without offset, interpreted in
            Eastern time: YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss]. Only dates that exist match (years
            0001-9999, February 29 in leap years only, hours 00-23), so the document itself refuses
            2024-02-30 or 0000-01-01 as the service does. An empty value is no filter (ASP.NET binds
            an empty value to none; the documentation's read-times curl sends `fromdate=&todate=`).
        todate (str | Unset): A search filter date or date-time without offset, interpreted in
            Eastern time: YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss]. Only dates that exist match (years
            0001-9999, February 29 in leap years only, hours 00-23), so the document itself refuses
            2024-02-30 or 0000-01-01 as the service does. An empty value is no filter (ASP.NET binds
            an empty value to none; the documentation's read-times curl sends `fromdate=&todate=`).
        messagestream (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | BounceList]
    """

    kwargs = _get_kwargs(
        count=count,
        offset=offset,
        type_=type_,
        inactive=inactive,
        email_filter=email_filter,
        tag=tag,
        message_id=message_id,
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
    count: int,
    offset: int,
    type_: str | Unset = UNSET,
    inactive: bool | Unset = UNSET,
    email_filter: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    message_id: str | Unset = UNSET,
    fromdate: str | Unset = UNSET,
    todate: str | Unset = UNSET,
    messagestream: str | Unset = UNSET,
) -> ApiError | BounceList | None:
    """Get bounces

     Searches bounces, newest first, paged by `count`/`offset`. count + offset cannot exceed 10,000 (a
    schema cannot express the sum; the server answers 422): use `fromdate` and `todate` to reach
    further.

    Args:
        count (int):
        offset (int):
        type_ (str | Unset):
        inactive (bool | Unset):
        email_filter (str | Unset):
        tag (str | Unset):
        message_id (str | Unset):
        fromdate (str | Unset): A search filter date or date-time without offset, interpreted in
            Eastern time: YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss]. Only dates that exist match (years
            0001-9999, February 29 in leap years only, hours 00-23), so the document itself refuses
            2024-02-30 or 0000-01-01 as the service does. An empty value is no filter (ASP.NET binds
            an empty value to none; the documentation's read-times curl sends `fromdate=&todate=`).
        todate (str | Unset): A search filter date or date-time without offset, interpreted in
            Eastern time: YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss]. Only dates that exist match (years
            0001-9999, February 29 in leap years only, hours 00-23), so the document itself refuses
            2024-02-30 or 0000-01-01 as the service does. An empty value is no filter (ASP.NET binds
            an empty value to none; the documentation's read-times curl sends `fromdate=&todate=`).
        messagestream (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | BounceList
    """

    return sync_detailed(
        client=client,
        count=count,
        offset=offset,
        type_=type_,
        inactive=inactive,
        email_filter=email_filter,
        tag=tag,
        message_id=message_id,
        fromdate=fromdate,
        todate=todate,
        messagestream=messagestream,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    count: int,
    offset: int,
    type_: str | Unset = UNSET,
    inactive: bool | Unset = UNSET,
    email_filter: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    message_id: str | Unset = UNSET,
    fromdate: str | Unset = UNSET,
    todate: str | Unset = UNSET,
    messagestream: str | Unset = UNSET,
) -> Response[ApiError | BounceList]:
    """Get bounces

     Searches bounces, newest first, paged by `count`/`offset`. count + offset cannot exceed 10,000 (a
    schema cannot express the sum; the server answers 422): use `fromdate` and `todate` to reach
    further.

    Args:
        count (int):
        offset (int):
        type_ (str | Unset):
        inactive (bool | Unset):
        email_filter (str | Unset):
        tag (str | Unset):
        message_id (str | Unset):
        fromdate (str | Unset): A search filter date or date-time without offset, interpreted in
            Eastern time: YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss]. Only dates that exist match (years
            0001-9999, February 29 in leap years only, hours 00-23), so the document itself refuses
            2024-02-30 or 0000-01-01 as the service does. An empty value is no filter (ASP.NET binds
            an empty value to none; the documentation's read-times curl sends `fromdate=&todate=`).
        todate (str | Unset): A search filter date or date-time without offset, interpreted in
            Eastern time: YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss]. Only dates that exist match (years
            0001-9999, February 29 in leap years only, hours 00-23), so the document itself refuses
            2024-02-30 or 0000-01-01 as the service does. An empty value is no filter (ASP.NET binds
            an empty value to none; the documentation's read-times curl sends `fromdate=&todate=`).
        messagestream (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | BounceList]
    """

    kwargs = _get_kwargs(
        count=count,
        offset=offset,
        type_=type_,
        inactive=inactive,
        email_filter=email_filter,
        tag=tag,
        message_id=message_id,
        fromdate=fromdate,
        todate=todate,
        messagestream=messagestream,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    count: int,
    offset: int,
    type_: str | Unset = UNSET,
    inactive: bool | Unset = UNSET,
    email_filter: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    message_id: str | Unset = UNSET,
    fromdate: str | Unset = UNSET,
    todate: str | Unset = UNSET,
    messagestream: str | Unset = UNSET,
) -> ApiError | BounceList | None:
    """Get bounces

     Searches bounces, newest first, paged by `count`/`offset`. count + offset cannot exceed 10,000 (a
    schema cannot express the sum; the server answers 422): use `fromdate` and `todate` to reach
    further.

    Args:
        count (int):
        offset (int):
        type_ (str | Unset):
        inactive (bool | Unset):
        email_filter (str | Unset):
        tag (str | Unset):
        message_id (str | Unset):
        fromdate (str | Unset): A search filter date or date-time without offset, interpreted in
            Eastern time: YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss]. Only dates that exist match (years
            0001-9999, February 29 in leap years only, hours 00-23), so the document itself refuses
            2024-02-30 or 0000-01-01 as the service does. An empty value is no filter (ASP.NET binds
            an empty value to none; the documentation's read-times curl sends `fromdate=&todate=`).
        todate (str | Unset): A search filter date or date-time without offset, interpreted in
            Eastern time: YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss]. Only dates that exist match (years
            0001-9999, February 29 in leap years only, hours 00-23), so the document itself refuses
            2024-02-30 or 0000-01-01 as the service does. An empty value is no filter (ASP.NET binds
            an empty value to none; the documentation's read-times curl sends `fromdate=&todate=`).
        messagestream (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | BounceList
    """

    return (
        await asyncio_detailed(
            client=client,
            count=count,
            offset=offset,
            type_=type_,
            inactive=inactive,
            email_filter=email_filter,
            tag=tag,
            message_id=message_id,
            fromdate=fromdate,
            todate=todate,
            messagestream=messagestream,
        )
    ).parsed
