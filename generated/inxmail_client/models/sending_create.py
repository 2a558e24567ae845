from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendingCreate")


@_attrs_define
class SendingCreate:
    """Payload sending an approved regular mailing.

    Attributes:
        mailing_id (int): The ID of the mailing. Example: 3.
        recipient_id (int | None | Unset): The recipient to send a single mailing to. If null (and the mailing is not
            finished) the mailing is sent as a mass mailing to all recipients of its list. Example: 14.
    """

    mailing_id: int
    recipient_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mailing_id = self.mailing_id

        recipient_id: int | None | Unset
        if isinstance(self.recipient_id, Unset):
            recipient_id = UNSET
        else:
            recipient_id = self.recipient_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mailingId": mailing_id,
            }
        )
        if recipient_id is not UNSET:
            field_dict["recipientId"] = recipient_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mailing_id = d.pop("mailingId")

        def _parse_recipient_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        recipient_id = _parse_recipient_id(d.pop("recipientId", UNSET))

        sending_create = cls(
            mailing_id=mailing_id,
            recipient_id=recipient_id,
        )

        sending_create.additional_properties = d
        return sending_create

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
