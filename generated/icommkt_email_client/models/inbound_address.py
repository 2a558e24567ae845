from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InboundAddress")


@_attrs_define
class InboundAddress:
    """
    Attributes:
        email (str | Unset):
        name (None | str | Unset):
        mailbox_hash (None | str | Unset):
    """

    email: str | Unset = UNSET
    name: None | str | Unset = UNSET
    mailbox_hash: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        mailbox_hash: None | str | Unset
        if isinstance(self.mailbox_hash, Unset):
            mailbox_hash = UNSET
        else:
            mailbox_hash = self.mailbox_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["Email"] = email
        if name is not UNSET:
            field_dict["Name"] = name
        if mailbox_hash is not UNSET:
            field_dict["MailboxHash"] = mailbox_hash

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("Email", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("Name", UNSET))

        def _parse_mailbox_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mailbox_hash = _parse_mailbox_hash(d.pop("MailboxHash", UNSET))

        inbound_address = cls(
            email=email,
            name=name,
            mailbox_hash=mailbox_hash,
        )

        inbound_address.additional_properties = d
        return inbound_address

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
