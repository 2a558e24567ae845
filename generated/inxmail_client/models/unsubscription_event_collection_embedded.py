from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.unsubscription_event import UnsubscriptionEvent


T = TypeVar("T", bound="UnsubscriptionEventCollectionEmbedded")


@_attrs_define
class UnsubscriptionEventCollectionEmbedded:
    """
    Attributes:
        inxunsubscription_events (list[UnsubscriptionEvent] | Unset):
    """

    inxunsubscription_events: list[UnsubscriptionEvent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inxunsubscription_events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inxunsubscription_events, Unset):
            inxunsubscription_events = []
            for inxunsubscription_events_item_data in self.inxunsubscription_events:
                inxunsubscription_events_item = (
                    inxunsubscription_events_item_data.to_dict()
                )
                inxunsubscription_events.append(inxunsubscription_events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inxunsubscription_events is not UNSET:
            field_dict["inx:unsubscription-events"] = inxunsubscription_events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.unsubscription_event import UnsubscriptionEvent  # noqa: PLC0415

        d = dict(src_dict)
        _inxunsubscription_events = d.pop("inx:unsubscription-events", UNSET)
        inxunsubscription_events: list[UnsubscriptionEvent] | Unset = UNSET
        if _inxunsubscription_events is not UNSET:
            inxunsubscription_events = []
            for inxunsubscription_events_item_data in _inxunsubscription_events:
                inxunsubscription_events_item = UnsubscriptionEvent.from_dict(
                    inxunsubscription_events_item_data
                )

                inxunsubscription_events.append(inxunsubscription_events_item)

        unsubscription_event_collection_embedded = cls(
            inxunsubscription_events=inxunsubscription_events,
        )

        unsubscription_event_collection_embedded.additional_properties = d
        return unsubscription_event_collection_embedded

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
