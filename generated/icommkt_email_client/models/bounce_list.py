from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bounce import Bounce


T = TypeVar("T", bound="BounceList")


@_attrs_define
class BounceList:
    """
    Attributes:
        total_count (int): Number of matching bounces.
        bounces (list[Bounce]):
    """

    total_count: int
    bounces: list[Bounce]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        bounces = []
        for bounces_item_data in self.bounces:
            bounces_item = bounces_item_data.to_dict()
            bounces.append(bounces_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "TotalCount": total_count,
                "Bounces": bounces,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bounce import Bounce  # noqa: PLC0415

        d = dict(src_dict)
        total_count = d.pop("TotalCount")

        bounces = []
        _bounces = d.pop("Bounces")
        for bounces_item_data in _bounces:
            bounces_item = Bounce.from_dict(bounces_item_data)

            bounces.append(bounces_item)

        bounce_list = cls(
            total_count=total_count,
            bounces=bounces,
        )

        bounce_list.additional_properties = d
        return bounce_list

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
