from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mailing_schedule import MailingSchedule
from ...models.mailing_schedule_input import MailingScheduleInput
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: MailingScheduleInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/regular-mailings/{id}/schedule".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/hal+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MailingSchedule | Problem | None:
    if response.status_code == 200:
        response_200 = MailingSchedule.from_dict(response.json())

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
) -> Response[MailingSchedule | Problem]:
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
    body: MailingScheduleInput,
) -> Response[MailingSchedule | Problem]:
    """Reschedule a regular mailing

     Sets a new schedule date (ISO 8601). Only mailings in state SCHEDULED can be rescheduled.

    Args:
        id (int):
        body (MailingScheduleInput): The schedule date (ISO 8601). The documented requests use a
            numeric offset without colon (`2025-03-12T14:40:50+0000`), which is not RFC 3339, so this
            is a pattern-checked string.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MailingSchedule | Problem]
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
    body: MailingScheduleInput,
) -> MailingSchedule | Problem | None:
    """Reschedule a regular mailing

     Sets a new schedule date (ISO 8601). Only mailings in state SCHEDULED can be rescheduled.

    Args:
        id (int):
        body (MailingScheduleInput): The schedule date (ISO 8601). The documented requests use a
            numeric offset without colon (`2025-03-12T14:40:50+0000`), which is not RFC 3339, so this
            is a pattern-checked string.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MailingSchedule | Problem
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
    body: MailingScheduleInput,
) -> Response[MailingSchedule | Problem]:
    """Reschedule a regular mailing

     Sets a new schedule date (ISO 8601). Only mailings in state SCHEDULED can be rescheduled.

    Args:
        id (int):
        body (MailingScheduleInput): The schedule date (ISO 8601). The documented requests use a
            numeric offset without colon (`2025-03-12T14:40:50+0000`), which is not RFC 3339, so this
            is a pattern-checked string.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MailingSchedule | Problem]
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
    body: MailingScheduleInput,
) -> MailingSchedule | Problem | None:
    """Reschedule a regular mailing

     Sets a new schedule date (ISO 8601). Only mailings in state SCHEDULED can be rescheduled.

    Args:
        id (int):
        body (MailingScheduleInput): The schedule date (ISO 8601). The documented requests use a
            numeric offset without colon (`2025-03-12T14:40:50+0000`), which is not RFC 3339, so this
            is a pattern-checked string.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MailingSchedule | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
