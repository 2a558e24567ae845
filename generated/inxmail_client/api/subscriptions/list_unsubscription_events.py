from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_unsubscription_events_embedded_item import (
    ListUnsubscriptionEventsEmbeddedItem,
)
from ...models.problem import Problem
from ...models.unsubscription_event_collection import UnsubscriptionEventCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
    list_id: int | Unset = UNSET,
    list_ids: list[int] | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    types: list[str] | Unset = UNSET,
    embedded: list[ListUnsubscriptionEventsEmbeddedItem] | Unset = UNSET,
    recipient_attributes: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["afterId"] = after_id

    params["pageSize"] = page_size

    params["listId"] = list_id

    json_list_ids: list[int] | Unset = UNSET
    if not isinstance(list_ids, Unset):
        json_list_ids = list_ids

    params["listIds"] = json_list_ids

    params["startDate"] = start_date

    params["endDate"] = end_date

    json_types: list[str] | Unset = UNSET
    if not isinstance(types, Unset):
        json_types = types

    params["types"] = json_types

    json_embedded: list[str] | Unset = UNSET
    if not isinstance(embedded, Unset):
        json_embedded = []
        for embedded_item_data in embedded:
            embedded_item = embedded_item_data.value
            json_embedded.append(embedded_item)

    params["embedded"] = json_embedded

    json_recipient_attributes: list[str] | Unset = UNSET
    if not isinstance(recipient_attributes, Unset):
        json_recipient_attributes = recipient_attributes

    params["recipientAttributes"] = json_recipient_attributes

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/events/unsubscriptions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | UnsubscriptionEventCollection | None:
    if response.status_code == 200:
        response_200 = UnsubscriptionEventCollection.from_dict(response.json())

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
) -> Response[Problem | UnsubscriptionEventCollection]:
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
    list_id: int | Unset = UNSET,
    list_ids: list[int] | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    types: list[str] | Unset = UNSET,
    embedded: list[ListUnsubscriptionEventsEmbeddedItem] | Unset = UNSET,
    recipient_attributes: list[str] | Unset = UNSET,
) -> Response[Problem | UnsubscriptionEventCollection]:
    """Retrieve unsubscription events collection

     Returns the first page of unsubscription events (cursor paged). With `embedded=inx:recipient` the
    unsubscribed recipient is embedded.

    Args:
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.
        list_id (int | Unset):
        list_ids (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`, as the service's own
            self links do) or comma-separated (`a=1,2`); the doc: "more than one value can be
            specified with multiple query parameters or comma separated list". Example: [1, 2, 3].
        start_date (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an offset
            `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API description),
            pattern-checked rather than `date-time` because the documented requests send `+0000`.
            Example: 2016-02-04T10:30:12Z.
        end_date (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an offset
            `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API description),
            pattern-checked rather than `date-time` because the documented requests send `+0000`.
            Example: 2016-02-04T10:30:12Z.
        types (list[str] | Unset): Unsubscription event types (upper-case names, see
            `UnsubscriptionEventType`), sent repeated (`a=1&a=2`, as the service's own self links do)
            or comma-separated (`a=1,2`); the doc: "more than one value can be specified with multiple
            query parameters or comma separated list". Example: ['PENDING_UNSUBSCRIPTION_DONE',
            'PENDING_UNSUBSCRIPTION'].
        embedded (list[ListUnsubscriptionEventsEmbeddedItem] | Unset):
        recipient_attributes (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UnsubscriptionEventCollection]
    """

    kwargs = _get_kwargs(
        after_id=after_id,
        page_size=page_size,
        list_id=list_id,
        list_ids=list_ids,
        start_date=start_date,
        end_date=end_date,
        types=types,
        embedded=embedded,
        recipient_attributes=recipient_attributes,
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
    list_id: int | Unset = UNSET,
    list_ids: list[int] | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    types: list[str] | Unset = UNSET,
    embedded: list[ListUnsubscriptionEventsEmbeddedItem] | Unset = UNSET,
    recipient_attributes: list[str] | Unset = UNSET,
) -> Problem | UnsubscriptionEventCollection | None:
    """Retrieve unsubscription events collection

     Returns the first page of unsubscription events (cursor paged). With `embedded=inx:recipient` the
    unsubscribed recipient is embedded.

    Args:
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.
        list_id (int | Unset):
        list_ids (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`, as the service's own
            self links do) or comma-separated (`a=1,2`); the doc: "more than one value can be
            specified with multiple query parameters or comma separated list". Example: [1, 2, 3].
        start_date (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an offset
            `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API description),
            pattern-checked rather than `date-time` because the documented requests send `+0000`.
            Example: 2016-02-04T10:30:12Z.
        end_date (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an offset
            `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API description),
            pattern-checked rather than `date-time` because the documented requests send `+0000`.
            Example: 2016-02-04T10:30:12Z.
        types (list[str] | Unset): Unsubscription event types (upper-case names, see
            `UnsubscriptionEventType`), sent repeated (`a=1&a=2`, as the service's own self links do)
            or comma-separated (`a=1,2`); the doc: "more than one value can be specified with multiple
            query parameters or comma separated list". Example: ['PENDING_UNSUBSCRIPTION_DONE',
            'PENDING_UNSUBSCRIPTION'].
        embedded (list[ListUnsubscriptionEventsEmbeddedItem] | Unset):
        recipient_attributes (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UnsubscriptionEventCollection
    """

    return sync_detailed(
        client=client,
        after_id=after_id,
        page_size=page_size,
        list_id=list_id,
        list_ids=list_ids,
        start_date=start_date,
        end_date=end_date,
        types=types,
        embedded=embedded,
        recipient_attributes=recipient_attributes,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
    list_id: int | Unset = UNSET,
    list_ids: list[int] | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    types: list[str] | Unset = UNSET,
    embedded: list[ListUnsubscriptionEventsEmbeddedItem] | Unset = UNSET,
    recipient_attributes: list[str] | Unset = UNSET,
) -> Response[Problem | UnsubscriptionEventCollection]:
    """Retrieve unsubscription events collection

     Returns the first page of unsubscription events (cursor paged). With `embedded=inx:recipient` the
    unsubscribed recipient is embedded.

    Args:
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.
        list_id (int | Unset):
        list_ids (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`, as the service's own
            self links do) or comma-separated (`a=1,2`); the doc: "more than one value can be
            specified with multiple query parameters or comma separated list". Example: [1, 2, 3].
        start_date (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an offset
            `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API description),
            pattern-checked rather than `date-time` because the documented requests send `+0000`.
            Example: 2016-02-04T10:30:12Z.
        end_date (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an offset
            `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API description),
            pattern-checked rather than `date-time` because the documented requests send `+0000`.
            Example: 2016-02-04T10:30:12Z.
        types (list[str] | Unset): Unsubscription event types (upper-case names, see
            `UnsubscriptionEventType`), sent repeated (`a=1&a=2`, as the service's own self links do)
            or comma-separated (`a=1,2`); the doc: "more than one value can be specified with multiple
            query parameters or comma separated list". Example: ['PENDING_UNSUBSCRIPTION_DONE',
            'PENDING_UNSUBSCRIPTION'].
        embedded (list[ListUnsubscriptionEventsEmbeddedItem] | Unset):
        recipient_attributes (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UnsubscriptionEventCollection]
    """

    kwargs = _get_kwargs(
        after_id=after_id,
        page_size=page_size,
        list_id=list_id,
        list_ids=list_ids,
        start_date=start_date,
        end_date=end_date,
        types=types,
        embedded=embedded,
        recipient_attributes=recipient_attributes,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
    list_id: int | Unset = UNSET,
    list_ids: list[int] | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    types: list[str] | Unset = UNSET,
    embedded: list[ListUnsubscriptionEventsEmbeddedItem] | Unset = UNSET,
    recipient_attributes: list[str] | Unset = UNSET,
) -> Problem | UnsubscriptionEventCollection | None:
    """Retrieve unsubscription events collection

     Returns the first page of unsubscription events (cursor paged). With `embedded=inx:recipient` the
    unsubscribed recipient is embedded.

    Args:
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.
        list_id (int | Unset):
        list_ids (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`, as the service's own
            self links do) or comma-separated (`a=1,2`); the doc: "more than one value can be
            specified with multiple query parameters or comma separated list". Example: [1, 2, 3].
        start_date (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an offset
            `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API description),
            pattern-checked rather than `date-time` because the documented requests send `+0000`.
            Example: 2016-02-04T10:30:12Z.
        end_date (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an offset
            `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API description),
            pattern-checked rather than `date-time` because the documented requests send `+0000`.
            Example: 2016-02-04T10:30:12Z.
        types (list[str] | Unset): Unsubscription event types (upper-case names, see
            `UnsubscriptionEventType`), sent repeated (`a=1&a=2`, as the service's own self links do)
            or comma-separated (`a=1,2`); the doc: "more than one value can be specified with multiple
            query parameters or comma separated list". Example: ['PENDING_UNSUBSCRIPTION_DONE',
            'PENDING_UNSUBSCRIPTION'].
        embedded (list[ListUnsubscriptionEventsEmbeddedItem] | Unset):
        recipient_attributes (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UnsubscriptionEventCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            after_id=after_id,
            page_size=page_size,
            list_id=list_id,
            list_ids=list_ids,
            start_date=start_date,
            end_date=end_date,
            types=types,
            embedded=embedded,
            recipient_attributes=recipient_attributes,
        )
    ).parsed
