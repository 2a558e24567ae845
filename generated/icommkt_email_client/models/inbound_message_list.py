from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.inbound_message import InboundMessage


T = TypeVar("T", bound="InboundMessageList")


@_attrs_define
class InboundMessageList:
    """
    Attributes:
        total_count (int):
        inbound_messages (list[InboundMessage]):
    """

    total_count: int
    inbound_messages: list[InboundMessage]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        inbound_messages = []
        for inbound_messages_item_data in self.inbound_messages:
            inbound_messages_item = inbound_messages_item_data.to_dict()
            inbound_messages.append(inbound_messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "TotalCount": total_count,
                "InboundMessages": inbound_messages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inbound_message import InboundMessage  # noqa: PLC0415

        d = dict(src_dict)
        total_count = d.pop("TotalCount")

        inbound_messages = []
        _inbound_messages = d.pop("InboundMessages")
        for inbound_messages_item_data in _inbound_messages:
            inbound_messages_item = InboundMessage.from_dict(inbound_messages_item_data)

            inbound_messages.append(inbound_messages_item)

        inbound_message_list = cls(
            total_count=total_count,
            inbound_messages=inbound_messages,
        )

        inbound_message_list.additional_properties = d
        return inbound_message_list

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
