from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.message_open import MessageOpen


T = TypeVar("T", bound="MessageOpenList")


@_attrs_define
class MessageOpenList:
    """
    Attributes:
        total_count (int):
        opens (list[MessageOpen]):
    """

    total_count: int
    opens: list[MessageOpen]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        opens = []
        for opens_item_data in self.opens:
            opens_item = opens_item_data.to_dict()
            opens.append(opens_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "TotalCount": total_count,
                "Opens": opens,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_open import MessageOpen  # noqa: PLC0415

        d = dict(src_dict)
        total_count = d.pop("TotalCount")

        opens = []
        _opens = d.pop("Opens")
        for opens_item_data in _opens:
            opens_item = MessageOpen.from_dict(opens_item_data)

            opens.append(opens_item)

        message_open_list = cls(
            total_count=total_count,
            opens=opens,
        )

        message_open_list.additional_properties = d
        return message_open_list

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
