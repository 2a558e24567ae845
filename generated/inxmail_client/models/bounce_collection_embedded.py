from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bounce import Bounce


T = TypeVar("T", bound="BounceCollectionEmbedded")


@_attrs_define
class BounceCollectionEmbedded:
    """
    Attributes:
        inxbounces (list[Bounce] | Unset):
    """

    inxbounces: list[Bounce] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inxbounces: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inxbounces, Unset):
            inxbounces = []
            for inxbounces_item_data in self.inxbounces:
                inxbounces_item = inxbounces_item_data.to_dict()
                inxbounces.append(inxbounces_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inxbounces is not UNSET:
            field_dict["inx:bounces"] = inxbounces

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bounce import Bounce  # noqa: PLC0415

        d = dict(src_dict)
        _inxbounces = d.pop("inx:bounces", UNSET)
        inxbounces: list[Bounce] | Unset = UNSET
        if _inxbounces is not UNSET:
            inxbounces = []
            for inxbounces_item_data in _inxbounces:
                inxbounces_item = Bounce.from_dict(inxbounces_item_data)

                inxbounces.append(inxbounces_item)

        bounce_collection_embedded = cls(
            inxbounces=inxbounces,
        )

        bounce_collection_embedded.additional_properties = d
        return bounce_collection_embedded

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
