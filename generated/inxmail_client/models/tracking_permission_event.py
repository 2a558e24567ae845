from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tracking_permission_value import TrackingPermissionValue
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.embedded_recipient_resource import EmbeddedRecipientResource
    from ..models.links import Links
    from ..models.originator import Originator


T = TypeVar("T", bound="TrackingPermissionEvent")


@_attrs_define
class TrackingPermissionEvent:
    """A change of a recipient's tracking permission on a list.

    Attributes:
        id (int): The ID of the event. Example: 5.
        field_links (Links): The `_links` node of a HAL document: at least a `self` link. Custom relations carry the
            `inx:` prefix, expanded by the `curies` entry (present on top-level documents, omitted on embedded items and
            most create/update responses). Paged collections add `first` (omitted on the first page), `next` (omitted on the
            last page; there actually is a non-empty next page) and, on the last page, `inx:upcoming` (a page that becomes
            available once more data is entered). Relations not listed here are allowed as further `Link` objects.
        list_id (int | Unset): The list of this event. Example: 7.
        recipient_id (int | Unset): The recipient of this event. Example: 11.
        new_tracking_permission_state (TrackingPermissionValue | Unset): A tracking permission value.
        timestamp (datetime.datetime | Unset): When the event occurred. Example: 2024-03-12T14:40:31Z.
        originator (Originator | Unset): The person or entity (and action) that caused a tracking permission event.
        field_embedded (EmbeddedRecipientResource | Unset): The `_embedded` node of an item that supports
            `embedded=inx:recipient`; only present when requested and the recipient is known.
    """

    id: int
    field_links: Links
    list_id: int | Unset = UNSET
    recipient_id: int | Unset = UNSET
    new_tracking_permission_state: TrackingPermissionValue | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    originator: Originator | Unset = UNSET
    field_embedded: EmbeddedRecipientResource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_links = self.field_links.to_dict()

        list_id = self.list_id

        recipient_id = self.recipient_id

        new_tracking_permission_state: str | Unset = UNSET
        if not isinstance(self.new_tracking_permission_state, Unset):
            new_tracking_permission_state = self.new_tracking_permission_state.value

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        originator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.originator, Unset):
            originator = self.originator.to_dict()

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
        if recipient_id is not UNSET:
            field_dict["recipientId"] = recipient_id
        if new_tracking_permission_state is not UNSET:
            field_dict["newTrackingPermissionState"] = new_tracking_permission_state
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if originator is not UNSET:
            field_dict["originator"] = originator
        if field_embedded is not UNSET:
            field_dict["_embedded"] = field_embedded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.embedded_recipient_resource import EmbeddedRecipientResource  # noqa: PLC0415
        from ..models.links import Links  # noqa: PLC0415
        from ..models.originator import Originator  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        field_links = Links.from_dict(d.pop("_links"))

        list_id = d.pop("listId", UNSET)

        recipient_id = d.pop("recipientId", UNSET)

        _new_tracking_permission_state = d.pop("newTrackingPermissionState", UNSET)
        new_tracking_permission_state: TrackingPermissionValue | Unset
        if isinstance(_new_tracking_permission_state, Unset):
            new_tracking_permission_state = UNSET
        else:
            new_tracking_permission_state = TrackingPermissionValue(
                _new_tracking_permission_state
            )

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        _originator = d.pop("originator", UNSET)
        originator: Originator | Unset
        if isinstance(_originator, Unset):
            originator = UNSET
        else:
            originator = Originator.from_dict(_originator)

        _field_embedded = d.pop("_embedded", UNSET)
        field_embedded: EmbeddedRecipientResource | Unset
        if isinstance(_field_embedded, Unset):
            field_embedded = UNSET
        else:
            field_embedded = EmbeddedRecipientResource.from_dict(_field_embedded)

        tracking_permission_event = cls(
            id=id,
            field_links=field_links,
            list_id=list_id,
            recipient_id=recipient_id,
            new_tracking_permission_state=new_tracking_permission_state,
            timestamp=timestamp,
            originator=originator,
            field_embedded=field_embedded,
        )

        tracking_permission_event.additional_properties = d
        return tracking_permission_event

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
