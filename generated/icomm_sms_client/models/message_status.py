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
    """Status of the message and how to recover from an error should there be any.

    Attributes:
        group_id (int): Status group ID.
        group_name (MessageGeneralStatus): Status group name that describes which category the status code belongs to.
        id (int): Status code ID.
        name (str): Status code name.
        description (str): Human-readable description of the status.
        action (str | Unset): Action to take to recover from the error.
    """

    group_id: int
    group_name: MessageGeneralStatus
    id: int
    name: str
    description: str
    action: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_id = self.group_id

        group_name = self.group_name.value

        id = self.id

        name = self.name

        description = self.description

        action = self.action

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "groupId": group_id,
                "groupName": group_name,
                "id": id,
                "name": name,
                "description": description,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group_id = d.pop("groupId")

        group_name = MessageGeneralStatus(d.pop("groupName"))

        id = d.pop("id")

        name = d.pop("name")

        description = d.pop("description")

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
