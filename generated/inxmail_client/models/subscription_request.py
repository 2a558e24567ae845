from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        tracking_permission (None | str | Unset): "GRANTED" (case-insensitive) grants the tracking permission; missing
            or empty leaves it unchanged; any other value denies it. Example: GRANTED.
        attributes (AttributeValues | None | Unset):
        source (None | str | Unset): An identifier for the source which caused this event. Example: Your Integration.
        supplied_remote_address (None | str | Unset): The actual IP address of the subscription request (for anti list
            bombing). Example: 108.0.0.9.
    """

    list_id: int
    email: str
    tracking_permission: None | str | Unset = UNSET
    attributes: AttributeValues | None | Unset = UNSET
    source: None | str | Unset = UNSET
    supplied_remote_address: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.attribute_values import AttributeValues  # noqa: PLC0415

        list_id = self.list_id

        email = self.email

        tracking_permission: None | str | Unset
        if isinstance(self.tracking_permission, Unset):
            tracking_permission = UNSET
        else:
            tracking_permission = self.tracking_permission

        attributes: dict[str, Any] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, AttributeValues):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        supplied_remote_address: None | str | Unset
        if isinstance(self.supplied_remote_address, Unset):
            supplied_remote_address = UNSET
        else:
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

        def _parse_tracking_permission(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tracking_permission = _parse_tracking_permission(
            d.pop("trackingPermission", UNSET)
        )

        def _parse_attributes(data: object) -> AttributeValues | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                attributes_type_0 = AttributeValues.from_dict(data)

                return attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AttributeValues | None | Unset, data)

        attributes = _parse_attributes(d.pop("attributes", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_supplied_remote_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplied_remote_address = _parse_supplied_remote_address(
            d.pop("suppliedRemoteAddress", UNSET)
        )

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
