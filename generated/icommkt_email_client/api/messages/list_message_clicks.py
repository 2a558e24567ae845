from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.message_click_list import MessageClickList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    count: int,
    offset: int,
    recipient: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    client_name: str | Unset = UNSET,
    client_company: str | Unset = UNSET,
    client_family: str | Unset = UNSET,
    os_name: str | Unset = UNSET,
    os_family: str | Unset = UNSET,
    os_company: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    country: str | Unset = UNSET,
    region: str | Unset = UNSET,
    city: str | Unset = UNSET,
    messagestream: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["count"] = count

    params["offset"] = offset

    params["recipient"] = recipient

    params["tag"] = tag

    params["client_name"] = client_name

    params["client_company"] = client_company

    params["client_family"] = client_family

    params["os_name"] = os_name

    params["os_family"] = os_family

    params["os_company"] = os_company

    params["platform"] = platform

    params["country"] = country

    params["region"] = region

    params["city"] = city

    params["messagestream"] = messagestream

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/messages/outbound/clicks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | MessageClickList | None:
    if response.status_code == 200:
        response_200 = MessageClickList.from_dict(response.json())

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
) -> Response[ApiError | MessageClickList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    count: int,
    offset: int,
    recipient: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    client_name: str | Unset = UNSET,
    client_company: str | Unset = UNSET,
    client_family: str | Unset = UNSET,
    os_name: str | Unset = UNSET,
    os_family: str | Unset = UNSET,
    os_company: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    country: str | Unset = UNSET,
    region: str | Unset = UNSET,
    city: str | Unset = UNSET,
    messagestream: str | Unset = UNSET,
) -> Response[ApiError | MessageClickList]:
    """Message clicks

     Searches clicks on tracked links, one entry per recipient and unique link, paged by `count` (max
    500) and `offset`. The documentation states the 10,000 ceiling of count + offset for the other
    searches, not for this one.

    Args:
        count (int):
        offset (int):
        recipient (str | Unset):
        tag (str | Unset):
        client_name (str | Unset):
        client_company (str | Unset):
        client_family (str | Unset):
        os_name (str | Unset):
        os_family (str | Unset):
        os_company (str | Unset):
        platform (str | Unset):
        country (str | Unset):
        region (str | Unset):
        city (str | Unset):
        messagestream (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MessageClickList]
    """

    kwargs = _get_kwargs(
        count=count,
        offset=offset,
        recipient=recipient,
        tag=tag,
        client_name=client_name,
        client_company=client_company,
        client_family=client_family,
        os_name=os_name,
        os_family=os_family,
        os_company=os_company,
        platform=platform,
        country=country,
        region=region,
        city=city,
        messagestream=messagestream,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    count: int,
    offset: int,
    recipient: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    client_name: str | Unset = UNSET,
    client_company: str | Unset = UNSET,
    client_family: str | Unset = UNSET,
    os_name: str | Unset = UNSET,
    os_family: str | Unset = UNSET,
    os_company: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    country: str | Unset = UNSET,
    region: str | Unset = UNSET,
    city: str | Unset = UNSET,
    messagestream: str | Unset = UNSET,
) -> ApiError | MessageClickList | None:
    """Message clicks

     Searches clicks on tracked links, one entry per recipient and unique link, paged by `count` (max
    500) and `offset`. The documentation states the 10,000 ceiling of count + offset for the other
    searches, not for this one.

    Args:
        count (int):
        offset (int):
        recipient (str | Unset):
        tag (str | Unset):
        client_name (str | Unset):
        client_company (str | Unset):
        client_family (str | Unset):
        os_name (str | Unset):
        os_family (str | Unset):
        os_company (str | Unset):
        platform (str | Unset):
        country (str | Unset):
        region (str | Unset):
        city (str | Unset):
        messagestream (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MessageClickList
    """

    return sync_detailed(
        client=client,
        count=count,
        offset=offset,
        recipient=recipient,
        tag=tag,
        client_name=client_name,
        client_company=client_company,
        client_family=client_family,
        os_name=os_name,
        os_family=os_family,
        os_company=os_company,
        platform=platform,
        country=country,
        region=region,
        city=city,
        messagestream=messagestream,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    count: int,
    offset: int,
    recipient: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    client_name: str | Unset = UNSET,
    client_company: str | Unset = UNSET,
    client_family: str | Unset = UNSET,
    os_name: str | Unset = UNSET,
    os_family: str | Unset = UNSET,
    os_company: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    country: str | Unset = UNSET,
    region: str | Unset = UNSET,
    city: str | Unset = UNSET,
    messagestream: str | Unset = UNSET,
) -> Response[ApiError | MessageClickList]:
    """Message clicks

     Searches clicks on tracked links, one entry per recipient and unique link, paged by `count` (max
    500) and `offset`. The documentation states the 10,000 ceiling of count + offset for the other
    searches, not for this one.

    Args:
        count (int):
        offset (int):
        recipient (str | Unset):
        tag (str | Unset):
        client_name (str | Unset):
        client_company (str | Unset):
        client_family (str | Unset):
        os_name (str | Unset):
        os_family (str | Unset):
        os_company (str | Unset):
        platform (str | Unset):
        country (str | Unset):
        region (str | Unset):
        city (str | Unset):
        messagestream (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MessageClickList]
    """

    kwargs = _get_kwargs(
        count=count,
        offset=offset,
        recipient=recipient,
        tag=tag,
        client_name=client_name,
        client_company=client_company,
        client_family=client_family,
        os_name=os_name,
        os_family=os_family,
        os_company=os_company,
        platform=platform,
        country=country,
        region=region,
        city=city,
        messagestream=messagestream,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    count: int,
    offset: int,
    recipient: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    client_name: str | Unset = UNSET,
    client_company: str | Unset = UNSET,
    client_family: str | Unset = UNSET,
    os_name: str | Unset = UNSET,
    os_family: str | Unset = UNSET,
    os_company: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    country: str | Unset = UNSET,
    region: str | Unset = UNSET,
    city: str | Unset = UNSET,
    messagestream: str | Unset = UNSET,
) -> ApiError | MessageClickList | None:
    """Message clicks

     Searches clicks on tracked links, one entry per recipient and unique link, paged by `count` (max
    500) and `offset`. The documentation states the 10,000 ceiling of count + offset for the other
    searches, not for this one.

    Args:
        count (int):
        offset (int):
        recipient (str | Unset):
        tag (str | Unset):
        client_name (str | Unset):
        client_company (str | Unset):
        client_family (str | Unset):
        os_name (str | Unset):
        os_family (str | Unset):
        os_company (str | Unset):
        platform (str | Unset):
        country (str | Unset):
        region (str | Unset):
        city (str | Unset):
        messagestream (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MessageClickList
    """

    return (
        await asyncio_detailed(
            client=client,
            count=count,
            offset=offset,
            recipient=recipient,
            tag=tag,
            client_name=client_name,
            client_company=client_company,
            client_family=client_family,
            os_name=os_name,
            os_family=os_family,
            os_company=os_company,
            platform=platform,
            country=country,
            region=region,
            city=city,
            messagestream=messagestream,
        )
    ).parsed
