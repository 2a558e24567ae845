from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.target_group_combination import TargetGroupCombination
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.target_group_reference import TargetGroupReference


T = TypeVar("T", bound="TargetGroupConfiguration")


@_attrs_define
class TargetGroupConfiguration:
    """The target group (filter) configuration of a mailing. The response table describes `targetGroups` as "the IDs of the
    filters", but the PATCH example (request and response) shows objects `{"targetGroupId": 1}`; the example is
    modelled.

        Attributes:
            combination (TargetGroupCombination | Unset): How the target groups of a mailing are combined.
            target_groups (list[TargetGroupReference] | Unset):
    """

    combination: TargetGroupCombination | Unset = UNSET
    target_groups: list[TargetGroupReference] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        combination: str | Unset = UNSET
        if not isinstance(self.combination, Unset):
            combination = self.combination.value

        target_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.target_groups, Unset):
            target_groups = []
            for target_groups_item_data in self.target_groups:
                target_groups_item = target_groups_item_data.to_dict()
                target_groups.append(target_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if combination is not UNSET:
            field_dict["combination"] = combination
        if target_groups is not UNSET:
            field_dict["targetGroups"] = target_groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.target_group_reference import TargetGroupReference  # noqa: PLC0415

        d = dict(src_dict)
        _combination = d.pop("combination", UNSET)
        combination: TargetGroupCombination | Unset
        if isinstance(_combination, Unset):
            combination = UNSET
        else:
            combination = TargetGroupCombination(_combination)

        _target_groups = d.pop("targetGroups", UNSET)
        target_groups: list[TargetGroupReference] | Unset = UNSET
        if _target_groups is not UNSET:
            target_groups = []
            for target_groups_item_data in _target_groups:
                target_groups_item = TargetGroupReference.from_dict(
                    target_groups_item_data
                )

                target_groups.append(target_groups_item)

        target_group_configuration = cls(
            combination=combination,
            target_groups=target_groups,
        )

        target_group_configuration.additional_properties = d
        return target_group_configuration

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
