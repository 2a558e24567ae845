from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.edit_template_request import EditTemplateRequest
from ...models.template_saved import TemplateSaved
from ...types import Response


def _get_kwargs(
    template_id_or_alias: str,
    *,
    body: EditTemplateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/templates/{template_id_or_alias}".format(
            template_id_or_alias=quote(str(template_id_or_alias), safe=""),
        ),
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
    template_id_or_alias: str,
    *,
    client: AuthenticatedClient | Client,
    body: EditTemplateRequest,
) -> Response[ApiError | TemplateSaved]:
    """Edit a template

     Updates a template. The table marks Name, Subject, HtmlBody and TextBody required, with "HtmlBody
    required if TextBody is not specified" and the reverse; Subject is not allowed on layouts, so only
    `Name` is required here. `LayoutTemplate: ""` removes the layout. The documentation shows no
    response; as in Postmark it is the saved template's summary.

    Args:
        template_id_or_alias (str): A numeric TemplateId or a template alias.
        body (EditTemplateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | TemplateSaved]
    """

    kwargs = _get_kwargs(
        template_id_or_alias=template_id_or_alias,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    template_id_or_alias: str,
    *,
    client: AuthenticatedClient | Client,
    body: EditTemplateRequest,
) -> ApiError | TemplateSaved | None:
    """Edit a template

     Updates a template. The table marks Name, Subject, HtmlBody and TextBody required, with "HtmlBody
    required if TextBody is not specified" and the reverse; Subject is not allowed on layouts, so only
    `Name` is required here. `LayoutTemplate: ""` removes the layout. The documentation shows no
    response; as in Postmark it is the saved template's summary.

    Args:
        template_id_or_alias (str): A numeric TemplateId or a template alias.
        body (EditTemplateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | TemplateSaved
    """

    return sync_detailed(
        template_id_or_alias=template_id_or_alias,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    template_id_or_alias: str,
    *,
    client: AuthenticatedClient | Client,
    body: EditTemplateRequest,
) -> Response[ApiError | TemplateSaved]:
    """Edit a template

     Updates a template. The table marks Name, Subject, HtmlBody and TextBody required, with "HtmlBody
    required if TextBody is not specified" and the reverse; Subject is not allowed on layouts, so only
    `Name` is required here. `LayoutTemplate: ""` removes the layout. The documentation shows no
    response; as in Postmark it is the saved template's summary.

    Args:
        template_id_or_alias (str): A numeric TemplateId or a template alias.
        body (EditTemplateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | TemplateSaved]
    """

    kwargs = _get_kwargs(
        template_id_or_alias=template_id_or_alias,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    template_id_or_alias: str,
    *,
    client: AuthenticatedClient | Client,
    body: EditTemplateRequest,
) -> ApiError | TemplateSaved | None:
    """Edit a template

     Updates a template. The table marks Name, Subject, HtmlBody and TextBody required, with "HtmlBody
    required if TextBody is not specified" and the reverse; Subject is not allowed on layouts, so only
    `Name` is required here. `LayoutTemplate: ""` removes the layout. The documentation shows no
    response; as in Postmark it is the saved template's summary.

    Args:
        template_id_or_alias (str): A numeric TemplateId or a template alias.
        body (EditTemplateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | TemplateSaved
    """

    return (
        await asyncio_detailed(
            template_id_or_alias=template_id_or_alias,
            client=client,
            body=body,
        )
    ).parsed
