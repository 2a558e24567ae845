from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.links import Links


T = TypeVar("T", bound="BlacklistEntry")


@_attrs_define
class BlacklistEntry:
    """A blacklist entry; its pattern may contain the wildcard `*` (e.g. `*@example.com`, `john.doe@*`).

    Attributes:
        id (int): The ID of the blacklist entry. Example: 5.
        field_links (Links): The `_links` node of a HAL document: at least a `self` link. Custom relations carry the
            `inx:` prefix, expanded by the `curies` entry (present on top-level documents, omitted on embedded items and
            most create/update responses). Paged collections add `first` (omitted on the first page), `next` (omitted on the
            last page; there actually is a non-empty next page) and, on the last page, `inx:upcoming` (a page that becomes
            available once more data is entered). Relations not listed here are allowed as further `Link` objects.
        pattern (str | Unset): The pattern of email addresses blocked by this entry. Example: john.doe@example.com.
        description (None | str | Unset): A descriptive text. Example: Got a complaint from this recipient.
        modification_date (datetime.datetime | None | Unset): The last modification date. Example: 2018-09-17T06:24:35Z.
        blocked_address_count (int | Unset): The number of import attempts blocked by this entry. Example: 5.
    """

    id: int
    field_links: Links
    pattern: str | Unset = UNSET
    description: None | str | Unset = UNSET
    modification_date: datetime.datetime | None | Unset = UNSET
    blocked_address_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_links = self.field_links.to_dict()

        pattern = self.pattern

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        modification_date: None | str | Unset
        if isinstance(self.modification_date, Unset):
            modification_date = UNSET
        elif isinstance(self.modification_date, datetime.datetime):
            modification_date = self.modification_date.isoformat()
        else:
            modification_date = self.modification_date

        blocked_address_count = self.blocked_address_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "_links": field_links,
            }
        )
        if pattern is not UNSET:
            field_dict["pattern"] = pattern
        if description is not UNSET:
            field_dict["description"] = description
        if modification_date is not UNSET:
            field_dict["modificationDate"] = modification_date
        if blocked_address_count is not UNSET:
            field_dict["blockedAddressCount"] = blocked_address_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.links import Links  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        field_links = Links.from_dict(d.pop("_links"))

        pattern = d.pop("pattern", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

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

        blocked_address_count = d.pop("blockedAddressCount", UNSET)

        blacklist_entry = cls(
            id=id,
            field_links=field_links,
            pattern=pattern,
            description=description,
            modification_date=modification_date,
            blocked_address_count=blocked_address_count,
        )

        blacklist_entry.additional_properties = d
        return blacklist_entry

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
