from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.send_email_response import SendEmailResponse
from ...models.templated_email_message import TemplatedEmailMessage
from ...types import Response


def _get_kwargs(
    *,
    body: TemplatedEmailMessage,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/email/withTemplate",
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
    body: TemplatedEmailMessage,
) -> Response[ApiError | SendEmailResponse]:
    """Send email with template

     Sends one email rendered from a template: `TemplateId` or `TemplateAlias` selects the template (one
    of them is required; TemplateId wins when both are given) and `TemplateModel` fills it in; the
    template supplies Subject, HtmlBody and TextBody. `InlineCss` (default true) inlines the HTML's
    style blocks. Addressing rules are those of `send_email`. The documentation header shows a trailing
    slash (/email/withTemplate/) that its curl does not; both are accepted (as on every path). The
    documentation shows no response; as in Postmark it is the send result.

    Args:
        body (TemplatedEmailMessage): An email rendered from a template. `TemplateId` or
            `TemplateAlias` is required (TemplateId wins when both are given); the template supplies
            Subject, HtmlBody and TextBody.

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
    body: TemplatedEmailMessage,
) -> ApiError | SendEmailResponse | None:
    """Send email with template

     Sends one email rendered from a template: `TemplateId` or `TemplateAlias` selects the template (one
    of them is required; TemplateId wins when both are given) and `TemplateModel` fills it in; the
    template supplies Subject, HtmlBody and TextBody. `InlineCss` (default true) inlines the HTML's
    style blocks. Addressing rules are those of `send_email`. The documentation header shows a trailing
    slash (/email/withTemplate/) that its curl does not; both are accepted (as on every path). The
    documentation shows no response; as in Postmark it is the send result.

    Args:
        body (TemplatedEmailMessage): An email rendered from a template. `TemplateId` or
            `TemplateAlias` is required (TemplateId wins when both are given); the template supplies
            Subject, HtmlBody and TextBody.

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
    body: TemplatedEmailMessage,
) -> Response[ApiError | SendEmailResponse]:
    """Send email with template

     Sends one email rendered from a template: `TemplateId` or `TemplateAlias` selects the template (one
    of them is required; TemplateId wins when both are given) and `TemplateModel` fills it in; the
    template supplies Subject, HtmlBody and TextBody. `InlineCss` (default true) inlines the HTML's
    style blocks. Addressing rules are those of `send_email`. The documentation header shows a trailing
    slash (/email/withTemplate/) that its curl does not; both are accepted (as on every path). The
    documentation shows no response; as in Postmark it is the send result.

    Args:
        body (TemplatedEmailMessage): An email rendered from a template. `TemplateId` or
            `TemplateAlias` is required (TemplateId wins when both are given); the template supplies
            Subject, HtmlBody and TextBody.

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
    body: TemplatedEmailMessage,
) -> ApiError | SendEmailResponse | None:
    """Send email with template

     Sends one email rendered from a template: `TemplateId` or `TemplateAlias` selects the template (one
    of them is required; TemplateId wins when both are given) and `TemplateModel` fills it in; the
    template supplies Subject, HtmlBody and TextBody. `InlineCss` (default true) inlines the HTML's
    style blocks. Addressing rules are those of `send_email`. The documentation header shows a trailing
    slash (/email/withTemplate/) that its curl does not; both are accepted (as on every path). The
    documentation shows no response; as in Postmark it is the send result.

    Args:
        body (TemplatedEmailMessage): An email rendered from a template. `TemplateId` or
            `TemplateAlias` is required (TemplateId wins when both are given); the template supplies
            Subject, HtmlBody and TextBody.

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
