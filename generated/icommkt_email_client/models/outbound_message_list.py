from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.outbound_message import OutboundMessage


T = TypeVar("T", bound="OutboundMessageList")


@_attrs_define
class OutboundMessageList:
    """
    Attributes:
        total_count (int): Matching messages (a message to several recipients counts once).
        messages (list[OutboundMessage]):
    """

    total_count: int
    messages: list[OutboundMessage]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "TotalCount": total_count,
                "Messages": messages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.outbound_message import OutboundMessage  # noqa: PLC0415

        d = dict(src_dict)
        total_count = d.pop("TotalCount")

        messages = []
        _messages = d.pop("Messages")
        for messages_item_data in _messages:
            messages_item = OutboundMessage.from_dict(messages_item_data)

            messages.append(messages_item)

        outbound_message_list = cls(
            total_count=total_count,
            messages=messages,
        )

        outbound_message_list.additional_properties = d
        return outbound_message_list

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
