from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attribute_type import AttributeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecipientAttributeCreate")


@_attrs_define
class RecipientAttributeCreate:
    """Payload creating a recipient attribute. `maxLength` is "the mandatory maximum length of an attribute with type TEXT.
    Do not provide for attributes with other data types" (payload table): required when `type` is TEXT (`then`), not
    allowed otherwise (`else`); either mistake is a 400 validation-error naming `maxLength`.

        Attributes:
            name (str): The name; no padding whitespace, not `email`, not starting with `subscription_`, `sequence_`
                (ignoring case) or `%`. Example: surename.
            type_ (AttributeType): The data type of a recipient attribute: TEXT (max. 80 characters by default, configurable
                up to 255), DATE_AND_TIME, DATE_ONLY, TIME_ONLY, INTEGER (-2147483648..2147483647), FLOATING_POINT_NUMBER
                (double precision), BOOLEAN (unset values are handled as false).
            max_length (int | Unset): Mandatory for TEXT attributes; do not provide for other types. Example: 30.
    """

    name: str
    type_: AttributeType
    max_length: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        max_length = self.max_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if max_length is not UNSET:
            field_dict["maxLength"] = max_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = AttributeType(d.pop("type"))

        max_length = d.pop("maxLength", UNSET)

        recipient_attribute_create = cls(
            name=name,
            type_=type_,
            max_length=max_length,
        )

        recipient_attribute_create.additional_properties = d
        return recipient_attribute_create

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
