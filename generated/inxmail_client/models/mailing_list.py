from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_type import ListType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.links import Links


T = TypeVar("T", bound="MailingList")


@_attrs_define
class MailingList:
    """A mailing list. `replyToAddress`/`replyToName` are null when no reply-to address is set; `modificationDate` is null
    in the create/update responses of the documentation.

        Attributes:
            id (int): The ID of the list. Example: 5.
            field_links (Links): The `_links` node of a HAL document: at least a `self` link. Custom relations carry the
                `inx:` prefix, expanded by the `curies` entry (present on top-level documents, omitted on embedded items and
                most create/update responses). Paged collections add `first` (omitted on the first page), `next` (omitted on the
                last page; there actually is a non-empty next page) and, on the last page, `inx:upcoming` (a page that becomes
                available once more data is entered). Relations not listed here are allowed as further `Link` objects.
            name (str | Unset): The name of the list. Example: sampleList.
            description (None | str | Unset): Some text describing the list. Example: sample description.
            sender_address (str | Unset): The email address of the sender associated to this list. Example:
                john.doe@example.com.
            sender_name (None | str | Unset): The name of the sender associated to this list. Example: John Doe.
            reply_to_address (None | str | Unset): The address used in the reply-to header of every mailing sent from this
                list. Example: jane.doe@example.com.
            reply_to_name (None | str | Unset): The display name associated with the replyToAddress. Example: Jane Doe.
            type_ (ListType | Unset): The type of a mailing list.
            creation_date (datetime.datetime | None | Unset): The point in time when this list was created. Example:
                1970-01-17T16:01:15Z.
            modification_date (datetime.datetime | None | Unset): The point in time when this list was modified. Example:
                1970-01-17T16:01:15Z.
    """

    id: int
    field_links: Links
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    sender_address: str | Unset = UNSET
    sender_name: None | str | Unset = UNSET
    reply_to_address: None | str | Unset = UNSET
    reply_to_name: None | str | Unset = UNSET
    type_: ListType | Unset = UNSET
    creation_date: datetime.datetime | None | Unset = UNSET
    modification_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_links = self.field_links.to_dict()

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        sender_address = self.sender_address

        sender_name: None | str | Unset
        if isinstance(self.sender_name, Unset):
            sender_name = UNSET
        else:
            sender_name = self.sender_name

        reply_to_address: None | str | Unset
        if isinstance(self.reply_to_address, Unset):
            reply_to_address = UNSET
        else:
            reply_to_address = self.reply_to_address

        reply_to_name: None | str | Unset
        if isinstance(self.reply_to_name, Unset):
            reply_to_name = UNSET
        else:
            reply_to_name = self.reply_to_name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

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
        if description is not UNSET:
            field_dict["description"] = description
        if sender_address is not UNSET:
            field_dict["senderAddress"] = sender_address
        if sender_name is not UNSET:
            field_dict["senderName"] = sender_name
        if reply_to_address is not UNSET:
            field_dict["replyToAddress"] = reply_to_address
        if reply_to_name is not UNSET:
            field_dict["replyToName"] = reply_to_name
        if type_ is not UNSET:
            field_dict["type"] = type_
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

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        sender_address = d.pop("senderAddress", UNSET)

        def _parse_sender_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sender_name = _parse_sender_name(d.pop("senderName", UNSET))

        def _parse_reply_to_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reply_to_address = _parse_reply_to_address(d.pop("replyToAddress", UNSET))

        def _parse_reply_to_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reply_to_name = _parse_reply_to_name(d.pop("replyToName", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: ListType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ListType(_type_)

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

        mailing_list = cls(
            id=id,
            field_links=field_links,
            name=name,
            description=description,
            sender_address=sender_address,
            sender_name=sender_name,
            reply_to_address=reply_to_address,
            reply_to_name=reply_to_name,
            type_=type_,
            creation_date=creation_date,
            modification_date=modification_date,
        )

        mailing_list.additional_properties = d
        return mailing_list

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
