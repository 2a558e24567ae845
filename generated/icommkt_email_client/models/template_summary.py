from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_type import TemplateType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateSummary")


@_attrs_define
class TemplateSummary:
    """
    Attributes:
        active (bool):
        template_id (int):
        name (str):
        alias (None | str | Unset):
        template_type (TemplateType | Unset): Standard template or layout (fixed at creation).
        layout_template (None | str | Unset): The layout's alias; null without layout.
    """

    active: bool
    template_id: int
    name: str
    alias: None | str | Unset = UNSET
    template_type: TemplateType | Unset = UNSET
    layout_template: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        template_id = self.template_id

        name = self.name

        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        template_type: str | Unset = UNSET
        if not isinstance(self.template_type, Unset):
            template_type = self.template_type.value

        layout_template: None | str | Unset
        if isinstance(self.layout_template, Unset):
            layout_template = UNSET
        else:
            layout_template = self.layout_template

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Active": active,
                "TemplateId": template_id,
                "Name": name,
            }
        )
        if alias is not UNSET:
            field_dict["Alias"] = alias
        if template_type is not UNSET:
            field_dict["TemplateType"] = template_type
        if layout_template is not UNSET:
            field_dict["LayoutTemplate"] = layout_template

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("Active")

        template_id = d.pop("TemplateId")

        name = d.pop("Name")

        def _parse_alias(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alias = _parse_alias(d.pop("Alias", UNSET))

        _template_type = d.pop("TemplateType", UNSET)
        template_type: TemplateType | Unset
        if isinstance(_template_type, Unset):
            template_type = UNSET
        else:
            template_type = TemplateType(_template_type)

        def _parse_layout_template(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        layout_template = _parse_layout_template(d.pop("LayoutTemplate", UNSET))

        template_summary = cls(
            active=active,
            template_id=template_id,
            name=name,
            alias=alias,
            template_type=template_type,
            layout_template=layout_template,
        )

        template_summary.additional_properties = d
        return template_summary

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
