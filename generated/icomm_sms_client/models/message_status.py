from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_general_status import MessageGeneralStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageStatus")


@_attrs_define
class MessageStatus:
    """Status of the message and how to recover from an error should there be any. Every property is optional: Infobip's
    own schema requires none and its SDK's model has every field Optional, so a body may omit any of them (Infobip's
    schema declares nothing nullable and its SDK sends no nulls, so none is nullable).

        Attributes:
            group_id (int | Unset): Status group ID.
            group_name (MessageGeneralStatus | Unset): Status group name that describes which category the status code
                belongs to.
            id (int | Unset): Status code ID.
            name (str | Unset): Status code name.
            description (str | Unset): Human-readable description of the status.
            action (str | Unset): Action to take to recover from the error.
    """

    group_id: int | Unset = UNSET
    group_name: MessageGeneralStatus | Unset = UNSET
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    action: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_id = self.group_id

        group_name: str | Unset = UNSET
        if not isinstance(self.group_name, Unset):
            group_name = self.group_name.value

        id = self.id

        name = self.name

        description = self.description

        action = self.action

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if group_name is not UNSET:
            field_dict["groupName"] = group_name
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group_id = d.pop("groupId", UNSET)

        _group_name = d.pop("groupName", UNSET)
        group_name: MessageGeneralStatus | Unset
        if isinstance(_group_name, Unset):
            group_name = UNSET
        else:
            group_name = MessageGeneralStatus(_group_name)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        action = d.pop("action", UNSET)

        message_status = cls(
            group_id=group_id,
            group_name=group_name,
            id=id,
            name=name,
            description=description,
            action=action,
        )

        message_status.additional_properties = d
        return message_status

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
