from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.recipient import Recipient
from ...models.recipient_patch import RecipientPatch
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: RecipientPatch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/recipients/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/merge-patch+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Recipient | None:
    if response.status_code == 200:
        response_200 = Recipient.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

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
) -> Response[Problem | Recipient]:
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
    body: RecipientPatch,
) -> Response[Problem | Recipient]:
    """Patch a recipient by id

     Replaces the given fields (JSON merge patch, RFC 7396): missing fields are ignored, non-null values
    replace, null removes the value. Exceptions: `email` and `attributes` must not be null (they may be
    omitted); a null attribute value removes that attribute value. The response always contains all
    attributes. An email already assigned to another recipient results in duplicate-email (409); a
    blacklisted address in blacklisted (400).

    Args:
        id (int):
        body (RecipientPatch): JSON merge patch for a recipient. `email` and `attributes` may be
            omitted but must not be null; a null attribute value removes that value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Recipient]
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
    body: RecipientPatch,
) -> Problem | Recipient | None:
    """Patch a recipient by id

     Replaces the given fields (JSON merge patch, RFC 7396): missing fields are ignored, non-null values
    replace, null removes the value. Exceptions: `email` and `attributes` must not be null (they may be
    omitted); a null attribute value removes that attribute value. The response always contains all
    attributes. An email already assigned to another recipient results in duplicate-email (409); a
    blacklisted address in blacklisted (400).

    Args:
        id (int):
        body (RecipientPatch): JSON merge patch for a recipient. `email` and `attributes` may be
            omitted but must not be null; a null attribute value removes that value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Recipient
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
    body: RecipientPatch,
) -> Response[Problem | Recipient]:
    """Patch a recipient by id

     Replaces the given fields (JSON merge patch, RFC 7396): missing fields are ignored, non-null values
    replace, null removes the value. Exceptions: `email` and `attributes` must not be null (they may be
    omitted); a null attribute value removes that attribute value. The response always contains all
    attributes. An email already assigned to another recipient results in duplicate-email (409); a
    blacklisted address in blacklisted (400).

    Args:
        id (int):
        body (RecipientPatch): JSON merge patch for a recipient. `email` and `attributes` may be
            omitted but must not be null; a null attribute value removes that value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Recipient]
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
    body: RecipientPatch,
) -> Problem | Recipient | None:
    """Patch a recipient by id

     Replaces the given fields (JSON merge patch, RFC 7396): missing fields are ignored, non-null values
    replace, null removes the value. Exceptions: `email` and `attributes` must not be null (they may be
    omitted); a null attribute value removes that attribute value. The response always contains all
    attributes. An email already assigned to another recipient results in duplicate-email (409); a
    blacklisted address in blacklisted (400).

    Args:
        id (int):
        body (RecipientPatch): JSON merge patch for a recipient. `email` and `attributes` may be
            omitted but must not be null; a null attribute value removes that value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Recipient
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
