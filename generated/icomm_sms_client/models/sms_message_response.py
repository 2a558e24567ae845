from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_status import MessageStatus
    from ..models.sms_message_response_details import SmsMessageResponseDetails


T = TypeVar("T", bound="SmsMessageResponse")


@_attrs_define
class SmsMessageResponse:
    """Status of one sent message. Every property is optional: Infobip's own schema requires none and its SDK's model has
    every field Optional, so a body may omit any of them (Infobip's schema declares nothing nullable and its SDK sends
    no nulls, so none is nullable).

        Attributes:
            message_id (str | Unset): Unique message ID, auto-generated if not provided in the request.
            status (MessageStatus | Unset): Status of the message and how to recover from an error should there be any.
                Every property is optional: Infobip's own schema requires none and its SDK's model has every field Optional, so
                a body may omit any of them (Infobip's schema declares nothing nullable and its SDK sends no nulls, so none is
                nullable).
            destination (str | Unset): The destination address of the message, i.e. its recipient.
            details (SmsMessageResponseDetails | Unset): Other details of the message.
    """

    message_id: str | Unset = UNSET
    status: MessageStatus | Unset = UNSET
    destination: str | Unset = UNSET
    details: SmsMessageResponseDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        destination = self.destination

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_id is not UNSET:
            field_dict["messageId"] = message_id
        if status is not UNSET:
            field_dict["status"] = status
        if destination is not UNSET:
            field_dict["destination"] = destination
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_status import MessageStatus  # noqa: PLC0415
        from ..models.sms_message_response_details import SmsMessageResponseDetails  # noqa: PLC0415

        d = dict(src_dict)
        message_id = d.pop("messageId", UNSET)

        _status = d.pop("status", UNSET)
        status: MessageStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MessageStatus.from_dict(_status)

        destination = d.pop("destination", UNSET)

        _details = d.pop("details", UNSET)
        details: SmsMessageResponseDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = SmsMessageResponseDetails.from_dict(_details)

        sms_message_response = cls(
            message_id=message_id,
            status=status,
            destination=destination,
            details=details,
        )

        sms_message_response.additional_properties = d
        return sms_message_response

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
