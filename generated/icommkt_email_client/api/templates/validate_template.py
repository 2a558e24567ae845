from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.template_validation import TemplateValidation
from ...models.validate_template_request import ValidateTemplateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ValidateTemplateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/templates/validate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | TemplateValidation | None:
    if response.status_code == 200:
        response_200 = TemplateValidation.from_dict(response.json())

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
) -> Response[ApiError | TemplateValidation]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ValidateTemplateRequest,
) -> Response[ApiError | TemplateValidation]:
    """Validate a template

     Checks template content and renders it with `TestRenderModel`. At least one of Subject, HtmlBody and
    TextBody is required. The documentation shows no response; as in Postmark it reports per part
    whether the content is valid, its errors and the rendered text, plus a suggested model.

    Args:
        body (ValidateTemplateRequest): At least one of Subject, HtmlBody and TextBody is
            required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | TemplateValidation]
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
    body: ValidateTemplateRequest,
) -> ApiError | TemplateValidation | None:
    """Validate a template

     Checks template content and renders it with `TestRenderModel`. At least one of Subject, HtmlBody and
    TextBody is required. The documentation shows no response; as in Postmark it reports per part
    whether the content is valid, its errors and the rendered text, plus a suggested model.

    Args:
        body (ValidateTemplateRequest): At least one of Subject, HtmlBody and TextBody is
            required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | TemplateValidation
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ValidateTemplateRequest,
) -> Response[ApiError | TemplateValidation]:
    """Validate a template

     Checks template content and renders it with `TestRenderModel`. At least one of Subject, HtmlBody and
    TextBody is required. The documentation shows no response; as in Postmark it reports per part
    whether the content is valid, its errors and the rendered text, plus a suggested model.

    Args:
        body (ValidateTemplateRequest): At least one of Subject, HtmlBody and TextBody is
            required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | TemplateValidation]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ValidateTemplateRequest,
) -> ApiError | TemplateValidation | None:
    """Validate a template

     Checks template content and renders it with `TestRenderModel`. At least one of Subject, HtmlBody and
    TextBody is required. The documentation shows no response; as in Postmark it reports per part
    whether the content is valid, its errors and the rendered text, plus a suggested model.

    Args:
        body (ValidateTemplateRequest): At least one of Subject, HtmlBody and TextBody is
            required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | TemplateValidation
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
