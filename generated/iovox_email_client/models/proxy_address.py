from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProxyAddress")


@_attrs_define
class ProxyAddress:
    """
    Attributes:
        link_id (str): The link_id of the request, echoed as text to match entries up.
        sender_address (str):
        recipient_address (str):
        proxy_address (str):
        conversation_id (UUID):
    """

    link_id: str
    sender_address: str
    recipient_address: str
    proxy_address: str
    conversation_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        link_id = self.link_id

        sender_address = self.sender_address

        recipient_address = self.recipient_address

        proxy_address = self.proxy_address

        conversation_id = str(self.conversation_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "link_id": link_id,
                "sender_address": sender_address,
                "recipient_address": recipient_address,
                "proxy_address": proxy_address,
                "conversation_id": conversation_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        link_id = d.pop("link_id")

        sender_address = d.pop("sender_address")

        recipient_address = d.pop("recipient_address")

        proxy_address = d.pop("proxy_address")

        conversation_id = UUID(d.pop("conversation_id"))

        proxy_address = cls(
            link_id=link_id,
            sender_address=sender_address,
            recipient_address=recipient_address,
            proxy_address=proxy_address,
            conversation_id=conversation_id,
        )

        proxy_address.additional_properties = d
        return proxy_address

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
