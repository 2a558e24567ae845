from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.suppression_origin import SuppressionOrigin
from ..models.suppression_reason import SuppressionReason

T = TypeVar("T", bound="Suppression")


@_attrs_define
class Suppression:
    """
    Attributes:
        email_address (str):
        suppression_reason (SuppressionReason):
        origin (SuppressionOrigin):
        created_at (str): Date-time as the API writes it: ISO 8601 with up to seven fractional digits (.NET ticks) and a
            UTC offset or Z, e.g. 2014-02-17T07:25:01.4178645-05:00 (Eastern time) or 2019-12-17T08:58:33-05:00. Declared as
            a pattern-checked string, not `format: date-time`: a generated client would parse a date-time into a Python
            datetime (microsecond precision) and lose the seventh digit, while a string round-trips unchanged.
    """

    email_address: str
    suppression_reason: SuppressionReason
    origin: SuppressionOrigin
    created_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_address = self.email_address

        suppression_reason = self.suppression_reason.value

        origin = self.origin.value

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "EmailAddress": email_address,
                "SuppressionReason": suppression_reason,
                "Origin": origin,
                "CreatedAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email_address = d.pop("EmailAddress")

        suppression_reason = SuppressionReason(d.pop("SuppressionReason"))

        origin = SuppressionOrigin(d.pop("Origin"))

        created_at = d.pop("CreatedAt")

        suppression = cls(
            email_address=email_address,
            suppression_reason=suppression_reason,
            origin=origin,
            created_at=created_at,
        )

        suppression.additional_properties = d
        return suppression

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
