from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unsubscription_event_type import UnsubscriptionEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.embedded_recipient_resource import EmbeddedRecipientResource
    from ..models.links import Links


T = TypeVar("T", bound="UnsubscriptionEvent")


@_attrs_define
class UnsubscriptionEvent:
    """An unsubscription event; the latest event of a chain is the current unsubscription status.

    Attributes:
        id (int): The ID of the event. Example: 3.
        field_links (Links): The `_links` node of a HAL document: at least a `self` link. Custom relations carry the
            `inx:` prefix, expanded by the `curies` entry (present on top-level documents, omitted on embedded items and
            most create/update responses). Paged collections add `first` (omitted on the first page), `next` (omitted on the
            last page; there actually is a non-empty next page) and, on the last page, `inx:upcoming` (a page that becomes
            available once more data is entered). Relations not listed here are allowed as further `Link` objects.
        type_ (UnsubscriptionEventType | Unset): Unsubscription event type. Successful: PENDING_UNSUBSCRIPTION,
            PENDING_UNSUBSCRIPTION_DONE, VERIFIED_UNSUBSCRIPTION, MANUAL_UNSUBSCRIPTION,
            LIST_UNSUBSCRIBE_HEADER_UNSUBSCRIPTION and, when "Enable unsubscription of deleted recipients" is set for the
            list, their `_NOT_IN_LIST` variants. Failed: DUPLICATE_UNSUBSCRIPTION, UNSUBSCRIPTION_TIMED_OUT,
            UNSUBSCRIPTION_ID_NOT_VALID, UNSUBSCRIPTION_EMAIL_MISSMATCH, UNSUBSCRIPTION_VERIFICATION_BOUNCED,
            UNSUBSCRIPTION_INTERNAL_ERROR, NOT_IN_SYSTEM_UNSUBSCRIPTION, NOT_IN_LIST_UNSUBSCRIPTION.
        list_id (int | Unset): The list associated to this event. Example: 5.
        recipient_id (int | None | Unset): The recipient associated to this event. Example: 7.
        sending_id (int | None | Unset): The sending associated to this event. Example: 7.
        mailing_id (int | None | Unset): The mailing associated to this event. Example: 6.
        timestamp (datetime.datetime | Unset): When the event occurred. Example: 2024-03-12T14:40:30Z.
        source (None | str | Unset): An identifier for the source which caused this event. Example: Your Integration.
        email_address (str | Unset): The email address of the recipient of this event. Example: john.doe@example.com.
        field_embedded (EmbeddedRecipientResource | Unset): The `_embedded` node of an item that supports
            `embedded=inx:recipient`; only present when requested and the recipient is known.
    """

    id: int
    field_links: Links
    type_: UnsubscriptionEventType | Unset = UNSET
    list_id: int | Unset = UNSET
    recipient_id: int | None | Unset = UNSET
    sending_id: int | None | Unset = UNSET
    mailing_id: int | None | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    source: None | str | Unset = UNSET
    email_address: str | Unset = UNSET
    field_embedded: EmbeddedRecipientResource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_links = self.field_links.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        list_id = self.list_id

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

        mailing_id: int | None | Unset
        if isinstance(self.mailing_id, Unset):
            mailing_id = UNSET
        else:
            mailing_id = self.mailing_id

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        email_address = self.email_address

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
        if type_ is not UNSET:
            field_dict["type"] = type_
        if list_id is not UNSET:
            field_dict["listId"] = list_id
        if recipient_id is not UNSET:
            field_dict["recipientId"] = recipient_id
        if sending_id is not UNSET:
            field_dict["sendingId"] = sending_id
        if mailing_id is not UNSET:
            field_dict["mailingId"] = mailing_id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if source is not UNSET:
            field_dict["source"] = source
        if email_address is not UNSET:
            field_dict["emailAddress"] = email_address
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

        _type_ = d.pop("type", UNSET)
        type_: UnsubscriptionEventType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = UnsubscriptionEventType(_type_)

        list_id = d.pop("listId", UNSET)

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

        def _parse_mailing_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        mailing_id = _parse_mailing_id(d.pop("mailingId", UNSET))

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        email_address = d.pop("emailAddress", UNSET)

        _field_embedded = d.pop("_embedded", UNSET)
        field_embedded: EmbeddedRecipientResource | Unset
        if isinstance(_field_embedded, Unset):
            field_embedded = UNSET
        else:
            field_embedded = EmbeddedRecipientResource.from_dict(_field_embedded)

        unsubscription_event = cls(
            id=id,
            field_links=field_links,
            type_=type_,
            list_id=list_id,
            recipient_id=recipient_id,
            sending_id=sending_id,
            mailing_id=mailing_id,
            timestamp=timestamp,
            source=source,
            email_address=email_address,
            field_embedded=field_embedded,
        )

        unsubscription_event.additional_properties = d
        return unsubscription_event

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
