from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.test_profile_collection import TestProfileCollection
from ...models.test_profile_type import TestProfileType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
    list_ids: list[int] | Unset = UNSET,
    types: list[TestProfileType] | Unset = UNSET,
    all_attributes: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["afterId"] = after_id

    params["pageSize"] = page_size

    json_list_ids: list[int] | Unset = UNSET
    if not isinstance(list_ids, Unset):
        json_list_ids = list_ids

    params["listIds"] = json_list_ids

    json_types: list[str] | Unset = UNSET
    if not isinstance(types, Unset):
        json_types = []
        for types_item_data in types:
            types_item = types_item_data.value
            json_types.append(types_item)

    params["types"] = json_types

    params["allAttributes"] = all_attributes

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/test-profiles",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TestProfileCollection | None:
    if response.status_code == 200:
        response_200 = TestProfileCollection.from_dict(response.json())

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
) -> Response[Problem | TestProfileCollection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
    list_ids: list[int] | Unset = UNSET,
    types: list[TestProfileType] | Unset = UNSET,
    all_attributes: bool | Unset = UNSET,
) -> Response[Problem | TestProfileCollection]:
    """Retrieve test profile collection

     Returns the first page of test profiles (cursor paged). The documentation of `types` shows an
    unrendered placeholder (`${TestProfileType.values()}`); the values are GLOBAL and LIST.

    Args:
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.
        list_ids (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`, as the service's own
            self links do) or comma-separated (`a=1,2`); the doc: "more than one value can be
            specified with multiple query parameters or comma separated list". Example: [1, 2, 3].
        types (list[TestProfileType] | Unset):
        all_attributes (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TestProfileCollection]
    """

    kwargs = _get_kwargs(
        after_id=after_id,
        page_size=page_size,
        list_ids=list_ids,
        types=types,
        all_attributes=all_attributes,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
    list_ids: list[int] | Unset = UNSET,
    types: list[TestProfileType] | Unset = UNSET,
    all_attributes: bool | Unset = UNSET,
) -> Problem | TestProfileCollection | None:
    """Retrieve test profile collection

     Returns the first page of test profiles (cursor paged). The documentation of `types` shows an
    unrendered placeholder (`${TestProfileType.values()}`); the values are GLOBAL and LIST.

    Args:
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.
        list_ids (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`, as the service's own
            self links do) or comma-separated (`a=1,2`); the doc: "more than one value can be
            specified with multiple query parameters or comma separated list". Example: [1, 2, 3].
        types (list[TestProfileType] | Unset):
        all_attributes (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TestProfileCollection
    """

    return sync_detailed(
        client=client,
        after_id=after_id,
        page_size=page_size,
        list_ids=list_ids,
        types=types,
        all_attributes=all_attributes,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
    list_ids: list[int] | Unset = UNSET,
    types: list[TestProfileType] | Unset = UNSET,
    all_attributes: bool | Unset = UNSET,
) -> Response[Problem | TestProfileCollection]:
    """Retrieve test profile collection

     Returns the first page of test profiles (cursor paged). The documentation of `types` shows an
    unrendered placeholder (`${TestProfileType.values()}`); the values are GLOBAL and LIST.

    Args:
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.
        list_ids (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`, as the service's own
            self links do) or comma-separated (`a=1,2`); the doc: "more than one value can be
            specified with multiple query parameters or comma separated list". Example: [1, 2, 3].
        types (list[TestProfileType] | Unset):
        all_attributes (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TestProfileCollection]
    """

    kwargs = _get_kwargs(
        after_id=after_id,
        page_size=page_size,
        list_ids=list_ids,
        types=types,
        all_attributes=all_attributes,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
    list_ids: list[int] | Unset = UNSET,
    types: list[TestProfileType] | Unset = UNSET,
    all_attributes: bool | Unset = UNSET,
) -> Problem | TestProfileCollection | None:
    """Retrieve test profile collection

     Returns the first page of test profiles (cursor paged). The documentation of `types` shows an
    unrendered placeholder (`${TestProfileType.values()}`); the values are GLOBAL and LIST.

    Args:
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.
        list_ids (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`, as the service's own
            self links do) or comma-separated (`a=1,2`); the doc: "more than one value can be
            specified with multiple query parameters or comma separated list". Example: [1, 2, 3].
        types (list[TestProfileType] | Unset):
        all_attributes (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TestProfileCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            after_id=after_id,
            page_size=page_size,
            list_ids=list_ids,
            types=types,
            all_attributes=all_attributes,
        )
    ).parsed
