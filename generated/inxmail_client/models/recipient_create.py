from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.attribute_values import AttributeValues


T = TypeVar("T", bound="RecipientCreate")


@_attrs_define
class RecipientCreate:
    """Payload creating a recipient; the attributes must already exist and their values must match the attribute types. The
    documented sample sends a DATE_AND_TIME value without zone (`2022-04-03T14:33:00`) and a time without `Z`, unlike
    the date/time section; attribute values are therefore not pattern-checked.

        Attributes:
            email (str): The email address of the new recipient. Example: j.doe@example.com.
            attributes (AttributeValues): Recipient attribute values by attribute name. Values are strings (TEXT; dates as
                `YYYY-MM-DD`, date-times, times), numbers (INTEGER, FLOATING_POINT_NUMBER), booleans, or null. Example:
                {'givenName': 'John', 'familyName': 'Doe'}.
    """

    email: str
    attributes: AttributeValues
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attribute_values import AttributeValues  # noqa: PLC0415

        d = dict(src_dict)
        email = d.pop("email")

        attributes = AttributeValues.from_dict(d.pop("attributes"))

        recipient_create = cls(
            email=email,
            attributes=attributes,
        )

        recipient_create.additional_properties = d
        return recipient_create

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
