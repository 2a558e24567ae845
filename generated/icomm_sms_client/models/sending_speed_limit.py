from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.speed_limit_time_unit import SpeedLimitTimeUnit
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendingSpeedLimit")


@_attrs_define
class SendingSpeedLimit:
    """Limits the sending speed so that bulk messages are delivered over a longer period of time.

    Attributes:
        amount (int): The number of messages to be sent per timeUnit.
        time_unit (SpeedLimitTimeUnit | Unset): The time unit of the sending speed limit.
    """

    amount: int
    time_unit: SpeedLimitTimeUnit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        time_unit: str | Unset = UNSET
        if not isinstance(self.time_unit, Unset):
            time_unit = self.time_unit.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
            }
        )
        if time_unit is not UNSET:
            field_dict["timeUnit"] = time_unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        _time_unit = d.pop("timeUnit", UNSET)
        time_unit: SpeedLimitTimeUnit | Unset
        if isinstance(_time_unit, Unset):
            time_unit = UNSET
        else:
            time_unit = SpeedLimitTimeUnit(_time_unit)

        sending_speed_limit = cls(
            amount=amount,
            time_unit=time_unit,
        )

        sending_speed_limit.additional_properties = d
        return sending_speed_limit

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
