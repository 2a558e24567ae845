from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_error_group import MessageErrorGroup

T = TypeVar("T", bound="MessageError")


@_attrs_define
class MessageError:
    """Error that occurred while processing the message, NO_ERROR if none.

    Attributes:
        group_id (int): Error group ID.
        group_name (MessageErrorGroup): Error group name that describes which category the error code belongs to.
        id (int): Error ID.
        name (str): Error name.
        description (str): Human-readable description of the error.
        permanent (bool): Indicates whether the error is permanent (not recoverable).
    """

    group_id: int
    group_name: MessageErrorGroup
    id: int
    name: str
    description: str
    permanent: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_id = self.group_id

        group_name = self.group_name.value

        id = self.id

        name = self.name

        description = self.description

        permanent = self.permanent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "groupId": group_id,
                "groupName": group_name,
                "id": id,
                "name": name,
                "description": description,
                "permanent": permanent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group_id = d.pop("groupId")

        group_name = MessageErrorGroup(d.pop("groupName"))

        id = d.pop("id")

        name = d.pop("name")

        description = d.pop("description")

        permanent = d.pop("permanent")

        message_error = cls(
            group_id=group_id,
            group_name=group_name,
            id=id,
            name=name,
            description=description,
            permanent=permanent,
        )

        message_error.additional_properties = d
        return message_error

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
