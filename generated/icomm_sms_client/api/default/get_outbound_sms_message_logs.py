from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.message_general_status import MessageGeneralStatus
from ...models.sms_logs_response import SmsLogsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    mcc: str | Unset = UNSET,
    mnc: str | Unset = UNSET,
    sender: str | Unset = UNSET,
    destination: str | Unset = UNSET,
    bulk_id: list[str] | Unset = UNSET,
    message_id: list[str] | Unset = UNSET,
    general_status: MessageGeneralStatus | Unset = UNSET,
    sent_since: str | Unset = UNSET,
    sent_until: str | Unset = UNSET,
    limit: int | Unset = 50,
    entity_id: str | Unset = UNSET,
    application_id: str | Unset = UNSET,
    campaign_reference_id: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["mcc"] = mcc

    params["mnc"] = mnc

    params["sender"] = sender

    params["destination"] = destination

    json_bulk_id: list[str] | Unset = UNSET
    if not isinstance(bulk_id, Unset):
        json_bulk_id = bulk_id

    params["bulkId"] = json_bulk_id

    json_message_id: list[str] | Unset = UNSET
    if not isinstance(message_id, Unset):
        json_message_id = message_id

    params["messageId"] = json_message_id

    json_general_status: str | Unset = UNSET
    if not isinstance(general_status, Unset):
        json_general_status = general_status.value

    params["generalStatus"] = json_general_status

    params["sentSince"] = sent_since

    params["sentUntil"] = sent_until

    params["limit"] = limit

    params["entityId"] = entity_id

    params["applicationId"] = application_id

    json_campaign_reference_id: list[str] | Unset = UNSET
    if not isinstance(campaign_reference_id, Unset):
        json_campaign_reference_id = campaign_reference_id

    params["campaignReferenceId"] = json_campaign_reference_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms/3/logs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | SmsLogsResponse | None:
    if response.status_code == 200:
        response_200 = SmsLogsResponse.from_dict(response.json())

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
) -> Response[ApiError | SmsLogsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    mcc: str | Unset = UNSET,
    mnc: str | Unset = UNSET,
    sender: str | Unset = UNSET,
    destination: str | Unset = UNSET,
    bulk_id: list[str] | Unset = UNSET,
    message_id: list[str] | Unset = UNSET,
    general_status: MessageGeneralStatus | Unset = UNSET,
    sent_since: str | Unset = UNSET,
    sent_until: str | Unset = UNSET,
    limit: int | Unset = 50,
    entity_id: str | Unset = UNSET,
    application_id: str | Unset = UNSET,
    campaign_reference_id: list[str] | Unset = UNSET,
) -> Response[ApiError | SmsLogsResponse]:
    """Get outbound SMS message logs

     Returns message logs for display, for example in a user interface; only logs from the last 48 hours
    are available, at most 1000 per call, and delivery reports should be used to verify delivery (the
    icomm doc has no cursor pagination, so Infobip's useCursor and cursor parameters are omitted).

    Args:
        mcc (str | Unset):
        mnc (str | Unset):
        sender (str | Unset):
        destination (str | Unset):
        bulk_id (list[str] | Unset):
        message_id (list[str] | Unset):
        general_status (MessageGeneralStatus | Unset): Status group name that describes which
            category the status code belongs to.
        sent_since (str | Unset):
        sent_until (str | Unset):
        limit (int | Unset):  Default: 50.
        entity_id (str | Unset):
        application_id (str | Unset):
        campaign_reference_id (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SmsLogsResponse]
    """

    kwargs = _get_kwargs(
        mcc=mcc,
        mnc=mnc,
        sender=sender,
        destination=destination,
        bulk_id=bulk_id,
        message_id=message_id,
        general_status=general_status,
        sent_since=sent_since,
        sent_until=sent_until,
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
    mcc: str | Unset = UNSET,
    mnc: str | Unset = UNSET,
    sender: str | Unset = UNSET,
    destination: str | Unset = UNSET,
    bulk_id: list[str] | Unset = UNSET,
    message_id: list[str] | Unset = UNSET,
    general_status: MessageGeneralStatus | Unset = UNSET,
    sent_since: str | Unset = UNSET,
    sent_until: str | Unset = UNSET,
    limit: int | Unset = 50,
    entity_id: str | Unset = UNSET,
    application_id: str | Unset = UNSET,
    campaign_reference_id: list[str] | Unset = UNSET,
) -> ApiError | SmsLogsResponse | None:
    """Get outbound SMS message logs

     Returns message logs for display, for example in a user interface; only logs from the last 48 hours
    are available, at most 1000 per call, and delivery reports should be used to verify delivery (the
    icomm doc has no cursor pagination, so Infobip's useCursor and cursor parameters are omitted).

    Args:
        mcc (str | Unset):
        mnc (str | Unset):
        sender (str | Unset):
        destination (str | Unset):
        bulk_id (list[str] | Unset):
        message_id (list[str] | Unset):
        general_status (MessageGeneralStatus | Unset): Status group name that describes which
            category the status code belongs to.
        sent_since (str | Unset):
        sent_until (str | Unset):
        limit (int | Unset):  Default: 50.
        entity_id (str | Unset):
        application_id (str | Unset):
        campaign_reference_id (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SmsLogsResponse
    """

    return sync_detailed(
        client=client,
        mcc=mcc,
        mnc=mnc,
        sender=sender,
        destination=destination,
        bulk_id=bulk_id,
        message_id=message_id,
        general_status=general_status,
        sent_since=sent_since,
        sent_until=sent_until,
        limit=limit,
        entity_id=entity_id,
        application_id=application_id,
        campaign_reference_id=campaign_reference_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    mcc: str | Unset = UNSET,
    mnc: str | Unset = UNSET,
    sender: str | Unset = UNSET,
    destination: str | Unset = UNSET,
    bulk_id: list[str] | Unset = UNSET,
    message_id: list[str] | Unset = UNSET,
    general_status: MessageGeneralStatus | Unset = UNSET,
    sent_since: str | Unset = UNSET,
    sent_until: str | Unset = UNSET,
    limit: int | Unset = 50,
    entity_id: str | Unset = UNSET,
    application_id: str | Unset = UNSET,
    campaign_reference_id: list[str] | Unset = UNSET,
) -> Response[ApiError | SmsLogsResponse]:
    """Get outbound SMS message logs

     Returns message logs for display, for example in a user interface; only logs from the last 48 hours
    are available, at most 1000 per call, and delivery reports should be used to verify delivery (the
    icomm doc has no cursor pagination, so Infobip's useCursor and cursor parameters are omitted).

    Args:
        mcc (str | Unset):
        mnc (str | Unset):
        sender (str | Unset):
        destination (str | Unset):
        bulk_id (list[str] | Unset):
        message_id (list[str] | Unset):
        general_status (MessageGeneralStatus | Unset): Status group name that describes which
            category the status code belongs to.
        sent_since (str | Unset):
        sent_until (str | Unset):
        limit (int | Unset):  Default: 50.
        entity_id (str | Unset):
        application_id (str | Unset):
        campaign_reference_id (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SmsLogsResponse]
    """

    kwargs = _get_kwargs(
        mcc=mcc,
        mnc=mnc,
        sender=sender,
        destination=destination,
        bulk_id=bulk_id,
        message_id=message_id,
        general_status=general_status,
        sent_since=sent_since,
        sent_until=sent_until,
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
    mcc: str | Unset = UNSET,
    mnc: str | Unset = UNSET,
    sender: str | Unset = UNSET,
    destination: str | Unset = UNSET,
    bulk_id: list[str] | Unset = UNSET,
    message_id: list[str] | Unset = UNSET,
    general_status: MessageGeneralStatus | Unset = UNSET,
    sent_since: str | Unset = UNSET,
    sent_until: str | Unset = UNSET,
    limit: int | Unset = 50,
    entity_id: str | Unset = UNSET,
    application_id: str | Unset = UNSET,
    campaign_reference_id: list[str] | Unset = UNSET,
) -> ApiError | SmsLogsResponse | None:
    """Get outbound SMS message logs

     Returns message logs for display, for example in a user interface; only logs from the last 48 hours
    are available, at most 1000 per call, and delivery reports should be used to verify delivery (the
    icomm doc has no cursor pagination, so Infobip's useCursor and cursor parameters are omitted).

    Args:
        mcc (str | Unset):
        mnc (str | Unset):
        sender (str | Unset):
        destination (str | Unset):
        bulk_id (list[str] | Unset):
        message_id (list[str] | Unset):
        general_status (MessageGeneralStatus | Unset): Status group name that describes which
            category the status code belongs to.
        sent_since (str | Unset):
        sent_until (str | Unset):
        limit (int | Unset):  Default: 50.
        entity_id (str | Unset):
        application_id (str | Unset):
        campaign_reference_id (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SmsLogsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            mcc=mcc,
            mnc=mnc,
            sender=sender,
            destination=destination,
            bulk_id=bulk_id,
            message_id=message_id,
            general_status=general_status,
            sent_since=sent_since,
            sent_until=sent_until,
            limit=limit,
            entity_id=entity_id,
            application_id=application_id,
            campaign_reference_id=campaign_reference_id,
        )
    ).parsed
