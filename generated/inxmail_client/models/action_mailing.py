from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_mailing_state import ActionMailingState
from ..models.mailing_type import MailingType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.links import Links


T = TypeVar("T", bound="ActionMailing")


@_attrs_define
class ActionMailing:
    """A mailing of type ACTION_MAILING with its mailing state.

    Attributes:
        id (int): The ID of the mailing. Example: 1.
        field_links (Links): The `_links` node of a HAL document: at least a `self` link. Custom relations carry the
            `inx:` prefix, expanded by the `curies` entry (present on top-level documents, omitted on embedded items and
            most create/update responses). Paged collections add `first` (omitted on the first page), `next` (omitted on the
            last page; there actually is a non-empty next page) and, on the last page, `inx:upcoming` (a page that becomes
            available once more data is entered). Relations not listed here are allowed as further `Link` objects.
        type_ (MailingType | Unset): The type of a mailing: REGULAR_MAILING (newsletters), ACTION_MAILING (action
            triggers), TIME_TRIGGER_MAILING (e.g. birthday and interval mailings), SUBSCRIPTION_TRIGGER_MAILING (e.g.
            welcome and verification mailings), SPLIT_TEST_MAILING.
        list_id (int | Unset): The ID of the associated list. Example: 42.
        name (str | Unset): The name of the mailing. Example: Name of the mailing.
        subject (None | str | Unset): The subject of the mailing. Example: Subject of the mailing.
        mailing_state (ActionMailingState | Unset): The state of a action mailing.
        creation_date (datetime.datetime | None | Unset): The creation date. Example: 2024-03-12T14:40:51Z.
        modification_date (datetime.datetime | None | Unset): The modification date. Example: 2024-03-12T14:40:51Z.
    """

    id: int
    field_links: Links
    type_: MailingType | Unset = UNSET
    list_id: int | Unset = UNSET
    name: str | Unset = UNSET
    subject: None | str | Unset = UNSET
    mailing_state: ActionMailingState | Unset = UNSET
    creation_date: datetime.datetime | None | Unset = UNSET
    modification_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_links = self.field_links.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        list_id = self.list_id

        name = self.name

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        mailing_state: str | Unset = UNSET
        if not isinstance(self.mailing_state, Unset):
            mailing_state = self.mailing_state.value

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
        if type_ is not UNSET:
            field_dict["type"] = type_
        if list_id is not UNSET:
            field_dict["listId"] = list_id
        if name is not UNSET:
            field_dict["name"] = name
        if subject is not UNSET:
            field_dict["subject"] = subject
        if mailing_state is not UNSET:
            field_dict["mailingState"] = mailing_state
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

        _type_ = d.pop("type", UNSET)
        type_: MailingType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = MailingType(_type_)

        list_id = d.pop("listId", UNSET)

        name = d.pop("name", UNSET)

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        _mailing_state = d.pop("mailingState", UNSET)
        mailing_state: ActionMailingState | Unset
        if isinstance(_mailing_state, Unset):
            mailing_state = UNSET
        else:
            mailing_state = ActionMailingState(_mailing_state)

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

        action_mailing = cls(
            id=id,
            field_links=field_links,
            type_=type_,
            list_id=list_id,
            name=name,
            subject=subject,
            mailing_state=mailing_state,
            creation_date=creation_date,
            modification_date=modification_date,
        )

        action_mailing.additional_properties = d
        return action_mailing

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
