from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.link_type import LinkType
from ...models.mailing_link_collection import MailingLinkCollection
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    types: list[LinkType] | Unset = UNSET,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_types: list[str] | Unset = UNSET
    if not isinstance(types, Unset):
        json_types = []
        for componentsschemas_link_types_param_item_data in types:
            componentsschemas_link_types_param_item = (
                componentsschemas_link_types_param_item_data.value
            )
            json_types.append(componentsschemas_link_types_param_item)

    params["types"] = json_types

    params["afterId"] = after_id

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mailings/{id}/links".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MailingLinkCollection | Problem | None:
    if response.status_code == 200:
        response_200 = MailingLinkCollection.from_dict(response.json())

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
) -> Response[MailingLinkCollection | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    types: list[LinkType] | Unset = UNSET,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
) -> Response[MailingLinkCollection | Problem]:
    """Retrieve the links of a mailing

     Returns the first page of the links contained in the mailing (cursor paged).

    Args:
        id (int):
        types (list[LinkType] | Unset): Link types, sent repeated (`a=1&a=2`, as the service's own
            self links do) or comma-separated (`a=1,2`); the doc: "more than one value can be
            specified with multiple query parameters or comma separated list". Example:
            ['UNIQUE_COUNT'].
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MailingLinkCollection | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        types=types,
        after_id=after_id,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    types: list[LinkType] | Unset = UNSET,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
) -> MailingLinkCollection | Problem | None:
    """Retrieve the links of a mailing

     Returns the first page of the links contained in the mailing (cursor paged).

    Args:
        id (int):
        types (list[LinkType] | Unset): Link types, sent repeated (`a=1&a=2`, as the service's own
            self links do) or comma-separated (`a=1,2`); the doc: "more than one value can be
            specified with multiple query parameters or comma separated list". Example:
            ['UNIQUE_COUNT'].
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MailingLinkCollection | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
        types=types,
        after_id=after_id,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    types: list[LinkType] | Unset = UNSET,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
) -> Response[MailingLinkCollection | Problem]:
    """Retrieve the links of a mailing

     Returns the first page of the links contained in the mailing (cursor paged).

    Args:
        id (int):
        types (list[LinkType] | Unset): Link types, sent repeated (`a=1&a=2`, as the service's own
            self links do) or comma-separated (`a=1,2`); the doc: "more than one value can be
            specified with multiple query parameters or comma separated list". Example:
            ['UNIQUE_COUNT'].
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MailingLinkCollection | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        types=types,
        after_id=after_id,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    types: list[LinkType] | Unset = UNSET,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
) -> MailingLinkCollection | Problem | None:
    """Retrieve the links of a mailing

     Returns the first page of the links contained in the mailing (cursor paged).

    Args:
        id (int):
        types (list[LinkType] | Unset): Link types, sent repeated (`a=1&a=2`, as the service's own
            self links do) or comma-separated (`a=1,2`); the doc: "more than one value can be
            specified with multiple query parameters or comma separated list". Example:
            ['UNIQUE_COUNT'].
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MailingLinkCollection | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            types=types,
            after_id=after_id,
            page_size=page_size,
        )
    ).parsed
