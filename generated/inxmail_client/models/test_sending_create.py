from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TestSendingCreate")


@_attrs_define
class TestSendingCreate:
    """Payload of a test sending.

    Attributes:
        mailing_id (int): The mailing to send. Example: 1.
        test_mail_group_id (int | None | Unset): The test mail group to send to. Example: 2.
        recipient_ids (list[int] | None | Unset): Recipients to personalise the test mails with.
        test_profile_ids (list[int] | None | Unset): Test profiles to personalise the test mails with.
    """

    mailing_id: int
    test_mail_group_id: int | None | Unset = UNSET
    recipient_ids: list[int] | None | Unset = UNSET
    test_profile_ids: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mailing_id = self.mailing_id

        test_mail_group_id: int | None | Unset
        if isinstance(self.test_mail_group_id, Unset):
            test_mail_group_id = UNSET
        else:
            test_mail_group_id = self.test_mail_group_id

        recipient_ids: list[int] | None | Unset
        if isinstance(self.recipient_ids, Unset):
            recipient_ids = UNSET
        elif isinstance(self.recipient_ids, list):
            recipient_ids = self.recipient_ids

        else:
            recipient_ids = self.recipient_ids

        test_profile_ids: list[int] | None | Unset
        if isinstance(self.test_profile_ids, Unset):
            test_profile_ids = UNSET
        elif isinstance(self.test_profile_ids, list):
            test_profile_ids = self.test_profile_ids

        else:
            test_profile_ids = self.test_profile_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mailingId": mailing_id,
            }
        )
        if test_mail_group_id is not UNSET:
            field_dict["testMailGroupId"] = test_mail_group_id
        if recipient_ids is not UNSET:
            field_dict["recipientIds"] = recipient_ids
        if test_profile_ids is not UNSET:
            field_dict["testProfileIds"] = test_profile_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mailing_id = d.pop("mailingId")

        def _parse_test_mail_group_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        test_mail_group_id = _parse_test_mail_group_id(d.pop("testMailGroupId", UNSET))

        def _parse_recipient_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                recipient_ids_type_0 = cast(list[int], data)

                return recipient_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        recipient_ids = _parse_recipient_ids(d.pop("recipientIds", UNSET))

        def _parse_test_profile_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                test_profile_ids_type_0 = cast(list[int], data)

                return test_profile_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        test_profile_ids = _parse_test_profile_ids(d.pop("testProfileIds", UNSET))

        test_sending_create = cls(
            mailing_id=mailing_id,
            test_mail_group_id=test_mail_group_id,
            recipient_ids=recipient_ids,
            test_profile_ids=test_profile_ids,
        )

        test_sending_create.additional_properties = d
        return test_sending_create

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
