from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_sending_protocol_entries_embedded_item import (
    ListSendingProtocolEntriesEmbeddedItem,
)
from ...models.problem import Problem
from ...models.sending_protocol_entry_collection import SendingProtocolEntryCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    sending_id: int,
    *,
    embedded: list[ListSendingProtocolEntriesEmbeddedItem] | Unset = UNSET,
    recipient_attributes: list[str] | Unset = UNSET,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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

    params["afterId"] = after_id

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sendings/{sending_id}/protocol".format(
            sending_id=quote(str(sending_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SendingProtocolEntryCollection | None:
    if response.status_code == 200:
        response_200 = SendingProtocolEntryCollection.from_dict(response.json())

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
) -> Response[Problem | SendingProtocolEntryCollection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sending_id: int,
    *,
    client: AuthenticatedClient | Client,
    embedded: list[ListSendingProtocolEntriesEmbeddedItem] | Unset = UNSET,
    recipient_attributes: list[str] | Unset = UNSET,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
) -> Response[Problem | SendingProtocolEntryCollection]:
    """Retrieve sending protocol collection

     Returns the first page of the sending protocol (one entry per recipient of the sending, with the
    state of that recipient in the sending), cursor paged. With `embedded=inx:recipient` the recipient
    is embedded in the entries.

    Args:
        sending_id (int):
        embedded (list[ListSendingProtocolEntriesEmbeddedItem] | Unset):
        recipient_attributes (list[str] | Unset):
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SendingProtocolEntryCollection]
    """

    kwargs = _get_kwargs(
        sending_id=sending_id,
        embedded=embedded,
        recipient_attributes=recipient_attributes,
        after_id=after_id,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sending_id: int,
    *,
    client: AuthenticatedClient | Client,
    embedded: list[ListSendingProtocolEntriesEmbeddedItem] | Unset = UNSET,
    recipient_attributes: list[str] | Unset = UNSET,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
) -> Problem | SendingProtocolEntryCollection | None:
    """Retrieve sending protocol collection

     Returns the first page of the sending protocol (one entry per recipient of the sending, with the
    state of that recipient in the sending), cursor paged. With `embedded=inx:recipient` the recipient
    is embedded in the entries.

    Args:
        sending_id (int):
        embedded (list[ListSendingProtocolEntriesEmbeddedItem] | Unset):
        recipient_attributes (list[str] | Unset):
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SendingProtocolEntryCollection
    """

    return sync_detailed(
        sending_id=sending_id,
        client=client,
        embedded=embedded,
        recipient_attributes=recipient_attributes,
        after_id=after_id,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    sending_id: int,
    *,
    client: AuthenticatedClient | Client,
    embedded: list[ListSendingProtocolEntriesEmbeddedItem] | Unset = UNSET,
    recipient_attributes: list[str] | Unset = UNSET,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
) -> Response[Problem | SendingProtocolEntryCollection]:
    """Retrieve sending protocol collection

     Returns the first page of the sending protocol (one entry per recipient of the sending, with the
    state of that recipient in the sending), cursor paged. With `embedded=inx:recipient` the recipient
    is embedded in the entries.

    Args:
        sending_id (int):
        embedded (list[ListSendingProtocolEntriesEmbeddedItem] | Unset):
        recipient_attributes (list[str] | Unset):
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SendingProtocolEntryCollection]
    """

    kwargs = _get_kwargs(
        sending_id=sending_id,
        embedded=embedded,
        recipient_attributes=recipient_attributes,
        after_id=after_id,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sending_id: int,
    *,
    client: AuthenticatedClient | Client,
    embedded: list[ListSendingProtocolEntriesEmbeddedItem] | Unset = UNSET,
    recipient_attributes: list[str] | Unset = UNSET,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
) -> Problem | SendingProtocolEntryCollection | None:
    """Retrieve sending protocol collection

     Returns the first page of the sending protocol (one entry per recipient of the sending, with the
    state of that recipient in the sending), cursor paged. With `embedded=inx:recipient` the recipient
    is embedded in the entries.

    Args:
        sending_id (int):
        embedded (list[ListSendingProtocolEntriesEmbeddedItem] | Unset):
        recipient_attributes (list[str] | Unset):
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SendingProtocolEntryCollection
    """

    return (
        await asyncio_detailed(
            sending_id=sending_id,
            client=client,
            embedded=embedded,
            recipient_attributes=recipient_attributes,
            after_id=after_id,
            page_size=page_size,
        )
    ).parsed
