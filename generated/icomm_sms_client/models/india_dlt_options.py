from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IndiaDltOptions")


@_attrs_define
class IndiaDltOptions:
    """Distributed Ledger Technology (DLT) parameters required for sending SMS to phone numbers registered in India.

    Attributes:
        principal_entity_id (str): Your assigned DLT principal entity ID.
        content_template_id (str | Unset): Registered DLT content template ID which matches the message you are sending.
        telemarketer_id (str | Unset): Your assigned Telemarketer ID (required for aggregators).
    """

    principal_entity_id: str
    content_template_id: str | Unset = UNSET
    telemarketer_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        principal_entity_id = self.principal_entity_id

        content_template_id = self.content_template_id

        telemarketer_id = self.telemarketer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "principalEntityId": principal_entity_id,
            }
        )
        if content_template_id is not UNSET:
            field_dict["contentTemplateId"] = content_template_id
        if telemarketer_id is not UNSET:
            field_dict["telemarketerId"] = telemarketer_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        principal_entity_id = d.pop("principalEntityId")

        content_template_id = d.pop("contentTemplateId", UNSET)

        telemarketer_id = d.pop("telemarketerId", UNSET)

        india_dlt_options = cls(
            principal_entity_id=principal_entity_id,
            content_template_id=content_template_id,
            telemarketer_id=telemarketer_id,
        )

        india_dlt_options.additional_properties = d
        return india_dlt_options

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
