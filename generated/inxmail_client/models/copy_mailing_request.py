from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CopyMailingRequest")


@_attrs_define
class CopyMailingRequest:
    """Payload of the `copy` mailing operation.

    Attributes:
        mailing_id (int): The ID of the mailing to copy. Example: 2.
        copy_approval_state (bool | Unset): Copies the approval state of the source mailing.
        list_id (int | Unset): The list to copy the mailing into; must be of type STANDARD or DYNAMIC. Example: 5.
        name (str | Unset): The name of the copy (default "Copy of <mailing name>"). Example: Copy of mailing name.
    """

    mailing_id: int
    copy_approval_state: bool | Unset = UNSET
    list_id: int | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mailing_id = self.mailing_id

        copy_approval_state = self.copy_approval_state

        list_id = self.list_id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mailingId": mailing_id,
            }
        )
        if copy_approval_state is not UNSET:
            field_dict["copyApprovalState"] = copy_approval_state
        if list_id is not UNSET:
            field_dict["listId"] = list_id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mailing_id = d.pop("mailingId")

        copy_approval_state = d.pop("copyApprovalState", UNSET)

        list_id = d.pop("listId", UNSET)

        name = d.pop("name", UNSET)

        copy_mailing_request = cls(
            mailing_id=mailing_id,
            copy_approval_state=copy_approval_state,
            list_id=list_id,
            name=name,
        )

        copy_mailing_request.additional_properties = d
        return copy_mailing_request

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
