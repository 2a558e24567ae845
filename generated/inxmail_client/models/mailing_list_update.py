from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MailingListUpdate")


@_attrs_define
class MailingListUpdate:
    """Payload replacing a mailing list (PUT).

    Attributes:
        name (str): The new name of the list; no padding whitespace. Example: sampleList.
        sender_address (str): The new sender address of the list. Example: john.doe@example.com.
        sender_name (None | str | Unset): The new sender name; no padding whitespace. Example: John Doe.
        reply_to_address (None | str | Unset): The reply-to address. Example: jane.doe@example.com.
        reply_to_name (None | str | Unset): The reply-to display name; no padding whitespace. Example: Jane Doe.
        description (None | str | Unset): The new description of the list. Example: sample description.
    """

    name: str
    sender_address: str
    sender_name: None | str | Unset = UNSET
    reply_to_address: None | str | Unset = UNSET
    reply_to_name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        sender_address = self.sender_address

        sender_name: None | str | Unset
        if isinstance(self.sender_name, Unset):
            sender_name = UNSET
        else:
            sender_name = self.sender_name

        reply_to_address: None | str | Unset
        if isinstance(self.reply_to_address, Unset):
            reply_to_address = UNSET
        else:
            reply_to_address = self.reply_to_address

        reply_to_name: None | str | Unset
        if isinstance(self.reply_to_name, Unset):
            reply_to_name = UNSET
        else:
            reply_to_name = self.reply_to_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "senderAddress": sender_address,
            }
        )
        if sender_name is not UNSET:
            field_dict["senderName"] = sender_name
        if reply_to_address is not UNSET:
            field_dict["replyToAddress"] = reply_to_address
        if reply_to_name is not UNSET:
            field_dict["replyToName"] = reply_to_name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        sender_address = d.pop("senderAddress")

        def _parse_sender_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sender_name = _parse_sender_name(d.pop("senderName", UNSET))

        def _parse_reply_to_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reply_to_address = _parse_reply_to_address(d.pop("replyToAddress", UNSET))

        def _parse_reply_to_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reply_to_name = _parse_reply_to_name(d.pop("replyToName", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        mailing_list_update = cls(
            name=name,
            sender_address=sender_address,
            sender_name=sender_name,
            reply_to_address=reply_to_address,
            reply_to_name=reply_to_name,
            description=description,
        )

        mailing_list_update.additional_properties = d
        return mailing_list_update

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
