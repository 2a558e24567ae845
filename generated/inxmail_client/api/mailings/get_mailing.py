from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mailing import Mailing
from ...models.mailing_embedded_param_item import MailingEmbeddedParamItem
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    embedded: list[MailingEmbeddedParamItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_embedded: list[str] | Unset = UNSET
    if not isinstance(embedded, Unset):
        json_embedded = []
        for componentsschemas_mailing_embedded_param_item_data in embedded:
            componentsschemas_mailing_embedded_param_item = (
                componentsschemas_mailing_embedded_param_item_data.value
            )
            json_embedded.append(componentsschemas_mailing_embedded_param_item)

    params["embedded"] = json_embedded

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mailings/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Mailing | Problem | None:
    if response.status_code == 200:
        response_200 = Mailing.from_dict(response.json())

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
) -> Response[Mailing | Problem]:
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
    embedded: list[MailingEmbeddedParamItem] | Unset = UNSET,
) -> Response[Mailing | Problem]:
    """Retrieve single mailing

     Returns the requested mailing (any type), optionally with embedded sending and response statistics
    (REGULAR_MAILING only; present only when they exist).

    Args:
        id (int):
        embedded (list[MailingEmbeddedParamItem] | Unset): Embeddable relations of a mailing, sent
            repeated (`a=1&a=2`, as the service's own self links do) or comma-separated (`a=1,2`); the
            doc: "more than one value can be specified with multiple query parameters or comma
            separated list". Example: ['inx:response-statistics', 'inx:sending-statistics'].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Mailing | Problem]
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
    embedded: list[MailingEmbeddedParamItem] | Unset = UNSET,
) -> Mailing | Problem | None:
    """Retrieve single mailing

     Returns the requested mailing (any type), optionally with embedded sending and response statistics
    (REGULAR_MAILING only; present only when they exist).

    Args:
        id (int):
        embedded (list[MailingEmbeddedParamItem] | Unset): Embeddable relations of a mailing, sent
            repeated (`a=1&a=2`, as the service's own self links do) or comma-separated (`a=1,2`); the
            doc: "more than one value can be specified with multiple query parameters or comma
            separated list". Example: ['inx:response-statistics', 'inx:sending-statistics'].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Mailing | Problem
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
    embedded: list[MailingEmbeddedParamItem] | Unset = UNSET,
) -> Response[Mailing | Problem]:
    """Retrieve single mailing

     Returns the requested mailing (any type), optionally with embedded sending and response statistics
    (REGULAR_MAILING only; present only when they exist).

    Args:
        id (int):
        embedded (list[MailingEmbeddedParamItem] | Unset): Embeddable relations of a mailing, sent
            repeated (`a=1&a=2`, as the service's own self links do) or comma-separated (`a=1,2`); the
            doc: "more than one value can be specified with multiple query parameters or comma
            separated list". Example: ['inx:response-statistics', 'inx:sending-statistics'].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Mailing | Problem]
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
    embedded: list[MailingEmbeddedParamItem] | Unset = UNSET,
) -> Mailing | Problem | None:
    """Retrieve single mailing

     Returns the requested mailing (any type), optionally with embedded sending and response statistics
    (REGULAR_MAILING only; present only when they exist).

    Args:
        id (int):
        embedded (list[MailingEmbeddedParamItem] | Unset): Embeddable relations of a mailing, sent
            repeated (`a=1&a=2`, as the service's own self links do) or comma-separated (`a=1,2`); the
            doc: "more than one value can be specified with multiple query parameters or comma
            separated list". Example: ['inx:response-statistics', 'inx:sending-statistics'].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Mailing | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            embedded=embedded,
        )
    ).parsed
