from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bounce_category import BounceCategory
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.embedded_recipient_resource import EmbeddedRecipientResource
    from ..models.links import Links


T = TypeVar("T", bound="Bounce")


@_attrs_define
class Bounce:
    """A bounce (an email returned because it could not be delivered).

    Attributes:
        id (int): The ID of the bounce. Example: 1.
        field_links (Links): The `_links` node of a HAL document: at least a `self` link. Custom relations carry the
            `inx:` prefix, expanded by the `curies` entry (present on top-level documents, omitted on embedded items and
            most create/update responses). Paged collections add `first` (omitted on the first page), `next` (omitted on the
            last page; there actually is a non-empty next page) and, on the last page, `inx:upcoming` (a page that becomes
            available once more data is entered). Relations not listed here are allowed as further `Link` objects.
        list_id (int | Unset): The associated list. Example: 2.
        mailing_id (int | Unset): The associated mailing. Example: 3.
        bounce_category (BounceCategory | Unset): SOFT (temporary delivery errors, e.g. full inbox), HARD (permanent
            errors, e.g. invalid address), UNKNOWN (not categorised).
        matched_email_address (None | str | Unset): The email address for which the bounce occurred. Example:
            john.doe@example.com.
        recipient_id (int | None | Unset): The ID of the recipient. Example: 4.
        sending_id (int | None | Unset): The ID of the sending. Example: 5.
        timestamp (datetime.datetime | None | Unset): When the bounce was processed (null in the collection sample).
            Example: 2024-03-12T14:40:01Z.
        field_embedded (EmbeddedRecipientResource | Unset): The `_embedded` node of an item that supports
            `embedded=inx:recipient`; only present when requested and the recipient is known.
    """

    id: int
    field_links: Links
    list_id: int | Unset = UNSET
    mailing_id: int | Unset = UNSET
    bounce_category: BounceCategory | Unset = UNSET
    matched_email_address: None | str | Unset = UNSET
    recipient_id: int | None | Unset = UNSET
    sending_id: int | None | Unset = UNSET
    timestamp: datetime.datetime | None | Unset = UNSET
    field_embedded: EmbeddedRecipientResource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_links = self.field_links.to_dict()

        list_id = self.list_id

        mailing_id = self.mailing_id

        bounce_category: str | Unset = UNSET
        if not isinstance(self.bounce_category, Unset):
            bounce_category = self.bounce_category.value

        matched_email_address: None | str | Unset
        if isinstance(self.matched_email_address, Unset):
            matched_email_address = UNSET
        else:
            matched_email_address = self.matched_email_address

        recipient_id: int | None | Unset
        if isinstance(self.recipient_id, Unset):
            recipient_id = UNSET
        else:
            recipient_id = self.recipient_id

        sending_id: int | None | Unset
        if isinstance(self.sending_id, Unset):
            sending_id = UNSET
        else:
            sending_id = self.sending_id

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        field_embedded: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_embedded, Unset):
            field_embedded = self.field_embedded.to_dict()

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
        if mailing_id is not UNSET:
            field_dict["mailingId"] = mailing_id
        if bounce_category is not UNSET:
            field_dict["bounceCategory"] = bounce_category
        if matched_email_address is not UNSET:
            field_dict["matchedEmailAddress"] = matched_email_address
        if recipient_id is not UNSET:
            field_dict["recipientId"] = recipient_id
        if sending_id is not UNSET:
            field_dict["sendingId"] = sending_id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if field_embedded is not UNSET:
            field_dict["_embedded"] = field_embedded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.embedded_recipient_resource import EmbeddedRecipientResource  # noqa: PLC0415
        from ..models.links import Links  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        field_links = Links.from_dict(d.pop("_links"))

        list_id = d.pop("listId", UNSET)

        mailing_id = d.pop("mailingId", UNSET)

        _bounce_category = d.pop("bounceCategory", UNSET)
        bounce_category: BounceCategory | Unset
        if isinstance(_bounce_category, Unset):
            bounce_category = UNSET
        else:
            bounce_category = BounceCategory(_bounce_category)

        def _parse_matched_email_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        matched_email_address = _parse_matched_email_address(
            d.pop("matchedEmailAddress", UNSET)
        )

        def _parse_recipient_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        recipient_id = _parse_recipient_id(d.pop("recipientId", UNSET))

        def _parse_sending_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sending_id = _parse_sending_id(d.pop("sendingId", UNSET))

        def _parse_timestamp(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        _field_embedded = d.pop("_embedded", UNSET)
        field_embedded: EmbeddedRecipientResource | Unset
        if isinstance(_field_embedded, Unset):
            field_embedded = UNSET
        else:
            field_embedded = EmbeddedRecipientResource.from_dict(_field_embedded)

        bounce = cls(
            id=id,
            field_links=field_links,
            list_id=list_id,
            mailing_id=mailing_id,
            bounce_category=bounce_category,
            matched_email_address=matched_email_address,
            recipient_id=recipient_id,
            sending_id=sending_id,
            timestamp=timestamp,
            field_embedded=field_embedded,
        )

        bounce.additional_properties = d
        return bounce

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
