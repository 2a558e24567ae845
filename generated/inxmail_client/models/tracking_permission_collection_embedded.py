from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tracking_permission import TrackingPermission


T = TypeVar("T", bound="TrackingPermissionCollectionEmbedded")


@_attrs_define
class TrackingPermissionCollectionEmbedded:
    """
    Attributes:
        inxtracking_permissions (list[TrackingPermission] | Unset):
    """

    inxtracking_permissions: list[TrackingPermission] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inxtracking_permissions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inxtracking_permissions, Unset):
            inxtracking_permissions = []
            for inxtracking_permissions_item_data in self.inxtracking_permissions:
                inxtracking_permissions_item = (
                    inxtracking_permissions_item_data.to_dict()
                )
                inxtracking_permissions.append(inxtracking_permissions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inxtracking_permissions is not UNSET:
            field_dict["inx:tracking-permissions"] = inxtracking_permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tracking_permission import TrackingPermission  # noqa: PLC0415

        d = dict(src_dict)
        _inxtracking_permissions = d.pop("inx:tracking-permissions", UNSET)
        inxtracking_permissions: list[TrackingPermission] | Unset = UNSET
        if _inxtracking_permissions is not UNSET:
            inxtracking_permissions = []
            for inxtracking_permissions_item_data in _inxtracking_permissions:
                inxtracking_permissions_item = TrackingPermission.from_dict(
                    inxtracking_permissions_item_data
                )

                inxtracking_permissions.append(inxtracking_permissions_item)

        tracking_permission_collection_embedded = cls(
            inxtracking_permissions=inxtracking_permissions,
        )

        tracking_permission_collection_embedded.additional_properties = d
        return tracking_permission_collection_embedded

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
