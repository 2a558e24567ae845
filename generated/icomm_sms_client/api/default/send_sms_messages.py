from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.sms_request_envelope import SmsRequestEnvelope
from ...models.sms_response_envelope import SmsResponseEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: SmsRequestEnvelope,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms/3/messages",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | SmsResponseEnvelope | None:
    if response.status_code == 200:
        response_200 = SmsResponseEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ApiError.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ApiError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ApiError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | SmsResponseEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SmsRequestEnvelope,
) -> Response[ApiError | SmsResponseEnvelope]:
    """Send SMS message

     Sends one message to one person or customized messages to thousands of recipients in one request,
    with transliteration, scheduling and tracking; delivery reports can be pushed to the URL given in
    webhooks.delivery.url (see the receive-outbound-sms-message-reports webhook). This endpoint is the
    successor of the older Send SMS message and Send binary SMS message endpoints.

    Args:
        body (SmsRequestEnvelope): Request body of send_sms_messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SmsResponseEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SmsRequestEnvelope,
) -> ApiError | SmsResponseEnvelope | None:
    """Send SMS message

     Sends one message to one person or customized messages to thousands of recipients in one request,
    with transliteration, scheduling and tracking; delivery reports can be pushed to the URL given in
    webhooks.delivery.url (see the receive-outbound-sms-message-reports webhook). This endpoint is the
    successor of the older Send SMS message and Send binary SMS message endpoints.

    Args:
        body (SmsRequestEnvelope): Request body of send_sms_messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SmsResponseEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SmsRequestEnvelope,
) -> Response[ApiError | SmsResponseEnvelope]:
    """Send SMS message

     Sends one message to one person or customized messages to thousands of recipients in one request,
    with transliteration, scheduling and tracking; delivery reports can be pushed to the URL given in
    webhooks.delivery.url (see the receive-outbound-sms-message-reports webhook). This endpoint is the
    successor of the older Send SMS message and Send binary SMS message endpoints.

    Args:
        body (SmsRequestEnvelope): Request body of send_sms_messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SmsResponseEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SmsRequestEnvelope,
) -> ApiError | SmsResponseEnvelope | None:
    """Send SMS message

     Sends one message to one person or customized messages to thousands of recipients in one request,
    with transliteration, scheduling and tracking; delivery reports can be pushed to the URL given in
    webhooks.delivery.url (see the receive-outbound-sms-message-reports webhook). This endpoint is the
    successor of the older Send SMS message and Send binary SMS message endpoints.

    Args:
        body (SmsRequestEnvelope): Request body of send_sms_messages.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SmsResponseEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
