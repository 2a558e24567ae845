from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendEmailResponse")


@_attrs_define
class SendEmailResponse:
    """`message_id` is always returned; "the field will be absent if the a conversation was not requested"
    (conversation_id) and the proxy address "will be omitted" without a proxy domain.

        Attributes:
            message_id (UUID): UUIDv4 of the e-mail.
            conversation_id (UUID | Unset): Present only when a proxy_domain was given.
            proxy_address (str | Unset): Present only when a proxy_domain was given.
    """

    message_id: UUID
    conversation_id: UUID | Unset = UNSET
    proxy_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = str(self.message_id)

        conversation_id: str | Unset = UNSET
        if not isinstance(self.conversation_id, Unset):
            conversation_id = str(self.conversation_id)

        proxy_address = self.proxy_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
            }
        )
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if proxy_address is not UNSET:
            field_dict["proxy_address"] = proxy_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_id = UUID(d.pop("message_id"))

        _conversation_id = d.pop("conversation_id", UNSET)
        conversation_id: UUID | Unset
        if isinstance(_conversation_id, Unset):
            conversation_id = UNSET
        else:
            conversation_id = UUID(_conversation_id)

        proxy_address = d.pop("proxy_address", UNSET)

        send_email_response = cls(
            message_id=message_id,
            conversation_id=conversation_id,
            proxy_address=proxy_address,
        )

        send_email_response.additional_properties = d
        return send_email_response

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
