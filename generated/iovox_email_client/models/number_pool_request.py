from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberPoolRequest")


@_attrs_define
class NumberPoolRequest:
    """Undocumented; the fields are those of the documentation's example.

    Attributes:
        link_id (int | str | Unset): Identifier of an existing link (created in the web interface or the traditional
            API). The documentation's table shows a string ("abc1234") while its send example uses a number (1234); both are
            accepted and the id is compared as text.
        sender_address (str | Unset):
        sender_name (str | Unset):
        recipient (str | Unset):
        subject (str | Unset):
        text_content (str | Unset):
        html_content (str | Unset):
    """

    link_id: int | str | Unset = UNSET
    sender_address: str | Unset = UNSET
    sender_name: str | Unset = UNSET
    recipient: str | Unset = UNSET
    subject: str | Unset = UNSET
    text_content: str | Unset = UNSET
    html_content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        link_id: int | str | Unset
        if isinstance(self.link_id, Unset):
            link_id = UNSET
        else:
            link_id = self.link_id

        sender_address = self.sender_address

        sender_name = self.sender_name

        recipient = self.recipient

        subject = self.subject

        text_content = self.text_content

        html_content = self.html_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if link_id is not UNSET:
            field_dict["link_id"] = link_id
        if sender_address is not UNSET:
            field_dict["sender_address"] = sender_address
        if sender_name is not UNSET:
            field_dict["sender_name"] = sender_name
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if subject is not UNSET:
            field_dict["subject"] = subject
        if text_content is not UNSET:
            field_dict["text_content"] = text_content
        if html_content is not UNSET:
            field_dict["html_content"] = html_content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_link_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        link_id = _parse_link_id(d.pop("link_id", UNSET))

        sender_address = d.pop("sender_address", UNSET)

        sender_name = d.pop("sender_name", UNSET)

        recipient = d.pop("recipient", UNSET)

        subject = d.pop("subject", UNSET)

        text_content = d.pop("text_content", UNSET)

        html_content = d.pop("html_content", UNSET)

        number_pool_request = cls(
            link_id=link_id,
            sender_address=sender_address,
            sender_name=sender_name,
            recipient=recipient,
            subject=subject,
            text_content=text_content,
            html_content=html_content,
        )

        number_pool_request.additional_properties = d
        return number_pool_request

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
