from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.regular_mailing import RegularMailing
from ...models.regular_mailing_patch import RegularMailingPatch
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: RegularMailingPatch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/regular-mailings/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/merge-patch+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RegularMailing | None:
    if response.status_code == 200:
        response_200 = RegularMailing.from_dict(response.json())

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

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

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
) -> Response[Problem | RegularMailing]:
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
    body: RegularMailingPatch,
) -> Response[Problem | RegularMailing]:
    """Update a regular mailing

     Modifies a regular mailing (JSON merge patch). The mailing must be in state DRAFT. `text` and `html`
    must fit the editor content type (e.g. no `html` for a text-only mailing). Violations result in
    validation errors. The documented response shows null for several fields (editorContentType,
    creationDate, scheduleDate, modificationDate).

    Args:
        id (int):
        body (RegularMailingPatch): JSON merge patch for a regular mailing in state DRAFT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RegularMailing]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: RegularMailingPatch,
) -> Problem | RegularMailing | None:
    """Update a regular mailing

     Modifies a regular mailing (JSON merge patch). The mailing must be in state DRAFT. `text` and `html`
    must fit the editor content type (e.g. no `html` for a text-only mailing). Violations result in
    validation errors. The documented response shows null for several fields (editorContentType,
    creationDate, scheduleDate, modificationDate).

    Args:
        id (int):
        body (RegularMailingPatch): JSON merge patch for a regular mailing in state DRAFT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RegularMailing
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: RegularMailingPatch,
) -> Response[Problem | RegularMailing]:
    """Update a regular mailing

     Modifies a regular mailing (JSON merge patch). The mailing must be in state DRAFT. `text` and `html`
    must fit the editor content type (e.g. no `html` for a text-only mailing). Violations result in
    validation errors. The documented response shows null for several fields (editorContentType,
    creationDate, scheduleDate, modificationDate).

    Args:
        id (int):
        body (RegularMailingPatch): JSON merge patch for a regular mailing in state DRAFT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RegularMailing]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: RegularMailingPatch,
) -> Problem | RegularMailing | None:
    """Update a regular mailing

     Modifies a regular mailing (JSON merge patch). The mailing must be in state DRAFT. `text` and `html`
    must fit the editor content type (e.g. no `html` for a text-only mailing). Violations result in
    validation errors. The documented response shows null for several fields (editorContentType,
    creationDate, scheduleDate, modificationDate).

    Args:
        id (int):
        body (RegularMailingPatch): JSON merge patch for a regular mailing in state DRAFT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RegularMailing
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
