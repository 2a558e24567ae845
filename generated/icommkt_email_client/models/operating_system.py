from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OperatingSystem")


@_attrs_define
class OperatingSystem:
    """
    Attributes:
        name (str | Unset):
        company (str | Unset):
        family (str | Unset):
    """

    name: str | Unset = UNSET
    company: str | Unset = UNSET
    family: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        company = self.company

        family = self.family

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if company is not UNSET:
            field_dict["Company"] = company
        if family is not UNSET:
            field_dict["Family"] = family

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        company = d.pop("Company", UNSET)

        family = d.pop("Family", UNSET)

        operating_system = cls(
            name=name,
            company=company,
            family=family,
        )

        operating_system.additional_properties = d
        return operating_system

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
