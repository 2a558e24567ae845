from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_validation_error import TemplateValidationError


T = TypeVar("T", bound="TemplatePartValidation")


@_attrs_define
class TemplatePartValidation:
    """The validation result of one part of the template (its subject, HTML body or text body).

    Attributes:
        content_is_valid (bool | Unset):
        validation_errors (list[TemplateValidationError] | Unset):
        rendered_content (None | str | Unset):
    """

    content_is_valid: bool | Unset = UNSET
    validation_errors: list[TemplateValidationError] | Unset = UNSET
    rendered_content: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_is_valid = self.content_is_valid

        validation_errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.validation_errors, Unset):
            validation_errors = []
            for validation_errors_item_data in self.validation_errors:
                validation_errors_item = validation_errors_item_data.to_dict()
                validation_errors.append(validation_errors_item)

        rendered_content: None | str | Unset
        if isinstance(self.rendered_content, Unset):
            rendered_content = UNSET
        else:
            rendered_content = self.rendered_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content_is_valid is not UNSET:
            field_dict["ContentIsValid"] = content_is_valid
        if validation_errors is not UNSET:
            field_dict["ValidationErrors"] = validation_errors
        if rendered_content is not UNSET:
            field_dict["RenderedContent"] = rendered_content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_validation_error import TemplateValidationError  # noqa: PLC0415

        d = dict(src_dict)
        content_is_valid = d.pop("ContentIsValid", UNSET)

        _validation_errors = d.pop("ValidationErrors", UNSET)
        validation_errors: list[TemplateValidationError] | Unset = UNSET
        if _validation_errors is not UNSET:
            validation_errors = []
            for validation_errors_item_data in _validation_errors:
                validation_errors_item = TemplateValidationError.from_dict(
                    validation_errors_item_data
                )

                validation_errors.append(validation_errors_item)

        def _parse_rendered_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rendered_content = _parse_rendered_content(d.pop("RenderedContent", UNSET))

        template_part_validation = cls(
            content_is_valid=content_is_valid,
            validation_errors=validation_errors,
            rendered_content=rendered_content,
        )

        template_part_validation.additional_properties = d
        return template_part_validation

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
