from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.text_module_type import TextModuleType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.links import Links
    from ..models.text_module_embedded import TextModuleEmbedded


T = TypeVar("T", bound="TextModule")


@_attrs_define
class TextModule:
    """A text module (reusable content; global in list 1 or list specific). `text` is only present for TEXT/TEXT_HTML and
    `html` only for HTML/TEXT_HTML modules (in create responses). The dates are typed Null in the tables (null in the
    samples) and modelled as nullable.

        Attributes:
            id (int): The ID of the text module. Example: 1.
            field_links (Links): The `_links` node of a HAL document: at least a `self` link. Custom relations carry the
                `inx:` prefix, expanded by the `curies` entry (present on top-level documents, omitted on embedded items and
                most create/update responses). Paged collections add `first` (omitted on the first page), `next` (omitted on the
                last page; there actually is a non-empty next page) and, on the last page, `inx:upcoming` (a page that becomes
                available once more data is entered). Relations not listed here are allowed as further `Link` objects.
            name (str | Unset): The name of the text module. Example: textmodule1.
            list_id (int | Unset): The list of the text module (1 = global). Example: 12.
            type_ (TextModuleType | Unset): The content format type of a text module.
            text (None | str | Unset): The text content (create response only). Example: This is the Text.
            html (None | str | Unset): The html content (create response only).
            creation_date (datetime.datetime | None | Unset): When the text module was created.
            modification_date (datetime.datetime | None | Unset): When the text module was last updated.
            field_embedded (TextModuleEmbedded | Unset): Resources embedded on request.
    """

    id: int
    field_links: Links
    name: str | Unset = UNSET
    list_id: int | Unset = UNSET
    type_: TextModuleType | Unset = UNSET
    text: None | str | Unset = UNSET
    html: None | str | Unset = UNSET
    creation_date: datetime.datetime | None | Unset = UNSET
    modification_date: datetime.datetime | None | Unset = UNSET
    field_embedded: TextModuleEmbedded | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_links = self.field_links.to_dict()

        name = self.name

        list_id = self.list_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
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

        creation_date: None | str | Unset
        if isinstance(self.creation_date, Unset):
            creation_date = UNSET
        elif isinstance(self.creation_date, datetime.datetime):
            creation_date = self.creation_date.isoformat()
        else:
            creation_date = self.creation_date

        modification_date: None | str | Unset
        if isinstance(self.modification_date, Unset):
            modification_date = UNSET
        elif isinstance(self.modification_date, datetime.datetime):
            modification_date = self.modification_date.isoformat()
        else:
            modification_date = self.modification_date

        field_embedded: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_embedded, Unset):
            field_embedded = self.field_embedded.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "_links": field_links,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if list_id is not UNSET:
            field_dict["listId"] = list_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text
        if html is not UNSET:
            field_dict["html"] = html
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if modification_date is not UNSET:
            field_dict["modificationDate"] = modification_date
        if field_embedded is not UNSET:
            field_dict["_embedded"] = field_embedded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.links import Links  # noqa: PLC0415
        from ..models.text_module_embedded import TextModuleEmbedded  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        field_links = Links.from_dict(d.pop("_links"))

        name = d.pop("name", UNSET)

        list_id = d.pop("listId", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: TextModuleType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TextModuleType(_type_)

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

        def _parse_creation_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                creation_date_type_0 = datetime.datetime.fromisoformat(data)

                return creation_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        creation_date = _parse_creation_date(d.pop("creationDate", UNSET))

        def _parse_modification_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                modification_date_type_0 = datetime.datetime.fromisoformat(data)

                return modification_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        modification_date = _parse_modification_date(d.pop("modificationDate", UNSET))

        _field_embedded = d.pop("_embedded", UNSET)
        field_embedded: TextModuleEmbedded | Unset
        if isinstance(_field_embedded, Unset):
            field_embedded = UNSET
        else:
            field_embedded = TextModuleEmbedded.from_dict(_field_embedded)

        text_module = cls(
            id=id,
            field_links=field_links,
            name=name,
            list_id=list_id,
            type_=type_,
            text=text,
            html=html,
            creation_date=creation_date,
            modification_date=modification_date,
            field_embedded=field_embedded,
        )

        text_module.additional_properties = d
        return text_module

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
