from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.email_message import EmailMessage
from ...models.send_email_response import SendEmailResponse
from ...types import Response


def _get_kwargs(
    *,
    body: list[EmailMessage],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/email/batch",
    }

    _kwargs["json"] = []
    for componentsschemas_email_batch_item_data in body:
        componentsschemas_email_batch_item = (
            componentsschemas_email_batch_item_data.to_dict()
        )
        _kwargs["json"].append(componentsschemas_email_batch_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | list[SendEmailResponse] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_send_email_batch_response_item_data in _response_200:
            componentsschemas_send_email_batch_response_item = (
                SendEmailResponse.from_dict(
                    componentsschemas_send_email_batch_response_item_data
                )
            )

            response_200.append(componentsschemas_send_email_batch_response_item)

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
) -> Response[ApiError | list[SendEmailResponse]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[EmailMessage],
) -> Response[ApiError | list[SendEmailResponse]]:
    """Send batch emails

     Sends up to 500 messages in one call (more is ErrorCode 410). Each message follows the rules of
    `send_email`. The response holds one result per message, in request order; a message that failed has
    a non-zero `ErrorCode` and no `MessageID`.

    Args:
        body (list[EmailMessage]): Up to 500 messages (ErrorCode 410 beyond).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[SendEmailResponse]]
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
    body: list[EmailMessage],
) -> ApiError | list[SendEmailResponse] | None:
    """Send batch emails

     Sends up to 500 messages in one call (more is ErrorCode 410). Each message follows the rules of
    `send_email`. The response holds one result per message, in request order; a message that failed has
    a non-zero `ErrorCode` and no `MessageID`.

    Args:
        body (list[EmailMessage]): Up to 500 messages (ErrorCode 410 beyond).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[SendEmailResponse]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[EmailMessage],
) -> Response[ApiError | list[SendEmailResponse]]:
    """Send batch emails

     Sends up to 500 messages in one call (more is ErrorCode 410). Each message follows the rules of
    `send_email`. The response holds one result per message, in request order; a message that failed has
    a non-zero `ErrorCode` and no `MessageID`.

    Args:
        body (list[EmailMessage]): Up to 500 messages (ErrorCode 410 beyond).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[SendEmailResponse]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[EmailMessage],
) -> ApiError | list[SendEmailResponse] | None:
    """Send batch emails

     Sends up to 500 messages in one call (more is ErrorCode 410). Each message follows the rules of
    `send_email`. The response holds one result per message, in request order; a message that failed has
    a non-zero `ErrorCode` and no `MessageID`.

    Args:
        body (list[EmailMessage]): Up to 500 messages (ErrorCode 410 beyond).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[SendEmailResponse]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
