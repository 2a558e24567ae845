from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_message_response import SmsMessageResponse


T = TypeVar("T", bound="SmsResponseEnvelope")


@_attrs_define
class SmsResponseEnvelope:
    """Response of send_sms_messages; messages is required, as in Infobip's schema and SDK (SmsResponse.messages is the one
    non-Optional field), bulkId is optional.

        Attributes:
            messages (list[SmsMessageResponse]): One entry per message and destination accepted in the request.
            bulk_id (str | Unset): Unique ID assigned to the request, used for fetching delivery reports and message logs.
    """

    messages: list[SmsMessageResponse]
    bulk_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        bulk_id = self.bulk_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
            }
        )
        if bulk_id is not UNSET:
            field_dict["bulkId"] = bulk_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_message_response import SmsMessageResponse  # noqa: PLC0415

        d = dict(src_dict)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = SmsMessageResponse.from_dict(messages_item_data)

            messages.append(messages_item)

        bulk_id = d.pop("bulkId", UNSET)

        sms_response_envelope = cls(
            messages=messages,
            bulk_id=bulk_id,
        )

        sms_response_envelope.additional_properties = d
        return sms_response_envelope

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
