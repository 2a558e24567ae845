from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.message_click import MessageClick


T = TypeVar("T", bound="MessageClickList")


@_attrs_define
class MessageClickList:
    """
    Attributes:
        total_count (int):
        clicks (list[MessageClick]):
    """

    total_count: int
    clicks: list[MessageClick]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        clicks = []
        for clicks_item_data in self.clicks:
            clicks_item = clicks_item_data.to_dict()
            clicks.append(clicks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "TotalCount": total_count,
                "Clicks": clicks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_click import MessageClick  # noqa: PLC0415

        d = dict(src_dict)
        total_count = d.pop("TotalCount")

        clicks = []
        _clicks = d.pop("Clicks")
        for clicks_item_data in _clicks:
            clicks_item = MessageClick.from_dict(clicks_item_data)

            clicks.append(clicks_item)

        message_click_list = cls(
            total_count=total_count,
            clicks=clicks,
        )

        message_click_list.additional_properties = d
        return message_click_list

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
