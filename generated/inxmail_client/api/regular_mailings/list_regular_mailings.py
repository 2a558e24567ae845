from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mailing_embedded_param_item import MailingEmbeddedParamItem
from ...models.mailing_type import MailingType
from ...models.problem import Problem
from ...models.regular_mailing_collection import RegularMailingCollection
from ...models.regular_mailing_state import RegularMailingState
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
    sent_before: str | Unset = UNSET,
    types: list[MailingType] | Unset = UNSET,
    list_ids: list[int] | Unset = UNSET,
    ready_to_send: bool | Unset = UNSET,
    mailing_states: list[RegularMailingState] | Unset = UNSET,
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

    params["sentBefore"] = sent_before

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

    json_mailing_states: list[str] | Unset = UNSET
    if not isinstance(mailing_states, Unset):
        json_mailing_states = []
        for componentsschemas_regular_mailing_states_param_item_data in mailing_states:
            componentsschemas_regular_mailing_states_param_item = (
                componentsschemas_regular_mailing_states_param_item_data.value
            )
            json_mailing_states.append(
                componentsschemas_regular_mailing_states_param_item
            )

    params["mailingStates"] = json_mailing_states

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
        "url": "/regular-mailings",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RegularMailingCollection | None:
    if response.status_code == 200:
        response_200 = RegularMailingCollection.from_dict(response.json())

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
) -> Response[Problem | RegularMailingCollection]:
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
    sent_before: str | Unset = UNSET,
    types: list[MailingType] | Unset = UNSET,
    list_ids: list[int] | Unset = UNSET,
    ready_to_send: bool | Unset = UNSET,
    mailing_states: list[RegularMailingState] | Unset = UNSET,
    embedded: list[MailingEmbeddedParamItem] | Unset = UNSET,
) -> Response[Problem | RegularMailingCollection]:
    """Retrieve regular mailing collection

     Returns the first page of mailings of type REGULAR_MAILING (cursor paged). `sentAfter` and
    `sentBefore` match the end of a sending's send duration (a sending of a large mailing can take more
    than an hour): sentBefore means the send duration ended before that point in time, sentAfter that it
    ended after it.

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
        sent_before (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an offset
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
        mailing_states (list[RegularMailingState] | Unset): Regular mailing states, sent repeated
            (`a=1&a=2`, as the service's own self links do) or comma-separated (`a=1,2`); the doc:
            "more than one value can be specified with multiple query parameters or comma separated
            list". Example: ['FINISHED', 'DRAFT'].
        embedded (list[MailingEmbeddedParamItem] | Unset): Embeddable relations of a mailing, sent
            repeated (`a=1&a=2`, as the service's own self links do) or comma-separated (`a=1,2`); the
            doc: "more than one value can be specified with multiple query parameters or comma
            separated list". Example: ['inx:response-statistics', 'inx:sending-statistics'].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RegularMailingCollection]
    """

    kwargs = _get_kwargs(
        after_id=after_id,
        page_size=page_size,
        created_after=created_after,
        created_before=created_before,
        modified_after=modified_after,
        modified_before=modified_before,
        sent_after=sent_after,
        sent_before=sent_before,
        types=types,
        list_ids=list_ids,
        ready_to_send=ready_to_send,
        mailing_states=mailing_states,
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
    sent_before: str | Unset = UNSET,
    types: list[MailingType] | Unset = UNSET,
    list_ids: list[int] | Unset = UNSET,
    ready_to_send: bool | Unset = UNSET,
    mailing_states: list[RegularMailingState] | Unset = UNSET,
    embedded: list[MailingEmbeddedParamItem] | Unset = UNSET,
) -> Problem | RegularMailingCollection | None:
    """Retrieve regular mailing collection

     Returns the first page of mailings of type REGULAR_MAILING (cursor paged). `sentAfter` and
    `sentBefore` match the end of a sending's send duration (a sending of a large mailing can take more
    than an hour): sentBefore means the send duration ended before that point in time, sentAfter that it
    ended after it.

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
        sent_before (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an offset
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
        mailing_states (list[RegularMailingState] | Unset): Regular mailing states, sent repeated
            (`a=1&a=2`, as the service's own self links do) or comma-separated (`a=1,2`); the doc:
            "more than one value can be specified with multiple query parameters or comma separated
            list". Example: ['FINISHED', 'DRAFT'].
        embedded (list[MailingEmbeddedParamItem] | Unset): Embeddable relations of a mailing, sent
            repeated (`a=1&a=2`, as the service's own self links do) or comma-separated (`a=1,2`); the
            doc: "more than one value can be specified with multiple query parameters or comma
            separated list". Example: ['inx:response-statistics', 'inx:sending-statistics'].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RegularMailingCollection
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
        sent_before=sent_before,
        types=types,
        list_ids=list_ids,
        ready_to_send=ready_to_send,
        mailing_states=mailing_states,
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
    sent_before: str | Unset = UNSET,
    types: list[MailingType] | Unset = UNSET,
    list_ids: list[int] | Unset = UNSET,
    ready_to_send: bool | Unset = UNSET,
    mailing_states: list[RegularMailingState] | Unset = UNSET,
    embedded: list[MailingEmbeddedParamItem] | Unset = UNSET,
) -> Response[Problem | RegularMailingCollection]:
    """Retrieve regular mailing collection

     Returns the first page of mailings of type REGULAR_MAILING (cursor paged). `sentAfter` and
    `sentBefore` match the end of a sending's send duration (a sending of a large mailing can take more
    than an hour): sentBefore means the send duration ended before that point in time, sentAfter that it
    ended after it.

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
        sent_before (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an offset
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
        mailing_states (list[RegularMailingState] | Unset): Regular mailing states, sent repeated
            (`a=1&a=2`, as the service's own self links do) or comma-separated (`a=1,2`); the doc:
            "more than one value can be specified with multiple query parameters or comma separated
            list". Example: ['FINISHED', 'DRAFT'].
        embedded (list[MailingEmbeddedParamItem] | Unset): Embeddable relations of a mailing, sent
            repeated (`a=1&a=2`, as the service's own self links do) or comma-separated (`a=1,2`); the
            doc: "more than one value can be specified with multiple query parameters or comma
            separated list". Example: ['inx:response-statistics', 'inx:sending-statistics'].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RegularMailingCollection]
    """

    kwargs = _get_kwargs(
        after_id=after_id,
        page_size=page_size,
        created_after=created_after,
        created_before=created_before,
        modified_after=modified_after,
        modified_before=modified_before,
        sent_after=sent_after,
        sent_before=sent_before,
        types=types,
        list_ids=list_ids,
        ready_to_send=ready_to_send,
        mailing_states=mailing_states,
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
    sent_before: str | Unset = UNSET,
    types: list[MailingType] | Unset = UNSET,
    list_ids: list[int] | Unset = UNSET,
    ready_to_send: bool | Unset = UNSET,
    mailing_states: list[RegularMailingState] | Unset = UNSET,
    embedded: list[MailingEmbeddedParamItem] | Unset = UNSET,
) -> Problem | RegularMailingCollection | None:
    """Retrieve regular mailing collection

     Returns the first page of mailings of type REGULAR_MAILING (cursor paged). `sentAfter` and
    `sentBefore` match the end of a sending's send duration (a sending of a large mailing can take more
    than an hour): sentBefore means the send duration ended before that point in time, sentAfter that it
    ended after it.

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
        sent_before (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an offset
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
        mailing_states (list[RegularMailingState] | Unset): Regular mailing states, sent repeated
            (`a=1&a=2`, as the service's own self links do) or comma-separated (`a=1,2`); the doc:
            "more than one value can be specified with multiple query parameters or comma separated
            list". Example: ['FINISHED', 'DRAFT'].
        embedded (list[MailingEmbeddedParamItem] | Unset): Embeddable relations of a mailing, sent
            repeated (`a=1&a=2`, as the service's own self links do) or comma-separated (`a=1,2`); the
            doc: "more than one value can be specified with multiple query parameters or comma
            separated list". Example: ['inx:response-statistics', 'inx:sending-statistics'].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RegularMailingCollection
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
            sent_before=sent_before,
            types=types,
            list_ids=list_ids,
            ready_to_send=ready_to_send,
            mailing_states=mailing_states,
            embedded=embedded,
        )
    ).parsed
