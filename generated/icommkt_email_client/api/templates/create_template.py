from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.create_template_request import CreateTemplateRequest
from ...models.template_saved import TemplateSaved
from ...types import Response


def _get_kwargs(
    *,
    body: CreateTemplateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/templates",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | TemplateSaved | None:
    if response.status_code == 200:
        response_200 = TemplateSaved.from_dict(response.json())

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
) -> Response[ApiError | TemplateSaved]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTemplateRequest,
) -> Response[ApiError | TemplateSaved]:
    """Create a template

     Creates a standard or layout template. `Name` is required; `HtmlBody` or `TextBody` is required;
    `Subject` is required for standard templates and not allowed for layouts; a layout needs exactly one
    content placeholder ({{{@content}}}) in each body (ErrorCode 1131) and may not name a
    `LayoutTemplate`. `TemplateType` cannot change after creation. Exceeding the server's active
    template limit is ErrorCode 1105 (the Templates section says 300, the error list 1,000).

    Args:
        body (CreateTemplateRequest): `HtmlBody` or `TextBody` is required; `Subject` is required
            for standard templates and refused for layouts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | TemplateSaved]
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
    body: CreateTemplateRequest,
) -> ApiError | TemplateSaved | None:
    """Create a template

     Creates a standard or layout template. `Name` is required; `HtmlBody` or `TextBody` is required;
    `Subject` is required for standard templates and not allowed for layouts; a layout needs exactly one
    content placeholder ({{{@content}}}) in each body (ErrorCode 1131) and may not name a
    `LayoutTemplate`. `TemplateType` cannot change after creation. Exceeding the server's active
    template limit is ErrorCode 1105 (the Templates section says 300, the error list 1,000).

    Args:
        body (CreateTemplateRequest): `HtmlBody` or `TextBody` is required; `Subject` is required
            for standard templates and refused for layouts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | TemplateSaved
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTemplateRequest,
) -> Response[ApiError | TemplateSaved]:
    """Create a template

     Creates a standard or layout template. `Name` is required; `HtmlBody` or `TextBody` is required;
    `Subject` is required for standard templates and not allowed for layouts; a layout needs exactly one
    content placeholder ({{{@content}}}) in each body (ErrorCode 1131) and may not name a
    `LayoutTemplate`. `TemplateType` cannot change after creation. Exceeding the server's active
    template limit is ErrorCode 1105 (the Templates section says 300, the error list 1,000).

    Args:
        body (CreateTemplateRequest): `HtmlBody` or `TextBody` is required; `Subject` is required
            for standard templates and refused for layouts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | TemplateSaved]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTemplateRequest,
) -> ApiError | TemplateSaved | None:
    """Create a template

     Creates a standard or layout template. `Name` is required; `HtmlBody` or `TextBody` is required;
    `Subject` is required for standard templates and not allowed for layouts; a layout needs exactly one
    content placeholder ({{{@content}}}) in each body (ErrorCode 1131) and may not name a
    `LayoutTemplate`. `TemplateType` cannot change after creation. Exceeding the server's active
    template limit is ErrorCode 1105 (the Templates section says 300, the error list 1,000).

    Args:
        body (CreateTemplateRequest): `HtmlBody` or `TextBody` is required; `Subject` is required
            for standard templates and refused for layouts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | TemplateSaved
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
