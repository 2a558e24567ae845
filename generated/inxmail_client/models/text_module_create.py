from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.text_module_type import TextModuleType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TextModuleCreate")


@_attrs_define
class TextModuleCreate:
    """Payload creating a text module.

    Attributes:
        name (str): The name of the text module. Example: textmoduleTest.
        list_id (int): The list the text module is created in. Example: 12.
        type_ (TextModuleType): The content format type of a text module.
        text (None | str | Unset): Required for TEXT and TEXT_HTML; stored only for those types. Example: This is the
            Text.
        html (None | str | Unset): Required for HTML and TEXT_HTML; stored only for those types. Example: <p>Html
            code</p>.
    """

    name: str
    list_id: int
    type_: TextModuleType
    text: None | str | Unset = UNSET
    html: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        list_id = self.list_id

        type_ = self.type_.value

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "listId": list_id,
                "type": type_,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if html is not UNSET:
            field_dict["html"] = html

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        list_id = d.pop("listId")

        type_ = TextModuleType(d.pop("type"))

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

        text_module_create = cls(
            name=name,
            list_id=list_id,
            type_=type_,
            text=text,
            html=html,
        )

        text_module_create.additional_properties = d
        return text_module_create

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
