from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.links import Links


T = TypeVar("T", bound="SendingDetails")


@_attrs_define
class SendingDetails:
    """Details of a sending.

    Attributes:
        id (int): The ID of the sending. Example: 1.
        recipients_count (int | Unset): Intended recipients; subtract sentErrorCount and notSentMailsCount for the mails
            actually sent. Example: 12.
        rejected_count (int | Unset): The number of rejected mails (direct bounces). Example: 11.
        bounce_count (int | Unset): The sum of hard and soft bounces. Example: 1.
        not_sent_mails_count (int | Unset): Mails not sent because of Inxmail commands like nomail. Example: 1.
        delivered_mails_count (int | Unset): The number of delivered mails. Example: 11.
        sent_error_count (int | Unset): Errors before the mail was sent (e.g. a build error). Example: 0.
        field_links (Links | Unset): The `_links` node of a HAL document: at least a `self` link. Custom relations carry
            the `inx:` prefix, expanded by the `curies` entry (present on top-level documents, omitted on embedded items and
            most create/update responses). Paged collections add `first` (omitted on the first page), `next` (omitted on the
            last page; there actually is a non-empty next page) and, on the last page, `inx:upcoming` (a page that becomes
            available once more data is entered). Relations not listed here are allowed as further `Link` objects.
    """

    id: int
    recipients_count: int | Unset = UNSET
    rejected_count: int | Unset = UNSET
    bounce_count: int | Unset = UNSET
    not_sent_mails_count: int | Unset = UNSET
    delivered_mails_count: int | Unset = UNSET
    sent_error_count: int | Unset = UNSET
    field_links: Links | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        recipients_count = self.recipients_count

        rejected_count = self.rejected_count

        bounce_count = self.bounce_count

        not_sent_mails_count = self.not_sent_mails_count

        delivered_mails_count = self.delivered_mails_count

        sent_error_count = self.sent_error_count

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
        if recipients_count is not UNSET:
            field_dict["recipientsCount"] = recipients_count
        if rejected_count is not UNSET:
            field_dict["rejectedCount"] = rejected_count
        if bounce_count is not UNSET:
            field_dict["bounceCount"] = bounce_count
        if not_sent_mails_count is not UNSET:
            field_dict["notSentMailsCount"] = not_sent_mails_count
        if delivered_mails_count is not UNSET:
            field_dict["deliveredMailsCount"] = delivered_mails_count
        if sent_error_count is not UNSET:
            field_dict["sentErrorCount"] = sent_error_count
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.links import Links  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        recipients_count = d.pop("recipientsCount", UNSET)

        rejected_count = d.pop("rejectedCount", UNSET)

        bounce_count = d.pop("bounceCount", UNSET)

        not_sent_mails_count = d.pop("notSentMailsCount", UNSET)

        delivered_mails_count = d.pop("deliveredMailsCount", UNSET)

        sent_error_count = d.pop("sentErrorCount", UNSET)

        _field_links = d.pop("_links", UNSET)
        field_links: Links | Unset
        if isinstance(_field_links, Unset):
            field_links = UNSET
        else:
            field_links = Links.from_dict(_field_links)

        sending_details = cls(
            id=id,
            recipients_count=recipients_count,
            rejected_count=rejected_count,
            bounce_count=bounce_count,
            not_sent_mails_count=not_sent_mails_count,
            delivered_mails_count=delivered_mails_count,
            sent_error_count=sent_error_count,
            field_links=field_links,
        )

        sending_details.additional_properties = d
        return sending_details

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
