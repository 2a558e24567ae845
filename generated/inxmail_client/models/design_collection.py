from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.links import Links


T = TypeVar("T", bound="DesignCollection")


@_attrs_define
class DesignCollection:
    """A design collection, a template library for mailings.

    Attributes:
        id (int): The ID of the design collection. Example: 5.
        field_links (Links): The `_links` node of a HAL document: at least a `self` link. Custom relations carry the
            `inx:` prefix, expanded by the `curies` entry (present on top-level documents, omitted on embedded items and
            most create/update responses). Paged collections add `first` (omitted on the first page), `next` (omitted on the
            last page; there actually is a non-empty next page) and, on the last page, `inx:upcoming` (a page that becomes
            available once more data is entered). Relations not listed here are allowed as further `Link` objects.
        list_id (int | Unset): The associated list. Example: 1.
        name (str | Unset): The name. Example: name.
        display_name (None | str | Unset): The display name. Example: displayName.
        version (None | str | Unset): The version string. Example: 20220101.
        last_save_date (datetime.datetime | None | Unset): The last saved date. Example: 2024-03-12T14:40:28Z.
    """

    id: int
    field_links: Links
    list_id: int | Unset = UNSET
    name: str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    version: None | str | Unset = UNSET
    last_save_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_links = self.field_links.to_dict()

        list_id = self.list_id

        name = self.name

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        last_save_date: None | str | Unset
        if isinstance(self.last_save_date, Unset):
            last_save_date = UNSET
        elif isinstance(self.last_save_date, datetime.datetime):
            last_save_date = self.last_save_date.isoformat()
        else:
            last_save_date = self.last_save_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "_links": field_links,
            }
        )
        if list_id is not UNSET:
            field_dict["listId"] = list_id
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if version is not UNSET:
            field_dict["version"] = version
        if last_save_date is not UNSET:
            field_dict["lastSaveDate"] = last_save_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.links import Links  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        field_links = Links.from_dict(d.pop("_links"))

        list_id = d.pop("listId", UNSET)

        name = d.pop("name", UNSET)

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("displayName", UNSET))

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_last_save_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_save_date_type_0 = datetime.datetime.fromisoformat(data)

                return last_save_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_save_date = _parse_last_save_date(d.pop("lastSaveDate", UNSET))

        design_collection = cls(
            id=id,
            field_links=field_links,
            list_id=list_id,
            name=name,
            display_name=display_name,
            version=version,
            last_save_date=last_save_date,
        )

        design_collection.additional_properties = d
        return design_collection

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
