from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.design_collection import DesignCollection


T = TypeVar("T", bound="DesignCollectionCollectionEmbedded")


@_attrs_define
class DesignCollectionCollectionEmbedded:
    """
    Attributes:
        inxdesigncollections (list[DesignCollection] | Unset):
    """

    inxdesigncollections: list[DesignCollection] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inxdesigncollections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inxdesigncollections, Unset):
            inxdesigncollections = []
            for inxdesigncollections_item_data in self.inxdesigncollections:
                inxdesigncollections_item = inxdesigncollections_item_data.to_dict()
                inxdesigncollections.append(inxdesigncollections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inxdesigncollections is not UNSET:
            field_dict["inx:designcollections"] = inxdesigncollections

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.design_collection import DesignCollection  # noqa: PLC0415

        d = dict(src_dict)
        _inxdesigncollections = d.pop("inx:designcollections", UNSET)
        inxdesigncollections: list[DesignCollection] | Unset = UNSET
        if _inxdesigncollections is not UNSET:
            inxdesigncollections = []
            for inxdesigncollections_item_data in _inxdesigncollections:
                inxdesigncollections_item = DesignCollection.from_dict(
                    inxdesigncollections_item_data
                )

                inxdesigncollections.append(inxdesigncollections_item)

        design_collection_collection_embedded = cls(
            inxdesigncollections=inxdesigncollections,
        )

        design_collection_collection_embedded.additional_properties = d
        return design_collection_collection_embedded

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
