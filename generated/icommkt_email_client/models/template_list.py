from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.template_summary import TemplateSummary


T = TypeVar("T", bound="TemplateList")


@_attrs_define
class TemplateList:
    """
    Attributes:
        total_count (int): Number of templates of the server.
        templates (list[TemplateSummary]):
    """

    total_count: int
    templates: list[TemplateSummary]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        templates = []
        for templates_item_data in self.templates:
            templates_item = templates_item_data.to_dict()
            templates.append(templates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "TotalCount": total_count,
                "Templates": templates,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_summary import TemplateSummary  # noqa: PLC0415

        d = dict(src_dict)
        total_count = d.pop("TotalCount")

        templates = []
        _templates = d.pop("Templates")
        for templates_item_data in _templates:
            templates_item = TemplateSummary.from_dict(templates_item_data)

            templates.append(templates_item)

        template_list = cls(
            total_count=total_count,
            templates=templates,
        )

        template_list.additional_properties = d
        return template_list

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
