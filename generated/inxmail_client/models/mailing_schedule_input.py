from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MailingScheduleInput")


@_attrs_define
class MailingScheduleInput:
    """The schedule date (ISO 8601). The documented requests use a numeric offset without colon
    (`2025-03-12T14:40:50+0000`), which is not RFC 3339, so this is a pattern-checked string.

        Attributes:
            schedule_date (str): Date with time, ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`, or an offset `+hh:mm`/`+hhmm`); a real
                calendar date and time (see Dates in the API description), pattern-checked rather than `date-time` because the
                documented requests send `+0000`. Example: 2016-02-04T10:30:12Z.
    """

    schedule_date: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedule_date = self.schedule_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scheduleDate": schedule_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        schedule_date = d.pop("scheduleDate")

        mailing_schedule_input = cls(
            schedule_date=schedule_date,
        )

        mailing_schedule_input.additional_properties = d
        return mailing_schedule_input

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
