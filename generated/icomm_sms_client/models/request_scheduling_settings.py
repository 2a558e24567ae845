from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sending_speed_limit import SendingSpeedLimit


T = TypeVar("T", bound="RequestSchedulingSettings")


@_attrs_define
class RequestSchedulingSettings:
    """Options for scheduling a message.

    Attributes:
        bulk_id (str | Unset): Unique ID assigned to the request; auto-generated and returned in the response if not
            provided.
        send_at (str | Unset): Date and time when the message is to be sent (at most 180 days in advance), in format
            yyyy-MM-dd'T'HH:mm:ss.SSSZ; the offset may lack a colon (+0100), so this is a pattern-checked string rather than
            an RFC 3339 date-time.
        sending_speed_limit (SendingSpeedLimit | Unset): Limits the sending speed so that bulk messages are delivered
            over a longer period of time.
    """

    bulk_id: str | Unset = UNSET
    send_at: str | Unset = UNSET
    sending_speed_limit: SendingSpeedLimit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bulk_id = self.bulk_id

        send_at = self.send_at

        sending_speed_limit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sending_speed_limit, Unset):
            sending_speed_limit = self.sending_speed_limit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bulk_id is not UNSET:
            field_dict["bulkId"] = bulk_id
        if send_at is not UNSET:
            field_dict["sendAt"] = send_at
        if sending_speed_limit is not UNSET:
            field_dict["sendingSpeedLimit"] = sending_speed_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sending_speed_limit import SendingSpeedLimit  # noqa: PLC0415

        d = dict(src_dict)
        bulk_id = d.pop("bulkId", UNSET)

        send_at = d.pop("sendAt", UNSET)

        _sending_speed_limit = d.pop("sendingSpeedLimit", UNSET)
        sending_speed_limit: SendingSpeedLimit | Unset
        if isinstance(_sending_speed_limit, Unset):
            sending_speed_limit = UNSET
        else:
            sending_speed_limit = SendingSpeedLimit.from_dict(_sending_speed_limit)

        request_scheduling_settings = cls(
            bulk_id=bulk_id,
            send_at=send_at,
            sending_speed_limit=sending_speed_limit,
        )

        request_scheduling_settings.additional_properties = d
        return request_scheduling_settings

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
