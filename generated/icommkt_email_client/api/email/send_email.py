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
    body: EmailMessage,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/email",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | SendEmailResponse | None:
    if response.status_code == 200:
        response_200 = SendEmailResponse.from_dict(response.json())

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
) -> Response[ApiError | SendEmailResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EmailMessage,
) -> Response[ApiError | SendEmailResponse]:
    """Send a single email

     Sends one email. `From` must be a registered and confirmed Sender Signature (422 with ErrorCode 400
    or 401 otherwise) and may carry a name ("Full Name <sender@domain.com>"). `HtmlBody` or `TextBody`
    is required (both make a multipart message); each may be up to 5 MB and the whole message,
    attachments included and measured after base64 encoding, up to 10 MB. `To`, `Cc` and `Bcc` are
    comma-separated lists of at most 50 addresses together. A custom Message-ID header goes in
    `Headers`. A validation failure is ErrorCode 300, malformed JSON 402, missing fields 403, an
    inactive recipient 406 and a forbidden attachment type 411.

    Args:
        body (EmailMessage): An email to send. `HtmlBody` or `TextBody` is required (the reference
            marks both "required" with "if no TextBody/HtmlBody specified"; a schema keeps both
            optional for the generated model). `Subject` is not marked required by the documentation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SendEmailResponse]
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
    body: EmailMessage,
) -> ApiError | SendEmailResponse | None:
    """Send a single email

     Sends one email. `From` must be a registered and confirmed Sender Signature (422 with ErrorCode 400
    or 401 otherwise) and may carry a name ("Full Name <sender@domain.com>"). `HtmlBody` or `TextBody`
    is required (both make a multipart message); each may be up to 5 MB and the whole message,
    attachments included and measured after base64 encoding, up to 10 MB. `To`, `Cc` and `Bcc` are
    comma-separated lists of at most 50 addresses together. A custom Message-ID header goes in
    `Headers`. A validation failure is ErrorCode 300, malformed JSON 402, missing fields 403, an
    inactive recipient 406 and a forbidden attachment type 411.

    Args:
        body (EmailMessage): An email to send. `HtmlBody` or `TextBody` is required (the reference
            marks both "required" with "if no TextBody/HtmlBody specified"; a schema keeps both
            optional for the generated model). `Subject` is not marked required by the documentation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SendEmailResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EmailMessage,
) -> Response[ApiError | SendEmailResponse]:
    """Send a single email

     Sends one email. `From` must be a registered and confirmed Sender Signature (422 with ErrorCode 400
    or 401 otherwise) and may carry a name ("Full Name <sender@domain.com>"). `HtmlBody` or `TextBody`
    is required (both make a multipart message); each may be up to 5 MB and the whole message,
    attachments included and measured after base64 encoding, up to 10 MB. `To`, `Cc` and `Bcc` are
    comma-separated lists of at most 50 addresses together. A custom Message-ID header goes in
    `Headers`. A validation failure is ErrorCode 300, malformed JSON 402, missing fields 403, an
    inactive recipient 406 and a forbidden attachment type 411.

    Args:
        body (EmailMessage): An email to send. `HtmlBody` or `TextBody` is required (the reference
            marks both "required" with "if no TextBody/HtmlBody specified"; a schema keeps both
            optional for the generated model). `Subject` is not marked required by the documentation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SendEmailResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EmailMessage,
) -> ApiError | SendEmailResponse | None:
    """Send a single email

     Sends one email. `From` must be a registered and confirmed Sender Signature (422 with ErrorCode 400
    or 401 otherwise) and may carry a name ("Full Name <sender@domain.com>"). `HtmlBody` or `TextBody`
    is required (both make a multipart message); each may be up to 5 MB and the whole message,
    attachments included and measured after base64 encoding, up to 10 MB. `To`, `Cc` and `Bcc` are
    comma-separated lists of at most 50 addresses together. A custom Message-ID header goes in
    `Headers`. A validation failure is ErrorCode 300, malformed JSON 402, missing fields 403, an
    inactive recipient 406 and a forbidden attachment type 411.

    Args:
        body (EmailMessage): An email to send. `HtmlBody` or `TextBody` is required (the reference
            marks both "required" with "if no TextBody/HtmlBody specified"; a schema keeps both
            optional for the generated model). `Subject` is not marked required by the documentation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SendEmailResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
