from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.links import Links


T = TypeVar("T", bound="MailingSchedule")


@_attrs_define
class MailingSchedule:
    """The schedule of a regular mailing.

    Attributes:
        id (int): The ID of the mailing. Example: 5.
        schedule_date (datetime.datetime | None | Unset): The schedule date. Example: 2025-03-12T14:40:50Z.
        field_links (Links | Unset): The `_links` node of a HAL document: at least a `self` link. Custom relations carry
            the `inx:` prefix, expanded by the `curies` entry (present on top-level documents, omitted on embedded items and
            most create/update responses). Paged collections add `first` (omitted on the first page), `next` (omitted on the
            last page; there actually is a non-empty next page) and, on the last page, `inx:upcoming` (a page that becomes
            available once more data is entered). Relations not listed here are allowed as further `Link` objects.
    """

    id: int
    schedule_date: datetime.datetime | None | Unset = UNSET
    field_links: Links | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        schedule_date: None | str | Unset
        if isinstance(self.schedule_date, Unset):
            schedule_date = UNSET
        elif isinstance(self.schedule_date, datetime.datetime):
            schedule_date = self.schedule_date.isoformat()
        else:
            schedule_date = self.schedule_date

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = self.field_links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if schedule_date is not UNSET:
            field_dict["scheduleDate"] = schedule_date
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.links import Links  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_schedule_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                schedule_date_type_0 = datetime.datetime.fromisoformat(data)

                return schedule_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        schedule_date = _parse_schedule_date(d.pop("scheduleDate", UNSET))

        _field_links = d.pop("_links", UNSET)
        field_links: Links | Unset
        if isinstance(_field_links, Unset):
            field_links = UNSET
        else:
            field_links = Links.from_dict(_field_links)

        mailing_schedule = cls(
            id=id,
            schedule_date=schedule_date,
            field_links=field_links,
        )

        mailing_schedule.additional_properties = d
        return mailing_schedule

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
