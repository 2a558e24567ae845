from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsDestination")


@_attrs_define
class SmsDestination:
    """A destination the message is sent to.

    Attributes:
        to (str): The destination address of the message.
        message_id (str | Unset): The ID that uniquely identifies the message sent; auto-generated if not provided.
        network_id (int | Unset): Network operator ID of the destination, available in the US and Canada only.
    """

    to: str
    message_id: str | Unset = UNSET
    network_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        message_id = self.message_id

        network_id = self.network_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "to": to,
            }
        )
        if message_id is not UNSET:
            field_dict["messageId"] = message_id
        if network_id is not UNSET:
            field_dict["networkId"] = network_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to = d.pop("to")

        message_id = d.pop("messageId", UNSET)

        network_id = d.pop("networkId", UNSET)

        sms_destination = cls(
            to=to,
            message_id=message_id,
            network_id=network_id,
        )

        sms_destination.additional_properties = d
        return sms_destination

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
