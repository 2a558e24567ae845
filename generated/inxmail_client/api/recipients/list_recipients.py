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
    attributes: list[str] | Unset = UNSET,
    subscribed_to: int | Unset = UNSET,
    subscribed_to_any: list[int] | Unset = UNSET,
    unsubscribed_from: int | Unset = UNSET,
    unsubscribed_from_any: list[int] | Unset = UNSET,
    last_modified_since: str | Unset = UNSET,
    email: list[str] | Unset = UNSET,
    tracking_permissions_for_lists: list[int] | Unset = UNSET,
    subscription_dates_for_lists: list[int] | Unset = UNSET,
    unsubscription_dates_for_lists: list[int] | Unset = UNSET,
    filter_id: int | Unset = UNSET,
    unavailable: bool | Unset = UNSET,
    email_contains_ignore_case: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["afterId"] = after_id

    params["pageSize"] = page_size

    json_attributes: list[str] | Unset = UNSET
    if not isinstance(attributes, Unset):
        json_attributes = attributes

    params["attributes"] = json_attributes

    params["subscribedTo"] = subscribed_to

    json_subscribed_to_any: list[int] | Unset = UNSET
    if not isinstance(subscribed_to_any, Unset):
        json_subscribed_to_any = subscribed_to_any

    params["subscribedToAny"] = json_subscribed_to_any

    params["unsubscribedFrom"] = unsubscribed_from

    json_unsubscribed_from_any: list[int] | Unset = UNSET
    if not isinstance(unsubscribed_from_any, Unset):
        json_unsubscribed_from_any = unsubscribed_from_any

    params["unsubscribedFromAny"] = json_unsubscribed_from_any

    params["lastModifiedSince"] = last_modified_since

    json_email: list[str] | Unset = UNSET
    if not isinstance(email, Unset):
        json_email = email

    params["email"] = json_email

    json_tracking_permissions_for_lists: list[int] | Unset = UNSET
    if not isinstance(tracking_permissions_for_lists, Unset):
        json_tracking_permissions_for_lists = tracking_permissions_for_lists

    params["trackingPermissionsForLists"] = json_tracking_permissions_for_lists

    json_subscription_dates_for_lists: list[int] | Unset = UNSET
    if not isinstance(subscription_dates_for_lists, Unset):
        json_subscription_dates_for_lists = subscription_dates_for_lists

    params["subscriptionDatesForLists"] = json_subscription_dates_for_lists

    json_unsubscription_dates_for_lists: list[int] | Unset = UNSET
    if not isinstance(unsubscription_dates_for_lists, Unset):
        json_unsubscription_dates_for_lists = unsubscription_dates_for_lists

    params["unsubscriptionDatesForLists"] = json_unsubscription_dates_for_lists

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
    attributes: list[str] | Unset = UNSET,
    subscribed_to: int | Unset = UNSET,
    subscribed_to_any: list[int] | Unset = UNSET,
    unsubscribed_from: int | Unset = UNSET,
    unsubscribed_from_any: list[int] | Unset = UNSET,
    last_modified_since: str | Unset = UNSET,
    email: list[str] | Unset = UNSET,
    tracking_permissions_for_lists: list[int] | Unset = UNSET,
    subscription_dates_for_lists: list[int] | Unset = UNSET,
    unsubscription_dates_for_lists: list[int] | Unset = UNSET,
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
        attributes (list[str] | Unset):
        subscribed_to (int | Unset):
        subscribed_to_any (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`, as the
            service's own self links do) or comma-separated (`a=1,2`); the doc: "more than one value
            can be specified with multiple query parameters or comma separated list". Example: [1, 2,
            3].
        unsubscribed_from (int | Unset):
        unsubscribed_from_any (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`, as the
            service's own self links do) or comma-separated (`a=1,2`); the doc: "more than one value
            can be specified with multiple query parameters or comma separated list". Example: [1, 2,
            3].
        last_modified_since (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an
            offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API
            description), pattern-checked rather than `date-time` because the documented requests send
            `+0000`. Example: 2016-02-04T10:30:12Z.
        email (list[str] | Unset):
        tracking_permissions_for_lists (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`,
            as the service's own self links do) or comma-separated (`a=1,2`); the doc: "more than one
            value can be specified with multiple query parameters or comma separated list". Example:
            [1, 2, 3].
        subscription_dates_for_lists (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`,
            as the service's own self links do) or comma-separated (`a=1,2`); the doc: "more than one
            value can be specified with multiple query parameters or comma separated list". Example:
            [1, 2, 3].
        unsubscription_dates_for_lists (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`,
            as the service's own self links do) or comma-separated (`a=1,2`); the doc: "more than one
            value can be specified with multiple query parameters or comma separated list". Example:
            [1, 2, 3].
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
    attributes: list[str] | Unset = UNSET,
    subscribed_to: int | Unset = UNSET,
    subscribed_to_any: list[int] | Unset = UNSET,
    unsubscribed_from: int | Unset = UNSET,
    unsubscribed_from_any: list[int] | Unset = UNSET,
    last_modified_since: str | Unset = UNSET,
    email: list[str] | Unset = UNSET,
    tracking_permissions_for_lists: list[int] | Unset = UNSET,
    subscription_dates_for_lists: list[int] | Unset = UNSET,
    unsubscription_dates_for_lists: list[int] | Unset = UNSET,
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
        attributes (list[str] | Unset):
        subscribed_to (int | Unset):
        subscribed_to_any (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`, as the
            service's own self links do) or comma-separated (`a=1,2`); the doc: "more than one value
            can be specified with multiple query parameters or comma separated list". Example: [1, 2,
            3].
        unsubscribed_from (int | Unset):
        unsubscribed_from_any (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`, as the
            service's own self links do) or comma-separated (`a=1,2`); the doc: "more than one value
            can be specified with multiple query parameters or comma separated list". Example: [1, 2,
            3].
        last_modified_since (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an
            offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API
            description), pattern-checked rather than `date-time` because the documented requests send
            `+0000`. Example: 2016-02-04T10:30:12Z.
        email (list[str] | Unset):
        tracking_permissions_for_lists (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`,
            as the service's own self links do) or comma-separated (`a=1,2`); the doc: "more than one
            value can be specified with multiple query parameters or comma separated list". Example:
            [1, 2, 3].
        subscription_dates_for_lists (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`,
            as the service's own self links do) or comma-separated (`a=1,2`); the doc: "more than one
            value can be specified with multiple query parameters or comma separated list". Example:
            [1, 2, 3].
        unsubscription_dates_for_lists (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`,
            as the service's own self links do) or comma-separated (`a=1,2`); the doc: "more than one
            value can be specified with multiple query parameters or comma separated list". Example:
            [1, 2, 3].
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
    attributes: list[str] | Unset = UNSET,
    subscribed_to: int | Unset = UNSET,
    subscribed_to_any: list[int] | Unset = UNSET,
    unsubscribed_from: int | Unset = UNSET,
    unsubscribed_from_any: list[int] | Unset = UNSET,
    last_modified_since: str | Unset = UNSET,
    email: list[str] | Unset = UNSET,
    tracking_permissions_for_lists: list[int] | Unset = UNSET,
    subscription_dates_for_lists: list[int] | Unset = UNSET,
    unsubscription_dates_for_lists: list[int] | Unset = UNSET,
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
        attributes (list[str] | Unset):
        subscribed_to (int | Unset):
        subscribed_to_any (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`, as the
            service's own self links do) or comma-separated (`a=1,2`); the doc: "more than one value
            can be specified with multiple query parameters or comma separated list". Example: [1, 2,
            3].
        unsubscribed_from (int | Unset):
        unsubscribed_from_any (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`, as the
            service's own self links do) or comma-separated (`a=1,2`); the doc: "more than one value
            can be specified with multiple query parameters or comma separated list". Example: [1, 2,
            3].
        last_modified_since (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an
            offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API
            description), pattern-checked rather than `date-time` because the documented requests send
            `+0000`. Example: 2016-02-04T10:30:12Z.
        email (list[str] | Unset):
        tracking_permissions_for_lists (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`,
            as the service's own self links do) or comma-separated (`a=1,2`); the doc: "more than one
            value can be specified with multiple query parameters or comma separated list". Example:
            [1, 2, 3].
        subscription_dates_for_lists (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`,
            as the service's own self links do) or comma-separated (`a=1,2`); the doc: "more than one
            value can be specified with multiple query parameters or comma separated list". Example:
            [1, 2, 3].
        unsubscription_dates_for_lists (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`,
            as the service's own self links do) or comma-separated (`a=1,2`); the doc: "more than one
            value can be specified with multiple query parameters or comma separated list". Example:
            [1, 2, 3].
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
    attributes: list[str] | Unset = UNSET,
    subscribed_to: int | Unset = UNSET,
    subscribed_to_any: list[int] | Unset = UNSET,
    unsubscribed_from: int | Unset = UNSET,
    unsubscribed_from_any: list[int] | Unset = UNSET,
    last_modified_since: str | Unset = UNSET,
    email: list[str] | Unset = UNSET,
    tracking_permissions_for_lists: list[int] | Unset = UNSET,
    subscription_dates_for_lists: list[int] | Unset = UNSET,
    unsubscription_dates_for_lists: list[int] | Unset = UNSET,
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
        attributes (list[str] | Unset):
        subscribed_to (int | Unset):
        subscribed_to_any (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`, as the
            service's own self links do) or comma-separated (`a=1,2`); the doc: "more than one value
            can be specified with multiple query parameters or comma separated list". Example: [1, 2,
            3].
        unsubscribed_from (int | Unset):
        unsubscribed_from_any (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`, as the
            service's own self links do) or comma-separated (`a=1,2`); the doc: "more than one value
            can be specified with multiple query parameters or comma separated list". Example: [1, 2,
            3].
        last_modified_since (str | Unset): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an
            offset `+hh:mm`/`+hhmm`); a real calendar date and time (see Dates in the API
            description), pattern-checked rather than `date-time` because the documented requests send
            `+0000`. Example: 2016-02-04T10:30:12Z.
        email (list[str] | Unset):
        tracking_permissions_for_lists (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`,
            as the service's own self links do) or comma-separated (`a=1,2`); the doc: "more than one
            value can be specified with multiple query parameters or comma separated list". Example:
            [1, 2, 3].
        subscription_dates_for_lists (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`,
            as the service's own self links do) or comma-separated (`a=1,2`); the doc: "more than one
            value can be specified with multiple query parameters or comma separated list". Example:
            [1, 2, 3].
        unsubscription_dates_for_lists (list[int] | Unset): Numeric IDs, sent repeated (`a=1&a=2`,
            as the service's own self links do) or comma-separated (`a=1,2`); the doc: "more than one
            value can be specified with multiple query parameters or comma separated list". Example:
            [1, 2, 3].
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
