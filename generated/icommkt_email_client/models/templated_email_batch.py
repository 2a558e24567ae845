from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.templated_email_message import TemplatedEmailMessage


T = TypeVar("T", bound="TemplatedEmailBatch")


@_attrs_define
class TemplatedEmailBatch:
    """
    Attributes:
        messages (list[TemplatedEmailMessage]): Up to 500 messages per call (ErrorCode 410 beyond).
    """

    messages: list[TemplatedEmailMessage]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Messages": messages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.templated_email_message import TemplatedEmailMessage  # noqa: PLC0415

        d = dict(src_dict)
        messages = []
        _messages = d.pop("Messages")
        for messages_item_data in _messages:
            messages_item = TemplatedEmailMessage.from_dict(messages_item_data)

            messages.append(messages_item)

        templated_email_batch = cls(
            messages=messages,
        )

        templated_email_batch.additional_properties = d
        return templated_email_batch

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
