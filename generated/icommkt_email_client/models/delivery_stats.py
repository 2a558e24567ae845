from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bounce_count import BounceCount


T = TypeVar("T", bound="DeliveryStats")


@_attrs_define
class DeliveryStats:
    """
    Attributes:
        inactive_mails (int): Number of inactive addresses.
        bounces (list[BounceCount]):
    """

    inactive_mails: int
    bounces: list[BounceCount]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inactive_mails = self.inactive_mails

        bounces = []
        for bounces_item_data in self.bounces:
            bounces_item = bounces_item_data.to_dict()
            bounces.append(bounces_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "InactiveMails": inactive_mails,
                "Bounces": bounces,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bounce_count import BounceCount  # noqa: PLC0415

        d = dict(src_dict)
        inactive_mails = d.pop("InactiveMails")

        bounces = []
        _bounces = d.pop("Bounces")
        for bounces_item_data in _bounces:
            bounces_item = BounceCount.from_dict(bounces_item_data)

            bounces.append(bounces_item)

        delivery_stats = cls(
            inactive_mails=inactive_mails,
            bounces=bounces,
        )

        delivery_stats.additional_properties = d
        return delivery_stats

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
