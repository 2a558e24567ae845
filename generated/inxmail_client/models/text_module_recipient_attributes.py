from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.links import Links
    from ..models.text_module_attribute import TextModuleAttribute


T = TypeVar("T", bound="TextModuleRecipientAttributes")


@_attrs_define
class TextModuleRecipientAttributes:
    """The recipient attributes used in the text and html content of a text module.

    Attributes:
        text_recipient_attributes (list[TextModuleAttribute] | None | Unset): Attributes used in the text content; null
            when the module has no text part.
        html_recipient_attributes (list[TextModuleAttribute] | None | Unset): Attributes used in the html content; null
            when the module has no html part.
        field_links (Links | Unset): The `_links` node of a HAL document: at least a `self` link. Custom relations carry
            the `inx:` prefix, expanded by the `curies` entry (present on top-level documents, omitted on embedded items and
            most create/update responses). Paged collections add `first` (omitted on the first page), `next` (omitted on the
            last page; there actually is a non-empty next page) and, on the last page, `inx:upcoming` (a page that becomes
            available once more data is entered). Relations not listed here are allowed as further `Link` objects.
    """

    text_recipient_attributes: list[TextModuleAttribute] | None | Unset = UNSET
    html_recipient_attributes: list[TextModuleAttribute] | None | Unset = UNSET
    field_links: Links | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text_recipient_attributes: list[dict[str, Any]] | None | Unset
        if isinstance(self.text_recipient_attributes, Unset):
            text_recipient_attributes = UNSET
        elif isinstance(self.text_recipient_attributes, list):
            text_recipient_attributes = []
            for (
                text_recipient_attributes_type_0_item_data
            ) in self.text_recipient_attributes:
                text_recipient_attributes_type_0_item = (
                    text_recipient_attributes_type_0_item_data.to_dict()
                )
                text_recipient_attributes.append(text_recipient_attributes_type_0_item)

        else:
            text_recipient_attributes = self.text_recipient_attributes

        html_recipient_attributes: list[dict[str, Any]] | None | Unset
        if isinstance(self.html_recipient_attributes, Unset):
            html_recipient_attributes = UNSET
        elif isinstance(self.html_recipient_attributes, list):
            html_recipient_attributes = []
            for (
                html_recipient_attributes_type_0_item_data
            ) in self.html_recipient_attributes:
                html_recipient_attributes_type_0_item = (
                    html_recipient_attributes_type_0_item_data.to_dict()
                )
                html_recipient_attributes.append(html_recipient_attributes_type_0_item)

        else:
            html_recipient_attributes = self.html_recipient_attributes

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = self.field_links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text_recipient_attributes is not UNSET:
            field_dict["textRecipientAttributes"] = text_recipient_attributes
        if html_recipient_attributes is not UNSET:
            field_dict["htmlRecipientAttributes"] = html_recipient_attributes
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.links import Links  # noqa: PLC0415
        from ..models.text_module_attribute import TextModuleAttribute  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_text_recipient_attributes(
            data: object,
        ) -> list[TextModuleAttribute] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                text_recipient_attributes_type_0 = []
                _text_recipient_attributes_type_0 = data
                for (
                    text_recipient_attributes_type_0_item_data
                ) in _text_recipient_attributes_type_0:
                    text_recipient_attributes_type_0_item = (
                        TextModuleAttribute.from_dict(
                            text_recipient_attributes_type_0_item_data
                        )
                    )

                    text_recipient_attributes_type_0.append(
                        text_recipient_attributes_type_0_item
                    )

                return text_recipient_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TextModuleAttribute] | None | Unset, data)

        text_recipient_attributes = _parse_text_recipient_attributes(
            d.pop("textRecipientAttributes", UNSET)
        )

        def _parse_html_recipient_attributes(
            data: object,
        ) -> list[TextModuleAttribute] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                html_recipient_attributes_type_0 = []
                _html_recipient_attributes_type_0 = data
                for (
                    html_recipient_attributes_type_0_item_data
                ) in _html_recipient_attributes_type_0:
                    html_recipient_attributes_type_0_item = (
                        TextModuleAttribute.from_dict(
                            html_recipient_attributes_type_0_item_data
                        )
                    )

                    html_recipient_attributes_type_0.append(
                        html_recipient_attributes_type_0_item
                    )

                return html_recipient_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TextModuleAttribute] | None | Unset, data)

        html_recipient_attributes = _parse_html_recipient_attributes(
            d.pop("htmlRecipientAttributes", UNSET)
        )

        _field_links = d.pop("_links", UNSET)
        field_links: Links | Unset
        if isinstance(_field_links, Unset):
            field_links = UNSET
        else:
            field_links = Links.from_dict(_field_links)

        text_module_recipient_attributes = cls(
            text_recipient_attributes=text_recipient_attributes,
            html_recipient_attributes=html_recipient_attributes,
            field_links=field_links,
        )

        text_module_recipient_attributes.additional_properties = d
        return text_module_recipient_attributes

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
