from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_datasource import HttpDatasource
from ...models.http_datasource_input import HttpDatasourceInput
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: HttpDatasourceInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/datasources/http",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/hal+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpDatasource | Problem | None:
    if response.status_code == 201:
        response_201 = HttpDatasource.from_dict(response.json())

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
) -> Response[HttpDatasource | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: HttpDatasourceInput,
) -> Response[HttpDatasource | Problem]:
    """Create an HTTP datasource

     Creates a new HTTP datasource. The documentation shows no request sample; the example is derived
    from the documented response.

    Args:
        body (HttpDatasourceInput): Payload creating an HTTP datasource.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HttpDatasource | Problem]
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
    body: HttpDatasourceInput,
) -> HttpDatasource | Problem | None:
    """Create an HTTP datasource

     Creates a new HTTP datasource. The documentation shows no request sample; the example is derived
    from the documented response.

    Args:
        body (HttpDatasourceInput): Payload creating an HTTP datasource.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HttpDatasource | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: HttpDatasourceInput,
) -> Response[HttpDatasource | Problem]:
    """Create an HTTP datasource

     Creates a new HTTP datasource. The documentation shows no request sample; the example is derived
    from the documented response.

    Args:
        body (HttpDatasourceInput): Payload creating an HTTP datasource.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HttpDatasource | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: HttpDatasourceInput,
) -> HttpDatasource | Problem | None:
    """Create an HTTP datasource

     Creates a new HTTP datasource. The documentation shows no request sample; the example is derived
    from the documented response.

    Args:
        body (HttpDatasourceInput): Payload creating an HTTP datasource.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HttpDatasource | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
