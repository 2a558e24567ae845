from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.disposition import Disposition
from ...models.errors import Errors
from ...models.read_disposition import ReadDisposition
from ...models.search_response import SearchResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    message_id: str | Unset = UNSET,
    node_id: str | Unset = UNSET,
    node_name: str | Unset = UNSET,
    node_type: str | Unset = UNSET,
    link_id: str | Unset = UNSET,
    link_name: str | Unset = UNSET,
    link_type: str | Unset = UNSET,
    sender_address: str | Unset = UNSET,
    recipient_address: str | Unset = UNSET,
    proxy_address: str | Unset = UNSET,
    conversation_id: str | Unset = UNSET,
    disposition: Disposition | Unset = UNSET,
    read_disposition: ReadDisposition | Unset = UNSET,
    fields: str | Unset = UNSET,
    order: str | Unset = "receive_date_ASC,delivery_date_DESC",
    page: int | Unset = 1,
    limit: int | Unset = 20000,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_date"] = start_date

    params["end_date"] = end_date

    params["message_id"] = message_id

    params["node_id"] = node_id

    params["node_name"] = node_name

    params["node_type"] = node_type

    params["link_id"] = link_id

    params["link_name"] = link_name

    params["link_type"] = link_type

    params["sender_address"] = sender_address

    params["recipient_address"] = recipient_address

    params["proxy_address"] = proxy_address

    params["conversation_id"] = conversation_id

    json_disposition: str | Unset = UNSET
    if not isinstance(disposition, Unset):
        json_disposition = disposition.value

    params["disposition"] = json_disposition

    json_read_disposition: str | Unset = UNSET
    if not isinstance(read_disposition, Unset):
        json_read_disposition = read_disposition.value

    params["read_disposition"] = json_read_disposition

    params["fields"] = fields

    params["order"] = order

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/email/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Errors | SearchResponse | None:
    if response.status_code == 200:
        response_200 = SearchResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Errors.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Errors.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Errors | SearchResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    message_id: str | Unset = UNSET,
    node_id: str | Unset = UNSET,
    node_name: str | Unset = UNSET,
    node_type: str | Unset = UNSET,
    link_id: str | Unset = UNSET,
    link_name: str | Unset = UNSET,
    link_type: str | Unset = UNSET,
    sender_address: str | Unset = UNSET,
    recipient_address: str | Unset = UNSET,
    proxy_address: str | Unset = UNSET,
    conversation_id: str | Unset = UNSET,
    disposition: Disposition | Unset = UNSET,
    read_disposition: ReadDisposition | Unset = UNSET,
    fields: str | Unset = UNSET,
    order: str | Unset = "receive_date_ASC,delivery_date_DESC",
    page: int | Unset = 1,
    limit: int | Unset = 20000,
) -> Response[Errors | SearchResponse]:
    """Search tracked e-mails

     Returns the e-mails matching every given filter, paged by `page`/`limit`. Without a date range the
    search covers the current month up to the end of today (UTC). An empty page (past the last one) has
    an empty `results` array.

    Args:
        start_date (str | Unset): UTC date/time "YYYY-MM-DD HH:MM:SS" (not RFC 3339). The pattern
            checks the ranges of every part; 29 February is accepted in every year. Example:
            2021-06-26 14:49:27.
        end_date (str | Unset): UTC date/time "YYYY-MM-DD HH:MM:SS" (not RFC 3339). The pattern
            checks the ranges of every part; 29 February is accepted in every year. Example:
            2021-06-26 14:49:27.
        message_id (str | Unset):
        node_id (str | Unset):
        node_name (str | Unset):
        node_type (str | Unset):
        link_id (str | Unset):
        link_name (str | Unset):
        link_type (str | Unset):
        sender_address (str | Unset):
        recipient_address (str | Unset):
        proxy_address (str | Unset):
        conversation_id (str | Unset):
        disposition (Disposition | Unset): noMxRecord (no MX record, not retried), sent (accepted
            by the remote server), undeliverable (permanent error), queued (will retry), no_rules (no
            rules configured), rule_error (rule processing failed), received (being processed),
            received_bounced (sent, then bounced), expired (retries exhausted).
        read_disposition (ReadDisposition | Unset): unread until the web bug is loaded or a
            tracked link is clicked, then read.
        fields (str | Unset):
        order (str | Unset):  Default: 'receive_date_ASC,delivery_date_DESC'.
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | SearchResponse]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        message_id=message_id,
        node_id=node_id,
        node_name=node_name,
        node_type=node_type,
        link_id=link_id,
        link_name=link_name,
        link_type=link_type,
        sender_address=sender_address,
        recipient_address=recipient_address,
        proxy_address=proxy_address,
        conversation_id=conversation_id,
        disposition=disposition,
        read_disposition=read_disposition,
        fields=fields,
        order=order,
        page=page,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    message_id: str | Unset = UNSET,
    node_id: str | Unset = UNSET,
    node_name: str | Unset = UNSET,
    node_type: str | Unset = UNSET,
    link_id: str | Unset = UNSET,
    link_name: str | Unset = UNSET,
    link_type: str | Unset = UNSET,
    sender_address: str | Unset = UNSET,
    recipient_address: str | Unset = UNSET,
    proxy_address: str | Unset = UNSET,
    conversation_id: str | Unset = UNSET,
    disposition: Disposition | Unset = UNSET,
    read_disposition: ReadDisposition | Unset = UNSET,
    fields: str | Unset = UNSET,
    order: str | Unset = "receive_date_ASC,delivery_date_DESC",
    page: int | Unset = 1,
    limit: int | Unset = 20000,
) -> Errors | SearchResponse | None:
    """Search tracked e-mails

     Returns the e-mails matching every given filter, paged by `page`/`limit`. Without a date range the
    search covers the current month up to the end of today (UTC). An empty page (past the last one) has
    an empty `results` array.

    Args:
        start_date (str | Unset): UTC date/time "YYYY-MM-DD HH:MM:SS" (not RFC 3339). The pattern
            checks the ranges of every part; 29 February is accepted in every year. Example:
            2021-06-26 14:49:27.
        end_date (str | Unset): UTC date/time "YYYY-MM-DD HH:MM:SS" (not RFC 3339). The pattern
            checks the ranges of every part; 29 February is accepted in every year. Example:
            2021-06-26 14:49:27.
        message_id (str | Unset):
        node_id (str | Unset):
        node_name (str | Unset):
        node_type (str | Unset):
        link_id (str | Unset):
        link_name (str | Unset):
        link_type (str | Unset):
        sender_address (str | Unset):
        recipient_address (str | Unset):
        proxy_address (str | Unset):
        conversation_id (str | Unset):
        disposition (Disposition | Unset): noMxRecord (no MX record, not retried), sent (accepted
            by the remote server), undeliverable (permanent error), queued (will retry), no_rules (no
            rules configured), rule_error (rule processing failed), received (being processed),
            received_bounced (sent, then bounced), expired (retries exhausted).
        read_disposition (ReadDisposition | Unset): unread until the web bug is loaded or a
            tracked link is clicked, then read.
        fields (str | Unset):
        order (str | Unset):  Default: 'receive_date_ASC,delivery_date_DESC'.
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | SearchResponse
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
        message_id=message_id,
        node_id=node_id,
        node_name=node_name,
        node_type=node_type,
        link_id=link_id,
        link_name=link_name,
        link_type=link_type,
        sender_address=sender_address,
        recipient_address=recipient_address,
        proxy_address=proxy_address,
        conversation_id=conversation_id,
        disposition=disposition,
        read_disposition=read_disposition,
        fields=fields,
        order=order,
        page=page,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    message_id: str | Unset = UNSET,
    node_id: str | Unset = UNSET,
    node_name: str | Unset = UNSET,
    node_type: str | Unset = UNSET,
    link_id: str | Unset = UNSET,
    link_name: str | Unset = UNSET,
    link_type: str | Unset = UNSET,
    sender_address: str | Unset = UNSET,
    recipient_address: str | Unset = UNSET,
    proxy_address: str | Unset = UNSET,
    conversation_id: str | Unset = UNSET,
    disposition: Disposition | Unset = UNSET,
    read_disposition: ReadDisposition | Unset = UNSET,
    fields: str | Unset = UNSET,
    order: str | Unset = "receive_date_ASC,delivery_date_DESC",
    page: int | Unset = 1,
    limit: int | Unset = 20000,
) -> Response[Errors | SearchResponse]:
    """Search tracked e-mails

     Returns the e-mails matching every given filter, paged by `page`/`limit`. Without a date range the
    search covers the current month up to the end of today (UTC). An empty page (past the last one) has
    an empty `results` array.

    Args:
        start_date (str | Unset): UTC date/time "YYYY-MM-DD HH:MM:SS" (not RFC 3339). The pattern
            checks the ranges of every part; 29 February is accepted in every year. Example:
            2021-06-26 14:49:27.
        end_date (str | Unset): UTC date/time "YYYY-MM-DD HH:MM:SS" (not RFC 3339). The pattern
            checks the ranges of every part; 29 February is accepted in every year. Example:
            2021-06-26 14:49:27.
        message_id (str | Unset):
        node_id (str | Unset):
        node_name (str | Unset):
        node_type (str | Unset):
        link_id (str | Unset):
        link_name (str | Unset):
        link_type (str | Unset):
        sender_address (str | Unset):
        recipient_address (str | Unset):
        proxy_address (str | Unset):
        conversation_id (str | Unset):
        disposition (Disposition | Unset): noMxRecord (no MX record, not retried), sent (accepted
            by the remote server), undeliverable (permanent error), queued (will retry), no_rules (no
            rules configured), rule_error (rule processing failed), received (being processed),
            received_bounced (sent, then bounced), expired (retries exhausted).
        read_disposition (ReadDisposition | Unset): unread until the web bug is loaded or a
            tracked link is clicked, then read.
        fields (str | Unset):
        order (str | Unset):  Default: 'receive_date_ASC,delivery_date_DESC'.
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Errors | SearchResponse]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        message_id=message_id,
        node_id=node_id,
        node_name=node_name,
        node_type=node_type,
        link_id=link_id,
        link_name=link_name,
        link_type=link_type,
        sender_address=sender_address,
        recipient_address=recipient_address,
        proxy_address=proxy_address,
        conversation_id=conversation_id,
        disposition=disposition,
        read_disposition=read_disposition,
        fields=fields,
        order=order,
        page=page,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    message_id: str | Unset = UNSET,
    node_id: str | Unset = UNSET,
    node_name: str | Unset = UNSET,
    node_type: str | Unset = UNSET,
    link_id: str | Unset = UNSET,
    link_name: str | Unset = UNSET,
    link_type: str | Unset = UNSET,
    sender_address: str | Unset = UNSET,
    recipient_address: str | Unset = UNSET,
    proxy_address: str | Unset = UNSET,
    conversation_id: str | Unset = UNSET,
    disposition: Disposition | Unset = UNSET,
    read_disposition: ReadDisposition | Unset = UNSET,
    fields: str | Unset = UNSET,
    order: str | Unset = "receive_date_ASC,delivery_date_DESC",
    page: int | Unset = 1,
    limit: int | Unset = 20000,
) -> Errors | SearchResponse | None:
    """Search tracked e-mails

     Returns the e-mails matching every given filter, paged by `page`/`limit`. Without a date range the
    search covers the current month up to the end of today (UTC). An empty page (past the last one) has
    an empty `results` array.

    Args:
        start_date (str | Unset): UTC date/time "YYYY-MM-DD HH:MM:SS" (not RFC 3339). The pattern
            checks the ranges of every part; 29 February is accepted in every year. Example:
            2021-06-26 14:49:27.
        end_date (str | Unset): UTC date/time "YYYY-MM-DD HH:MM:SS" (not RFC 3339). The pattern
            checks the ranges of every part; 29 February is accepted in every year. Example:
            2021-06-26 14:49:27.
        message_id (str | Unset):
        node_id (str | Unset):
        node_name (str | Unset):
        node_type (str | Unset):
        link_id (str | Unset):
        link_name (str | Unset):
        link_type (str | Unset):
        sender_address (str | Unset):
        recipient_address (str | Unset):
        proxy_address (str | Unset):
        conversation_id (str | Unset):
        disposition (Disposition | Unset): noMxRecord (no MX record, not retried), sent (accepted
            by the remote server), undeliverable (permanent error), queued (will retry), no_rules (no
            rules configured), rule_error (rule processing failed), received (being processed),
            received_bounced (sent, then bounced), expired (retries exhausted).
        read_disposition (ReadDisposition | Unset): unread until the web bug is loaded or a
            tracked link is clicked, then read.
        fields (str | Unset):
        order (str | Unset):  Default: 'receive_date_ASC,delivery_date_DESC'.
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Errors | SearchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            message_id=message_id,
            node_id=node_id,
            node_name=node_name,
            node_type=node_type,
            link_id=link_id,
            link_name=link_name,
            link_type=link_type,
            sender_address=sender_address,
            recipient_address=recipient_address,
            proxy_address=proxy_address,
            conversation_id=conversation_id,
            disposition=disposition,
            read_disposition=read_disposition,
            fields=fields,
            order=order,
            page=page,
            limit=limit,
        )
    ).parsed
