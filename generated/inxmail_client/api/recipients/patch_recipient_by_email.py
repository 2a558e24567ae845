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
    email: str,
    *,
    body: RecipientPatch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/recipients/{email}".format(
            email=quote(str(email), safe=""),
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
    email: str,
    *,
    client: AuthenticatedClient | Client,
    body: RecipientPatch,
) -> Response[Problem | Recipient]:
    """Patch a recipient by email address

     The same operation as `patch_recipient`, addressing the recipient by its unique email address
    instead of its id (`PATCH /recipients/john.doe@example.com`). Both templates are documented for the
    same route, so a server tells them apart by the form of the last path segment (numeric id or email
    address). An address identifying more than one recipient (specially configured systems) results in
    ambiguous-email (409).

    Args:
        email (str):
        body (RecipientPatch): JSON merge patch for a recipient. `email` and `attributes` may be
            omitted but must not be null; a null attribute value removes that value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Recipient]
    """

    kwargs = _get_kwargs(
        email=email,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    email: str,
    *,
    client: AuthenticatedClient | Client,
    body: RecipientPatch,
) -> Problem | Recipient | None:
    """Patch a recipient by email address

     The same operation as `patch_recipient`, addressing the recipient by its unique email address
    instead of its id (`PATCH /recipients/john.doe@example.com`). Both templates are documented for the
    same route, so a server tells them apart by the form of the last path segment (numeric id or email
    address). An address identifying more than one recipient (specially configured systems) results in
    ambiguous-email (409).

    Args:
        email (str):
        body (RecipientPatch): JSON merge patch for a recipient. `email` and `attributes` may be
            omitted but must not be null; a null attribute value removes that value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Recipient
    """

    return sync_detailed(
        email=email,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    email: str,
    *,
    client: AuthenticatedClient | Client,
    body: RecipientPatch,
) -> Response[Problem | Recipient]:
    """Patch a recipient by email address

     The same operation as `patch_recipient`, addressing the recipient by its unique email address
    instead of its id (`PATCH /recipients/john.doe@example.com`). Both templates are documented for the
    same route, so a server tells them apart by the form of the last path segment (numeric id or email
    address). An address identifying more than one recipient (specially configured systems) results in
    ambiguous-email (409).

    Args:
        email (str):
        body (RecipientPatch): JSON merge patch for a recipient. `email` and `attributes` may be
            omitted but must not be null; a null attribute value removes that value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Recipient]
    """

    kwargs = _get_kwargs(
        email=email,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    email: str,
    *,
    client: AuthenticatedClient | Client,
    body: RecipientPatch,
) -> Problem | Recipient | None:
    """Patch a recipient by email address

     The same operation as `patch_recipient`, addressing the recipient by its unique email address
    instead of its id (`PATCH /recipients/john.doe@example.com`). Both templates are documented for the
    same route, so a server tells them apart by the form of the last path segment (numeric id or email
    address). An address identifying more than one recipient (specially configured systems) results in
    ambiguous-email (409).

    Args:
        email (str):
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
            email=email,
            client=client,
            body=body,
        )
    ).parsed
