from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlatformUsageDay")


@_attrs_define
class PlatformUsageDay:
    """
    Attributes:
        date (datetime.date):
        desktop (int | Unset):
        mobile (int | Unset):
        unknown (int | Unset):
        web_mail (int | Unset):
    """

    date: datetime.date
    desktop: int | Unset = UNSET
    mobile: int | Unset = UNSET
    unknown: int | Unset = UNSET
    web_mail: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        desktop = self.desktop

        mobile = self.mobile

        unknown = self.unknown

        web_mail = self.web_mail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Date": date,
            }
        )
        if desktop is not UNSET:
            field_dict["Desktop"] = desktop
        if mobile is not UNSET:
            field_dict["Mobile"] = mobile
        if unknown is not UNSET:
            field_dict["Unknown"] = unknown
        if web_mail is not UNSET:
            field_dict["WebMail"] = web_mail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("Date"))

        desktop = d.pop("Desktop", UNSET)

        mobile = d.pop("Mobile", UNSET)

        unknown = d.pop("Unknown", UNSET)

        web_mail = d.pop("WebMail", UNSET)

        platform_usage_day = cls(
            date=date,
            desktop=desktop,
            mobile=mobile,
            unknown=unknown,
            web_mail=web_mail,
        )

        platform_usage_day.additional_properties = d
        return platform_usage_day

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
