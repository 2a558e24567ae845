from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tracking_permission_event import TrackingPermissionEvent


T = TypeVar("T", bound="TrackingPermissionEventCollectionEmbedded")


@_attrs_define
class TrackingPermissionEventCollectionEmbedded:
    """
    Attributes:
        inxtracking_permission_events (list[TrackingPermissionEvent] | Unset):
    """

    inxtracking_permission_events: list[TrackingPermissionEvent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inxtracking_permission_events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inxtracking_permission_events, Unset):
            inxtracking_permission_events = []
            for (
                inxtracking_permission_events_item_data
            ) in self.inxtracking_permission_events:
                inxtracking_permission_events_item = (
                    inxtracking_permission_events_item_data.to_dict()
                )
                inxtracking_permission_events.append(inxtracking_permission_events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inxtracking_permission_events is not UNSET:
            field_dict["inx:tracking-permission-events"] = inxtracking_permission_events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tracking_permission_event import TrackingPermissionEvent  # noqa: PLC0415

        d = dict(src_dict)
        _inxtracking_permission_events = d.pop("inx:tracking-permission-events", UNSET)
        inxtracking_permission_events: list[TrackingPermissionEvent] | Unset = UNSET
        if _inxtracking_permission_events is not UNSET:
            inxtracking_permission_events = []
            for (
                inxtracking_permission_events_item_data
            ) in _inxtracking_permission_events:
                inxtracking_permission_events_item = TrackingPermissionEvent.from_dict(
                    inxtracking_permission_events_item_data
                )

                inxtracking_permission_events.append(inxtracking_permission_events_item)

        tracking_permission_event_collection_embedded = cls(
            inxtracking_permission_events=inxtracking_permission_events,
        )

        tracking_permission_event_collection_embedded.additional_properties = d
        return tracking_permission_event_collection_embedded

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
