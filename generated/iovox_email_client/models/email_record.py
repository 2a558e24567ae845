from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.disposition import Disposition
from ..models.read_disposition import ReadDisposition
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailRecord")


@_attrs_define
class EmailRecord:
    """A tracked e-mail; only the requested fields that the record has are present.

    Attributes:
        message_id (str | Unset):
        receive_date (str | Unset): UTC date/time "YYYY-MM-DD HH:MM:SS" (not RFC 3339). The pattern checks the ranges of
            every part; 29 February is accepted in every year. Example: 2021-06-26 14:49:27.
        delivery_date (str | Unset): UTC date/time "YYYY-MM-DD HH:MM:SS" (not RFC 3339). The pattern checks the ranges
            of every part; 29 February is accepted in every year. Example: 2021-06-26 14:49:27.
        node_id (str | Unset):
        node_name (str | Unset):
        node_type (str | Unset):
        link_id (str | Unset):
        link_name (str | Unset):
        link_type (str | Unset):
        sender_address (str | Unset):
        sender_name (str | Unset):
        recipient_address (str | Unset):
        recipient_name (str | Unset):
        proxy_address (str | Unset):
        proxy_name (str | Unset):
        conversation_id (str | Unset):
        disposition (Disposition | Unset): noMxRecord (no MX record, not retried), sent (accepted by the remote server),
            undeliverable (permanent error), queued (will retry), no_rules (no rules configured), rule_error (rule
            processing failed), received (being processed), received_bounced (sent, then bounced), expired (retries
            exhausted).
        read_disposition (ReadDisposition | Unset): unread until the web bug is loaded or a tracked link is clicked,
            then read.
        read_first_date (str | Unset): UTC date/time "YYYY-MM-DD HH:MM:SS" (not RFC 3339). The pattern checks the ranges
            of every part; 29 February is accepted in every year. Example: 2021-06-26 14:49:27.
    """

    message_id: str | Unset = UNSET
    receive_date: str | Unset = UNSET
    delivery_date: str | Unset = UNSET
    node_id: str | Unset = UNSET
    node_name: str | Unset = UNSET
    node_type: str | Unset = UNSET
    link_id: str | Unset = UNSET
    link_name: str | Unset = UNSET
    link_type: str | Unset = UNSET
    sender_address: str | Unset = UNSET
    sender_name: str | Unset = UNSET
    recipient_address: str | Unset = UNSET
    recipient_name: str | Unset = UNSET
    proxy_address: str | Unset = UNSET
    proxy_name: str | Unset = UNSET
    conversation_id: str | Unset = UNSET
    disposition: Disposition | Unset = UNSET
    read_disposition: ReadDisposition | Unset = UNSET
    read_first_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        receive_date = self.receive_date

        delivery_date = self.delivery_date

        node_id = self.node_id

        node_name = self.node_name

        node_type = self.node_type

        link_id = self.link_id

        link_name = self.link_name

        link_type = self.link_type

        sender_address = self.sender_address

        sender_name = self.sender_name

        recipient_address = self.recipient_address

        recipient_name = self.recipient_name

        proxy_address = self.proxy_address

        proxy_name = self.proxy_name

        conversation_id = self.conversation_id

        disposition: str | Unset = UNSET
        if not isinstance(self.disposition, Unset):
            disposition = self.disposition.value

        read_disposition: str | Unset = UNSET
        if not isinstance(self.read_disposition, Unset):
            read_disposition = self.read_disposition.value

        read_first_date = self.read_first_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if receive_date is not UNSET:
            field_dict["receive_date"] = receive_date
        if delivery_date is not UNSET:
            field_dict["delivery_date"] = delivery_date
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if node_name is not UNSET:
            field_dict["node_name"] = node_name
        if node_type is not UNSET:
            field_dict["node_type"] = node_type
        if link_id is not UNSET:
            field_dict["link_id"] = link_id
        if link_name is not UNSET:
            field_dict["link_name"] = link_name
        if link_type is not UNSET:
            field_dict["link_type"] = link_type
        if sender_address is not UNSET:
            field_dict["sender_address"] = sender_address
        if sender_name is not UNSET:
            field_dict["sender_name"] = sender_name
        if recipient_address is not UNSET:
            field_dict["recipient_address"] = recipient_address
        if recipient_name is not UNSET:
            field_dict["recipient_name"] = recipient_name
        if proxy_address is not UNSET:
            field_dict["proxy_address"] = proxy_address
        if proxy_name is not UNSET:
            field_dict["proxy_name"] = proxy_name
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if disposition is not UNSET:
            field_dict["disposition"] = disposition
        if read_disposition is not UNSET:
            field_dict["read_disposition"] = read_disposition
        if read_first_date is not UNSET:
            field_dict["read_first_date"] = read_first_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_id = d.pop("message_id", UNSET)

        receive_date = d.pop("receive_date", UNSET)

        delivery_date = d.pop("delivery_date", UNSET)

        node_id = d.pop("node_id", UNSET)

        node_name = d.pop("node_name", UNSET)

        node_type = d.pop("node_type", UNSET)

        link_id = d.pop("link_id", UNSET)

        link_name = d.pop("link_name", UNSET)

        link_type = d.pop("link_type", UNSET)

        sender_address = d.pop("sender_address", UNSET)

        sender_name = d.pop("sender_name", UNSET)

        recipient_address = d.pop("recipient_address", UNSET)

        recipient_name = d.pop("recipient_name", UNSET)

        proxy_address = d.pop("proxy_address", UNSET)

        proxy_name = d.pop("proxy_name", UNSET)

        conversation_id = d.pop("conversation_id", UNSET)

        _disposition = d.pop("disposition", UNSET)
        disposition: Disposition | Unset
        if isinstance(_disposition, Unset):
            disposition = UNSET
        else:
            disposition = Disposition(_disposition)

        _read_disposition = d.pop("read_disposition", UNSET)
        read_disposition: ReadDisposition | Unset
        if isinstance(_read_disposition, Unset):
            read_disposition = UNSET
        else:
            read_disposition = ReadDisposition(_read_disposition)

        read_first_date = d.pop("read_first_date", UNSET)

        email_record = cls(
            message_id=message_id,
            receive_date=receive_date,
            delivery_date=delivery_date,
            node_id=node_id,
            node_name=node_name,
            node_type=node_type,
            link_id=link_id,
            link_name=link_name,
            link_type=link_type,
            sender_address=sender_address,
            sender_name=sender_name,
            recipient_address=recipient_address,
            recipient_name=recipient_name,
            proxy_address=proxy_address,
            proxy_name=proxy_name,
            conversation_id=conversation_id,
            disposition=disposition,
            read_disposition=read_disposition,
            read_first_date=read_first_date,
        )

        email_record.additional_properties = d
        return email_record

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
