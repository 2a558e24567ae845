from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.embedded_recipient_resource import EmbeddedRecipientResource
    from ..models.links import Links


T = TypeVar("T", bound="WebBeaconHit")


@_attrs_define
class WebBeaconHit:
    """A web beacon hit (the recipient opened the mailing and accessed its content). With person-based tracking consent
    active on the list the recipient id is null unless the recipient granted tracking.

        Attributes:
            id (int): The ID of the web beacon hit. Example: 1.
            field_links (Links): The `_links` node of a HAL document: at least a `self` link. Custom relations carry the
                `inx:` prefix, expanded by the `curies` entry (present on top-level documents, omitted on embedded items and
                most create/update responses). Paged collections add `first` (omitted on the first page), `next` (omitted on the
                last page; there actually is a non-empty next page) and, on the last page, `inx:upcoming` (a page that becomes
                available once more data is entered). Relations not listed here are allowed as further `Link` objects.
            list_id (int | Unset): The list of this hit. Example: 3.
            tracking_hash (None | str | Unset): The tracking hash of the hit. Example: b8c37e33defde51cf91e1e03e51657db.
            recipient_id (int | None | Unset): The recipient of this hit, if known. Example: 1.
            link_id (int | None | Unset): The link (web beacon) of this hit. Example: 3.
            sending_id (int | Unset): The sending of this hit. Example: 1.
            mailing_id (int | Unset): The mailing of this hit. Example: 5.
            timestamp (datetime.datetime | Unset): When the hit occurred. Example: 2017-12-27T10:47:48Z.
            field_embedded (EmbeddedRecipientResource | Unset): The `_embedded` node of an item that supports
                `embedded=inx:recipient`; only present when requested and the recipient is known.
    """

    id: int
    field_links: Links
    list_id: int | Unset = UNSET
    tracking_hash: None | str | Unset = UNSET
    recipient_id: int | None | Unset = UNSET
    link_id: int | None | Unset = UNSET
    sending_id: int | Unset = UNSET
    mailing_id: int | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    field_embedded: EmbeddedRecipientResource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_links = self.field_links.to_dict()

        list_id = self.list_id

        tracking_hash: None | str | Unset
        if isinstance(self.tracking_hash, Unset):
            tracking_hash = UNSET
        else:
            tracking_hash = self.tracking_hash

        recipient_id: int | None | Unset
        if isinstance(self.recipient_id, Unset):
            recipient_id = UNSET
        else:
            recipient_id = self.recipient_id

        link_id: int | None | Unset
        if isinstance(self.link_id, Unset):
            link_id = UNSET
        else:
            link_id = self.link_id

        sending_id = self.sending_id

        mailing_id = self.mailing_id

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

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
        if tracking_hash is not UNSET:
            field_dict["trackingHash"] = tracking_hash
        if recipient_id is not UNSET:
            field_dict["recipientId"] = recipient_id
        if link_id is not UNSET:
            field_dict["linkId"] = link_id
        if sending_id is not UNSET:
            field_dict["sendingId"] = sending_id
        if mailing_id is not UNSET:
            field_dict["mailingId"] = mailing_id
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

        def _parse_tracking_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tracking_hash = _parse_tracking_hash(d.pop("trackingHash", UNSET))

        def _parse_recipient_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        recipient_id = _parse_recipient_id(d.pop("recipientId", UNSET))

        def _parse_link_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        link_id = _parse_link_id(d.pop("linkId", UNSET))

        sending_id = d.pop("sendingId", UNSET)

        mailing_id = d.pop("mailingId", UNSET)

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        _field_embedded = d.pop("_embedded", UNSET)
        field_embedded: EmbeddedRecipientResource | Unset
        if isinstance(_field_embedded, Unset):
            field_embedded = UNSET
        else:
            field_embedded = EmbeddedRecipientResource.from_dict(_field_embedded)

        web_beacon_hit = cls(
            id=id,
            field_links=field_links,
            list_id=list_id,
            tracking_hash=tracking_hash,
            recipient_id=recipient_id,
            link_id=link_id,
            sending_id=sending_id,
            mailing_id=mailing_id,
            timestamp=timestamp,
            field_embedded=field_embedded,
        )

        web_beacon_hit.additional_properties = d
        return web_beacon_hit

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
