from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_type import TemplateType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Template")


@_attrs_define
class Template:
    """
    Attributes:
        template_id (int):
        name (str):
        active (bool): Whether the template may be used for sending.
        subject (None | str | Unset): Null for layouts.
        html_body (None | str | Unset):
        text_body (None | str | Unset):
        associated_server_id (int | Unset): The server the template belongs to.
        alias (None | str | Unset):
        template_type (TemplateType | Unset): Standard template or layout (fixed at creation).
        layout_template (None | str | Unset): The layout's alias, null without layout (one documentation sample shows
            the string "null").
    """

    template_id: int
    name: str
    active: bool
    subject: None | str | Unset = UNSET
    html_body: None | str | Unset = UNSET
    text_body: None | str | Unset = UNSET
    associated_server_id: int | Unset = UNSET
    alias: None | str | Unset = UNSET
    template_type: TemplateType | Unset = UNSET
    layout_template: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template_id = self.template_id

        name = self.name

        active = self.active

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

        associated_server_id = self.associated_server_id

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
                "TemplateId": template_id,
                "Name": name,
                "Active": active,
            }
        )
        if subject is not UNSET:
            field_dict["Subject"] = subject
        if html_body is not UNSET:
            field_dict["HtmlBody"] = html_body
        if text_body is not UNSET:
            field_dict["TextBody"] = text_body
        if associated_server_id is not UNSET:
            field_dict["AssociatedServerId"] = associated_server_id
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
        template_id = d.pop("TemplateId")

        name = d.pop("Name")

        active = d.pop("Active")

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

        associated_server_id = d.pop("AssociatedServerId", UNSET)

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

        template = cls(
            template_id=template_id,
            name=name,
            active=active,
            subject=subject,
            html_body=html_body,
            text_body=text_body,
            associated_server_id=associated_server_id,
            alias=alias,
            template_type=template_type,
            layout_template=layout_template,
        )

        template.additional_properties = d
        return template

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
