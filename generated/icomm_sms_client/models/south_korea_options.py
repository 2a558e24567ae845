from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SouthKoreaOptions")


@_attrs_define
class SouthKoreaOptions:
    """Use case dependent parameters for sending SMS to phone numbers registered in South Korea.

    Attributes:
        title (str | Unset): Title of the message.
        reseller_code (int | Unset): Reseller identification code, the 9-digit number from the South Korean business
            registration certificate.
    """

    title: str | Unset = UNSET
    reseller_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        reseller_code = self.reseller_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if reseller_code is not UNSET:
            field_dict["resellerCode"] = reseller_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        reseller_code = d.pop("resellerCode", UNSET)

        south_korea_options = cls(
            title=title,
            reseller_code=reseller_code,
        )

        south_korea_options.additional_properties = d
        return south_korea_options

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
