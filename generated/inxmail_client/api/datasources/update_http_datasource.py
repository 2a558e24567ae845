from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_datasource import HttpDatasource
from ...models.http_datasource_update import HttpDatasourceUpdate
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: HttpDatasourceUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/datasources/http/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/hal+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpDatasource | Problem | None:
    if response.status_code == 200:
        response_200 = HttpDatasource.from_dict(response.json())

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
) -> Response[HttpDatasource | Problem]:
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
    body: HttpDatasourceUpdate,
) -> Response[HttpDatasource | Problem]:
    """Update an HTTP datasource

     Replaces an existing HTTP datasource (the documentation text says "will create a new http
    datasource", but the operation updates the addressed one). The name must be 1..255 characters
    without padding whitespace. No request sample is documented.

    Args:
        id (int):
        body (HttpDatasourceUpdate): Payload replacing an HTTP datasource.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HttpDatasource | Problem]
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
    body: HttpDatasourceUpdate,
) -> HttpDatasource | Problem | None:
    """Update an HTTP datasource

     Replaces an existing HTTP datasource (the documentation text says "will create a new http
    datasource", but the operation updates the addressed one). The name must be 1..255 characters
    without padding whitespace. No request sample is documented.

    Args:
        id (int):
        body (HttpDatasourceUpdate): Payload replacing an HTTP datasource.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HttpDatasource | Problem
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
    body: HttpDatasourceUpdate,
) -> Response[HttpDatasource | Problem]:
    """Update an HTTP datasource

     Replaces an existing HTTP datasource (the documentation text says "will create a new http
    datasource", but the operation updates the addressed one). The name must be 1..255 characters
    without padding whitespace. No request sample is documented.

    Args:
        id (int):
        body (HttpDatasourceUpdate): Payload replacing an HTTP datasource.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HttpDatasource | Problem]
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
    body: HttpDatasourceUpdate,
) -> HttpDatasource | Problem | None:
    """Update an HTTP datasource

     Replaces an existing HTTP datasource (the documentation text says "will create a new http
    datasource", but the operation updates the addressed one). The name must be 1..255 characters
    without padding whitespace. No request sample is documented.

    Args:
        id (int):
        body (HttpDatasourceUpdate): Payload replacing an HTTP datasource.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HttpDatasource | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
