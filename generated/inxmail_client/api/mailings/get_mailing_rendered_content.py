from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.rendered_content import RenderedContent
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    test_profile_id: int | Unset = UNSET,
    include_attachments: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["testProfileId"] = test_profile_id

    params["includeAttachments"] = include_attachments

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mailings/{id}/renderedContent".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RenderedContent | None:
    if response.status_code == 200:
        response_200 = RenderedContent.from_dict(response.json())

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
) -> Response[Problem | RenderedContent]:
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
    test_profile_id: int | Unset = UNSET,
    include_attachments: bool | Unset = False,
) -> Response[Problem | RenderedContent]:
    """Retrieve rendered content of a mailing

     Renders the mailing. By default it is personalised with a test recipient that only has the address
    unknown@unknown.invalid. Tracking links work but do not count, unsubscription links redirect but do
    not unsubscribe, embedded images are replaced by http references. Attachments are limited to 500 kB
    per mailing; above that, and when rendering fails, the response is a mailing-render-error (400). An
    unknown `testProfileId` results in invalid-parameter-value (400).

    Args:
        id (int):
        test_profile_id (int | Unset):
        include_attachments (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RenderedContent]
    """

    kwargs = _get_kwargs(
        id=id,
        test_profile_id=test_profile_id,
        include_attachments=include_attachments,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    test_profile_id: int | Unset = UNSET,
    include_attachments: bool | Unset = False,
) -> Problem | RenderedContent | None:
    """Retrieve rendered content of a mailing

     Renders the mailing. By default it is personalised with a test recipient that only has the address
    unknown@unknown.invalid. Tracking links work but do not count, unsubscription links redirect but do
    not unsubscribe, embedded images are replaced by http references. Attachments are limited to 500 kB
    per mailing; above that, and when rendering fails, the response is a mailing-render-error (400). An
    unknown `testProfileId` results in invalid-parameter-value (400).

    Args:
        id (int):
        test_profile_id (int | Unset):
        include_attachments (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RenderedContent
    """

    return sync_detailed(
        id=id,
        client=client,
        test_profile_id=test_profile_id,
        include_attachments=include_attachments,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    test_profile_id: int | Unset = UNSET,
    include_attachments: bool | Unset = False,
) -> Response[Problem | RenderedContent]:
    """Retrieve rendered content of a mailing

     Renders the mailing. By default it is personalised with a test recipient that only has the address
    unknown@unknown.invalid. Tracking links work but do not count, unsubscription links redirect but do
    not unsubscribe, embedded images are replaced by http references. Attachments are limited to 500 kB
    per mailing; above that, and when rendering fails, the response is a mailing-render-error (400). An
    unknown `testProfileId` results in invalid-parameter-value (400).

    Args:
        id (int):
        test_profile_id (int | Unset):
        include_attachments (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RenderedContent]
    """

    kwargs = _get_kwargs(
        id=id,
        test_profile_id=test_profile_id,
        include_attachments=include_attachments,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    test_profile_id: int | Unset = UNSET,
    include_attachments: bool | Unset = False,
) -> Problem | RenderedContent | None:
    """Retrieve rendered content of a mailing

     Renders the mailing. By default it is personalised with a test recipient that only has the address
    unknown@unknown.invalid. Tracking links work but do not count, unsubscription links redirect but do
    not unsubscribe, embedded images are replaced by http references. Attachments are limited to 500 kB
    per mailing; above that, and when rendering fails, the response is a mailing-render-error (400). An
    unknown `testProfileId` results in invalid-parameter-value (400).

    Args:
        id (int):
        test_profile_id (int | Unset):
        include_attachments (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RenderedContent
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            test_profile_id=test_profile_id,
            include_attachments=include_attachments,
        )
    ).parsed
