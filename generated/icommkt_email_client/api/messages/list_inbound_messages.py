from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.inbound_message_list import InboundMessageList
from ...models.inbound_status_filter import InboundStatusFilter
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    count: int,
    offset: int,
    recipient: str | Unset = UNSET,
    fromemail: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    subject: str | Unset = UNSET,
    mailboxhash: str | Unset = UNSET,
    status: InboundStatusFilter | Unset = UNSET,
    todate: str | Unset = UNSET,
    fromdate: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["count"] = count

    params["offset"] = offset

    params["recipient"] = recipient

    params["fromemail"] = fromemail

    params["tag"] = tag

    params["subject"] = subject

    params["mailboxhash"] = mailboxhash

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["todate"] = todate

    params["fromdate"] = fromdate

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/messages/inbound",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | InboundMessageList | None:
    if response.status_code == 200:
        response_200 = InboundMessageList.from_dict(response.json())

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
) -> Response[ApiError | InboundMessageList]:
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
    recipient: str | Unset = UNSET,
    fromemail: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    subject: str | Unset = UNSET,
    mailboxhash: str | Unset = UNSET,
    status: InboundStatusFilter | Unset = UNSET,
    todate: str | Unset = UNSET,
    fromdate: str | Unset = UNSET,
) -> Response[ApiError | InboundMessageList]:
    """Inbound message search

     Searches received messages, paged by `count`/`offset`; count + offset cannot exceed 10,000 (a schema
    cannot express the sum): use `fromdate`/`todate` to reach further. The result array is
    `InboundMessages` (the field table says "Messages"; the example is followed).

    Args:
        count (int):
        offset (int):
        recipient (str | Unset):
        fromemail (str | Unset):
        tag (str | Unset):
        subject (str | Unset):
        mailboxhash (str | Unset):
        status (InboundStatusFilter | Unset):
        todate (str | Unset): A search filter date or date-time without offset, interpreted in
            Eastern time: YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss]. Only dates that exist match (years
            0001-9999, February 29 in leap years only, hours 00-23), so the document itself refuses
            2024-02-30 or 0000-01-01 as the service does. An empty value is no filter (ASP.NET binds
            an empty value to none; the documentation's read-times curl sends `fromdate=&todate=`).
        fromdate (str | Unset): A search filter date or date-time without offset, interpreted in
            Eastern time: YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss]. Only dates that exist match (years
            0001-9999, February 29 in leap years only, hours 00-23), so the document itself refuses
            2024-02-30 or 0000-01-01 as the service does. An empty value is no filter (ASP.NET binds
            an empty value to none; the documentation's read-times curl sends `fromdate=&todate=`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | InboundMessageList]
    """

    kwargs = _get_kwargs(
        count=count,
        offset=offset,
        recipient=recipient,
        fromemail=fromemail,
        tag=tag,
        subject=subject,
        mailboxhash=mailboxhash,
        status=status,
        todate=todate,
        fromdate=fromdate,
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
    recipient: str | Unset = UNSET,
    fromemail: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    subject: str | Unset = UNSET,
    mailboxhash: str | Unset = UNSET,
    status: InboundStatusFilter | Unset = UNSET,
    todate: str | Unset = UNSET,
    fromdate: str | Unset = UNSET,
) -> ApiError | InboundMessageList | None:
    """Inbound message search

     Searches received messages, paged by `count`/`offset`; count + offset cannot exceed 10,000 (a schema
    cannot express the sum): use `fromdate`/`todate` to reach further. The result array is
    `InboundMessages` (the field table says "Messages"; the example is followed).

    Args:
        count (int):
        offset (int):
        recipient (str | Unset):
        fromemail (str | Unset):
        tag (str | Unset):
        subject (str | Unset):
        mailboxhash (str | Unset):
        status (InboundStatusFilter | Unset):
        todate (str | Unset): A search filter date or date-time without offset, interpreted in
            Eastern time: YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss]. Only dates that exist match (years
            0001-9999, February 29 in leap years only, hours 00-23), so the document itself refuses
            2024-02-30 or 0000-01-01 as the service does. An empty value is no filter (ASP.NET binds
            an empty value to none; the documentation's read-times curl sends `fromdate=&todate=`).
        fromdate (str | Unset): A search filter date or date-time without offset, interpreted in
            Eastern time: YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss]. Only dates that exist match (years
            0001-9999, February 29 in leap years only, hours 00-23), so the document itself refuses
            2024-02-30 or 0000-01-01 as the service does. An empty value is no filter (ASP.NET binds
            an empty value to none; the documentation's read-times curl sends `fromdate=&todate=`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | InboundMessageList
    """

    return sync_detailed(
        client=client,
        count=count,
        offset=offset,
        recipient=recipient,
        fromemail=fromemail,
        tag=tag,
        subject=subject,
        mailboxhash=mailboxhash,
        status=status,
        todate=todate,
        fromdate=fromdate,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    count: int,
    offset: int,
    recipient: str | Unset = UNSET,
    fromemail: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    subject: str | Unset = UNSET,
    mailboxhash: str | Unset = UNSET,
    status: InboundStatusFilter | Unset = UNSET,
    todate: str | Unset = UNSET,
    fromdate: str | Unset = UNSET,
) -> Response[ApiError | InboundMessageList]:
    """Inbound message search

     Searches received messages, paged by `count`/`offset`; count + offset cannot exceed 10,000 (a schema
    cannot express the sum): use `fromdate`/`todate` to reach further. The result array is
    `InboundMessages` (the field table says "Messages"; the example is followed).

    Args:
        count (int):
        offset (int):
        recipient (str | Unset):
        fromemail (str | Unset):
        tag (str | Unset):
        subject (str | Unset):
        mailboxhash (str | Unset):
        status (InboundStatusFilter | Unset):
        todate (str | Unset): A search filter date or date-time without offset, interpreted in
            Eastern time: YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss]. Only dates that exist match (years
            0001-9999, February 29 in leap years only, hours 00-23), so the document itself refuses
            2024-02-30 or 0000-01-01 as the service does. An empty value is no filter (ASP.NET binds
            an empty value to none; the documentation's read-times curl sends `fromdate=&todate=`).
        fromdate (str | Unset): A search filter date or date-time without offset, interpreted in
            Eastern time: YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss]. Only dates that exist match (years
            0001-9999, February 29 in leap years only, hours 00-23), so the document itself refuses
            2024-02-30 or 0000-01-01 as the service does. An empty value is no filter (ASP.NET binds
            an empty value to none; the documentation's read-times curl sends `fromdate=&todate=`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | InboundMessageList]
    """

    kwargs = _get_kwargs(
        count=count,
        offset=offset,
        recipient=recipient,
        fromemail=fromemail,
        tag=tag,
        subject=subject,
        mailboxhash=mailboxhash,
        status=status,
        todate=todate,
        fromdate=fromdate,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    count: int,
    offset: int,
    recipient: str | Unset = UNSET,
    fromemail: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    subject: str | Unset = UNSET,
    mailboxhash: str | Unset = UNSET,
    status: InboundStatusFilter | Unset = UNSET,
    todate: str | Unset = UNSET,
    fromdate: str | Unset = UNSET,
) -> ApiError | InboundMessageList | None:
    """Inbound message search

     Searches received messages, paged by `count`/`offset`; count + offset cannot exceed 10,000 (a schema
    cannot express the sum): use `fromdate`/`todate` to reach further. The result array is
    `InboundMessages` (the field table says "Messages"; the example is followed).

    Args:
        count (int):
        offset (int):
        recipient (str | Unset):
        fromemail (str | Unset):
        tag (str | Unset):
        subject (str | Unset):
        mailboxhash (str | Unset):
        status (InboundStatusFilter | Unset):
        todate (str | Unset): A search filter date or date-time without offset, interpreted in
            Eastern time: YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss]. Only dates that exist match (years
            0001-9999, February 29 in leap years only, hours 00-23), so the document itself refuses
            2024-02-30 or 0000-01-01 as the service does. An empty value is no filter (ASP.NET binds
            an empty value to none; the documentation's read-times curl sends `fromdate=&todate=`).
        fromdate (str | Unset): A search filter date or date-time without offset, interpreted in
            Eastern time: YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss]. Only dates that exist match (years
            0001-9999, February 29 in leap years only, hours 00-23), so the document itself refuses
            2024-02-30 or 0000-01-01 as the service does. An empty value is no filter (ASP.NET binds
            an empty value to none; the documentation's read-times curl sends `fromdate=&todate=`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | InboundMessageList
    """

    return (
        await asyncio_detailed(
            client=client,
            count=count,
            offset=offset,
            recipient=recipient,
            fromemail=fromemail,
            tag=tag,
            subject=subject,
            mailboxhash=mailboxhash,
            status=status,
            todate=todate,
            fromdate=fromdate,
        )
    ).parsed
