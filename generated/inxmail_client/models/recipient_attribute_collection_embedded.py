from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recipient_attribute import RecipientAttribute


T = TypeVar("T", bound="RecipientAttributeCollectionEmbedded")


@_attrs_define
class RecipientAttributeCollectionEmbedded:
    """
    Attributes:
        inxattributes (list[RecipientAttribute] | Unset):
    """

    inxattributes: list[RecipientAttribute] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inxattributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inxattributes, Unset):
            inxattributes = []
            for inxattributes_item_data in self.inxattributes:
                inxattributes_item = inxattributes_item_data.to_dict()
                inxattributes.append(inxattributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inxattributes is not UNSET:
            field_dict["inx:attributes"] = inxattributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recipient_attribute import RecipientAttribute  # noqa: PLC0415

        d = dict(src_dict)
        _inxattributes = d.pop("inx:attributes", UNSET)
        inxattributes: list[RecipientAttribute] | Unset = UNSET
        if _inxattributes is not UNSET:
            inxattributes = []
            for inxattributes_item_data in _inxattributes:
                inxattributes_item = RecipientAttribute.from_dict(
                    inxattributes_item_data
                )

                inxattributes.append(inxattributes_item)

        recipient_attribute_collection_embedded = cls(
            inxattributes=inxattributes,
        )

        recipient_attribute_collection_embedded.additional_properties = d
        return recipient_attribute_collection_embedded

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
