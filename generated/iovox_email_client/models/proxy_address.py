from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProxyAddress")


@_attrs_define
class ProxyAddress:
    """Every member is in the documentation's example and table; `proxy_address` is always generated here because
    `proxy_domain` is required in the request.

        Attributes:
            link_id (int | str): "The original link_id sent to the endpoint", echoed to match entries up: a link id sent as
                a number (as in the documentation's send example) comes back as that number.
            sender_address (str):
            recipient_address (str):
            proxy_address (str):
            conversation_id (UUID):
    """

    link_id: int | str
    sender_address: str
    recipient_address: str
    proxy_address: str
    conversation_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        link_id: int | str
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

        def _parse_link_id(data: object) -> int | str:
            return cast(int | str, data)

        link_id = _parse_link_id(d.pop("link_id"))

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
