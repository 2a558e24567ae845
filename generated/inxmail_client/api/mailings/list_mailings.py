from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mailing_collection import MailingCollection
from ...models.mailing_embedded_param_item import MailingEmbeddedParamItem
from ...models.mailing_type import MailingType
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    modified_after: str | Unset = UNSET,
    modified_before: str | Unset = UNSET,
    sent_after: str | Unset = UNSET,
    types: list[MailingType] | Unset = UNSET,
    list_ids: list[int] | Unset = UNSET,
    ready_to_send: bool | Unset = UNSET,
    is_approved: bool | Unset = UNSET,
    has_sending: bool | Unset = UNSET,
    embedded: list[MailingEmbeddedParamItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["afterId"] = after_id

    params["pageSize"] = page_size

    params["createdAfter"] = created_after

    params["createdBefore"] = created_before

    params["modifiedAfter"] = modified_after

    params["modifiedBefore"] = modified_before

    params["sentAfter"] = sent_after

    json_types: list[str] | Unset = UNSET
    if not isinstance(types, Unset):
        json_types = []
        for componentsschemas_mailing_types_param_item_data in types:
            componentsschemas_mailing_types_param_item = (
                componentsschemas_mailing_types_param_item_data.value
            )
            json_types.append(componentsschemas_mailing_types_param_item)

    params["types"] = json_types

    json_list_ids: list[int] | Unset = UNSET
    if not isinstance(list_ids, Unset):
        json_list_ids = list_ids

    params["listIds"] = json_list_ids

    params["readyToSend"] = ready_to_send

    params["isApproved"] = is_approved

    params["hasSending"] = has_sending

    json_embedded: list[str] | Unset = UNSET
    if not isinstance(embedded, Unset):
        json_embedded = []
        for componentsschemas_mailing_embedded_param_item_data in embedded:
            componentsschemas_mailing_embedded_param_item = (
                componentsschemas_mailing_embedded_param_item_data.value
            )
            json_embedded.append(componentsschemas_mailing_embedded_param_item)

    params["embedded"] = json_embedded

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mailings",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MailingCollection | Problem | None:
    if response.status_code == 200:
        response_200 = MailingCollection.from_dict(response.json())

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
) -> Response[MailingCollection | Problem]:
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
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    modified_after: str | Unset = UNSET,
    modified_before: str | Unset = UNSET,
    sent_after: str | Unset = UNSET,
    types: list[MailingType] | Unset = UNSET,
    list_ids: list[int] | Unset = UNSET,
    ready_to_send: bool | Unset = UNSET,
    is_approved: bool | Unset = UNSET,
    has_sending: bool | Unset = UNSET,
    embedded: list[MailingEmbeddedParamItem] | Unset = UNSET,
) -> Response[MailingCollection | Problem]:
    """Retrieve mailing collection

     Returns the first page of mailings of all types (cursor paged). Regular mailings can embed their
    statistics with `embedded`.

    Args:
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.
        created_after (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an
            offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API
            description), pattern-checked rather than `date-time` because the documented requests send
            `+0000`. Example: 2016-02-04T10:30:12Z.
        created_before (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an
            offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API
            description), pattern-checked rather than `date-time` because the documented requests send
            `+0000`. Example: 2016-02-04T10:30:12Z.
        modified_after (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an
            offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API
            description), pattern-checked rather than `date-time` because the documented requests send
            `+0000`. Example: 2016-02-04T10:30:12Z.
        modified_before (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an
            offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API
            description), pattern-checked rather than `date-time` because the documented requests send
            `+0000`. Example: 2016-02-04T10:30:12Z.
        sent_after (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an offset
            `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API description),
            pattern-checked rather than `date-time` because the documented requests send `+0000`.
            Example: 2016-02-04T10:30:12Z.
        types (list[MailingType] | Unset): Mailing types, sent repeated (`a=1&a=2`, as the
            service's own self links do) or comma-separated (`a=1,2`); the doc: "more than one value
            can be specified with multiple query parameters or comma separated list". Example:
            ['REGULAR_MAILING'].
        list_ids (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`, as the service's own
            self links do) or comma-separated (`a=1,2`); the doc: "more than one value can be
            specified with multiple query parameters or comma separated list". Example: [1, 2, 3].
        ready_to_send (bool | Unset):
        is_approved (bool | Unset):
        has_sending (bool | Unset):
        embedded (list[MailingEmbeddedParamItem] | Unset): Embeddable relations of a mailing, sent
            repeated (`a=1&a=2`, as the service's own self links do) or comma-separated (`a=1,2`); the
            doc: "more than one value can be specified with multiple query parameters or comma
            separated list". Example: ['inx:response-statistics', 'inx:sending-statistics'].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MailingCollection | Problem]
    """

    kwargs = _get_kwargs(
        after_id=after_id,
        page_size=page_size,
        created_after=created_after,
        created_before=created_before,
        modified_after=modified_after,
        modified_before=modified_before,
        sent_after=sent_after,
        types=types,
        list_ids=list_ids,
        ready_to_send=ready_to_send,
        is_approved=is_approved,
        has_sending=has_sending,
        embedded=embedded,
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
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    modified_after: str | Unset = UNSET,
    modified_before: str | Unset = UNSET,
    sent_after: str | Unset = UNSET,
    types: list[MailingType] | Unset = UNSET,
    list_ids: list[int] | Unset = UNSET,
    ready_to_send: bool | Unset = UNSET,
    is_approved: bool | Unset = UNSET,
    has_sending: bool | Unset = UNSET,
    embedded: list[MailingEmbeddedParamItem] | Unset = UNSET,
) -> MailingCollection | Problem | None:
    """Retrieve mailing collection

     Returns the first page of mailings of all types (cursor paged). Regular mailings can embed their
    statistics with `embedded`.

    Args:
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.
        created_after (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an
            offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API
            description), pattern-checked rather than `date-time` because the documented requests send
            `+0000`. Example: 2016-02-04T10:30:12Z.
        created_before (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an
            offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API
            description), pattern-checked rather than `date-time` because the documented requests send
            `+0000`. Example: 2016-02-04T10:30:12Z.
        modified_after (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an
            offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API
            description), pattern-checked rather than `date-time` because the documented requests send
            `+0000`. Example: 2016-02-04T10:30:12Z.
        modified_before (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an
            offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API
            description), pattern-checked rather than `date-time` because the documented requests send
            `+0000`. Example: 2016-02-04T10:30:12Z.
        sent_after (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an offset
            `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API description),
            pattern-checked rather than `date-time` because the documented requests send `+0000`.
            Example: 2016-02-04T10:30:12Z.
        types (list[MailingType] | Unset): Mailing types, sent repeated (`a=1&a=2`, as the
            service's own self links do) or comma-separated (`a=1,2`); the doc: "more than one value
            can be specified with multiple query parameters or comma separated list". Example:
            ['REGULAR_MAILING'].
        list_ids (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`, as the service's own
            self links do) or comma-separated (`a=1,2`); the doc: "more than one value can be
            specified with multiple query parameters or comma separated list". Example: [1, 2, 3].
        ready_to_send (bool | Unset):
        is_approved (bool | Unset):
        has_sending (bool | Unset):
        embedded (list[MailingEmbeddedParamItem] | Unset): Embeddable relations of a mailing, sent
            repeated (`a=1&a=2`, as the service's own self links do) or comma-separated (`a=1,2`); the
            doc: "more than one value can be specified with multiple query parameters or comma
            separated list". Example: ['inx:response-statistics', 'inx:sending-statistics'].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MailingCollection | Problem
    """

    return sync_detailed(
        client=client,
        after_id=after_id,
        page_size=page_size,
        created_after=created_after,
        created_before=created_before,
        modified_after=modified_after,
        modified_before=modified_before,
        sent_after=sent_after,
        types=types,
        list_ids=list_ids,
        ready_to_send=ready_to_send,
        is_approved=is_approved,
        has_sending=has_sending,
        embedded=embedded,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    modified_after: str | Unset = UNSET,
    modified_before: str | Unset = UNSET,
    sent_after: str | Unset = UNSET,
    types: list[MailingType] | Unset = UNSET,
    list_ids: list[int] | Unset = UNSET,
    ready_to_send: bool | Unset = UNSET,
    is_approved: bool | Unset = UNSET,
    has_sending: bool | Unset = UNSET,
    embedded: list[MailingEmbeddedParamItem] | Unset = UNSET,
) -> Response[MailingCollection | Problem]:
    """Retrieve mailing collection

     Returns the first page of mailings of all types (cursor paged). Regular mailings can embed their
    statistics with `embedded`.

    Args:
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.
        created_after (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an
            offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API
            description), pattern-checked rather than `date-time` because the documented requests send
            `+0000`. Example: 2016-02-04T10:30:12Z.
        created_before (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an
            offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API
            description), pattern-checked rather than `date-time` because the documented requests send
            `+0000`. Example: 2016-02-04T10:30:12Z.
        modified_after (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an
            offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API
            description), pattern-checked rather than `date-time` because the documented requests send
            `+0000`. Example: 2016-02-04T10:30:12Z.
        modified_before (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an
            offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API
            description), pattern-checked rather than `date-time` because the documented requests send
            `+0000`. Example: 2016-02-04T10:30:12Z.
        sent_after (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an offset
            `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API description),
            pattern-checked rather than `date-time` because the documented requests send `+0000`.
            Example: 2016-02-04T10:30:12Z.
        types (list[MailingType] | Unset): Mailing types, sent repeated (`a=1&a=2`, as the
            service's own self links do) or comma-separated (`a=1,2`); the doc: "more than one value
            can be specified with multiple query parameters or comma separated list". Example:
            ['REGULAR_MAILING'].
        list_ids (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`, as the service's own
            self links do) or comma-separated (`a=1,2`); the doc: "more than one value can be
            specified with multiple query parameters or comma separated list". Example: [1, 2, 3].
        ready_to_send (bool | Unset):
        is_approved (bool | Unset):
        has_sending (bool | Unset):
        embedded (list[MailingEmbeddedParamItem] | Unset): Embeddable relations of a mailing, sent
            repeated (`a=1&a=2`, as the service's own self links do) or comma-separated (`a=1,2`); the
            doc: "more than one value can be specified with multiple query parameters or comma
            separated list". Example: ['inx:response-statistics', 'inx:sending-statistics'].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MailingCollection | Problem]
    """

    kwargs = _get_kwargs(
        after_id=after_id,
        page_size=page_size,
        created_after=created_after,
        created_before=created_before,
        modified_after=modified_after,
        modified_before=modified_before,
        sent_after=sent_after,
        types=types,
        list_ids=list_ids,
        ready_to_send=ready_to_send,
        is_approved=is_approved,
        has_sending=has_sending,
        embedded=embedded,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    modified_after: str | Unset = UNSET,
    modified_before: str | Unset = UNSET,
    sent_after: str | Unset = UNSET,
    types: list[MailingType] | Unset = UNSET,
    list_ids: list[int] | Unset = UNSET,
    ready_to_send: bool | Unset = UNSET,
    is_approved: bool | Unset = UNSET,
    has_sending: bool | Unset = UNSET,
    embedded: list[MailingEmbeddedParamItem] | Unset = UNSET,
) -> MailingCollection | Problem | None:
    """Retrieve mailing collection

     Returns the first page of mailings of all types (cursor paged). Regular mailings can embed their
    statistics with `embedded`.

    Args:
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.
        created_after (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an
            offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API
            description), pattern-checked rather than `date-time` because the documented requests send
            `+0000`. Example: 2016-02-04T10:30:12Z.
        created_before (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an
            offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API
            description), pattern-checked rather than `date-time` because the documented requests send
            `+0000`. Example: 2016-02-04T10:30:12Z.
        modified_after (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an
            offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API
            description), pattern-checked rather than `date-time` because the documented requests send
            `+0000`. Example: 2016-02-04T10:30:12Z.
        modified_before (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an
            offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API
            description), pattern-checked rather than `date-time` because the documented requests send
            `+0000`. Example: 2016-02-04T10:30:12Z.
        sent_after (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an offset
            `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API description),
            pattern-checked rather than `date-time` because the documented requests send `+0000`.
            Example: 2016-02-04T10:30:12Z.
        types (list[MailingType] | Unset): Mailing types, sent repeated (`a=1&a=2`, as the
            service's own self links do) or comma-separated (`a=1,2`); the doc: "more than one value
            can be specified with multiple query parameters or comma separated list". Example:
            ['REGULAR_MAILING'].
        list_ids (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`, as the service's own
            self links do) or comma-separated (`a=1,2`); the doc: "more than one value can be
            specified with multiple query parameters or comma separated list". Example: [1, 2, 3].
        ready_to_send (bool | Unset):
        is_approved (bool | Unset):
        has_sending (bool | Unset):
        embedded (list[MailingEmbeddedParamItem] | Unset): Embeddable relations of a mailing, sent
            repeated (`a=1&a=2`, as the service's own self links do) or comma-separated (`a=1,2`); the
            doc: "more than one value can be specified with multiple query parameters or comma
            separated list". Example: ['inx:response-statistics', 'inx:sending-statistics'].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MailingCollection | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            after_id=after_id,
            page_size=page_size,
            created_after=created_after,
            created_before=created_before,
            modified_after=modified_after,
            modified_before=modified_before,
            sent_after=sent_after,
            types=types,
            list_ids=list_ids,
            ready_to_send=ready_to_send,
            is_approved=is_approved,
            has_sending=has_sending,
            embedded=embedded,
        )
    ).parsed
