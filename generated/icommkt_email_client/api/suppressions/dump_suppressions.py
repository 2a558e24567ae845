from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.suppression_dump import SuppressionDump
from ...models.suppression_origin import SuppressionOrigin
from ...models.suppression_reason import SuppressionReason
from ...types import UNSET, Response, Unset


def _get_kwargs(
    stream_id: str,
    *,
    suppression_reason: SuppressionReason | Unset = UNSET,
    origin: SuppressionOrigin | Unset = UNSET,
    todate: str | Unset = UNSET,
    fromdate: str | Unset = UNSET,
    email_address: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_suppression_reason: str | Unset = UNSET
    if not isinstance(suppression_reason, Unset):
        json_suppression_reason = suppression_reason.value

    params["SuppressionReason"] = json_suppression_reason

    json_origin: str | Unset = UNSET
    if not isinstance(origin, Unset):
        json_origin = origin.value

    params["Origin"] = json_origin

    params["todate"] = todate

    params["fromdate"] = fromdate

    params["EmailAddress"] = email_address

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/message-streams/{stream_id}/suppressions/dump".format(
            stream_id=quote(str(stream_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | SuppressionDump | None:
    if response.status_code == 200:
        response_200 = SuppressionDump.from_dict(response.json())

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
) -> Response[ApiError | SuppressionDump]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    stream_id: str,
    *,
    client: AuthenticatedClient | Client,
    suppression_reason: SuppressionReason | Unset = UNSET,
    origin: SuppressionOrigin | Unset = UNSET,
    todate: str | Unset = UNSET,
    fromdate: str | Unset = UNSET,
    email_address: str | Unset = UNSET,
) -> Response[ApiError | SuppressionDump]:
    """Suppression dump

     Every suppressed address of the message stream (not paged). The curl writes the filter as
    `origin=recipient`; the table names it `Origin` with capitalised values.

    Args:
        stream_id (str):
        suppression_reason (SuppressionReason | Unset):
        origin (SuppressionOrigin | Unset):
        todate (str | Unset): A stats or suppressions filter date (Eastern time), YYYY-MM-DD; only
            dates that exist match (years 0001-9999, February 29 in leap years only). An empty value
            is no filter (the documentation's read-times curl sends `fromdate=&todate=`). A pattern-
            checked string rather than `format: date`, which would make a generated client take a
            `date` object and the empty value impossible.
        fromdate (str | Unset): A stats or suppressions filter date (Eastern time), YYYY-MM-DD;
            only dates that exist match (years 0001-9999, February 29 in leap years only). An empty
            value is no filter (the documentation's read-times curl sends `fromdate=&todate=`). A
            pattern-checked string rather than `format: date`, which would make a generated client
            take a `date` object and the empty value impossible.
        email_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SuppressionDump]
    """

    kwargs = _get_kwargs(
        stream_id=stream_id,
        suppression_reason=suppression_reason,
        origin=origin,
        todate=todate,
        fromdate=fromdate,
        email_address=email_address,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    stream_id: str,
    *,
    client: AuthenticatedClient | Client,
    suppression_reason: SuppressionReason | Unset = UNSET,
    origin: SuppressionOrigin | Unset = UNSET,
    todate: str | Unset = UNSET,
    fromdate: str | Unset = UNSET,
    email_address: str | Unset = UNSET,
) -> ApiError | SuppressionDump | None:
    """Suppression dump

     Every suppressed address of the message stream (not paged). The curl writes the filter as
    `origin=recipient`; the table names it `Origin` with capitalised values.

    Args:
        stream_id (str):
        suppression_reason (SuppressionReason | Unset):
        origin (SuppressionOrigin | Unset):
        todate (str | Unset): A stats or suppressions filter date (Eastern time), YYYY-MM-DD; only
            dates that exist match (years 0001-9999, February 29 in leap years only). An empty value
            is no filter (the documentation's read-times curl sends `fromdate=&todate=`). A pattern-
            checked string rather than `format: date`, which would make a generated client take a
            `date` object and the empty value impossible.
        fromdate (str | Unset): A stats or suppressions filter date (Eastern time), YYYY-MM-DD;
            only dates that exist match (years 0001-9999, February 29 in leap years only). An empty
            value is no filter (the documentation's read-times curl sends `fromdate=&todate=`). A
            pattern-checked string rather than `format: date`, which would make a generated client
            take a `date` object and the empty value impossible.
        email_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SuppressionDump
    """

    return sync_detailed(
        stream_id=stream_id,
        client=client,
        suppression_reason=suppression_reason,
        origin=origin,
        todate=todate,
        fromdate=fromdate,
        email_address=email_address,
    ).parsed


async def asyncio_detailed(
    stream_id: str,
    *,
    client: AuthenticatedClient | Client,
    suppression_reason: SuppressionReason | Unset = UNSET,
    origin: SuppressionOrigin | Unset = UNSET,
    todate: str | Unset = UNSET,
    fromdate: str | Unset = UNSET,
    email_address: str | Unset = UNSET,
) -> Response[ApiError | SuppressionDump]:
    """Suppression dump

     Every suppressed address of the message stream (not paged). The curl writes the filter as
    `origin=recipient`; the table names it `Origin` with capitalised values.

    Args:
        stream_id (str):
        suppression_reason (SuppressionReason | Unset):
        origin (SuppressionOrigin | Unset):
        todate (str | Unset): A stats or suppressions filter date (Eastern time), YYYY-MM-DD; only
            dates that exist match (years 0001-9999, February 29 in leap years only). An empty value
            is no filter (the documentation's read-times curl sends `fromdate=&todate=`). A pattern-
            checked string rather than `format: date`, which would make a generated client take a
            `date` object and the empty value impossible.
        fromdate (str | Unset): A stats or suppressions filter date (Eastern time), YYYY-MM-DD;
            only dates that exist match (years 0001-9999, February 29 in leap years only). An empty
            value is no filter (the documentation's read-times curl sends `fromdate=&todate=`). A
            pattern-checked string rather than `format: date`, which would make a generated client
            take a `date` object and the empty value impossible.
        email_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SuppressionDump]
    """

    kwargs = _get_kwargs(
        stream_id=stream_id,
        suppression_reason=suppression_reason,
        origin=origin,
        todate=todate,
        fromdate=fromdate,
        email_address=email_address,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    stream_id: str,
    *,
    client: AuthenticatedClient | Client,
    suppression_reason: SuppressionReason | Unset = UNSET,
    origin: SuppressionOrigin | Unset = UNSET,
    todate: str | Unset = UNSET,
    fromdate: str | Unset = UNSET,
    email_address: str | Unset = UNSET,
) -> ApiError | SuppressionDump | None:
    """Suppression dump

     Every suppressed address of the message stream (not paged). The curl writes the filter as
    `origin=recipient`; the table names it `Origin` with capitalised values.

    Args:
        stream_id (str):
        suppression_reason (SuppressionReason | Unset):
        origin (SuppressionOrigin | Unset):
        todate (str | Unset): A stats or suppressions filter date (Eastern time), YYYY-MM-DD; only
            dates that exist match (years 0001-9999, February 29 in leap years only). An empty value
            is no filter (the documentation's read-times curl sends `fromdate=&todate=`). A pattern-
            checked string rather than `format: date`, which would make a generated client take a
            `date` object and the empty value impossible.
        fromdate (str | Unset): A stats or suppressions filter date (Eastern time), YYYY-MM-DD;
            only dates that exist match (years 0001-9999, February 29 in leap years only). An empty
            value is no filter (the documentation's read-times curl sends `fromdate=&todate=`). A
            pattern-checked string rather than `format: date`, which would make a generated client
            take a `date` object and the empty value impossible.
        email_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SuppressionDump
    """

    return (
        await asyncio_detailed(
            stream_id=stream_id,
            client=client,
            suppression_reason=suppression_reason,
            origin=origin,
            todate=todate,
            fromdate=fromdate,
            email_address=email_address,
        )
    ).parsed
