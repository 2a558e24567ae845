from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.approval_create import ApprovalCreate
from ...models.approval_created import ApprovalCreated
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    mailing_id: int,
    *,
    body: ApprovalCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/mailings/{mailing_id}/approvals".format(
            mailing_id=quote(str(mailing_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/hal+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApprovalCreated | Problem | None:
    if response.status_code == 201:
        response_201 = ApprovalCreated.from_dict(response.json())

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
) -> Response[ApprovalCreated | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    mailing_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ApprovalCreate,
) -> Response[ApprovalCreated | Problem]:
    """Approve a mailing or revoke a granted approval

     Directly approves the mailing (`approvalCommand` APPROVE) or revokes a granted approval
    (INVALIDATE); more elaborate approval processes are not supported. `Location` and the self link
    point to the created approval history entry. Documented only by cURL examples. The response names
    the user field `userName` while the approval history uses `username`; both are modelled as shown.

    Args:
        mailing_id (int):
        body (ApprovalCreate): Payload approving a mailing or revoking its approval.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApprovalCreated | Problem]
    """

    kwargs = _get_kwargs(
        mailing_id=mailing_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    mailing_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ApprovalCreate,
) -> ApprovalCreated | Problem | None:
    """Approve a mailing or revoke a granted approval

     Directly approves the mailing (`approvalCommand` APPROVE) or revokes a granted approval
    (INVALIDATE); more elaborate approval processes are not supported. `Location` and the self link
    point to the created approval history entry. Documented only by cURL examples. The response names
    the user field `userName` while the approval history uses `username`; both are modelled as shown.

    Args:
        mailing_id (int):
        body (ApprovalCreate): Payload approving a mailing or revoking its approval.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApprovalCreated | Problem
    """

    return sync_detailed(
        mailing_id=mailing_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    mailing_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ApprovalCreate,
) -> Response[ApprovalCreated | Problem]:
    """Approve a mailing or revoke a granted approval

     Directly approves the mailing (`approvalCommand` APPROVE) or revokes a granted approval
    (INVALIDATE); more elaborate approval processes are not supported. `Location` and the self link
    point to the created approval history entry. Documented only by cURL examples. The response names
    the user field `userName` while the approval history uses `username`; both are modelled as shown.

    Args:
        mailing_id (int):
        body (ApprovalCreate): Payload approving a mailing or revoking its approval.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApprovalCreated | Problem]
    """

    kwargs = _get_kwargs(
        mailing_id=mailing_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    mailing_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ApprovalCreate,
) -> ApprovalCreated | Problem | None:
    """Approve a mailing or revoke a granted approval

     Directly approves the mailing (`approvalCommand` APPROVE) or revokes a granted approval
    (INVALIDATE); more elaborate approval processes are not supported. `Location` and the self link
    point to the created approval history entry. Documented only by cURL examples. The response names
    the user field `userName` while the approval history uses `username`; both are modelled as shown.

    Args:
        mailing_id (int):
        body (ApprovalCreate): Payload approving a mailing or revoking its approval.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApprovalCreated | Problem
    """

    return (
        await asyncio_detailed(
            mailing_id=mailing_id,
            client=client,
            body=body,
        )
    ).parsed
