from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.target_group import TargetGroup


T = TypeVar("T", bound="TargetGroupCollectionEmbedded")


@_attrs_define
class TargetGroupCollectionEmbedded:
    """
    Attributes:
        inxtarget_groups (list[TargetGroup] | Unset):
    """

    inxtarget_groups: list[TargetGroup] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inxtarget_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inxtarget_groups, Unset):
            inxtarget_groups = []
            for inxtarget_groups_item_data in self.inxtarget_groups:
                inxtarget_groups_item = inxtarget_groups_item_data.to_dict()
                inxtarget_groups.append(inxtarget_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inxtarget_groups is not UNSET:
            field_dict["inx:target-groups"] = inxtarget_groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.target_group import TargetGroup  # noqa: PLC0415

        d = dict(src_dict)
        _inxtarget_groups = d.pop("inx:target-groups", UNSET)
        inxtarget_groups: list[TargetGroup] | Unset = UNSET
        if _inxtarget_groups is not UNSET:
            inxtarget_groups = []
            for inxtarget_groups_item_data in _inxtarget_groups:
                inxtarget_groups_item = TargetGroup.from_dict(
                    inxtarget_groups_item_data
                )

                inxtarget_groups.append(inxtarget_groups_item)

        target_group_collection_embedded = cls(
            inxtarget_groups=inxtarget_groups,
        )

        target_group_collection_embedded.additional_properties = d
        return target_group_collection_embedded

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
