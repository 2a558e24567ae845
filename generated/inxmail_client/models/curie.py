from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Curie")


@_attrs_define
class Curie:
    """A HAL CURIE expanding the `inx:` prefix of custom link relations.

    Attributes:
        href (str):  Example: https://apidocs.inxmail.com/xpro/rest/v1/relations/{rel}.
        name (str):  Example: inx.
        templated (bool | Unset):  Example: True.
    """

    href: str
    name: str
    templated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        name = self.name

        templated = self.templated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "href": href,
                "name": name,
            }
        )
        if templated is not UNSET:
            field_dict["templated"] = templated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        href = d.pop("href")

        name = d.pop("name")

        templated = d.pop("templated", UNSET)

        curie = cls(
            href=href,
            name=name,
            templated=templated,
        )

        curie.additional_properties = d
        return curie

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
