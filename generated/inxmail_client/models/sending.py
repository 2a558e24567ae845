from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sending_state import SendingState
from ..models.sending_type import SendingType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.links import Links


T = TypeVar("T", bound="Sending")


@_attrs_define
class Sending:
    """A sending, the dispatch of a mailing to recipients.

    Attributes:
        id (int): The ID of the sending. Example: 1.
        field_links (Links): The `_links` node of a HAL document: at least a `self` link. Custom relations carry the
            `inx:` prefix, expanded by the `curies` entry (present on top-level documents, omitted on embedded items and
            most create/update responses). Paged collections add `first` (omitted on the first page), `next` (omitted on the
            last page; there actually is a non-empty next page) and, on the last page, `inx:upcoming` (a page that becomes
            available once more data is entered). Relations not listed here are allowed as further `Link` objects.
        mailing_id (int | Unset): The ID of the mailing. Example: 2.
        list_id (int | Unset): The ID of the associated list. Example: 1.
        state (SendingState | Unset): The state of a sending.
        start_date (datetime.datetime | None | Unset): The start date of the sending. Example: 2024-03-12T14:40:57Z.
        end_date (datetime.datetime | None | Unset): The end date of the sending. Example: 2024-03-12T14:40:57Z.
        type_ (SendingType | Unset): The type of a sending. SEQUENCE_MAILING is still listed in the field table although
            sequence mailings were removed in version 4.8.2; it is kept for compatibility.
        total_size (int | Unset): The total size of the sending in bytes. Example: 1234.
        last_modification_date (datetime.datetime | None | Unset): The last saved date of the sending. Example:
            2024-03-12T14:40:57Z.
    """

    id: int
    field_links: Links
    mailing_id: int | Unset = UNSET
    list_id: int | Unset = UNSET
    state: SendingState | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    type_: SendingType | Unset = UNSET
    total_size: int | Unset = UNSET
    last_modification_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_links = self.field_links.to_dict()

        mailing_id = self.mailing_id

        list_id = self.list_id

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        total_size = self.total_size

        last_modification_date: None | str | Unset
        if isinstance(self.last_modification_date, Unset):
            last_modification_date = UNSET
        elif isinstance(self.last_modification_date, datetime.datetime):
            last_modification_date = self.last_modification_date.isoformat()
        else:
            last_modification_date = self.last_modification_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "_links": field_links,
            }
        )
        if mailing_id is not UNSET:
            field_dict["mailingId"] = mailing_id
        if list_id is not UNSET:
            field_dict["listId"] = list_id
        if state is not UNSET:
            field_dict["state"] = state
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if type_ is not UNSET:
            field_dict["type"] = type_
        if total_size is not UNSET:
            field_dict["totalSize"] = total_size
        if last_modification_date is not UNSET:
            field_dict["lastModificationDate"] = last_modification_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.links import Links  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        field_links = Links.from_dict(d.pop("_links"))

        mailing_id = d.pop("mailingId", UNSET)

        list_id = d.pop("listId", UNSET)

        _state = d.pop("state", UNSET)
        state: SendingState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = SendingState(_state)

        def _parse_start_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.datetime.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_date = _parse_start_date(d.pop("startDate", UNSET))

        def _parse_end_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.datetime.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_date = _parse_end_date(d.pop("endDate", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: SendingType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = SendingType(_type_)

        total_size = d.pop("totalSize", UNSET)

        def _parse_last_modification_date(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_modification_date_type_0 = datetime.datetime.fromisoformat(data)

                return last_modification_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_modification_date = _parse_last_modification_date(
            d.pop("lastModificationDate", UNSET)
        )

        sending = cls(
            id=id,
            field_links=field_links,
            mailing_id=mailing_id,
            list_id=list_id,
            state=state,
            start_date=start_date,
            end_date=end_date,
            type_=type_,
            total_size=total_size,
            last_modification_date=last_modification_date,
        )

        sending.additional_properties = d
        return sending

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
