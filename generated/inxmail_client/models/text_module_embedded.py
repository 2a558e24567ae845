from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.editor_content import EditorContent
    from ..models.text_module_dynamic_parameters import TextModuleDynamicParameters
    from ..models.text_module_recipient_attributes import TextModuleRecipientAttributes


T = TypeVar("T", bound="TextModuleEmbedded")


@_attrs_define
class TextModuleEmbedded:
    """Resources embedded on request.

    Attributes:
        inxeditor_content (EditorContent | Unset): The text and html editor content of a regular mailing.
        inxdynamic_parameters (TextModuleDynamicParameters | Unset): The dynamic parameters used in a text module. Only
            shown in a sample with `text` and `html` (both null); their structure is otherwise undocumented.
        inxrecipient_attributes (TextModuleRecipientAttributes | Unset): The recipient attributes used in the text and
            html content of a text module.
    """

    inxeditor_content: EditorContent | Unset = UNSET
    inxdynamic_parameters: TextModuleDynamicParameters | Unset = UNSET
    inxrecipient_attributes: TextModuleRecipientAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inxeditor_content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inxeditor_content, Unset):
            inxeditor_content = self.inxeditor_content.to_dict()

        inxdynamic_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inxdynamic_parameters, Unset):
            inxdynamic_parameters = self.inxdynamic_parameters.to_dict()

        inxrecipient_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inxrecipient_attributes, Unset):
            inxrecipient_attributes = self.inxrecipient_attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inxeditor_content is not UNSET:
            field_dict["inx:editor-content"] = inxeditor_content
        if inxdynamic_parameters is not UNSET:
            field_dict["inx:dynamic-parameters"] = inxdynamic_parameters
        if inxrecipient_attributes is not UNSET:
            field_dict["inx:recipient-attributes"] = inxrecipient_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.editor_content import EditorContent  # noqa: PLC0415
        from ..models.text_module_dynamic_parameters import TextModuleDynamicParameters  # noqa: PLC0415
        from ..models.text_module_recipient_attributes import (
            TextModuleRecipientAttributes,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _inxeditor_content = d.pop("inx:editor-content", UNSET)
        inxeditor_content: EditorContent | Unset
        if isinstance(_inxeditor_content, Unset):
            inxeditor_content = UNSET
        else:
            inxeditor_content = EditorContent.from_dict(_inxeditor_content)

        _inxdynamic_parameters = d.pop("inx:dynamic-parameters", UNSET)
        inxdynamic_parameters: TextModuleDynamicParameters | Unset
        if isinstance(_inxdynamic_parameters, Unset):
            inxdynamic_parameters = UNSET
        else:
            inxdynamic_parameters = TextModuleDynamicParameters.from_dict(
                _inxdynamic_parameters
            )

        _inxrecipient_attributes = d.pop("inx:recipient-attributes", UNSET)
        inxrecipient_attributes: TextModuleRecipientAttributes | Unset
        if isinstance(_inxrecipient_attributes, Unset):
            inxrecipient_attributes = UNSET
        else:
            inxrecipient_attributes = TextModuleRecipientAttributes.from_dict(
                _inxrecipient_attributes
            )

        text_module_embedded = cls(
            inxeditor_content=inxeditor_content,
            inxdynamic_parameters=inxdynamic_parameters,
            inxrecipient_attributes=inxrecipient_attributes,
        )

        text_module_embedded.additional_properties = d
        return text_module_embedded

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
