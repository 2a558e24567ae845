from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_text_module_embedded_item import GetTextModuleEmbeddedItem
from ...models.problem import Problem
from ...models.text_module import TextModule
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    embedded: list[GetTextModuleEmbeddedItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_embedded: list[str] | Unset = UNSET
    if not isinstance(embedded, Unset):
        json_embedded = []
        for embedded_item_data in embedded:
            embedded_item = embedded_item_data.value
            json_embedded.append(embedded_item)

    params["embedded"] = json_embedded

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/text-modules/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TextModule | None:
    if response.status_code == 200:
        response_200 = TextModule.from_dict(response.json())

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
) -> Response[Problem | TextModule]:
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
    embedded: list[GetTextModuleEmbeddedItem] | Unset = UNSET,
) -> Response[Problem | TextModule]:
    """Retrieve single text module

     Returns the text module, optionally with embedded editor content, dynamic parameters and used
    recipient attributes.

    Args:
        id (int):
        embedded (list[GetTextModuleEmbeddedItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TextModule]
    """

    kwargs = _get_kwargs(
        id=id,
        embedded=embedded,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    embedded: list[GetTextModuleEmbeddedItem] | Unset = UNSET,
) -> Problem | TextModule | None:
    """Retrieve single text module

     Returns the text module, optionally with embedded editor content, dynamic parameters and used
    recipient attributes.

    Args:
        id (int):
        embedded (list[GetTextModuleEmbeddedItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TextModule
    """

    return sync_detailed(
        id=id,
        client=client,
        embedded=embedded,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    embedded: list[GetTextModuleEmbeddedItem] | Unset = UNSET,
) -> Response[Problem | TextModule]:
    """Retrieve single text module

     Returns the text module, optionally with embedded editor content, dynamic parameters and used
    recipient attributes.

    Args:
        id (int):
        embedded (list[GetTextModuleEmbeddedItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TextModule]
    """

    kwargs = _get_kwargs(
        id=id,
        embedded=embedded,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    embedded: list[GetTextModuleEmbeddedItem] | Unset = UNSET,
) -> Problem | TextModule | None:
    """Retrieve single text module

     Returns the text module, optionally with embedded editor content, dynamic parameters and used
    recipient attributes.

    Args:
        id (int):
        embedded (list[GetTextModuleEmbeddedItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TextModule
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            embedded=embedded,
        )
    ).parsed
