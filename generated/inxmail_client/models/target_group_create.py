from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TargetGroupCreate")


@_attrs_define
class TargetGroupCreate:
    """Payload creating a target group.

    Attributes:
        name (str): The name (must not be empty). Example: name.
        list_id (int): The list of the target group; 1 for the system list. Example: 5.
        description (None | str | Unset): The description. Example: description.
        filter_string (None | str | Unset): The filter condition. Example: hasClickedAny(23) AND hasClickedAny(55).
    """

    name: str
    list_id: int
    description: None | str | Unset = UNSET
    filter_string: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        list_id = self.list_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        filter_string: None | str | Unset
        if isinstance(self.filter_string, Unset):
            filter_string = UNSET
        else:
            filter_string = self.filter_string

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "listId": list_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if filter_string is not UNSET:
            field_dict["filterString"] = filter_string

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        list_id = d.pop("listId")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_filter_string(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        filter_string = _parse_filter_string(d.pop("filterString", UNSET))

        target_group_create = cls(
            name=name,
            list_id=list_id,
            description=description,
            filter_string=filter_string,
        )

        target_group_create.additional_properties = d
        return target_group_create

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
