from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.suppression_change_request import SuppressionChangeRequest
from ...models.suppression_delete_results import SuppressionDeleteResults
from ...types import Response


def _get_kwargs(
    stream_id: str,
    *,
    body: SuppressionChangeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/message-streams/{stream_id}/suppressions/delete".format(
            stream_id=quote(str(stream_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | SuppressionDeleteResults | None:
    if response.status_code == 200:
        response_200 = SuppressionDeleteResults.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = ApiError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | SuppressionDeleteResults]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    stream_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SuppressionChangeRequest,
) -> Response[ApiError | SuppressionDeleteResults]:
    """Delete a suppression

     Removes up to 50 addresses from the suppression list; SpamComplaint suppressions cannot be deleted.
    Deleting a HardBounce suppression reactivates the bounce.

    Args:
        stream_id (str):
        body (SuppressionChangeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SuppressionDeleteResults]
    """

    kwargs = _get_kwargs(
        stream_id=stream_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    stream_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SuppressionChangeRequest,
) -> ApiError | SuppressionDeleteResults | None:
    """Delete a suppression

     Removes up to 50 addresses from the suppression list; SpamComplaint suppressions cannot be deleted.
    Deleting a HardBounce suppression reactivates the bounce.

    Args:
        stream_id (str):
        body (SuppressionChangeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SuppressionDeleteResults
    """

    return sync_detailed(
        stream_id=stream_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    stream_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SuppressionChangeRequest,
) -> Response[ApiError | SuppressionDeleteResults]:
    """Delete a suppression

     Removes up to 50 addresses from the suppression list; SpamComplaint suppressions cannot be deleted.
    Deleting a HardBounce suppression reactivates the bounce.

    Args:
        stream_id (str):
        body (SuppressionChangeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SuppressionDeleteResults]
    """

    kwargs = _get_kwargs(
        stream_id=stream_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    stream_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SuppressionChangeRequest,
) -> ApiError | SuppressionDeleteResults | None:
    """Delete a suppression

     Removes up to 50 addresses from the suppression list; SpamComplaint suppressions cannot be deleted.
    Deleting a HardBounce suppression reactivates the bounce.

    Args:
        stream_id (str):
        body (SuppressionChangeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SuppressionDeleteResults
    """

    return (
        await asyncio_detailed(
            stream_id=stream_id,
            client=client,
            body=body,
        )
    ).parsed
