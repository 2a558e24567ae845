from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.browser_platform_day import BrowserPlatformDay


T = TypeVar("T", bound="BrowserPlatformUsage")


@_attrs_define
class BrowserPlatformUsage:
    """
    Attributes:
        days (list[BrowserPlatformDay]):
        desktop (int | Unset):
        mobile (int | Unset):
        unknown (int | Unset):
    """

    days: list[BrowserPlatformDay]
    desktop: int | Unset = UNSET
    mobile: int | Unset = UNSET
    unknown: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        days = []
        for days_item_data in self.days:
            days_item = days_item_data.to_dict()
            days.append(days_item)

        desktop = self.desktop

        mobile = self.mobile

        unknown = self.unknown

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Days": days,
            }
        )
        if desktop is not UNSET:
            field_dict["Desktop"] = desktop
        if mobile is not UNSET:
            field_dict["Mobile"] = mobile
        if unknown is not UNSET:
            field_dict["Unknown"] = unknown

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.browser_platform_day import BrowserPlatformDay  # noqa: PLC0415

        d = dict(src_dict)
        days = []
        _days = d.pop("Days")
        for days_item_data in _days:
            days_item = BrowserPlatformDay.from_dict(days_item_data)

            days.append(days_item)

        desktop = d.pop("Desktop", UNSET)

        mobile = d.pop("Mobile", UNSET)

        unknown = d.pop("Unknown", UNSET)

        browser_platform_usage = cls(
            days=days,
            desktop=desktop,
            mobile=mobile,
            unknown=unknown,
        )

        browser_platform_usage.additional_properties = d
        return browser_platform_usage

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
