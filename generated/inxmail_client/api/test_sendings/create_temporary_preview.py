from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.temporary_preview import TemporaryPreview
from ...models.temporary_preview_request import TemporaryPreviewRequest
from ...types import Response


def _get_kwargs(
    *,
    body: TemporaryPreviewRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/temporary-preview",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/hal+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TemporaryPreview | None:
    if response.status_code == 200:
        response_200 = TemporaryPreview.from_dict(response.json())

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
) -> Response[Problem | TemporaryPreview]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TemporaryPreviewRequest,
) -> Response[Problem | TemporaryPreview]:
    """Create a preview

     Generates a personalised preview of a text or html body without a complete mailing. `recipientId`
    and `testProfileId` exclude each other; with neither, a dummy recipient unknown@unknown.invalid is
    used. The documented response echoes the request.

    Args:
        body (TemporaryPreviewRequest): Payload of a temporary preview. `recipientId` and
            `testProfileId` exclude each other; with neither the dummy recipient
            unknown@unknown.invalid is used. `testProfileId` is typed Null in the table; it is
            modelled as a nullable integer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TemporaryPreview]
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
    body: TemporaryPreviewRequest,
) -> Problem | TemporaryPreview | None:
    """Create a preview

     Generates a personalised preview of a text or html body without a complete mailing. `recipientId`
    and `testProfileId` exclude each other; with neither, a dummy recipient unknown@unknown.invalid is
    used. The documented response echoes the request.

    Args:
        body (TemporaryPreviewRequest): Payload of a temporary preview. `recipientId` and
            `testProfileId` exclude each other; with neither the dummy recipient
            unknown@unknown.invalid is used. `testProfileId` is typed Null in the table; it is
            modelled as a nullable integer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TemporaryPreview
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TemporaryPreviewRequest,
) -> Response[Problem | TemporaryPreview]:
    """Create a preview

     Generates a personalised preview of a text or html body without a complete mailing. `recipientId`
    and `testProfileId` exclude each other; with neither, a dummy recipient unknown@unknown.invalid is
    used. The documented response echoes the request.

    Args:
        body (TemporaryPreviewRequest): Payload of a temporary preview. `recipientId` and
            `testProfileId` exclude each other; with neither the dummy recipient
            unknown@unknown.invalid is used. `testProfileId` is typed Null in the table; it is
            modelled as a nullable integer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TemporaryPreview]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TemporaryPreviewRequest,
) -> Problem | TemporaryPreview | None:
    """Create a preview

     Generates a personalised preview of a text or html body without a complete mailing. `recipientId`
    and `testProfileId` exclude each other; with neither, a dummy recipient unknown@unknown.invalid is
    used. The documented response echoes the request.

    Args:
        body (TemporaryPreviewRequest): Payload of a temporary preview. `recipientId` and
            `testProfileId` exclude each other; with neither the dummy recipient
            unknown@unknown.invalid is used. `testProfileId` is typed Null in the table; it is
            modelled as a nullable integer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TemporaryPreview
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
