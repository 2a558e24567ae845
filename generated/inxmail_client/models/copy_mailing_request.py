from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CopyMailingRequest")


@_attrs_define
class CopyMailingRequest:
    """Payload of the `copy` mailing operation.

    Attributes:
        mailing_id (int): The ID of the mailing to copy. Example: 2.
        copy_approval_state (bool | None | Unset): Copies the approval state of the source mailing.
        list_id (int | None | Unset): The list to copy the mailing into; must be of type STANDARD or DYNAMIC. Example:
            5.
        name (None | str | Unset): The name of the copy (default "Copy of <mailing name>"). Example: Copy of mailing
            name.
    """

    mailing_id: int
    copy_approval_state: bool | None | Unset = UNSET
    list_id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mailing_id = self.mailing_id

        copy_approval_state: bool | None | Unset
        if isinstance(self.copy_approval_state, Unset):
            copy_approval_state = UNSET
        else:
            copy_approval_state = self.copy_approval_state

        list_id: int | None | Unset
        if isinstance(self.list_id, Unset):
            list_id = UNSET
        else:
            list_id = self.list_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
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

        def _parse_copy_approval_state(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        copy_approval_state = _parse_copy_approval_state(
            d.pop("copyApprovalState", UNSET)
        )

        def _parse_list_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        list_id = _parse_list_id(d.pop("listId", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

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
