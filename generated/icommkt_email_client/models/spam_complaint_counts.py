from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.spam_complaint_day import SpamComplaintDay


T = TypeVar("T", bound="SpamComplaintCounts")


@_attrs_define
class SpamComplaintCounts:
    """
    Attributes:
        days (list[SpamComplaintDay]):
        spam_complaint (int | Unset):
    """

    days: list[SpamComplaintDay]
    spam_complaint: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        days = []
        for days_item_data in self.days:
            days_item = days_item_data.to_dict()
            days.append(days_item)

        spam_complaint = self.spam_complaint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Days": days,
            }
        )
        if spam_complaint is not UNSET:
            field_dict["SpamComplaint"] = spam_complaint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.spam_complaint_day import SpamComplaintDay  # noqa: PLC0415

        d = dict(src_dict)
        days = []
        _days = d.pop("Days")
        for days_item_data in _days:
            days_item = SpamComplaintDay.from_dict(days_item_data)

            days.append(days_item)

        spam_complaint = d.pop("SpamComplaint", UNSET)

        spam_complaint_counts = cls(
            days=days,
            spam_complaint=spam_complaint,
        )

        spam_complaint_counts.additional_properties = d
        return spam_complaint_counts

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
