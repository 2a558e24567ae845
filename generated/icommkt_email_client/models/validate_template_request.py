from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_type import TemplateType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_model import TemplateModel


T = TypeVar("T", bound="ValidateTemplateRequest")


@_attrs_define
class ValidateTemplateRequest:
    """At least one of Subject, HtmlBody and TextBody is required.

    Attributes:
        subject (str | Unset):
        html_body (str | Unset):
        text_body (str | Unset):
        test_render_model (TemplateModel | Unset): Free-form model (any JSON object) rendered into a template.
        inline_css_for_html_test_render (bool | Unset): Inline style blocks in the HTML test render. The table says
            "string" but its text says "passing false"; modelled as a boolean. Default: True.
        template_type (TemplateType | Unset): Standard template or layout (fixed at creation).
        layout_template (str | Unset): Alias of the layout to validate a standard template with.
    """

    subject: str | Unset = UNSET
    html_body: str | Unset = UNSET
    text_body: str | Unset = UNSET
    test_render_model: TemplateModel | Unset = UNSET
    inline_css_for_html_test_render: bool | Unset = True
    template_type: TemplateType | Unset = UNSET
    layout_template: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject = self.subject

        html_body = self.html_body

        text_body = self.text_body

        test_render_model: dict[str, Any] | Unset = UNSET
        if not isinstance(self.test_render_model, Unset):
            test_render_model = self.test_render_model.to_dict()

        inline_css_for_html_test_render = self.inline_css_for_html_test_render

        template_type: str | Unset = UNSET
        if not isinstance(self.template_type, Unset):
            template_type = self.template_type.value

        layout_template = self.layout_template

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subject is not UNSET:
            field_dict["Subject"] = subject
        if html_body is not UNSET:
            field_dict["HtmlBody"] = html_body
        if text_body is not UNSET:
            field_dict["TextBody"] = text_body
        if test_render_model is not UNSET:
            field_dict["TestRenderModel"] = test_render_model
        if inline_css_for_html_test_render is not UNSET:
            field_dict["InlineCssForHtmlTestRender"] = inline_css_for_html_test_render
        if template_type is not UNSET:
            field_dict["TemplateType"] = template_type
        if layout_template is not UNSET:
            field_dict["LayoutTemplate"] = layout_template

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_model import TemplateModel  # noqa: PLC0415

        d = dict(src_dict)
        subject = d.pop("Subject", UNSET)

        html_body = d.pop("HtmlBody", UNSET)

        text_body = d.pop("TextBody", UNSET)

        _test_render_model = d.pop("TestRenderModel", UNSET)
        test_render_model: TemplateModel | Unset
        if isinstance(_test_render_model, Unset):
            test_render_model = UNSET
        else:
            test_render_model = TemplateModel.from_dict(_test_render_model)

        inline_css_for_html_test_render = d.pop("InlineCssForHtmlTestRender", UNSET)

        _template_type = d.pop("TemplateType", UNSET)
        template_type: TemplateType | Unset
        if isinstance(_template_type, Unset):
            template_type = UNSET
        else:
            template_type = TemplateType(_template_type)

        layout_template = d.pop("LayoutTemplate", UNSET)

        validate_template_request = cls(
            subject=subject,
            html_body=html_body,
            text_body=text_body,
            test_render_model=test_render_model,
            inline_css_for_html_test_render=inline_css_for_html_test_render,
            template_type=template_type,
            layout_template=layout_template,
        )

        validate_template_request.additional_properties = d
        return validate_template_request

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
