from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.editor_content_type import EditorContentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.links import Links


T = TypeVar("T", bound="RegularMailingCreated")


@_attrs_define
class RegularMailingCreated:
    """The response to creating a regular mailing.

    Attributes:
        id (int):  Example: 5.
        field_links (Links): The `_links` node of a HAL document: at least a `self` link. Custom relations carry the
            `inx:` prefix, expanded by the `curies` entry (present on top-level documents, omitted on embedded items and
            most create/update responses). Paged collections add `first` (omitted on the first page), `next` (omitted on the
            last page; there actually is a non-empty next page) and, on the last page, `inx:upcoming` (a page that becomes
            available once more data is entered). Relations not listed here are allowed as further `Link` objects.
        name (str | Unset):  Example: name.
        subject (str | Unset):  Example: subject.
        list_id (int | Unset):  Example: 5.
        editor_content_type (EditorContentType | Unset): The editor content type of a mailing.
        design_collection_id (int | Unset):  Example: 405.
        style_name (str | Unset):  Example: Standard.
        template_name (str | Unset):  Example: Newsletter.
    """

    id: int
    field_links: Links
    name: str | Unset = UNSET
    subject: str | Unset = UNSET
    list_id: int | Unset = UNSET
    editor_content_type: EditorContentType | Unset = UNSET
    design_collection_id: int | Unset = UNSET
    style_name: str | Unset = UNSET
    template_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_links = self.field_links.to_dict()

        name = self.name

        subject = self.subject

        list_id = self.list_id

        editor_content_type: str | Unset = UNSET
        if not isinstance(self.editor_content_type, Unset):
            editor_content_type = self.editor_content_type.value

        design_collection_id = self.design_collection_id

        style_name = self.style_name

        template_name = self.template_name

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
        if subject is not UNSET:
            field_dict["subject"] = subject
        if list_id is not UNSET:
            field_dict["listId"] = list_id
        if editor_content_type is not UNSET:
            field_dict["editorContentType"] = editor_content_type
        if design_collection_id is not UNSET:
            field_dict["designCollectionId"] = design_collection_id
        if style_name is not UNSET:
            field_dict["styleName"] = style_name
        if template_name is not UNSET:
            field_dict["templateName"] = template_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.links import Links  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        field_links = Links.from_dict(d.pop("_links"))

        name = d.pop("name", UNSET)

        subject = d.pop("subject", UNSET)

        list_id = d.pop("listId", UNSET)

        _editor_content_type = d.pop("editorContentType", UNSET)
        editor_content_type: EditorContentType | Unset
        if isinstance(_editor_content_type, Unset):
            editor_content_type = UNSET
        else:
            editor_content_type = EditorContentType(_editor_content_type)

        design_collection_id = d.pop("designCollectionId", UNSET)

        style_name = d.pop("styleName", UNSET)

        template_name = d.pop("templateName", UNSET)

        regular_mailing_created = cls(
            id=id,
            field_links=field_links,
            name=name,
            subject=subject,
            list_id=list_id,
            editor_content_type=editor_content_type,
            design_collection_id=design_collection_id,
            style_name=style_name,
            template_name=template_name,
        )

        regular_mailing_created.additional_properties = d
        return regular_mailing_created

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
