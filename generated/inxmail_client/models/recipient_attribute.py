from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attribute_type import AttributeType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.links import Links


T = TypeVar("T", bound="RecipientAttribute")


@_attrs_define
class RecipientAttribute:
    """A recipient attribute. `maxLength` is present for TEXT attributes only. The field tables type
    `creationDate`/`modificationDate` as Null (the samples show null); since version 4.8.53 they carry timestamps, hence
    nullable date-times.

        Attributes:
            id (int): The ID of the attribute. Example: 5.
            field_links (Links): The `_links` node of a HAL document: at least a `self` link. Custom relations carry the
                `inx:` prefix, expanded by the `curies` entry (present on top-level documents, omitted on embedded items and
                most create/update responses). Paged collections add `first` (omitted on the first page), `next` (omitted on the
                last page; there actually is a non-empty next page) and, on the last page, `inx:upcoming` (a page that becomes
                available once more data is entered). Relations not listed here are allowed as further `Link` objects.
            name (str | Unset): The name of the attribute. Example: sample attribute.
            type_ (AttributeType | Unset): The data type of a recipient attribute: TEXT (max. 80 characters by default,
                configurable up to 255), DATE_AND_TIME, DATE_ONLY, TIME_ONLY, INTEGER (-2147483648..2147483647),
                FLOATING_POINT_NUMBER (double precision), BOOLEAN (unset values are handled as false).
            max_length (int | Unset): The maximum length of the value; TEXT attributes only. Example: 80.
            creation_date (datetime.datetime | None | Unset): When the attribute was created.
            modification_date (datetime.datetime | None | Unset): When the attribute was last updated.
    """

    id: int
    field_links: Links
    name: str | Unset = UNSET
    type_: AttributeType | Unset = UNSET
    max_length: int | Unset = UNSET
    creation_date: datetime.datetime | None | Unset = UNSET
    modification_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_links = self.field_links.to_dict()

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        max_length = self.max_length

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
        if type_ is not UNSET:
            field_dict["type"] = type_
        if max_length is not UNSET:
            field_dict["maxLength"] = max_length
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if modification_date is not UNSET:
            field_dict["modificationDate"] = modification_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.links import Links  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        field_links = Links.from_dict(d.pop("_links"))

        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: AttributeType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AttributeType(_type_)

        max_length = d.pop("maxLength", UNSET)

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

        recipient_attribute = cls(
            id=id,
            field_links=field_links,
            name=name,
            type_=type_,
            max_length=max_length,
            creation_date=creation_date,
            modification_date=modification_date,
        )

        recipient_attribute.additional_properties = d
        return recipient_attribute

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
