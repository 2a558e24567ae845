from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.target_group import TargetGroup
from ...models.target_group_create import TargetGroupCreate
from ...types import Response


def _get_kwargs(
    *,
    body: TargetGroupCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/target-groups",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/hal+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TargetGroup | None:
    if response.status_code == 201:
        response_201 = TargetGroup.from_dict(response.json())

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
) -> Response[Problem | TargetGroup]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TargetGroupCreate,
) -> Response[Problem | TargetGroup]:
    """Create a target group

     Creates a target group. `filterString` is the filter statement: column conditions (`Column("name") =
    value`, `<>`, `<`, `<=`, `>`, `>=`, `IS_EMPTY`, `NOT_IS_EMPTY`), free expressions on text columns
    (`LIKE`, `NOT_LIKE`, `STARTS_WITH`, `NOT_STARTS_WITH`, `ENDS_WITH`, `NOT_ENDS_WITH`, `CONTAINS`,
    `NOT_CONTAINS`; wildcard `%`), recipient reactions (`HasOpened(mailingId)`,
    `HasClickedAnyLink(mailingId)`, `HasClicked(linkId)`) and filter membership (`BelongsToGroup(name)`,
    `BelongsNotToGroup(name)`), combined with AND/OR. Values: `"Text"`, `#01.01.1970 13:37:42#`,
    `#01.01.1970#`, `#13:37:42#`, `42`, `47.11`, `TRUE`/`FALSE`.

    Args:
        body (TargetGroupCreate): Payload creating a target group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TargetGroup]
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
    body: TargetGroupCreate,
) -> Problem | TargetGroup | None:
    """Create a target group

     Creates a target group. `filterString` is the filter statement: column conditions (`Column("name") =
    value`, `<>`, `<`, `<=`, `>`, `>=`, `IS_EMPTY`, `NOT_IS_EMPTY`), free expressions on text columns
    (`LIKE`, `NOT_LIKE`, `STARTS_WITH`, `NOT_STARTS_WITH`, `ENDS_WITH`, `NOT_ENDS_WITH`, `CONTAINS`,
    `NOT_CONTAINS`; wildcard `%`), recipient reactions (`HasOpened(mailingId)`,
    `HasClickedAnyLink(mailingId)`, `HasClicked(linkId)`) and filter membership (`BelongsToGroup(name)`,
    `BelongsNotToGroup(name)`), combined with AND/OR. Values: `"Text"`, `#01.01.1970 13:37:42#`,
    `#01.01.1970#`, `#13:37:42#`, `42`, `47.11`, `TRUE`/`FALSE`.

    Args:
        body (TargetGroupCreate): Payload creating a target group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TargetGroup
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TargetGroupCreate,
) -> Response[Problem | TargetGroup]:
    """Create a target group

     Creates a target group. `filterString` is the filter statement: column conditions (`Column("name") =
    value`, `<>`, `<`, `<=`, `>`, `>=`, `IS_EMPTY`, `NOT_IS_EMPTY`), free expressions on text columns
    (`LIKE`, `NOT_LIKE`, `STARTS_WITH`, `NOT_STARTS_WITH`, `ENDS_WITH`, `NOT_ENDS_WITH`, `CONTAINS`,
    `NOT_CONTAINS`; wildcard `%`), recipient reactions (`HasOpened(mailingId)`,
    `HasClickedAnyLink(mailingId)`, `HasClicked(linkId)`) and filter membership (`BelongsToGroup(name)`,
    `BelongsNotToGroup(name)`), combined with AND/OR. Values: `"Text"`, `#01.01.1970 13:37:42#`,
    `#01.01.1970#`, `#13:37:42#`, `42`, `47.11`, `TRUE`/`FALSE`.

    Args:
        body (TargetGroupCreate): Payload creating a target group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TargetGroup]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TargetGroupCreate,
) -> Problem | TargetGroup | None:
    """Create a target group

     Creates a target group. `filterString` is the filter statement: column conditions (`Column("name") =
    value`, `<>`, `<`, `<=`, `>`, `>=`, `IS_EMPTY`, `NOT_IS_EMPTY`), free expressions on text columns
    (`LIKE`, `NOT_LIKE`, `STARTS_WITH`, `NOT_STARTS_WITH`, `ENDS_WITH`, `NOT_ENDS_WITH`, `CONTAINS`,
    `NOT_CONTAINS`; wildcard `%`), recipient reactions (`HasOpened(mailingId)`,
    `HasClickedAnyLink(mailingId)`, `HasClicked(linkId)`) and filter membership (`BelongsToGroup(name)`,
    `BelongsNotToGroup(name)`), combined with AND/OR. Values: `"Text"`, `#01.01.1970 13:37:42#`,
    `#01.01.1970#`, `#13:37:42#`, `42`, `47.11`, `TRUE`/`FALSE`.

    Args:
        body (TargetGroupCreate): Payload creating a target group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TargetGroup
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
