from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_message import SmsMessage
    from ..models.sms_message_request_options import SmsMessageRequestOptions


T = TypeVar("T", bound="SmsRequestEnvelope")


@_attrs_define
class SmsRequestEnvelope:
    """Request body of send_sms_messages.

    Attributes:
        messages (list[SmsMessage]): An array of message objects of a single message or multiple messages sent under one
            bulk ID.
        options (SmsMessageRequestOptions | Unset): Options applicable to all messages in the request.
    """

    messages: list[SmsMessage]
    options: SmsMessageRequestOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_message import SmsMessage  # noqa: PLC0415
        from ..models.sms_message_request_options import SmsMessageRequestOptions  # noqa: PLC0415

        d = dict(src_dict)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = SmsMessage.from_dict(messages_item_data)

            messages.append(messages_item)

        _options = d.pop("options", UNSET)
        options: SmsMessageRequestOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = SmsMessageRequestOptions.from_dict(_options)

        sms_request_envelope = cls(
            messages=messages,
            options=options,
        )

        sms_request_envelope.additional_properties = d
        return sms_request_envelope

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
