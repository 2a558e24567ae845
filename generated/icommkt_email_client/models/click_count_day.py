from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClickCountDay")


@_attrs_define
class ClickCountDay:
    """
    Attributes:
        date (datetime.date):
        clicks (int | Unset):
        unique (int | Unset):
    """

    date: datetime.date
    clicks: int | Unset = UNSET
    unique: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        clicks = self.clicks

        unique = self.unique

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Date": date,
            }
        )
        if clicks is not UNSET:
            field_dict["Clicks"] = clicks
        if unique is not UNSET:
            field_dict["Unique"] = unique

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("Date"))

        clicks = d.pop("Clicks", UNSET)

        unique = d.pop("Unique", UNSET)

        click_count_day = cls(
            date=date,
            clicks=clicks,
            unique=unique,
        )

        click_count_day.additional_properties = d
        return click_count_day

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
