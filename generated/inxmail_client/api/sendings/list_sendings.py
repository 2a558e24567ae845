from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.sending_collection import SendingCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
    mailing_id: int | Unset = UNSET,
    mailing_ids: list[int] | Unset = UNSET,
    list_ids: list[int] | Unset = UNSET,
    sendings_finished_before_date: str | Unset = UNSET,
    sendings_finished_after_date: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["afterId"] = after_id

    params["pageSize"] = page_size

    params["mailingId"] = mailing_id

    json_mailing_ids: list[int] | Unset = UNSET
    if not isinstance(mailing_ids, Unset):
        json_mailing_ids = mailing_ids

    params["mailingIds"] = json_mailing_ids

    json_list_ids: list[int] | Unset = UNSET
    if not isinstance(list_ids, Unset):
        json_list_ids = list_ids

    params["listIds"] = json_list_ids

    params["sendingsFinishedBeforeDate"] = sendings_finished_before_date

    params["sendingsFinishedAfterDate"] = sendings_finished_after_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sendings",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SendingCollection | None:
    if response.status_code == 200:
        response_200 = SendingCollection.from_dict(response.json())

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
) -> Response[Problem | SendingCollection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
    mailing_id: int | Unset = UNSET,
    mailing_ids: list[int] | Unset = UNSET,
    list_ids: list[int] | Unset = UNSET,
    sendings_finished_before_date: str | Unset = UNSET,
    sendings_finished_after_date: str | Unset = UNSET,
) -> Response[Problem | SendingCollection]:
    """Retrieve sendings of mailings and/or lists

     Returns the first page of sendings (cursor paged). `mailingId` (one mailing) and `mailingIds`
    (several) cannot be used together. The date filters are not recommended for continuous
    synchronisation; follow the id-based links (`inx:upcoming`) instead. The documentation shows no
    sample; the embedded array key `inx:sendings` is assumed from the link relation.

    Args:
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.
        mailing_id (int | Unset):
        mailing_ids (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`, as the service's
            own self links do) or comma-separated (`a=1,2`); the doc: "more than one value can be
            specified with multiple query parameters or comma separated list". Example: [1, 2, 3].
        list_ids (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`, as the service's own
            self links do) or comma-separated (`a=1,2`); the doc: "more than one value can be
            specified with multiple query parameters or comma separated list". Example: [1, 2, 3].
        sendings_finished_before_date (str | Unset): Date with time, ISO 8601 (`YYYY-MM-
            DDTHH:MM:SSZ`, or an offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in
            the API description), pattern-checked rather than `date-time` because the documented
            requests send `+0000`. Example: 2016-02-04T10:30:12Z.
        sendings_finished_after_date (str | Unset): Date with time, ISO 8601 (`YYYY-MM-
            DDTHH:MM:SSZ`, or an offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in
            the API description), pattern-checked rather than `date-time` because the documented
            requests send `+0000`. Example: 2016-02-04T10:30:12Z.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SendingCollection]
    """

    kwargs = _get_kwargs(
        after_id=after_id,
        page_size=page_size,
        mailing_id=mailing_id,
        mailing_ids=mailing_ids,
        list_ids=list_ids,
        sendings_finished_before_date=sendings_finished_before_date,
        sendings_finished_after_date=sendings_finished_after_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
    mailing_id: int | Unset = UNSET,
    mailing_ids: list[int] | Unset = UNSET,
    list_ids: list[int] | Unset = UNSET,
    sendings_finished_before_date: str | Unset = UNSET,
    sendings_finished_after_date: str | Unset = UNSET,
) -> Problem | SendingCollection | None:
    """Retrieve sendings of mailings and/or lists

     Returns the first page of sendings (cursor paged). `mailingId` (one mailing) and `mailingIds`
    (several) cannot be used together. The date filters are not recommended for continuous
    synchronisation; follow the id-based links (`inx:upcoming`) instead. The documentation shows no
    sample; the embedded array key `inx:sendings` is assumed from the link relation.

    Args:
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.
        mailing_id (int | Unset):
        mailing_ids (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`, as the service's
            own self links do) or comma-separated (`a=1,2`); the doc: "more than one value can be
            specified with multiple query parameters or comma separated list". Example: [1, 2, 3].
        list_ids (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`, as the service's own
            self links do) or comma-separated (`a=1,2`); the doc: "more than one value can be
            specified with multiple query parameters or comma separated list". Example: [1, 2, 3].
        sendings_finished_before_date (str | Unset): Date with time, ISO 8601 (`YYYY-MM-
            DDTHH:MM:SSZ`, or an offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in
            the API description), pattern-checked rather than `date-time` because the documented
            requests send `+0000`. Example: 2016-02-04T10:30:12Z.
        sendings_finished_after_date (str | Unset): Date with time, ISO 8601 (`YYYY-MM-
            DDTHH:MM:SSZ`, or an offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in
            the API description), pattern-checked rather than `date-time` because the documented
            requests send `+0000`. Example: 2016-02-04T10:30:12Z.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SendingCollection
    """

    return sync_detailed(
        client=client,
        after_id=after_id,
        page_size=page_size,
        mailing_id=mailing_id,
        mailing_ids=mailing_ids,
        list_ids=list_ids,
        sendings_finished_before_date=sendings_finished_before_date,
        sendings_finished_after_date=sendings_finished_after_date,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
    mailing_id: int | Unset = UNSET,
    mailing_ids: list[int] | Unset = UNSET,
    list_ids: list[int] | Unset = UNSET,
    sendings_finished_before_date: str | Unset = UNSET,
    sendings_finished_after_date: str | Unset = UNSET,
) -> Response[Problem | SendingCollection]:
    """Retrieve sendings of mailings and/or lists

     Returns the first page of sendings (cursor paged). `mailingId` (one mailing) and `mailingIds`
    (several) cannot be used together. The date filters are not recommended for continuous
    synchronisation; follow the id-based links (`inx:upcoming`) instead. The documentation shows no
    sample; the embedded array key `inx:sendings` is assumed from the link relation.

    Args:
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.
        mailing_id (int | Unset):
        mailing_ids (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`, as the service's
            own self links do) or comma-separated (`a=1,2`); the doc: "more than one value can be
            specified with multiple query parameters or comma separated list". Example: [1, 2, 3].
        list_ids (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`, as the service's own
            self links do) or comma-separated (`a=1,2`); the doc: "more than one value can be
            specified with multiple query parameters or comma separated list". Example: [1, 2, 3].
        sendings_finished_before_date (str | Unset): Date with time, ISO 8601 (`YYYY-MM-
            DDTHH:MM:SSZ`, or an offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in
            the API description), pattern-checked rather than `date-time` because the documented
            requests send `+0000`. Example: 2016-02-04T10:30:12Z.
        sendings_finished_after_date (str | Unset): Date with time, ISO 8601 (`YYYY-MM-
            DDTHH:MM:SSZ`, or an offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in
            the API description), pattern-checked rather than `date-time` because the documented
            requests send `+0000`. Example: 2016-02-04T10:30:12Z.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SendingCollection]
    """

    kwargs = _get_kwargs(
        after_id=after_id,
        page_size=page_size,
        mailing_id=mailing_id,
        mailing_ids=mailing_ids,
        list_ids=list_ids,
        sendings_finished_before_date=sendings_finished_before_date,
        sendings_finished_after_date=sendings_finished_after_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
    mailing_id: int | Unset = UNSET,
    mailing_ids: list[int] | Unset = UNSET,
    list_ids: list[int] | Unset = UNSET,
    sendings_finished_before_date: str | Unset = UNSET,
    sendings_finished_after_date: str | Unset = UNSET,
) -> Problem | SendingCollection | None:
    """Retrieve sendings of mailings and/or lists

     Returns the first page of sendings (cursor paged). `mailingId` (one mailing) and `mailingIds`
    (several) cannot be used together. The date filters are not recommended for continuous
    synchronisation; follow the id-based links (`inx:upcoming`) instead. The documentation shows no
    sample; the embedded array key `inx:sendings` is assumed from the link relation.

    Args:
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.
        mailing_id (int | Unset):
        mailing_ids (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`, as the service's
            own self links do) or comma-separated (`a=1,2`); the doc: "more than one value can be
            specified with multiple query parameters or comma separated list". Example: [1, 2, 3].
        list_ids (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`, as the service's own
            self links do) or comma-separated (`a=1,2`); the doc: "more than one value can be
            specified with multiple query parameters or comma separated list". Example: [1, 2, 3].
        sendings_finished_before_date (str | Unset): Date with time, ISO 8601 (`YYYY-MM-
            DDTHH:MM:SSZ`, or an offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in
            the API description), pattern-checked rather than `date-time` because the documented
            requests send `+0000`. Example: 2016-02-04T10:30:12Z.
        sendings_finished_after_date (str | Unset): Date with time, ISO 8601 (`YYYY-MM-
            DDTHH:MM:SSZ`, or an offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in
            the API description), pattern-checked rather than `date-time` because the documented
            requests send `+0000`. Example: 2016-02-04T10:30:12Z.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SendingCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            after_id=after_id,
            page_size=page_size,
            mailing_id=mailing_id,
            mailing_ids=mailing_ids,
            list_ids=list_ids,
            sendings_finished_before_date=sendings_finished_before_date,
            sendings_finished_after_date=sendings_finished_after_date,
        )
    ).parsed
