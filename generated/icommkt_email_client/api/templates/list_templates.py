from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.template_list import TemplateList
from ...models.template_type_filter import TemplateTypeFilter
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    count: int,
    offset: int,
    template_type: TemplateTypeFilter | Unset = UNSET,
    layout_template: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["count"] = count

    params["offset"] = offset

    json_template_type: str | Unset = UNSET
    if not isinstance(template_type, Unset):
        json_template_type = template_type.value

    params["TemplateType"] = json_template_type

    params["LayoutTemplate"] = layout_template

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/templates",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | TemplateList | None:
    if response.status_code == 200:
        response_200 = TemplateList.from_dict(response.json())

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
) -> Response[ApiError | TemplateList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    count: int,
    offset: int,
    template_type: TemplateTypeFilter | Unset = UNSET,
    layout_template: str | Unset = UNSET,
) -> Response[ApiError | TemplateList]:
    """List templates

     The server's templates, paged by `count`/`offset` (the field table capitalises them Count/Offset,
    the curl does not; query names are case-insensitive). No maximum count is documented.

    Args:
        count (int):
        offset (int):
        template_type (TemplateTypeFilter | Unset):
        layout_template (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | TemplateList]
    """

    kwargs = _get_kwargs(
        count=count,
        offset=offset,
        template_type=template_type,
        layout_template=layout_template,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    count: int,
    offset: int,
    template_type: TemplateTypeFilter | Unset = UNSET,
    layout_template: str | Unset = UNSET,
) -> ApiError | TemplateList | None:
    """List templates

     The server's templates, paged by `count`/`offset` (the field table capitalises them Count/Offset,
    the curl does not; query names are case-insensitive). No maximum count is documented.

    Args:
        count (int):
        offset (int):
        template_type (TemplateTypeFilter | Unset):
        layout_template (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | TemplateList
    """

    return sync_detailed(
        client=client,
        count=count,
        offset=offset,
        template_type=template_type,
        layout_template=layout_template,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    count: int,
    offset: int,
    template_type: TemplateTypeFilter | Unset = UNSET,
    layout_template: str | Unset = UNSET,
) -> Response[ApiError | TemplateList]:
    """List templates

     The server's templates, paged by `count`/`offset` (the field table capitalises them Count/Offset,
    the curl does not; query names are case-insensitive). No maximum count is documented.

    Args:
        count (int):
        offset (int):
        template_type (TemplateTypeFilter | Unset):
        layout_template (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | TemplateList]
    """

    kwargs = _get_kwargs(
        count=count,
        offset=offset,
        template_type=template_type,
        layout_template=layout_template,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    count: int,
    offset: int,
    template_type: TemplateTypeFilter | Unset = UNSET,
    layout_template: str | Unset = UNSET,
) -> ApiError | TemplateList | None:
    """List templates

     The server's templates, paged by `count`/`offset` (the field table capitalises them Count/Offset,
    the curl does not; query names are case-insensitive). No maximum count is documented.

    Args:
        count (int):
        offset (int):
        template_type (TemplateTypeFilter | Unset):
        layout_template (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | TemplateList
    """

    return (
        await asyncio_detailed(
            client=client,
            count=count,
            offset=offset,
            template_type=template_type,
            layout_template=layout_template,
        )
    ).parsed
