from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.recipient import Recipient
from ...models.recipient_create import RecipientCreate
from ...types import Response


def _get_kwargs(
    *,
    body: RecipientCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/recipients",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/hal+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Recipient | None:
    if response.status_code == 201:
        response_201 = Recipient.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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
    *,
    client: AuthenticatedClient | Client,
    body: RecipientCreate,
) -> Response[Problem | Recipient]:
    """Create a new recipient

     Creates a recipient in the system (global recipient list). `email` and `attributes` must not be
    null; attributes must already exist and their values must match the attribute types (missing
    attributes become null); on a validation error nothing is created. If the email address already
    exists the recipient is neither created nor changed (the status of that case is not documented). The
    response does not include the attributes.

    Args:
        body (RecipientCreate): Payload creating a recipient; the attributes must already exist
            and their values must match the attribute types. The documented sample sends a
            DATE_AND_TIME value without zone (`2022-04-03T14:33:00`) and a time without `Z`, unlike
            the date/time section; attribute values are therefore not pattern-checked.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Recipient]
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
    body: RecipientCreate,
) -> Problem | Recipient | None:
    """Create a new recipient

     Creates a recipient in the system (global recipient list). `email` and `attributes` must not be
    null; attributes must already exist and their values must match the attribute types (missing
    attributes become null); on a validation error nothing is created. If the email address already
    exists the recipient is neither created nor changed (the status of that case is not documented). The
    response does not include the attributes.

    Args:
        body (RecipientCreate): Payload creating a recipient; the attributes must already exist
            and their values must match the attribute types. The documented sample sends a
            DATE_AND_TIME value without zone (`2022-04-03T14:33:00`) and a time without `Z`, unlike
            the date/time section; attribute values are therefore not pattern-checked.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Recipient
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RecipientCreate,
) -> Response[Problem | Recipient]:
    """Create a new recipient

     Creates a recipient in the system (global recipient list). `email` and `attributes` must not be
    null; attributes must already exist and their values must match the attribute types (missing
    attributes become null); on a validation error nothing is created. If the email address already
    exists the recipient is neither created nor changed (the status of that case is not documented). The
    response does not include the attributes.

    Args:
        body (RecipientCreate): Payload creating a recipient; the attributes must already exist
            and their values must match the attribute types. The documented sample sends a
            DATE_AND_TIME value without zone (`2022-04-03T14:33:00`) and a time without `Z`, unlike
            the date/time section; attribute values are therefore not pattern-checked.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Recipient]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RecipientCreate,
) -> Problem | Recipient | None:
    """Create a new recipient

     Creates a recipient in the system (global recipient list). `email` and `attributes` must not be
    null; attributes must already exist and their values must match the attribute types (missing
    attributes become null); on a validation error nothing is created. If the email address already
    exists the recipient is neither created nor changed (the status of that case is not documented). The
    response does not include the attributes.

    Args:
        body (RecipientCreate): Payload creating a recipient; the attributes must already exist
            and their values must match the attribute types. The documented sample sends a
            DATE_AND_TIME value without zone (`2022-04-03T14:33:00`) and a time without `Z`, unlike
            the date/time section; attribute values are therefore not pattern-checked.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Recipient
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
