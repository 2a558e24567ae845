from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_type import TemplateType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateSaved")


@_attrs_define
class TemplateSaved:
    """A created or edited template. Postmark returns TemplateId, Name, Active, Alias, TemplateType and LayoutTemplate; the
    ICOMMKT sample for creation echoes the request (Name, Subject, bodies, TemplateType, Alias, LayoutTemplate) without
    TemplateId, so only Name is required.

        Attributes:
            name (str):
            template_id (int | Unset):
            active (bool | Unset):
            alias (None | str | Unset):
            template_type (TemplateType | Unset): Standard template or layout (fixed at creation).
            layout_template (None | str | Unset):
            subject (None | str | Unset):
            html_body (None | str | Unset):
            text_body (None | str | Unset):
    """

    name: str
    template_id: int | Unset = UNSET
    active: bool | Unset = UNSET
    alias: None | str | Unset = UNSET
    template_type: TemplateType | Unset = UNSET
    layout_template: None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    html_body: None | str | Unset = UNSET
    text_body: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        template_id = self.template_id

        active = self.active

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

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        html_body: None | str | Unset
        if isinstance(self.html_body, Unset):
            html_body = UNSET
        else:
            html_body = self.html_body

        text_body: None | str | Unset
        if isinstance(self.text_body, Unset):
            text_body = UNSET
        else:
            text_body = self.text_body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Name": name,
            }
        )
        if template_id is not UNSET:
            field_dict["TemplateId"] = template_id
        if active is not UNSET:
            field_dict["Active"] = active
        if alias is not UNSET:
            field_dict["Alias"] = alias
        if template_type is not UNSET:
            field_dict["TemplateType"] = template_type
        if layout_template is not UNSET:
            field_dict["LayoutTemplate"] = layout_template
        if subject is not UNSET:
            field_dict["Subject"] = subject
        if html_body is not UNSET:
            field_dict["HtmlBody"] = html_body
        if text_body is not UNSET:
            field_dict["TextBody"] = text_body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name")

        template_id = d.pop("TemplateId", UNSET)

        active = d.pop("Active", UNSET)

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

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("Subject", UNSET))

        def _parse_html_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        html_body = _parse_html_body(d.pop("HtmlBody", UNSET))

        def _parse_text_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text_body = _parse_text_body(d.pop("TextBody", UNSET))

        template_saved = cls(
            name=name,
            template_id=template_id,
            active=active,
            alias=alias,
            template_type=template_type,
            layout_template=layout_template,
            subject=subject,
            html_body=html_body,
            text_body=text_body,
        )

        template_saved.additional_properties = d
        return template_saved

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
