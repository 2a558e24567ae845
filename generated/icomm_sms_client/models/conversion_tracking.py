from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversionTracking")


@_attrs_define
class ConversionTracking:
    """Conversion tracking parameters (named Tracking in the Infobip reference).

    Attributes:
        use_conversion_tracking (bool | Unset): Indicates if a message has to be tracked for conversion rates (default
            false).
        conversion_tracking_name (str | Unset): Custom conversion type name, for example ONE_TIME_PIN or SOCIAL_INVITES.
    """

    use_conversion_tracking: bool | Unset = UNSET
    conversion_tracking_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        use_conversion_tracking = self.use_conversion_tracking

        conversion_tracking_name = self.conversion_tracking_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if use_conversion_tracking is not UNSET:
            field_dict["useConversionTracking"] = use_conversion_tracking
        if conversion_tracking_name is not UNSET:
            field_dict["conversionTrackingName"] = conversion_tracking_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        use_conversion_tracking = d.pop("useConversionTracking", UNSET)

        conversion_tracking_name = d.pop("conversionTrackingName", UNSET)

        conversion_tracking = cls(
            use_conversion_tracking=use_conversion_tracking,
            conversion_tracking_name=conversion_tracking_name,
        )

        conversion_tracking.additional_properties = d
        return conversion_tracking

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
