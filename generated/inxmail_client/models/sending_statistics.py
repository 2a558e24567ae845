from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.links import Links


T = TypeVar("T", bound="SendingStatistics")


@_attrs_define
class SendingStatistics:
    """The most important sending information of a mailing.

    Attributes:
        recipients_count (int | Unset): Number of recipients. Example: 2100.
        delivered_mails_count (int | Unset): Number of successfully delivered sendings. Example: 2000.
        bounce_count (int | Unset): Number of bounces (hard, soft, spam and unknown bounces and rejections). Example: 5.
        sent_error_count (int | Unset): Number of sending errors. Example: 10.
        not_sent_mails_count (int | Unset): Number of not sent sendings. Example: 85.
        mails_per_hour (float | Unset): Sending speed as sent mails per hour. Example: 319166.667.
        average_mail_size (float | Unset): Average mail size in bytes. Example: 654.3.
        start_date (datetime.datetime | None | Unset): Point in time when sending started. Example:
            1970-01-18T18:18:43Z.
        end_date (datetime.datetime | None | Unset): Point in time when sending ended. Example: 1970-01-18T18:19:04Z.
        field_links (Links | Unset): The `_links` node of a HAL document: at least a `self` link. Custom relations carry
            the `inx:` prefix, expanded by the `curies` entry (present on top-level documents, omitted on embedded items and
            most create/update responses). Paged collections add `first` (omitted on the first page), `next` (omitted on the
            last page; there actually is a non-empty next page) and, on the last page, `inx:upcoming` (a page that becomes
            available once more data is entered). Relations not listed here are allowed as further `Link` objects.
    """

    recipients_count: int | Unset = UNSET
    delivered_mails_count: int | Unset = UNSET
    bounce_count: int | Unset = UNSET
    sent_error_count: int | Unset = UNSET
    not_sent_mails_count: int | Unset = UNSET
    mails_per_hour: float | Unset = UNSET
    average_mail_size: float | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    field_links: Links | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipients_count = self.recipients_count

        delivered_mails_count = self.delivered_mails_count

        bounce_count = self.bounce_count

        sent_error_count = self.sent_error_count

        not_sent_mails_count = self.not_sent_mails_count

        mails_per_hour = self.mails_per_hour

        average_mail_size = self.average_mail_size

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

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = self.field_links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recipients_count is not UNSET:
            field_dict["recipientsCount"] = recipients_count
        if delivered_mails_count is not UNSET:
            field_dict["deliveredMailsCount"] = delivered_mails_count
        if bounce_count is not UNSET:
            field_dict["bounceCount"] = bounce_count
        if sent_error_count is not UNSET:
            field_dict["sentErrorCount"] = sent_error_count
        if not_sent_mails_count is not UNSET:
            field_dict["notSentMailsCount"] = not_sent_mails_count
        if mails_per_hour is not UNSET:
            field_dict["mailsPerHour"] = mails_per_hour
        if average_mail_size is not UNSET:
            field_dict["averageMailSize"] = average_mail_size
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.links import Links  # noqa: PLC0415

        d = dict(src_dict)
        recipients_count = d.pop("recipientsCount", UNSET)

        delivered_mails_count = d.pop("deliveredMailsCount", UNSET)

        bounce_count = d.pop("bounceCount", UNSET)

        sent_error_count = d.pop("sentErrorCount", UNSET)

        not_sent_mails_count = d.pop("notSentMailsCount", UNSET)

        mails_per_hour = d.pop("mailsPerHour", UNSET)

        average_mail_size = d.pop("averageMailSize", UNSET)

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

        _field_links = d.pop("_links", UNSET)
        field_links: Links | Unset
        if isinstance(_field_links, Unset):
            field_links = UNSET
        else:
            field_links = Links.from_dict(_field_links)

        sending_statistics = cls(
            recipients_count=recipients_count,
            delivered_mails_count=delivered_mails_count,
            bounce_count=bounce_count,
            sent_error_count=sent_error_count,
            not_sent_mails_count=not_sent_mails_count,
            mails_per_hour=mails_per_hour,
            average_mail_size=average_mail_size,
            start_date=start_date,
            end_date=end_date,
            field_links=field_links,
        )

        sending_statistics.additional_properties = d
        return sending_statistics

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
