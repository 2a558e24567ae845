from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validity_period_time_unit import ValidityPeriodTimeUnit
from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidityPeriod")


@_attrs_define
class ValidityPeriod:
    """Message validity period; longer than 48h is not supported and is automatically set to 48h.

    Attributes:
        amount (int): Message validity period's value; if timeUnit is not set it defaults to MINUTES.
        time_unit (ValidityPeriodTimeUnit | Unset): Message validity period time unit.
    """

    amount: int
    time_unit: ValidityPeriodTimeUnit | Unset = UNSET
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
        time_unit: ValidityPeriodTimeUnit | Unset
        if isinstance(_time_unit, Unset):
            time_unit = UNSET
        else:
            time_unit = ValidityPeriodTimeUnit(_time_unit)

        validity_period = cls(
            amount=amount,
            time_unit=time_unit,
        )

        validity_period.additional_properties = d
        return validity_period

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
