from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tracking_permission_value import TrackingPermissionValue
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecipientTrackingPermission")


@_attrs_define
class RecipientTrackingPermission:
    """The tracking permission of a recipient for one list.

    Attributes:
        list_id (int | Unset):  Example: 8.
        permission (TrackingPermissionValue | Unset): A tracking permission value.
    """

    list_id: int | Unset = UNSET
    permission: TrackingPermissionValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        permission: str | Unset = UNSET
        if not isinstance(self.permission, Unset):
            permission = self.permission.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_id is not UNSET:
            field_dict["listId"] = list_id
        if permission is not UNSET:
            field_dict["permission"] = permission

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        list_id = d.pop("listId", UNSET)

        _permission = d.pop("permission", UNSET)
        permission: TrackingPermissionValue | Unset
        if isinstance(_permission, Unset):
            permission = UNSET
        else:
            permission = TrackingPermissionValue(_permission)

        recipient_tracking_permission = cls(
            list_id=list_id,
            permission=permission,
        )

        recipient_tracking_permission.additional_properties = d
        return recipient_tracking_permission

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
