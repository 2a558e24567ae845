from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bounce_count_day import BounceCountDay


T = TypeVar("T", bound="BounceCounts")


@_attrs_define
class BounceCounts:
    """
    Attributes:
        days (list[BounceCountDay]):
        hard_bounce (int | Unset):
        smtp_api_error (int | Unset):
        soft_bounce (int | Unset):
        transient (int | Unset):
    """

    days: list[BounceCountDay]
    hard_bounce: int | Unset = UNSET
    smtp_api_error: int | Unset = UNSET
    soft_bounce: int | Unset = UNSET
    transient: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        days = []
        for days_item_data in self.days:
            days_item = days_item_data.to_dict()
            days.append(days_item)

        hard_bounce = self.hard_bounce

        smtp_api_error = self.smtp_api_error

        soft_bounce = self.soft_bounce

        transient = self.transient

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Days": days,
            }
        )
        if hard_bounce is not UNSET:
            field_dict["HardBounce"] = hard_bounce
        if smtp_api_error is not UNSET:
            field_dict["SMTPApiError"] = smtp_api_error
        if soft_bounce is not UNSET:
            field_dict["SoftBounce"] = soft_bounce
        if transient is not UNSET:
            field_dict["Transient"] = transient

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bounce_count_day import BounceCountDay  # noqa: PLC0415

        d = dict(src_dict)
        days = []
        _days = d.pop("Days")
        for days_item_data in _days:
            days_item = BounceCountDay.from_dict(days_item_data)

            days.append(days_item)

        hard_bounce = d.pop("HardBounce", UNSET)

        smtp_api_error = d.pop("SMTPApiError", UNSET)

        soft_bounce = d.pop("SoftBounce", UNSET)

        transient = d.pop("Transient", UNSET)

        bounce_counts = cls(
            days=days,
            hard_bounce=hard_bounce,
            smtp_api_error=smtp_api_error,
            soft_bounce=soft_bounce,
            transient=transient,
        )

        bounce_counts.additional_properties = d
        return bounce_counts

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
