from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.recipient_attribute import RecipientAttribute
from ...models.recipient_attribute_create import RecipientAttributeCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: RecipientAttributeCreate,
    hidden: bool | Unset = True,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["hidden"] = hidden

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/attributes",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/hal+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RecipientAttribute | None:
    if response.status_code == 201:
        response_201 = RecipientAttribute.from_dict(response.json())

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
) -> Response[Problem | RecipientAttribute]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RecipientAttributeCreate,
    hidden: bool | Unset = True,
) -> Response[Problem | RecipientAttribute]:
    """Create recipient attribute

     Creates a recipient attribute. Name rules: not null, 1..255 characters without padding whitespace,
    not whitespace only, not `email`, not starting with `subscription_` or `sequence_` (ignoring case)
    or `%`. TEXT attributes require `maxLength` (1..255); other types must not send it. Violations
    result in validation errors; an existing name in duplicate-resource (409).

    Args:
        hidden (bool | Unset):  Default: True.
        body (RecipientAttributeCreate): Payload creating a recipient attribute. `maxLength` is
            "the mandatory maximum length of an attribute with type TEXT. Do not provide for
            attributes with other data types" (payload table): required when `type` is TEXT (`then`),
            not allowed otherwise (`else`); either mistake is a 400 validation-error naming
            `maxLength`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecipientAttribute]
    """

    kwargs = _get_kwargs(
        body=body,
        hidden=hidden,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: RecipientAttributeCreate,
    hidden: bool | Unset = True,
) -> Problem | RecipientAttribute | None:
    """Create recipient attribute

     Creates a recipient attribute. Name rules: not null, 1..255 characters without padding whitespace,
    not whitespace only, not `email`, not starting with `subscription_` or `sequence_` (ignoring case)
    or `%`. TEXT attributes require `maxLength` (1..255); other types must not send it. Violations
    result in validation errors; an existing name in duplicate-resource (409).

    Args:
        hidden (bool | Unset):  Default: True.
        body (RecipientAttributeCreate): Payload creating a recipient attribute. `maxLength` is
            "the mandatory maximum length of an attribute with type TEXT. Do not provide for
            attributes with other data types" (payload table): required when `type` is TEXT (`then`),
            not allowed otherwise (`else`); either mistake is a 400 validation-error naming
            `maxLength`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecipientAttribute
    """

    return sync_detailed(
        client=client,
        body=body,
        hidden=hidden,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RecipientAttributeCreate,
    hidden: bool | Unset = True,
) -> Response[Problem | RecipientAttribute]:
    """Create recipient attribute

     Creates a recipient attribute. Name rules: not null, 1..255 characters without padding whitespace,
    not whitespace only, not `email`, not starting with `subscription_` or `sequence_` (ignoring case)
    or `%`. TEXT attributes require `maxLength` (1..255); other types must not send it. Violations
    result in validation errors; an existing name in duplicate-resource (409).

    Args:
        hidden (bool | Unset):  Default: True.
        body (RecipientAttributeCreate): Payload creating a recipient attribute. `maxLength` is
            "the mandatory maximum length of an attribute with type TEXT. Do not provide for
            attributes with other data types" (payload table): required when `type` is TEXT (`then`),
            not allowed otherwise (`else`); either mistake is a 400 validation-error naming
            `maxLength`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecipientAttribute]
    """

    kwargs = _get_kwargs(
        body=body,
        hidden=hidden,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RecipientAttributeCreate,
    hidden: bool | Unset = True,
) -> Problem | RecipientAttribute | None:
    """Create recipient attribute

     Creates a recipient attribute. Name rules: not null, 1..255 characters without padding whitespace,
    not whitespace only, not `email`, not starting with `subscription_` or `sequence_` (ignoring case)
    or `%`. TEXT attributes require `maxLength` (1..255); other types must not send it. Violations
    result in validation errors; an existing name in duplicate-resource (409).

    Args:
        hidden (bool | Unset):  Default: True.
        body (RecipientAttributeCreate): Payload creating a recipient attribute. `maxLength` is
            "the mandatory maximum length of an attribute with type TEXT. Do not provide for
            attributes with other data types" (payload table): required when `type` is TEXT (`then`),
            not allowed otherwise (`else`); either mistake is a 400 validation-error naming
            `maxLength`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecipientAttribute
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            hidden=hidden,
        )
    ).parsed
