from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversion_tracking import ConversionTracking
    from ..models.request_scheduling_settings import RequestSchedulingSettings
    from ..models.url_options import UrlOptions


T = TypeVar("T", bound="SmsMessageRequestOptions")


@_attrs_define
class SmsMessageRequestOptions:
    """Options applicable to all messages in the request.

    Attributes:
        schedule (RequestSchedulingSettings | Unset): Options for scheduling a message.
        tracking (UrlOptions | Unset): URL shortening and click tracking options.
        include_sms_count_in_response (bool | Unset): Set to true to return messageCount (the number of SMS parts
            submitted) in the response. Default: False.
        conversion_tracking (ConversionTracking | Unset): Conversion tracking parameters (named Tracking in the Infobip
            reference).
    """

    schedule: RequestSchedulingSettings | Unset = UNSET
    tracking: UrlOptions | Unset = UNSET
    include_sms_count_in_response: bool | Unset = False
    conversion_tracking: ConversionTracking | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        tracking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tracking, Unset):
            tracking = self.tracking.to_dict()

        include_sms_count_in_response = self.include_sms_count_in_response

        conversion_tracking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversion_tracking, Unset):
            conversion_tracking = self.conversion_tracking.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if tracking is not UNSET:
            field_dict["tracking"] = tracking
        if include_sms_count_in_response is not UNSET:
            field_dict["includeSmsCountInResponse"] = include_sms_count_in_response
        if conversion_tracking is not UNSET:
            field_dict["conversionTracking"] = conversion_tracking

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversion_tracking import ConversionTracking  # noqa: PLC0415
        from ..models.request_scheduling_settings import RequestSchedulingSettings  # noqa: PLC0415
        from ..models.url_options import UrlOptions  # noqa: PLC0415

        d = dict(src_dict)
        _schedule = d.pop("schedule", UNSET)
        schedule: RequestSchedulingSettings | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = RequestSchedulingSettings.from_dict(_schedule)

        _tracking = d.pop("tracking", UNSET)
        tracking: UrlOptions | Unset
        if isinstance(_tracking, Unset):
            tracking = UNSET
        else:
            tracking = UrlOptions.from_dict(_tracking)

        include_sms_count_in_response = d.pop("includeSmsCountInResponse", UNSET)

        _conversion_tracking = d.pop("conversionTracking", UNSET)
        conversion_tracking: ConversionTracking | Unset
        if isinstance(_conversion_tracking, Unset):
            conversion_tracking = UNSET
        else:
            conversion_tracking = ConversionTracking.from_dict(_conversion_tracking)

        sms_message_request_options = cls(
            schedule=schedule,
            tracking=tracking,
            include_sms_count_in_response=include_sms_count_in_response,
            conversion_tracking=conversion_tracking,
        )

        sms_message_request_options.additional_properties = d
        return sms_message_request_options

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
