from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.regular_mailing_create import RegularMailingCreate
from ...models.regular_mailing_created import RegularMailingCreated
from ...types import Response


def _get_kwargs(
    *,
    body: RegularMailingCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/regular-mailings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/hal+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RegularMailingCreated | None:
    if response.status_code == 201:
        response_201 = RegularMailingCreated.from_dict(response.json())

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
) -> Response[Problem | RegularMailingCreated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RegularMailingCreate,
) -> Response[Problem | RegularMailingCreated]:
    """Create regular mailing

     Creates a regular mailing. With `editorContentType` TEXT, HTML or TEXT_HTML the content is given in
    `text`/`html`. With XML_TEXT_HTML, XML_HTML or XML_TEXT a mailing based on a design collection
    (`designCollectionId`) is created and filled with `xmlContentBase64` (documented as "Copy regular
    mailing with XML content"); `styleName` defaults to the first XSL style not starting or ending with
    "TEXT", `templateName` is required when the design collection has more than one template. Violations
    result in validation errors.

    Args:
        body (RegularMailingCreate): Payload creating a regular mailing. For TEXT, HTML and
            TEXT_HTML the content is given in `text`/`html`; for XML_TEXT_HTML, XML_HTML and XML_TEXT
            in `xmlContentBase64` based on the design collection `designCollectionId` (optional
            `styleName`, `templateName`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RegularMailingCreated]
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
    body: RegularMailingCreate,
) -> Problem | RegularMailingCreated | None:
    """Create regular mailing

     Creates a regular mailing. With `editorContentType` TEXT, HTML or TEXT_HTML the content is given in
    `text`/`html`. With XML_TEXT_HTML, XML_HTML or XML_TEXT a mailing based on a design collection
    (`designCollectionId`) is created and filled with `xmlContentBase64` (documented as "Copy regular
    mailing with XML content"); `styleName` defaults to the first XSL style not starting or ending with
    "TEXT", `templateName` is required when the design collection has more than one template. Violations
    result in validation errors.

    Args:
        body (RegularMailingCreate): Payload creating a regular mailing. For TEXT, HTML and
            TEXT_HTML the content is given in `text`/`html`; for XML_TEXT_HTML, XML_HTML and XML_TEXT
            in `xmlContentBase64` based on the design collection `designCollectionId` (optional
            `styleName`, `templateName`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RegularMailingCreated
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RegularMailingCreate,
) -> Response[Problem | RegularMailingCreated]:
    """Create regular mailing

     Creates a regular mailing. With `editorContentType` TEXT, HTML or TEXT_HTML the content is given in
    `text`/`html`. With XML_TEXT_HTML, XML_HTML or XML_TEXT a mailing based on a design collection
    (`designCollectionId`) is created and filled with `xmlContentBase64` (documented as "Copy regular
    mailing with XML content"); `styleName` defaults to the first XSL style not starting or ending with
    "TEXT", `templateName` is required when the design collection has more than one template. Violations
    result in validation errors.

    Args:
        body (RegularMailingCreate): Payload creating a regular mailing. For TEXT, HTML and
            TEXT_HTML the content is given in `text`/`html`; for XML_TEXT_HTML, XML_HTML and XML_TEXT
            in `xmlContentBase64` based on the design collection `designCollectionId` (optional
            `styleName`, `templateName`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RegularMailingCreated]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RegularMailingCreate,
) -> Problem | RegularMailingCreated | None:
    """Create regular mailing

     Creates a regular mailing. With `editorContentType` TEXT, HTML or TEXT_HTML the content is given in
    `text`/`html`. With XML_TEXT_HTML, XML_HTML or XML_TEXT a mailing based on a design collection
    (`designCollectionId`) is created and filled with `xmlContentBase64` (documented as "Copy regular
    mailing with XML content"); `styleName` defaults to the first XSL style not starting or ending with
    "TEXT", `templateName` is required when the design collection has more than one template. Violations
    result in validation errors.

    Args:
        body (RegularMailingCreate): Payload creating a regular mailing. For TEXT, HTML and
            TEXT_HTML the content is given in `text`/`html`; for XML_TEXT_HTML, XML_HTML and XML_TEXT
            in `xmlContentBase64` based on the design collection `designCollectionId` (optional
            `styleName`, `templateName`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RegularMailingCreated
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
