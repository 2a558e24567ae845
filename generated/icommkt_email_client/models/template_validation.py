from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        html_body (None | TemplatePartValidation | Unset):
        text_body (None | TemplatePartValidation | Unset):
        subject (None | TemplatePartValidation | Unset):
        suggested_template_model (None | TemplateModel | Unset):
    """

    all_content_is_valid: bool | Unset = UNSET
    html_body: None | TemplatePartValidation | Unset = UNSET
    text_body: None | TemplatePartValidation | Unset = UNSET
    subject: None | TemplatePartValidation | Unset = UNSET
    suggested_template_model: None | TemplateModel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.template_model import TemplateModel  # noqa: PLC0415
        from ..models.template_part_validation import TemplatePartValidation  # noqa: PLC0415

        all_content_is_valid = self.all_content_is_valid

        html_body: dict[str, Any] | None | Unset
        if isinstance(self.html_body, Unset):
            html_body = UNSET
        elif isinstance(self.html_body, TemplatePartValidation):
            html_body = self.html_body.to_dict()
        else:
            html_body = self.html_body

        text_body: dict[str, Any] | None | Unset
        if isinstance(self.text_body, Unset):
            text_body = UNSET
        elif isinstance(self.text_body, TemplatePartValidation):
            text_body = self.text_body.to_dict()
        else:
            text_body = self.text_body

        subject: dict[str, Any] | None | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        elif isinstance(self.subject, TemplatePartValidation):
            subject = self.subject.to_dict()
        else:
            subject = self.subject

        suggested_template_model: dict[str, Any] | None | Unset
        if isinstance(self.suggested_template_model, Unset):
            suggested_template_model = UNSET
        elif isinstance(self.suggested_template_model, TemplateModel):
            suggested_template_model = self.suggested_template_model.to_dict()
        else:
            suggested_template_model = self.suggested_template_model

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

        def _parse_html_body(data: object) -> None | TemplatePartValidation | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                html_body_type_0 = TemplatePartValidation.from_dict(data)

                return html_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TemplatePartValidation | Unset, data)

        html_body = _parse_html_body(d.pop("HtmlBody", UNSET))

        def _parse_text_body(data: object) -> None | TemplatePartValidation | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                text_body_type_0 = TemplatePartValidation.from_dict(data)

                return text_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TemplatePartValidation | Unset, data)

        text_body = _parse_text_body(d.pop("TextBody", UNSET))

        def _parse_subject(data: object) -> None | TemplatePartValidation | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subject_type_0 = TemplatePartValidation.from_dict(data)

                return subject_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TemplatePartValidation | Unset, data)

        subject = _parse_subject(d.pop("Subject", UNSET))

        def _parse_suggested_template_model(
            data: object,
        ) -> None | TemplateModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                suggested_template_model_type_0 = TemplateModel.from_dict(data)

                return suggested_template_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TemplateModel | Unset, data)

        suggested_template_model = _parse_suggested_template_model(
            d.pop("SuggestedTemplateModel", UNSET)
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
