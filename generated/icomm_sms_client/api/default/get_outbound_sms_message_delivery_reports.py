from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.delivery_reports import DeliveryReports
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    bulk_id: str | Unset = UNSET,
    message_id: str | Unset = UNSET,
    limit: int | Unset = 50,
    entity_id: str | Unset = UNSET,
    application_id: str | Unset = UNSET,
    campaign_reference_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["bulkId"] = bulk_id

    params["messageId"] = message_id

    params["limit"] = limit

    params["entityId"] = entity_id

    params["applicationId"] = application_id

    params["campaignReferenceId"] = campaign_reference_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms/3/reports",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | DeliveryReports | None:
    if response.status_code == 200:
        response_200 = DeliveryReports.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ApiError.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ApiError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ApiError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | DeliveryReports]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    bulk_id: str | Unset = UNSET,
    message_id: str | Unset = UNSET,
    limit: int | Unset = 50,
    entity_id: str | Unset = UNSET,
    application_id: str | Unset = UNSET,
    campaign_reference_id: str | Unset = UNSET,
) -> Response[ApiError | DeliveryReports]:
    """Get outbound SMS message delivery reports

     Fetches batches of the latest delivery reports for use when real-time reports cannot be received on
    your endpoint; each report is returned only once and only reports from the last 48 h are available
    (follows the icomm doc, which does not mention Infobip's re-reporting after a later status change).

    Args:
        bulk_id (str | Unset):
        message_id (str | Unset):
        limit (int | Unset):  Default: 50.
        entity_id (str | Unset):
        application_id (str | Unset):
        campaign_reference_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DeliveryReports]
    """

    kwargs = _get_kwargs(
        bulk_id=bulk_id,
        message_id=message_id,
        limit=limit,
        entity_id=entity_id,
        application_id=application_id,
        campaign_reference_id=campaign_reference_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    bulk_id: str | Unset = UNSET,
    message_id: str | Unset = UNSET,
    limit: int | Unset = 50,
    entity_id: str | Unset = UNSET,
    application_id: str | Unset = UNSET,
    campaign_reference_id: str | Unset = UNSET,
) -> ApiError | DeliveryReports | None:
    """Get outbound SMS message delivery reports

     Fetches batches of the latest delivery reports for use when real-time reports cannot be received on
    your endpoint; each report is returned only once and only reports from the last 48 h are available
    (follows the icomm doc, which does not mention Infobip's re-reporting after a later status change).

    Args:
        bulk_id (str | Unset):
        message_id (str | Unset):
        limit (int | Unset):  Default: 50.
        entity_id (str | Unset):
        application_id (str | Unset):
        campaign_reference_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DeliveryReports
    """

    return sync_detailed(
        client=client,
        bulk_id=bulk_id,
        message_id=message_id,
        limit=limit,
        entity_id=entity_id,
        application_id=application_id,
        campaign_reference_id=campaign_reference_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    bulk_id: str | Unset = UNSET,
    message_id: str | Unset = UNSET,
    limit: int | Unset = 50,
    entity_id: str | Unset = UNSET,
    application_id: str | Unset = UNSET,
    campaign_reference_id: str | Unset = UNSET,
) -> Response[ApiError | DeliveryReports]:
    """Get outbound SMS message delivery reports

     Fetches batches of the latest delivery reports for use when real-time reports cannot be received on
    your endpoint; each report is returned only once and only reports from the last 48 h are available
    (follows the icomm doc, which does not mention Infobip's re-reporting after a later status change).

    Args:
        bulk_id (str | Unset):
        message_id (str | Unset):
        limit (int | Unset):  Default: 50.
        entity_id (str | Unset):
        application_id (str | Unset):
        campaign_reference_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | DeliveryReports]
    """

    kwargs = _get_kwargs(
        bulk_id=bulk_id,
        message_id=message_id,
        limit=limit,
        entity_id=entity_id,
        application_id=application_id,
        campaign_reference_id=campaign_reference_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    bulk_id: str | Unset = UNSET,
    message_id: str | Unset = UNSET,
    limit: int | Unset = 50,
    entity_id: str | Unset = UNSET,
    application_id: str | Unset = UNSET,
    campaign_reference_id: str | Unset = UNSET,
) -> ApiError | DeliveryReports | None:
    """Get outbound SMS message delivery reports

     Fetches batches of the latest delivery reports for use when real-time reports cannot be received on
    your endpoint; each report is returned only once and only reports from the last 48 h are available
    (follows the icomm doc, which does not mention Infobip's re-reporting after a later status change).

    Args:
        bulk_id (str | Unset):
        message_id (str | Unset):
        limit (int | Unset):  Default: 50.
        entity_id (str | Unset):
        application_id (str | Unset):
        campaign_reference_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | DeliveryReports
    """

    return (
        await asyncio_detailed(
            client=client,
            bulk_id=bulk_id,
            message_id=message_id,
            limit=limit,
            entity_id=entity_id,
            application_id=application_id,
            campaign_reference_id=campaign_reference_id,
        )
    ).parsed
