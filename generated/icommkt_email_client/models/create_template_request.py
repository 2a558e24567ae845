from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_type import TemplateType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTemplateRequest")


@_attrs_define
class CreateTemplateRequest:
    """`HtmlBody` or `TextBody` is required; `Subject` is required for standard templates and refused for layouts.

    Attributes:
        name (str):
        alias (str | Unset): Numbers, ASCII letters, ".", "-" and "_", starting with a letter.
        html_body (str | Unset): HTML body; a layout needs exactly one content placeholder.
        text_body (str | Unset): Text body; a layout needs exactly one content placeholder.
        subject (str | Unset):
        template_type (TemplateType | Unset): Standard template or layout (fixed at creation).
        layout_template (str | Unset): Alias of the layout a standard template uses ("" for none); refused on a layout.
    """

    name: str
    alias: str | Unset = UNSET
    html_body: str | Unset = UNSET
    text_body: str | Unset = UNSET
    subject: str | Unset = UNSET
    template_type: TemplateType | Unset = UNSET
    layout_template: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        alias = self.alias

        html_body = self.html_body

        text_body = self.text_body

        subject = self.subject

        template_type: str | Unset = UNSET
        if not isinstance(self.template_type, Unset):
            template_type = self.template_type.value

        layout_template = self.layout_template

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Name": name,
            }
        )
        if alias is not UNSET:
            field_dict["Alias"] = alias
        if html_body is not UNSET:
            field_dict["HtmlBody"] = html_body
        if text_body is not UNSET:
            field_dict["TextBody"] = text_body
        if subject is not UNSET:
            field_dict["Subject"] = subject
        if template_type is not UNSET:
            field_dict["TemplateType"] = template_type
        if layout_template is not UNSET:
            field_dict["LayoutTemplate"] = layout_template

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name")

        alias = d.pop("Alias", UNSET)

        html_body = d.pop("HtmlBody", UNSET)

        text_body = d.pop("TextBody", UNSET)

        subject = d.pop("Subject", UNSET)

        _template_type = d.pop("TemplateType", UNSET)
        template_type: TemplateType | Unset
        if isinstance(_template_type, Unset):
            template_type = UNSET
        else:
            template_type = TemplateType(_template_type)

        layout_template = d.pop("LayoutTemplate", UNSET)

        create_template_request = cls(
            name=name,
            alias=alias,
            html_body=html_body,
            text_body=text_body,
            subject=subject,
            template_type=template_type,
            layout_template=layout_template,
        )

        create_template_request.additional_properties = d
        return create_template_request

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
