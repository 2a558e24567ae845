from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_values import AttributeValues
    from ..models.links import Links
    from ..models.recipient_list_date import RecipientListDate
    from ..models.recipient_tracking_permission import RecipientTrackingPermission


T = TypeVar("T", bound="Recipient")


@_attrs_define
class Recipient:
    """A recipient. Attributes, tracking permissions and (un)subscription dates are only present when requested.

    Attributes:
        id (int): The ID of the recipient. Example: 5.
        field_links (Links): The `_links` node of a HAL document: at least a `self` link. Custom relations carry the
            `inx:` prefix, expanded by the `curies` entry (present on top-level documents, omitted on embedded items and
            most create/update responses). Paged collections add `first` (omitted on the first page), `next` (omitted on the
            last page; there actually is a non-empty next page) and, on the last page, `inx:upcoming` (a page that becomes
            available once more data is entered). Relations not listed here are allowed as further `Link` objects.
        email (str | Unset): The email address of the recipient. Example: john.doe@example.com.
        lower_email (None | str | Unset): The normalised (lower case) email address. Example: john.doe@example.com.
        unavailable (bool | Unset): Bounce status: true after three or more hard bounces; mailings cannot be delivered.
        last_modified (datetime.datetime | None | Unset): When the recipient was updated for the last time. Example:
            2018-01-16T12:42:32Z.
        attributes (AttributeValues | Unset): Recipient attribute values by attribute name. Values are strings (TEXT;
            dates as `YYYY-MM-DD`, date-times, times), numbers (INTEGER, FLOATING_POINT_NUMBER), booleans, or null. Example:
            {'givenName': 'John', 'familyName': 'Doe'}.
        tracking_permissions (list[RecipientTrackingPermission] | Unset): The tracking permissions; only with
            `trackingPermissionsForLists`.
        subscription_dates (list[RecipientListDate] | Unset): The subscription dates; only with
            `subscriptionDatesForLists`.
        unsubscription_dates (list[RecipientListDate] | Unset): The latest unsubscription dates; only with
            `unsubscriptionDatesForLists`.
    """

    id: int
    field_links: Links
    email: str | Unset = UNSET
    lower_email: None | str | Unset = UNSET
    unavailable: bool | Unset = UNSET
    last_modified: datetime.datetime | None | Unset = UNSET
    attributes: AttributeValues | Unset = UNSET
    tracking_permissions: list[RecipientTrackingPermission] | Unset = UNSET
    subscription_dates: list[RecipientListDate] | Unset = UNSET
    unsubscription_dates: list[RecipientListDate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_links = self.field_links.to_dict()

        email = self.email

        lower_email: None | str | Unset
        if isinstance(self.lower_email, Unset):
            lower_email = UNSET
        else:
            lower_email = self.lower_email

        unavailable = self.unavailable

        last_modified: None | str | Unset
        if isinstance(self.last_modified, Unset):
            last_modified = UNSET
        elif isinstance(self.last_modified, datetime.datetime):
            last_modified = self.last_modified.isoformat()
        else:
            last_modified = self.last_modified

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        tracking_permissions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tracking_permissions, Unset):
            tracking_permissions = []
            for tracking_permissions_item_data in self.tracking_permissions:
                tracking_permissions_item = tracking_permissions_item_data.to_dict()
                tracking_permissions.append(tracking_permissions_item)

        subscription_dates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subscription_dates, Unset):
            subscription_dates = []
            for subscription_dates_item_data in self.subscription_dates:
                subscription_dates_item = subscription_dates_item_data.to_dict()
                subscription_dates.append(subscription_dates_item)

        unsubscription_dates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.unsubscription_dates, Unset):
            unsubscription_dates = []
            for unsubscription_dates_item_data in self.unsubscription_dates:
                unsubscription_dates_item = unsubscription_dates_item_data.to_dict()
                unsubscription_dates.append(unsubscription_dates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "_links": field_links,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if lower_email is not UNSET:
            field_dict["lowerEmail"] = lower_email
        if unavailable is not UNSET:
            field_dict["unavailable"] = unavailable
        if last_modified is not UNSET:
            field_dict["last_modified"] = last_modified
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if tracking_permissions is not UNSET:
            field_dict["tracking-permissions"] = tracking_permissions
        if subscription_dates is not UNSET:
            field_dict["subscriptionDates"] = subscription_dates
        if unsubscription_dates is not UNSET:
            field_dict["unsubscriptionDates"] = unsubscription_dates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attribute_values import AttributeValues  # noqa: PLC0415
        from ..models.links import Links  # noqa: PLC0415
        from ..models.recipient_list_date import RecipientListDate  # noqa: PLC0415
        from ..models.recipient_tracking_permission import RecipientTrackingPermission  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        field_links = Links.from_dict(d.pop("_links"))

        email = d.pop("email", UNSET)

        def _parse_lower_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lower_email = _parse_lower_email(d.pop("lowerEmail", UNSET))

        unavailable = d.pop("unavailable", UNSET)

        def _parse_last_modified(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_modified_type_0 = datetime.datetime.fromisoformat(data)

                return last_modified_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_modified = _parse_last_modified(d.pop("last_modified", UNSET))

        _attributes = d.pop("attributes", UNSET)
        attributes: AttributeValues | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = AttributeValues.from_dict(_attributes)

        _tracking_permissions = d.pop("tracking-permissions", UNSET)
        tracking_permissions: list[RecipientTrackingPermission] | Unset = UNSET
        if _tracking_permissions is not UNSET:
            tracking_permissions = []
            for tracking_permissions_item_data in _tracking_permissions:
                tracking_permissions_item = RecipientTrackingPermission.from_dict(
                    tracking_permissions_item_data
                )

                tracking_permissions.append(tracking_permissions_item)

        _subscription_dates = d.pop("subscriptionDates", UNSET)
        subscription_dates: list[RecipientListDate] | Unset = UNSET
        if _subscription_dates is not UNSET:
            subscription_dates = []
            for subscription_dates_item_data in _subscription_dates:
                subscription_dates_item = RecipientListDate.from_dict(
                    subscription_dates_item_data
                )

                subscription_dates.append(subscription_dates_item)

        _unsubscription_dates = d.pop("unsubscriptionDates", UNSET)
        unsubscription_dates: list[RecipientListDate] | Unset = UNSET
        if _unsubscription_dates is not UNSET:
            unsubscription_dates = []
            for unsubscription_dates_item_data in _unsubscription_dates:
                unsubscription_dates_item = RecipientListDate.from_dict(
                    unsubscription_dates_item_data
                )

                unsubscription_dates.append(unsubscription_dates_item)

        recipient = cls(
            id=id,
            field_links=field_links,
            email=email,
            lower_email=lower_email,
            unavailable=unavailable,
            last_modified=last_modified,
            attributes=attributes,
            tracking_permissions=tracking_permissions,
            subscription_dates=subscription_dates,
            unsubscription_dates=unsubscription_dates,
        )

        recipient.additional_properties = d
        return recipient

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
