from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProxyAddressRequest")


@_attrs_define
class ProxyAddressRequest:
    """
    Attributes:
        link_id (int | str): Identifier of an existing link (created in the web interface or the traditional API). The
            documentation's table shows a string ("abc1234") while its send example uses a number (1234); both are accepted
            and the id is compared as text.
        sender_address (str):
        recipient_address (str):
        proxy_domain (str):  Example: example.com.
        proxy_name (str | Unset):
    """

    link_id: int | str
    sender_address: str
    recipient_address: str
    proxy_domain: str
    proxy_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        link_id: int | str
        link_id = self.link_id

        sender_address = self.sender_address

        recipient_address = self.recipient_address

        proxy_domain = self.proxy_domain

        proxy_name = self.proxy_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "link_id": link_id,
                "sender_address": sender_address,
                "recipient_address": recipient_address,
                "proxy_domain": proxy_domain,
            }
        )
        if proxy_name is not UNSET:
            field_dict["proxy_name"] = proxy_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_link_id(data: object) -> int | str:
            return cast(int | str, data)

        link_id = _parse_link_id(d.pop("link_id"))

        sender_address = d.pop("sender_address")

        recipient_address = d.pop("recipient_address")

        proxy_domain = d.pop("proxy_domain")

        proxy_name = d.pop("proxy_name", UNSET)

        proxy_address_request = cls(
            link_id=link_id,
            sender_address=sender_address,
            recipient_address=recipient_address,
            proxy_domain=proxy_domain,
            proxy_name=proxy_name,
        )

        proxy_address_request.additional_properties = d
        return proxy_address_request

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
