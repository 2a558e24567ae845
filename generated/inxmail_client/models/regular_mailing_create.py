from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.editor_content_type import EditorContentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegularMailingCreate")


@_attrs_define
class RegularMailingCreate:
    """Payload creating a regular mailing. For TEXT, HTML and TEXT_HTML the content is given in `text`/`html`; for
    XML_TEXT_HTML, XML_HTML and XML_TEXT in `xmlContentBase64` based on the design collection `designCollectionId`
    (optional `styleName`, `templateName`).

        Attributes:
            name (str): The name of the new mailing. Example: name.
            subject (str): The subject of the new mailing. Example: subject.
            list_id (int): The list of the new mailing; must be of type STANDARD or DYNAMIC. Example: 5.
            editor_content_type (EditorContentType): The editor content type of a mailing.
            text (None | str | Unset): The text part of the editor content. Example: text.
            html (None | str | Unset): The html part of the editor content. Example: html.
            design_collection_id (int | None | Unset): The design collection for XML editor content types. Example: 405.
            xml_content_base_64 (str | Unset): The XML content as Base64 encoded string. Example: BD544543534....
            style_name (None | str | Unset): Optional XSL style name; default: the first style not starting or ending with
                "TEXT". Example: Standard.
            template_name (None | str | Unset): Template of the design collection; required when it has more than one
                template. Example: Newsletter.
    """

    name: str
    subject: str
    list_id: int
    editor_content_type: EditorContentType
    text: None | str | Unset = UNSET
    html: None | str | Unset = UNSET
    design_collection_id: int | None | Unset = UNSET
    xml_content_base_64: str | Unset = UNSET
    style_name: None | str | Unset = UNSET
    template_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        subject = self.subject

        list_id = self.list_id

        editor_content_type = self.editor_content_type.value

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        html: None | str | Unset
        if isinstance(self.html, Unset):
            html = UNSET
        else:
            html = self.html

        design_collection_id: int | None | Unset
        if isinstance(self.design_collection_id, Unset):
            design_collection_id = UNSET
        else:
            design_collection_id = self.design_collection_id

        xml_content_base_64 = self.xml_content_base_64

        style_name: None | str | Unset
        if isinstance(self.style_name, Unset):
            style_name = UNSET
        else:
            style_name = self.style_name

        template_name: None | str | Unset
        if isinstance(self.template_name, Unset):
            template_name = UNSET
        else:
            template_name = self.template_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "subject": subject,
                "listId": list_id,
                "editorContentType": editor_content_type,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if html is not UNSET:
            field_dict["html"] = html
        if design_collection_id is not UNSET:
            field_dict["designCollectionId"] = design_collection_id
        if xml_content_base_64 is not UNSET:
            field_dict["xmlContentBase64"] = xml_content_base_64
        if style_name is not UNSET:
            field_dict["styleName"] = style_name
        if template_name is not UNSET:
            field_dict["templateName"] = template_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        subject = d.pop("subject")

        list_id = d.pop("listId")

        editor_content_type = EditorContentType(d.pop("editorContentType"))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        html = _parse_html(d.pop("html", UNSET))

        def _parse_design_collection_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        design_collection_id = _parse_design_collection_id(
            d.pop("designCollectionId", UNSET)
        )

        xml_content_base_64 = d.pop("xmlContentBase64", UNSET)

        def _parse_style_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        style_name = _parse_style_name(d.pop("styleName", UNSET))

        def _parse_template_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_name = _parse_template_name(d.pop("templateName", UNSET))

        regular_mailing_create = cls(
            name=name,
            subject=subject,
            list_id=list_id,
            editor_content_type=editor_content_type,
            text=text,
            html=html,
            design_collection_id=design_collection_id,
            xml_content_base_64=xml_content_base_64,
            style_name=style_name,
            template_name=template_name,
        )

        regular_mailing_create.additional_properties = d
        return regular_mailing_create

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
