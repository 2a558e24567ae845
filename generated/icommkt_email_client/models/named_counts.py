from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.named_count_day import NamedCountDay


T = TypeVar("T", bound="NamedCounts")


@_attrs_define
class NamedCounts:
    """Counts keyed by a name that is data, not a fixed field (email client such as "Apple Mail", browser such as "Safari
    mobile", read-time bucket such as "20s+"), in total and per day.

        Attributes:
            days (list[NamedCountDay]):
    """

    days: list[NamedCountDay]
    additional_properties: dict[str, int] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        days = []
        for days_item_data in self.days:
            days_item = days_item_data.to_dict()
            days.append(days_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Days": days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.named_count_day import NamedCountDay  # noqa: PLC0415

        d = dict(src_dict)
        days = []
        _days = d.pop("Days")
        for days_item_data in _days:
            days_item = NamedCountDay.from_dict(days_item_data)

            days.append(days_item)

        named_counts = cls(
            days=days,
        )

        named_counts.additional_properties = d
        return named_counts

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> int:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: int) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
