from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.inbound_rule import InboundRule


T = TypeVar("T", bound="InboundRuleList")


@_attrs_define
class InboundRuleList:
    """
    Attributes:
        total_count (int):
        inbound_rules (list[InboundRule]):
    """

    total_count: int
    inbound_rules: list[InboundRule]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        inbound_rules = []
        for inbound_rules_item_data in self.inbound_rules:
            inbound_rules_item = inbound_rules_item_data.to_dict()
            inbound_rules.append(inbound_rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "TotalCount": total_count,
                "InboundRules": inbound_rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inbound_rule import InboundRule  # noqa: PLC0415

        d = dict(src_dict)
        total_count = d.pop("TotalCount")

        inbound_rules = []
        _inbound_rules = d.pop("InboundRules")
        for inbound_rules_item_data in _inbound_rules:
            inbound_rules_item = InboundRule.from_dict(inbound_rules_item_data)

            inbound_rules.append(inbound_rules_item)

        inbound_rule_list = cls(
            total_count=total_count,
            inbound_rules=inbound_rules,
        )

        inbound_rule_list.additional_properties = d
        return inbound_rule_list

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
