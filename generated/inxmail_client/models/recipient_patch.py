from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_values import AttributeValues


T = TypeVar("T", bound="RecipientPatch")


@_attrs_define
class RecipientPatch:
    """JSON merge patch for a recipient. `email` and `attributes` may be omitted but must not be null; a null attribute
    value removes that value.

        Attributes:
            email (str | Unset): The new email address. Example: j.doe@example.com.
            attributes (AttributeValues | Unset): Recipient attribute values by attribute name. Values are strings (TEXT;
                dates as `YYYY-MM-DD`, date-times, times), numbers (INTEGER, FLOATING_POINT_NUMBER), booleans, or null. Example:
                {'givenName': 'John', 'familyName': 'Doe'}.
    """

    email: str | Unset = UNSET
    attributes: AttributeValues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attribute_values import AttributeValues  # noqa: PLC0415

        d = dict(src_dict)
        email = d.pop("email", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: AttributeValues | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = AttributeValues.from_dict(_attributes)

        recipient_patch = cls(
            email=email,
            attributes=attributes,
        )

        recipient_patch.additional_properties = d
        return recipient_patch

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
