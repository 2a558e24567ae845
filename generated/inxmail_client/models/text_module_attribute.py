from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.text_module_attribute_type import TextModuleAttributeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TextModuleAttribute")


@_attrs_define
class TextModuleAttribute:
    """A recipient attribute used in a text module.

    Attributes:
        name (str | Unset): The name of the recipient attribute. Example: TextAttribute.
        id (int | Unset): The id of the recipient attribute. Example: 1.
        type_ (TextModuleAttributeType | Unset): The data type of a recipient attribute used in a text module. The table
            lists INTEGER, DOUBLE, BOOLEAN, DATE, TIME, DATETIME and TEXT; the example also shows EMAIL (for the special
            email attribute), which is included.
        max_text_length (int | None | Unset): The maximum text length (TEXT attributes). Example: 80.
    """

    name: str | Unset = UNSET
    id: int | Unset = UNSET
    type_: TextModuleAttributeType | Unset = UNSET
    max_text_length: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        max_text_length: int | None | Unset
        if isinstance(self.max_text_length, Unset):
            max_text_length = UNSET
        else:
            max_text_length = self.max_text_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if max_text_length is not UNSET:
            field_dict["maxTextLength"] = max_text_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: TextModuleAttributeType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TextModuleAttributeType(_type_)

        def _parse_max_text_length(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_text_length = _parse_max_text_length(d.pop("maxTextLength", UNSET))

        text_module_attribute = cls(
            name=name,
            id=id,
            type_=type_,
            max_text_length=max_text_length,
        )

        text_module_attribute.additional_properties = d
        return text_module_attribute

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
