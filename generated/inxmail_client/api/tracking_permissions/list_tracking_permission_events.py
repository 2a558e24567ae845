from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_tracking_permission_events_embedded_item import (
    ListTrackingPermissionEventsEmbeddedItem,
)
from ...models.problem import Problem
from ...models.tracking_permission_event_collection import (
    TrackingPermissionEventCollection,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
    list_ids: list[int] | Unset = UNSET,
    recipient_ids: int | Unset = UNSET,
    emails: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    embedded: list[ListTrackingPermissionEventsEmbeddedItem] | Unset = UNSET,
    recipient_attributes: list[str] | Unset = UNSET,
    event_originator_types: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["afterId"] = after_id

    params["pageSize"] = page_size

    json_list_ids: list[int] | Unset = UNSET
    if not isinstance(list_ids, Unset):
        json_list_ids = list_ids

    params["listIds"] = json_list_ids

    params["recipientIds"] = recipient_ids

    params["emails"] = emails

    params["startDate"] = start_date

    params["endDate"] = end_date

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

    json_event_originator_types: list[str] | Unset = UNSET
    if not isinstance(event_originator_types, Unset):
        json_event_originator_types = event_originator_types

    params["eventOriginatorTypes"] = json_event_originator_types

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/events/tracking-permissions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TrackingPermissionEventCollection | None:
    if response.status_code == 200:
        response_200 = TrackingPermissionEventCollection.from_dict(response.json())

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
) -> Response[Problem | TrackingPermissionEventCollection]:
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
    list_ids: list[int] | Unset = UNSET,
    recipient_ids: int | Unset = UNSET,
    emails: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    embedded: list[ListTrackingPermissionEventsEmbeddedItem] | Unset = UNSET,
    recipient_attributes: list[str] | Unset = UNSET,
    event_originator_types: list[str] | Unset = UNSET,
) -> Response[Problem | TrackingPermissionEventCollection]:
    """Retrieve tracking permission event collection

     Returns the first page of tracking permission events (cursor paged). `recipientIds` and `emails` are
    plural for future use but currently take one recipient, and must not be combined (validation error).

    Args:
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.
        list_ids (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`, as the service's own
            self links do) or comma-separated (`a=1,2`); the doc: "more than one value can be
            specified with multiple query parameters or comma separated list". Example: [1, 2, 3].
        recipient_ids (int | Unset):
        emails (str | Unset):
        start_date (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an offset
            `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API description),
            pattern-checked rather than `date-time` because the documented requests send `+0000`.
            Example: 2016-02-04T10:30:12Z.
        end_date (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an offset
            `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API description),
            pattern-checked rather than `date-time` because the documented requests send `+0000`.
            Example: 2016-02-04T10:30:12Z.
        embedded (list[ListTrackingPermissionEventsEmbeddedItem] | Unset):
        recipient_attributes (list[str] | Unset):
        event_originator_types (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrackingPermissionEventCollection]
    """

    kwargs = _get_kwargs(
        after_id=after_id,
        page_size=page_size,
        list_ids=list_ids,
        recipient_ids=recipient_ids,
        emails=emails,
        start_date=start_date,
        end_date=end_date,
        embedded=embedded,
        recipient_attributes=recipient_attributes,
        event_originator_types=event_originator_types,
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
    list_ids: list[int] | Unset = UNSET,
    recipient_ids: int | Unset = UNSET,
    emails: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    embedded: list[ListTrackingPermissionEventsEmbeddedItem] | Unset = UNSET,
    recipient_attributes: list[str] | Unset = UNSET,
    event_originator_types: list[str] | Unset = UNSET,
) -> Problem | TrackingPermissionEventCollection | None:
    """Retrieve tracking permission event collection

     Returns the first page of tracking permission events (cursor paged). `recipientIds` and `emails` are
    plural for future use but currently take one recipient, and must not be combined (validation error).

    Args:
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.
        list_ids (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`, as the service's own
            self links do) or comma-separated (`a=1,2`); the doc: "more than one value can be
            specified with multiple query parameters or comma separated list". Example: [1, 2, 3].
        recipient_ids (int | Unset):
        emails (str | Unset):
        start_date (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an offset
            `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API description),
            pattern-checked rather than `date-time` because the documented requests send `+0000`.
            Example: 2016-02-04T10:30:12Z.
        end_date (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an offset
            `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API description),
            pattern-checked rather than `date-time` because the documented requests send `+0000`.
            Example: 2016-02-04T10:30:12Z.
        embedded (list[ListTrackingPermissionEventsEmbeddedItem] | Unset):
        recipient_attributes (list[str] | Unset):
        event_originator_types (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrackingPermissionEventCollection
    """

    return sync_detailed(
        client=client,
        after_id=after_id,
        page_size=page_size,
        list_ids=list_ids,
        recipient_ids=recipient_ids,
        emails=emails,
        start_date=start_date,
        end_date=end_date,
        embedded=embedded,
        recipient_attributes=recipient_attributes,
        event_originator_types=event_originator_types,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
    list_ids: list[int] | Unset = UNSET,
    recipient_ids: int | Unset = UNSET,
    emails: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    embedded: list[ListTrackingPermissionEventsEmbeddedItem] | Unset = UNSET,
    recipient_attributes: list[str] | Unset = UNSET,
    event_originator_types: list[str] | Unset = UNSET,
) -> Response[Problem | TrackingPermissionEventCollection]:
    """Retrieve tracking permission event collection

     Returns the first page of tracking permission events (cursor paged). `recipientIds` and `emails` are
    plural for future use but currently take one recipient, and must not be combined (validation error).

    Args:
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.
        list_ids (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`, as the service's own
            self links do) or comma-separated (`a=1,2`); the doc: "more than one value can be
            specified with multiple query parameters or comma separated list". Example: [1, 2, 3].
        recipient_ids (int | Unset):
        emails (str | Unset):
        start_date (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an offset
            `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API description),
            pattern-checked rather than `date-time` because the documented requests send `+0000`.
            Example: 2016-02-04T10:30:12Z.
        end_date (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an offset
            `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API description),
            pattern-checked rather than `date-time` because the documented requests send `+0000`.
            Example: 2016-02-04T10:30:12Z.
        embedded (list[ListTrackingPermissionEventsEmbeddedItem] | Unset):
        recipient_attributes (list[str] | Unset):
        event_originator_types (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrackingPermissionEventCollection]
    """

    kwargs = _get_kwargs(
        after_id=after_id,
        page_size=page_size,
        list_ids=list_ids,
        recipient_ids=recipient_ids,
        emails=emails,
        start_date=start_date,
        end_date=end_date,
        embedded=embedded,
        recipient_attributes=recipient_attributes,
        event_originator_types=event_originator_types,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
    list_ids: list[int] | Unset = UNSET,
    recipient_ids: int | Unset = UNSET,
    emails: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    embedded: list[ListTrackingPermissionEventsEmbeddedItem] | Unset = UNSET,
    recipient_attributes: list[str] | Unset = UNSET,
    event_originator_types: list[str] | Unset = UNSET,
) -> Problem | TrackingPermissionEventCollection | None:
    """Retrieve tracking permission event collection

     Returns the first page of tracking permission events (cursor paged). `recipientIds` and `emails` are
    plural for future use but currently take one recipient, and must not be combined (validation error).

    Args:
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.
        list_ids (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`, as the service's own
            self links do) or comma-separated (`a=1,2`); the doc: "more than one value can be
            specified with multiple query parameters or comma separated list". Example: [1, 2, 3].
        recipient_ids (int | Unset):
        emails (str | Unset):
        start_date (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an offset
            `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API description),
            pattern-checked rather than `date-time` because the documented requests send `+0000`.
            Example: 2016-02-04T10:30:12Z.
        end_date (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an offset
            `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API description),
            pattern-checked rather than `date-time` because the documented requests send `+0000`.
            Example: 2016-02-04T10:30:12Z.
        embedded (list[ListTrackingPermissionEventsEmbeddedItem] | Unset):
        recipient_attributes (list[str] | Unset):
        event_originator_types (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrackingPermissionEventCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            after_id=after_id,
            page_size=page_size,
            list_ids=list_ids,
            recipient_ids=recipient_ids,
            emails=emails,
            start_date=start_date,
            end_date=end_date,
            embedded=embedded,
            recipient_attributes=recipient_attributes,
            event_originator_types=event_originator_types,
        )
    ).parsed
