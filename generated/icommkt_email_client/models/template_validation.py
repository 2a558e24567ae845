from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_model import TemplateModel
    from ..models.template_part_validation import TemplatePartValidation


T = TypeVar("T", bound="TemplateValidation")


@_attrs_define
class TemplateValidation:
    """Postmark's validation result (not shown by the ICOMMKT documentation).

    Attributes:
        all_content_is_valid (bool | Unset):
        html_body (TemplatePartValidation | Unset):
        text_body (TemplatePartValidation | Unset):
        subject (TemplatePartValidation | Unset):
        suggested_template_model (TemplateModel | Unset): Free-form model (any JSON object) rendered into a template.
    """

    all_content_is_valid: bool | Unset = UNSET
    html_body: TemplatePartValidation | Unset = UNSET
    text_body: TemplatePartValidation | Unset = UNSET
    subject: TemplatePartValidation | Unset = UNSET
    suggested_template_model: TemplateModel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        all_content_is_valid = self.all_content_is_valid

        html_body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.html_body, Unset):
            html_body = self.html_body.to_dict()

        text_body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text_body, Unset):
            text_body = self.text_body.to_dict()

        subject: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subject, Unset):
            subject = self.subject.to_dict()

        suggested_template_model: dict[str, Any] | Unset = UNSET
        if not isinstance(self.suggested_template_model, Unset):
            suggested_template_model = self.suggested_template_model.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if all_content_is_valid is not UNSET:
            field_dict["AllContentIsValid"] = all_content_is_valid
        if html_body is not UNSET:
            field_dict["HtmlBody"] = html_body
        if text_body is not UNSET:
            field_dict["TextBody"] = text_body
        if subject is not UNSET:
            field_dict["Subject"] = subject
        if suggested_template_model is not UNSET:
            field_dict["SuggestedTemplateModel"] = suggested_template_model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_model import TemplateModel  # noqa: PLC0415
        from ..models.template_part_validation import TemplatePartValidation  # noqa: PLC0415

        d = dict(src_dict)
        all_content_is_valid = d.pop("AllContentIsValid", UNSET)

        _html_body = d.pop("HtmlBody", UNSET)
        html_body: TemplatePartValidation | Unset
        if isinstance(_html_body, Unset):
            html_body = UNSET
        else:
            html_body = TemplatePartValidation.from_dict(_html_body)

        _text_body = d.pop("TextBody", UNSET)
        text_body: TemplatePartValidation | Unset
        if isinstance(_text_body, Unset):
            text_body = UNSET
        else:
            text_body = TemplatePartValidation.from_dict(_text_body)

        _subject = d.pop("Subject", UNSET)
        subject: TemplatePartValidation | Unset
        if isinstance(_subject, Unset):
            subject = UNSET
        else:
            subject = TemplatePartValidation.from_dict(_subject)

        _suggested_template_model = d.pop("SuggestedTemplateModel", UNSET)
        suggested_template_model: TemplateModel | Unset
        if isinstance(_suggested_template_model, Unset):
            suggested_template_model = UNSET
        else:
            suggested_template_model = TemplateModel.from_dict(
                _suggested_template_model
            )

        template_validation = cls(
            all_content_is_valid=all_content_is_valid,
            html_body=html_body,
            text_body=text_body,
            subject=subject,
            suggested_template_model=suggested_template_model,
        )

        template_validation.additional_properties = d
        return template_validation

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
