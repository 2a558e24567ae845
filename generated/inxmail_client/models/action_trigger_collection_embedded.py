from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_trigger import ActionTrigger


T = TypeVar("T", bound="ActionTriggerCollectionEmbedded")


@_attrs_define
class ActionTriggerCollectionEmbedded:
    """
    Attributes:
        inxactions (list[ActionTrigger] | Unset):
    """

    inxactions: list[ActionTrigger] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inxactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inxactions, Unset):
            inxactions = []
            for inxactions_item_data in self.inxactions:
                inxactions_item = inxactions_item_data.to_dict()
                inxactions.append(inxactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inxactions is not UNSET:
            field_dict["inx:actions"] = inxactions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_trigger import ActionTrigger  # noqa: PLC0415

        d = dict(src_dict)
        _inxactions = d.pop("inx:actions", UNSET)
        inxactions: list[ActionTrigger] | Unset = UNSET
        if _inxactions is not UNSET:
            inxactions = []
            for inxactions_item_data in _inxactions:
                inxactions_item = ActionTrigger.from_dict(inxactions_item_data)

                inxactions.append(inxactions_item)

        action_trigger_collection_embedded = cls(
            inxactions=inxactions,
        )

        action_trigger_collection_embedded.additional_properties = d
        return action_trigger_collection_embedded

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
