from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.click_location_day import ClickLocationDay


T = TypeVar("T", bound="ClickLocationCounts")


@_attrs_define
class ClickLocationCounts:
    """
    Attributes:
        days (list[ClickLocationDay]):
        html (int | Unset): Clicks on links in the HTML body.
        text (int | Unset): Clicks on links in the text body.
    """

    days: list[ClickLocationDay]
    html: int | Unset = UNSET
    text: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        days = []
        for days_item_data in self.days:
            days_item = days_item_data.to_dict()
            days.append(days_item)

        html = self.html

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Days": days,
            }
        )
        if html is not UNSET:
            field_dict["HTML"] = html
        if text is not UNSET:
            field_dict["Text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.click_location_day import ClickLocationDay  # noqa: PLC0415

        d = dict(src_dict)
        days = []
        _days = d.pop("Days")
        for days_item_data in _days:
            days_item = ClickLocationDay.from_dict(days_item_data)

            days.append(days_item)

        html = d.pop("HTML", UNSET)

        text = d.pop("Text", UNSET)

        click_location_counts = cls(
            days=days,
            html=html,
            text=text,
        )

        click_location_counts.additional_properties = d
        return click_location_counts

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
