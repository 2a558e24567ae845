from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.recipient_collection import RecipientCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
    attributes: str | Unset = UNSET,
    subscribed_to: int | Unset = UNSET,
    subscribed_to_any: str | Unset = UNSET,
    unsubscribed_from: int | Unset = UNSET,
    unsubscribed_from_any: str | Unset = UNSET,
    last_modified_since: str | Unset = UNSET,
    email: str | Unset = UNSET,
    tracking_permissions_for_lists: str | Unset = UNSET,
    subscription_dates_for_lists: str | Unset = UNSET,
    unsubscription_dates_for_lists: str | Unset = UNSET,
    filter_id: int | Unset = UNSET,
    unavailable: bool | Unset = UNSET,
    email_contains_ignore_case: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["afterId"] = after_id

    params["pageSize"] = page_size

    params["attributes"] = attributes

    params["subscribedTo"] = subscribed_to

    params["subscribedToAny"] = subscribed_to_any

    params["unsubscribedFrom"] = unsubscribed_from

    params["unsubscribedFromAny"] = unsubscribed_from_any

    params["lastModifiedSince"] = last_modified_since

    params["email"] = email

    params["trackingPermissionsForLists"] = tracking_permissions_for_lists

    params["subscriptionDatesForLists"] = subscription_dates_for_lists

    params["unsubscriptionDatesForLists"] = unsubscription_dates_for_lists

    params["filterId"] = filter_id

    params["unavailable"] = unavailable

    params["emailContainsIgnoreCase"] = email_contains_ignore_case

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/recipients",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RecipientCollection | None:
    if response.status_code == 200:
        response_200 = RecipientCollection.from_dict(response.json())

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
) -> Response[Problem | RecipientCollection]:
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
    attributes: str | Unset = UNSET,
    subscribed_to: int | Unset = UNSET,
    subscribed_to_any: str | Unset = UNSET,
    unsubscribed_from: int | Unset = UNSET,
    unsubscribed_from_any: str | Unset = UNSET,
    last_modified_since: str | Unset = UNSET,
    email: str | Unset = UNSET,
    tracking_permissions_for_lists: str | Unset = UNSET,
    subscription_dates_for_lists: str | Unset = UNSET,
    unsubscription_dates_for_lists: str | Unset = UNSET,
    filter_id: int | Unset = UNSET,
    unavailable: bool | Unset = UNSET,
    email_contains_ignore_case: str | Unset = UNSET,
) -> Response[Problem | RecipientCollection]:
    """Retrieve recipients collection

     Returns the first page of recipients (cursor paged). Without parameters the items carry only id,
    email, lowerEmail, unavailable and last_modified. `subscribedTo`, `subscribedToAny`,
    `unsubscribedFrom` and `unsubscribedFromAny` exclude each other; `subscriptionDatesForLists` and
    `unsubscriptionDatesForLists` too.

    Two wildcard filters cannot be declared as OpenAPI parameters because the attribute name is part of
    the parameter name; send them as additional query parameters: `attributes.<attributeName>=<value>`
    returns recipients whose attribute equals the value (e.g. `attributes.familyName=Doe`; any number of
    attributes; the attribute must exist and be a custom user attribute; FLOATING_POINT_NUMBER and
    TIME_ONLY are not supported; the value must match the attribute's type, otherwise unknown-recipient-
    attribute, unparseable-recipient-attribute-filter or unsupported-recipient-attribute-filter, 400),
    and `attributesContainsIgnoreCase.<attributeName>=<value>` returns recipients whose attribute
    contains the value, case-insensitively; it can be combined with `attributes.<other name>`, but using
    the same attribute twice or in both forms results in 400.

    Args:
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.
        attributes (str | Unset):
        subscribed_to (int | Unset):
        subscribed_to_any (str | Unset): Comma-separated list of numeric IDs. Example: 1,2,3.
        unsubscribed_from (int | Unset):
        unsubscribed_from_any (str | Unset): Comma-separated list of numeric IDs. Example: 1,2,3.
        last_modified_since (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an
            offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API
            description), pattern-checked rather than `date-time` because the documented requests send
            `+0000`. Example: 2016-02-04T10:30:12Z.
        email (str | Unset):
        tracking_permissions_for_lists (str | Unset): Comma-separated list of numeric IDs.
            Example: 1,2,3.
        subscription_dates_for_lists (str | Unset): Comma-separated list of numeric IDs. Example:
            1,2,3.
        unsubscription_dates_for_lists (str | Unset): Comma-separated list of numeric IDs.
            Example: 1,2,3.
        filter_id (int | Unset):
        unavailable (bool | Unset):
        email_contains_ignore_case (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecipientCollection]
    """

    kwargs = _get_kwargs(
        after_id=after_id,
        page_size=page_size,
        attributes=attributes,
        subscribed_to=subscribed_to,
        subscribed_to_any=subscribed_to_any,
        unsubscribed_from=unsubscribed_from,
        unsubscribed_from_any=unsubscribed_from_any,
        last_modified_since=last_modified_since,
        email=email,
        tracking_permissions_for_lists=tracking_permissions_for_lists,
        subscription_dates_for_lists=subscription_dates_for_lists,
        unsubscription_dates_for_lists=unsubscription_dates_for_lists,
        filter_id=filter_id,
        unavailable=unavailable,
        email_contains_ignore_case=email_contains_ignore_case,
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
    attributes: str | Unset = UNSET,
    subscribed_to: int | Unset = UNSET,
    subscribed_to_any: str | Unset = UNSET,
    unsubscribed_from: int | Unset = UNSET,
    unsubscribed_from_any: str | Unset = UNSET,
    last_modified_since: str | Unset = UNSET,
    email: str | Unset = UNSET,
    tracking_permissions_for_lists: str | Unset = UNSET,
    subscription_dates_for_lists: str | Unset = UNSET,
    unsubscription_dates_for_lists: str | Unset = UNSET,
    filter_id: int | Unset = UNSET,
    unavailable: bool | Unset = UNSET,
    email_contains_ignore_case: str | Unset = UNSET,
) -> Problem | RecipientCollection | None:
    """Retrieve recipients collection

     Returns the first page of recipients (cursor paged). Without parameters the items carry only id,
    email, lowerEmail, unavailable and last_modified. `subscribedTo`, `subscribedToAny`,
    `unsubscribedFrom` and `unsubscribedFromAny` exclude each other; `subscriptionDatesForLists` and
    `unsubscriptionDatesForLists` too.

    Two wildcard filters cannot be declared as OpenAPI parameters because the attribute name is part of
    the parameter name; send them as additional query parameters: `attributes.<attributeName>=<value>`
    returns recipients whose attribute equals the value (e.g. `attributes.familyName=Doe`; any number of
    attributes; the attribute must exist and be a custom user attribute; FLOATING_POINT_NUMBER and
    TIME_ONLY are not supported; the value must match the attribute's type, otherwise unknown-recipient-
    attribute, unparseable-recipient-attribute-filter or unsupported-recipient-attribute-filter, 400),
    and `attributesContainsIgnoreCase.<attributeName>=<value>` returns recipients whose attribute
    contains the value, case-insensitively; it can be combined with `attributes.<other name>`, but using
    the same attribute twice or in both forms results in 400.

    Args:
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.
        attributes (str | Unset):
        subscribed_to (int | Unset):
        subscribed_to_any (str | Unset): Comma-separated list of numeric IDs. Example: 1,2,3.
        unsubscribed_from (int | Unset):
        unsubscribed_from_any (str | Unset): Comma-separated list of numeric IDs. Example: 1,2,3.
        last_modified_since (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an
            offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API
            description), pattern-checked rather than `date-time` because the documented requests send
            `+0000`. Example: 2016-02-04T10:30:12Z.
        email (str | Unset):
        tracking_permissions_for_lists (str | Unset): Comma-separated list of numeric IDs.
            Example: 1,2,3.
        subscription_dates_for_lists (str | Unset): Comma-separated list of numeric IDs. Example:
            1,2,3.
        unsubscription_dates_for_lists (str | Unset): Comma-separated list of numeric IDs.
            Example: 1,2,3.
        filter_id (int | Unset):
        unavailable (bool | Unset):
        email_contains_ignore_case (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecipientCollection
    """

    return sync_detailed(
        client=client,
        after_id=after_id,
        page_size=page_size,
        attributes=attributes,
        subscribed_to=subscribed_to,
        subscribed_to_any=subscribed_to_any,
        unsubscribed_from=unsubscribed_from,
        unsubscribed_from_any=unsubscribed_from_any,
        last_modified_since=last_modified_since,
        email=email,
        tracking_permissions_for_lists=tracking_permissions_for_lists,
        subscription_dates_for_lists=subscription_dates_for_lists,
        unsubscription_dates_for_lists=unsubscription_dates_for_lists,
        filter_id=filter_id,
        unavailable=unavailable,
        email_contains_ignore_case=email_contains_ignore_case,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
    attributes: str | Unset = UNSET,
    subscribed_to: int | Unset = UNSET,
    subscribed_to_any: str | Unset = UNSET,
    unsubscribed_from: int | Unset = UNSET,
    unsubscribed_from_any: str | Unset = UNSET,
    last_modified_since: str | Unset = UNSET,
    email: str | Unset = UNSET,
    tracking_permissions_for_lists: str | Unset = UNSET,
    subscription_dates_for_lists: str | Unset = UNSET,
    unsubscription_dates_for_lists: str | Unset = UNSET,
    filter_id: int | Unset = UNSET,
    unavailable: bool | Unset = UNSET,
    email_contains_ignore_case: str | Unset = UNSET,
) -> Response[Problem | RecipientCollection]:
    """Retrieve recipients collection

     Returns the first page of recipients (cursor paged). Without parameters the items carry only id,
    email, lowerEmail, unavailable and last_modified. `subscribedTo`, `subscribedToAny`,
    `unsubscribedFrom` and `unsubscribedFromAny` exclude each other; `subscriptionDatesForLists` and
    `unsubscriptionDatesForLists` too.

    Two wildcard filters cannot be declared as OpenAPI parameters because the attribute name is part of
    the parameter name; send them as additional query parameters: `attributes.<attributeName>=<value>`
    returns recipients whose attribute equals the value (e.g. `attributes.familyName=Doe`; any number of
    attributes; the attribute must exist and be a custom user attribute; FLOATING_POINT_NUMBER and
    TIME_ONLY are not supported; the value must match the attribute's type, otherwise unknown-recipient-
    attribute, unparseable-recipient-attribute-filter or unsupported-recipient-attribute-filter, 400),
    and `attributesContainsIgnoreCase.<attributeName>=<value>` returns recipients whose attribute
    contains the value, case-insensitively; it can be combined with `attributes.<other name>`, but using
    the same attribute twice or in both forms results in 400.

    Args:
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.
        attributes (str | Unset):
        subscribed_to (int | Unset):
        subscribed_to_any (str | Unset): Comma-separated list of numeric IDs. Example: 1,2,3.
        unsubscribed_from (int | Unset):
        unsubscribed_from_any (str | Unset): Comma-separated list of numeric IDs. Example: 1,2,3.
        last_modified_since (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an
            offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API
            description), pattern-checked rather than `date-time` because the documented requests send
            `+0000`. Example: 2016-02-04T10:30:12Z.
        email (str | Unset):
        tracking_permissions_for_lists (str | Unset): Comma-separated list of numeric IDs.
            Example: 1,2,3.
        subscription_dates_for_lists (str | Unset): Comma-separated list of numeric IDs. Example:
            1,2,3.
        unsubscription_dates_for_lists (str | Unset): Comma-separated list of numeric IDs.
            Example: 1,2,3.
        filter_id (int | Unset):
        unavailable (bool | Unset):
        email_contains_ignore_case (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecipientCollection]
    """

    kwargs = _get_kwargs(
        after_id=after_id,
        page_size=page_size,
        attributes=attributes,
        subscribed_to=subscribed_to,
        subscribed_to_any=subscribed_to_any,
        unsubscribed_from=unsubscribed_from,
        unsubscribed_from_any=unsubscribed_from_any,
        last_modified_since=last_modified_since,
        email=email,
        tracking_permissions_for_lists=tracking_permissions_for_lists,
        subscription_dates_for_lists=subscription_dates_for_lists,
        unsubscription_dates_for_lists=unsubscription_dates_for_lists,
        filter_id=filter_id,
        unavailable=unavailable,
        email_contains_ignore_case=email_contains_ignore_case,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    after_id: int | Unset = UNSET,
    page_size: int | Unset = 1000,
    attributes: str | Unset = UNSET,
    subscribed_to: int | Unset = UNSET,
    subscribed_to_any: str | Unset = UNSET,
    unsubscribed_from: int | Unset = UNSET,
    unsubscribed_from_any: str | Unset = UNSET,
    last_modified_since: str | Unset = UNSET,
    email: str | Unset = UNSET,
    tracking_permissions_for_lists: str | Unset = UNSET,
    subscription_dates_for_lists: str | Unset = UNSET,
    unsubscription_dates_for_lists: str | Unset = UNSET,
    filter_id: int | Unset = UNSET,
    unavailable: bool | Unset = UNSET,
    email_contains_ignore_case: str | Unset = UNSET,
) -> Problem | RecipientCollection | None:
    """Retrieve recipients collection

     Returns the first page of recipients (cursor paged). Without parameters the items carry only id,
    email, lowerEmail, unavailable and last_modified. `subscribedTo`, `subscribedToAny`,
    `unsubscribedFrom` and `unsubscribedFromAny` exclude each other; `subscriptionDatesForLists` and
    `unsubscriptionDatesForLists` too.

    Two wildcard filters cannot be declared as OpenAPI parameters because the attribute name is part of
    the parameter name; send them as additional query parameters: `attributes.<attributeName>=<value>`
    returns recipients whose attribute equals the value (e.g. `attributes.familyName=Doe`; any number of
    attributes; the attribute must exist and be a custom user attribute; FLOATING_POINT_NUMBER and
    TIME_ONLY are not supported; the value must match the attribute's type, otherwise unknown-recipient-
    attribute, unparseable-recipient-attribute-filter or unsupported-recipient-attribute-filter, 400),
    and `attributesContainsIgnoreCase.<attributeName>=<value>` returns recipients whose attribute
    contains the value, case-insensitively; it can be combined with `attributes.<other name>`, but using
    the same attribute twice or in both forms results in 400.

    Args:
        after_id (int | Unset):
        page_size (int | Unset):  Default: 1000.
        attributes (str | Unset):
        subscribed_to (int | Unset):
        subscribed_to_any (str | Unset): Comma-separated list of numeric IDs. Example: 1,2,3.
        unsubscribed_from (int | Unset):
        unsubscribed_from_any (str | Unset): Comma-separated list of numeric IDs. Example: 1,2,3.
        last_modified_since (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an
            offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API
            description), pattern-checked rather than `date-time` because the documented requests send
            `+0000`. Example: 2016-02-04T10:30:12Z.
        email (str | Unset):
        tracking_permissions_for_lists (str | Unset): Comma-separated list of numeric IDs.
            Example: 1,2,3.
        subscription_dates_for_lists (str | Unset): Comma-separated list of numeric IDs. Example:
            1,2,3.
        unsubscription_dates_for_lists (str | Unset): Comma-separated list of numeric IDs.
            Example: 1,2,3.
        filter_id (int | Unset):
        unavailable (bool | Unset):
        email_contains_ignore_case (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecipientCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            after_id=after_id,
            page_size=page_size,
            attributes=attributes,
            subscribed_to=subscribed_to,
            subscribed_to_any=subscribed_to_any,
            unsubscribed_from=unsubscribed_from,
            unsubscribed_from_any=unsubscribed_from_any,
            last_modified_since=last_modified_since,
            email=email,
            tracking_permissions_for_lists=tracking_permissions_for_lists,
            subscription_dates_for_lists=subscription_dates_for_lists,
            unsubscription_dates_for_lists=unsubscription_dates_for_lists,
            filter_id=filter_id,
            unavailable=unavailable,
            email_contains_ignore_case=email_contains_ignore_case,
        )
    ).parsed
