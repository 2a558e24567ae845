from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.sending import Sending
from ...models.sending_create import SendingCreate
from ...types import Response


def _get_kwargs(
    *,
    body: SendingCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sendings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/hal+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Sending | None:
    if response.status_code == 201:
        response_201 = Sending.from_dict(response.json())

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
) -> Response[Problem | Sending]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendingCreate,
) -> Response[Problem | Sending]:
    """Send a single mailing / send or continue a mass mailing

     Sends an already approved regular mailing. With `recipientId` it is sent as SINGLE_MAILING to that
    recipient (also works when the mailing has finished); without, it is sent as MASS_MAILING to all
    recipients of the mailing's list, and an interrupted mass mailing resumes. Finished mailings cannot
    be sent as a mass mailing again. Violations result in validation errors. (The documented samples
    send `Content-Type: application/json;charset=UTF-8`, which is accepted like `application/hal+json`.)

    Args:
        body (SendingCreate): Payload sending an approved regular mailing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Sending]
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
    body: SendingCreate,
) -> Problem | Sending | None:
    """Send a single mailing / send or continue a mass mailing

     Sends an already approved regular mailing. With `recipientId` it is sent as SINGLE_MAILING to that
    recipient (also works when the mailing has finished); without, it is sent as MASS_MAILING to all
    recipients of the mailing's list, and an interrupted mass mailing resumes. Finished mailings cannot
    be sent as a mass mailing again. Violations result in validation errors. (The documented samples
    send `Content-Type: application/json;charset=UTF-8`, which is accepted like `application/hal+json`.)

    Args:
        body (SendingCreate): Payload sending an approved regular mailing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Sending
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendingCreate,
) -> Response[Problem | Sending]:
    """Send a single mailing / send or continue a mass mailing

     Sends an already approved regular mailing. With `recipientId` it is sent as SINGLE_MAILING to that
    recipient (also works when the mailing has finished); without, it is sent as MASS_MAILING to all
    recipients of the mailing's list, and an interrupted mass mailing resumes. Finished mailings cannot
    be sent as a mass mailing again. Violations result in validation errors. (The documented samples
    send `Content-Type: application/json;charset=UTF-8`, which is accepted like `application/hal+json`.)

    Args:
        body (SendingCreate): Payload sending an approved regular mailing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Sending]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendingCreate,
) -> Problem | Sending | None:
    """Send a single mailing / send or continue a mass mailing

     Sends an already approved regular mailing. With `recipientId` it is sent as SINGLE_MAILING to that
    recipient (also works when the mailing has finished); without, it is sent as MASS_MAILING to all
    recipients of the mailing's list, and an interrupted mass mailing resumes. Finished mailings cannot
    be sent as a mass mailing again. Violations result in validation errors. (The documented samples
    send `Content-Type: application/json;charset=UTF-8`, which is accepted like `application/hal+json`.)

    Args:
        body (SendingCreate): Payload sending an approved regular mailing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Sending
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
