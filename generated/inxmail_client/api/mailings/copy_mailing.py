from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.copy_mailing_command import CopyMailingCommand
from ...models.copy_mailing_request import CopyMailingRequest
from ...models.mailing import Mailing
from ...models.problem import Problem
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: CopyMailingRequest,
    command: CopyMailingCommand,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_command = command.value
    params["command"] = json_command

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/operations/mailings",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/hal+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Mailing | Problem | None:
    if response.status_code == 201:
        response_201 = Mailing.from_dict(response.json())

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
) -> Response[Mailing | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CopyMailingRequest,
    command: CopyMailingCommand,
) -> Response[Mailing | Problem]:
    """Copy mailing (operation command `copy`)

     RPC-style mailing operation: `POST /operations/mailings?command=copy` creates a copy of a mailing.
    `Location` points to the new mailing, the body is the new mailing (default name "Copy of <mailing
    name>"). Violations of the constraints result in validation errors.

    Args:
        command (CopyMailingCommand):
        body (CopyMailingRequest): Payload of the `copy` mailing operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Mailing | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        command=command,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CopyMailingRequest,
    command: CopyMailingCommand,
) -> Mailing | Problem | None:
    """Copy mailing (operation command `copy`)

     RPC-style mailing operation: `POST /operations/mailings?command=copy` creates a copy of a mailing.
    `Location` points to the new mailing, the body is the new mailing (default name "Copy of <mailing
    name>"). Violations of the constraints result in validation errors.

    Args:
        command (CopyMailingCommand):
        body (CopyMailingRequest): Payload of the `copy` mailing operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Mailing | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        command=command,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CopyMailingRequest,
    command: CopyMailingCommand,
) -> Response[Mailing | Problem]:
    """Copy mailing (operation command `copy`)

     RPC-style mailing operation: `POST /operations/mailings?command=copy` creates a copy of a mailing.
    `Location` points to the new mailing, the body is the new mailing (default name "Copy of <mailing
    name>"). Violations of the constraints result in validation errors.

    Args:
        command (CopyMailingCommand):
        body (CopyMailingRequest): Payload of the `copy` mailing operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Mailing | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        command=command,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CopyMailingRequest,
    command: CopyMailingCommand,
) -> Mailing | Problem | None:
    """Copy mailing (operation command `copy`)

     RPC-style mailing operation: `POST /operations/mailings?command=copy` creates a copy of a mailing.
    `Location` points to the new mailing, the body is the new mailing (default name "Copy of <mailing
    name>"). Violations of the constraints result in validation errors.

    Args:
        command (CopyMailingCommand):
        body (CopyMailingRequest): Payload of the `copy` mailing operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Mailing | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            command=command,
        )
    ).parsed
