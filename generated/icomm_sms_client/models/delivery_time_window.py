from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_day import DeliveryDay
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delivery_time import DeliveryTime


T = TypeVar("T", bound="DeliveryTimeWindow")


@_attrs_define
class DeliveryTimeWindow:
    """Delivery window outside of which messages won't be delivered; from and to must both be given at least 1 hour apart,
    or both omitted.

        Attributes:
            days (list[DeliveryDay]): Days of the week included in the delivery time window; at least one day must be
                provided.
            from_ (DeliveryTime | Unset): The exact time of the day, expressed in the UTC time zone.
            to (DeliveryTime | Unset): The exact time of the day, expressed in the UTC time zone.
    """

    days: list[DeliveryDay]
    from_: DeliveryTime | Unset = UNSET
    to: DeliveryTime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        days = []
        for days_item_data in self.days:
            days_item = days_item_data.value
            days.append(days_item)

        from_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.to_dict()

        to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = self.to.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "days": days,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delivery_time import DeliveryTime  # noqa: PLC0415

        d = dict(src_dict)
        days = []
        _days = d.pop("days")
        for days_item_data in _days:
            days_item = DeliveryDay(days_item_data)

            days.append(days_item)

        _from_ = d.pop("from", UNSET)
        from_: DeliveryTime | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = DeliveryTime.from_dict(_from_)

        _to = d.pop("to", UNSET)
        to: DeliveryTime | Unset
        if isinstance(_to, Unset):
            to = UNSET
        else:
            to = DeliveryTime.from_dict(_to)

        delivery_time_window = cls(
            days=days,
            from_=from_,
            to=to,
        )

        delivery_time_window.additional_properties = d
        return delivery_time_window

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
