from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        subject (None | str | Unset):
        html_body (None | str | Unset):
        text_body (None | str | Unset):
        test_render_model (None | TemplateModel | Unset): The model rendered into the test content. The field table says
            "string" and its example shows the placeholder "TestRenderModel"; the request example passes an object, which is
            what is modelled.
        inline_css_for_html_test_render (bool | None | Unset): Inline style blocks in the HTML test render. The table
            says "string" but its text says "passing false"; modelled as a boolean. Default: True.
        template_type (None | TemplateType | Unset): Standard template or layout (null: none given).
        layout_template (None | str | Unset): Alias of the layout to validate a standard template with.
    """

    subject: None | str | Unset = UNSET
    html_body: None | str | Unset = UNSET
    text_body: None | str | Unset = UNSET
    test_render_model: None | TemplateModel | Unset = UNSET
    inline_css_for_html_test_render: bool | None | Unset = True
    template_type: None | TemplateType | Unset = UNSET
    layout_template: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.template_model import TemplateModel  # noqa: PLC0415

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

        test_render_model: dict[str, Any] | None | Unset
        if isinstance(self.test_render_model, Unset):
            test_render_model = UNSET
        elif isinstance(self.test_render_model, TemplateModel):
            test_render_model = self.test_render_model.to_dict()
        else:
            test_render_model = self.test_render_model

        inline_css_for_html_test_render: bool | None | Unset
        if isinstance(self.inline_css_for_html_test_render, Unset):
            inline_css_for_html_test_render = UNSET
        else:
            inline_css_for_html_test_render = self.inline_css_for_html_test_render

        template_type: None | str | Unset
        if isinstance(self.template_type, Unset):
            template_type = UNSET
        elif isinstance(self.template_type, TemplateType):
            template_type = self.template_type.value
        else:
            template_type = self.template_type

        layout_template: None | str | Unset
        if isinstance(self.layout_template, Unset):
            layout_template = UNSET
        else:
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

        def _parse_test_render_model(data: object) -> None | TemplateModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                test_render_model_type_0 = TemplateModel.from_dict(data)

                return test_render_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TemplateModel | Unset, data)

        test_render_model = _parse_test_render_model(d.pop("TestRenderModel", UNSET))

        def _parse_inline_css_for_html_test_render(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        inline_css_for_html_test_render = _parse_inline_css_for_html_test_render(
            d.pop("InlineCssForHtmlTestRender", UNSET)
        )

        def _parse_template_type(data: object) -> None | TemplateType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                template_type_type_0 = TemplateType(data)

                return template_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TemplateType | Unset, data)

        template_type = _parse_template_type(d.pop("TemplateType", UNSET))

        def _parse_layout_template(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        layout_template = _parse_layout_template(d.pop("LayoutTemplate", UNSET))

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
