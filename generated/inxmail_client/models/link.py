from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Link")


@_attrs_define
class Link:
    """A HAL link object.

    Attributes:
        href (str): The target URL (or URI template when `templated` is true). Example:
            https://api.inxmail.com/customer/rest/v1/lists/5.
        templated (bool | Unset): True when `href` is a URI template.
        title (str | Unset):
        name (str | Unset):
    """

    href: str
    templated: bool | Unset = UNSET
    title: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        templated = self.templated

        title = self.title

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "href": href,
            }
        )
        if templated is not UNSET:
            field_dict["templated"] = templated
        if title is not UNSET:
            field_dict["title"] = title
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        href = d.pop("href")

        templated = d.pop("templated", UNSET)

        title = d.pop("title", UNSET)

        name = d.pop("name", UNSET)

        link = cls(
            href=href,
            templated=templated,
            title=title,
            name=name,
        )

        link.additional_properties = d
        return link

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
