from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.create_inbound_rule_request import CreateInboundRuleRequest
from ...models.inbound_rule import InboundRule
from ...types import Response


def _get_kwargs(
    *,
    body: CreateInboundRuleRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/triggers/inboundrules",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | InboundRule | None:
    if response.status_code == 200:
        response_200 = InboundRule.from_dict(response.json())

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
) -> Response[ApiError | InboundRule]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateInboundRuleRequest,
) -> Response[ApiError | InboundRule]:
    """Create an inbound rule trigger

     Blocks inbound mail from an email address or a whole domain. An existing rule is ErrorCode 810, a
    value that is neither an address nor a domain 813.

    Args:
        body (CreateInboundRuleRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | InboundRule]
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
    body: CreateInboundRuleRequest,
) -> ApiError | InboundRule | None:
    """Create an inbound rule trigger

     Blocks inbound mail from an email address or a whole domain. An existing rule is ErrorCode 810, a
    value that is neither an address nor a domain 813.

    Args:
        body (CreateInboundRuleRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | InboundRule
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateInboundRuleRequest,
) -> Response[ApiError | InboundRule]:
    """Create an inbound rule trigger

     Blocks inbound mail from an email address or a whole domain. An existing rule is ErrorCode 810, a
    value that is neither an address nor a domain 813.

    Args:
        body (CreateInboundRuleRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | InboundRule]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateInboundRuleRequest,
) -> ApiError | InboundRule | None:
    """Create an inbound rule trigger

     Blocks inbound mail from an email address or a whole domain. An existing rule is ErrorCode 810, a
    value that is neither an address nor a domain 813.

    Args:
        body (CreateInboundRuleRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | InboundRule
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
