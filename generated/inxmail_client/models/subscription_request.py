from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_values import AttributeValues


T = TypeVar("T", bound="SubscriptionRequest")


@_attrs_define
class SubscriptionRequest:
    """Payload subscribing a recipient to a STANDARD list.

    Attributes:
        list_id (int): The list the recipient shall be subscribed to. Example: 5.
        email (str): The email address of the recipient to subscribe. Example: john.doe@example.com.
        tracking_permission (str | Unset): "GRANTED" (case-insensitive) grants the tracking permission; missing or empty
            leaves it unchanged; any other value denies it. Example: GRANTED.
        attributes (AttributeValues | Unset): Recipient attribute values by attribute name. Values are strings (TEXT;
            dates as `YYYY-MM-DD`, date-times, times), numbers (INTEGER, FLOATING_POINT_NUMBER), booleans, or null. Example:
            {'givenName': 'John', 'familyName': 'Doe'}.
        source (str | Unset): An identifier for the source which caused this event. Example: Your Integration.
        supplied_remote_address (str | Unset): The actual IP address of the subscription request (for anti list
            bombing). Example: 108.0.0.9.
    """

    list_id: int
    email: str
    tracking_permission: str | Unset = UNSET
    attributes: AttributeValues | Unset = UNSET
    source: str | Unset = UNSET
    supplied_remote_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        email = self.email

        tracking_permission = self.tracking_permission

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        source = self.source

        supplied_remote_address = self.supplied_remote_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "listId": list_id,
                "email": email,
            }
        )
        if tracking_permission is not UNSET:
            field_dict["trackingPermission"] = tracking_permission
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if source is not UNSET:
            field_dict["source"] = source
        if supplied_remote_address is not UNSET:
            field_dict["suppliedRemoteAddress"] = supplied_remote_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attribute_values import AttributeValues  # noqa: PLC0415

        d = dict(src_dict)
        list_id = d.pop("listId")

        email = d.pop("email")

        tracking_permission = d.pop("trackingPermission", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: AttributeValues | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = AttributeValues.from_dict(_attributes)

        source = d.pop("source", UNSET)

        supplied_remote_address = d.pop("suppliedRemoteAddress", UNSET)

        subscription_request = cls(
            list_id=list_id,
            email=email,
            tracking_permission=tracking_permission,
            attributes=attributes,
            source=source,
            supplied_remote_address=supplied_remote_address,
        )

        subscription_request.additional_properties = d
        return subscription_request

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
