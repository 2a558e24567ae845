from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscription_event import SubscriptionEvent


T = TypeVar("T", bound="SubscriptionEventCollectionEmbedded")


@_attrs_define
class SubscriptionEventCollectionEmbedded:
    """
    Attributes:
        inxsubscription_events (list[SubscriptionEvent] | Unset):
    """

    inxsubscription_events: list[SubscriptionEvent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inxsubscription_events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inxsubscription_events, Unset):
            inxsubscription_events = []
            for inxsubscription_events_item_data in self.inxsubscription_events:
                inxsubscription_events_item = inxsubscription_events_item_data.to_dict()
                inxsubscription_events.append(inxsubscription_events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inxsubscription_events is not UNSET:
            field_dict["inx:subscription-events"] = inxsubscription_events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscription_event import SubscriptionEvent  # noqa: PLC0415

        d = dict(src_dict)
        _inxsubscription_events = d.pop("inx:subscription-events", UNSET)
        inxsubscription_events: list[SubscriptionEvent] | Unset = UNSET
        if _inxsubscription_events is not UNSET:
            inxsubscription_events = []
            for inxsubscription_events_item_data in _inxsubscription_events:
                inxsubscription_events_item = SubscriptionEvent.from_dict(
                    inxsubscription_events_item_data
                )

                inxsubscription_events.append(inxsubscription_events_item)

        subscription_event_collection_embedded = cls(
            inxsubscription_events=inxsubscription_events,
        )

        subscription_event_collection_embedded.additional_properties = d
        return subscription_event_collection_embedded

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
