from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateInboundRuleRequest")


@_attrs_define
class CreateInboundRuleRequest:
    """
    Attributes:
        rule (str): Email address (someone@example.com: an ASCII local part of letters, digits and .!#$%&'*+/=?^_`{|}~-)
            or domain (example.com: dot-separated labels of ASCII letters, digits and inner hyphens, at most 63 characters
            each) to block; anything else is ErrorCode 813. The schema-definition section's example `"Rule": "Rule"` is a
            placeholder and does not match.
    """

    rule: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rule = self.rule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Rule": rule,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rule = d.pop("Rule")

        create_inbound_rule_request = cls(
            rule=rule,
        )

        create_inbound_rule_request.additional_properties = d
        return create_inbound_rule_request

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
