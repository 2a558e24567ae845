from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delivery_time_window import DeliveryTimeWindow
    from ..models.platform import Platform
    from ..models.regional_options import RegionalOptions
    from ..models.validity_period import ValidityPeriod


T = TypeVar("T", bound="SmsMessageOptions")


@_attrs_define
class SmsMessageOptions:
    """Message options.

    Attributes:
        platform (Platform | Unset): Platform options (application and entity).
        validity_period (ValidityPeriod | Unset): Message validity period; longer than 48h is not supported and is
            automatically set to 48h.
        delivery_time_window (DeliveryTimeWindow | Unset): Delivery window outside of which messages won't be delivered;
            from and to must both be given at least 1 hour apart, or both omitted.
        campaign_reference_id (str | Unset): ID that allows you to track and analyze the performance of individual
            campaigns per sending channel.
        regional (RegionalOptions | Unset): Region-specific parameters, often imposed by local laws.
        flash (bool | Unset): Set to true to send a flash SMS that appears on the recipient device without interaction.
    """

    platform: Platform | Unset = UNSET
    validity_period: ValidityPeriod | Unset = UNSET
    delivery_time_window: DeliveryTimeWindow | Unset = UNSET
    campaign_reference_id: str | Unset = UNSET
    regional: RegionalOptions | Unset = UNSET
    flash: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform: dict[str, Any] | Unset = UNSET
        if not isinstance(self.platform, Unset):
            platform = self.platform.to_dict()

        validity_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validity_period, Unset):
            validity_period = self.validity_period.to_dict()

        delivery_time_window: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_time_window, Unset):
            delivery_time_window = self.delivery_time_window.to_dict()

        campaign_reference_id = self.campaign_reference_id

        regional: dict[str, Any] | Unset = UNSET
        if not isinstance(self.regional, Unset):
            regional = self.regional.to_dict()

        flash = self.flash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if platform is not UNSET:
            field_dict["platform"] = platform
        if validity_period is not UNSET:
            field_dict["validityPeriod"] = validity_period
        if delivery_time_window is not UNSET:
            field_dict["deliveryTimeWindow"] = delivery_time_window
        if campaign_reference_id is not UNSET:
            field_dict["campaignReferenceId"] = campaign_reference_id
        if regional is not UNSET:
            field_dict["regional"] = regional
        if flash is not UNSET:
            field_dict["flash"] = flash

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delivery_time_window import DeliveryTimeWindow  # noqa: PLC0415
        from ..models.platform import Platform  # noqa: PLC0415
        from ..models.regional_options import RegionalOptions  # noqa: PLC0415
        from ..models.validity_period import ValidityPeriod  # noqa: PLC0415

        d = dict(src_dict)
        _platform = d.pop("platform", UNSET)
        platform: Platform | Unset
        if isinstance(_platform, Unset):
            platform = UNSET
        else:
            platform = Platform.from_dict(_platform)

        _validity_period = d.pop("validityPeriod", UNSET)
        validity_period: ValidityPeriod | Unset
        if isinstance(_validity_period, Unset):
            validity_period = UNSET
        else:
            validity_period = ValidityPeriod.from_dict(_validity_period)

        _delivery_time_window = d.pop("deliveryTimeWindow", UNSET)
        delivery_time_window: DeliveryTimeWindow | Unset
        if isinstance(_delivery_time_window, Unset):
            delivery_time_window = UNSET
        else:
            delivery_time_window = DeliveryTimeWindow.from_dict(_delivery_time_window)

        campaign_reference_id = d.pop("campaignReferenceId", UNSET)

        _regional = d.pop("regional", UNSET)
        regional: RegionalOptions | Unset
        if isinstance(_regional, Unset):
            regional = UNSET
        else:
            regional = RegionalOptions.from_dict(_regional)

        flash = d.pop("flash", UNSET)

        sms_message_options = cls(
            platform=platform,
            validity_period=validity_period,
            delivery_time_window=delivery_time_window,
            campaign_reference_id=campaign_reference_id,
            regional=regional,
            flash=flash,
        )

        sms_message_options.additional_properties = d
        return sms_message_options

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
