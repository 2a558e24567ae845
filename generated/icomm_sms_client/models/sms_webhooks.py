from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_delivery_reporting import MessageDeliveryReporting


T = TypeVar("T", bound="SmsWebhooks")


@_attrs_define
class SmsWebhooks:
    """Options for configuring message webhooks.

    Attributes:
        delivery (MessageDeliveryReporting | Unset): Options for configuring the delivery report behavior.
        content_type (str | Unset): Preferred delivery report content type, application/json or application/xml.
        callback_data (str | Unset): Additional data for identifying the message, echoed in its delivery report (maximum
            4000 characters).
    """

    delivery: MessageDeliveryReporting | Unset = UNSET
    content_type: str | Unset = UNSET
    callback_data: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery, Unset):
            delivery = self.delivery.to_dict()

        content_type = self.content_type

        callback_data = self.callback_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delivery is not UNSET:
            field_dict["delivery"] = delivery
        if content_type is not UNSET:
            field_dict["contentType"] = content_type
        if callback_data is not UNSET:
            field_dict["callbackData"] = callback_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_delivery_reporting import MessageDeliveryReporting  # noqa: PLC0415

        d = dict(src_dict)
        _delivery = d.pop("delivery", UNSET)
        delivery: MessageDeliveryReporting | Unset
        if isinstance(_delivery, Unset):
            delivery = UNSET
        else:
            delivery = MessageDeliveryReporting.from_dict(_delivery)

        content_type = d.pop("contentType", UNSET)

        callback_data = d.pop("callbackData", UNSET)

        sms_webhooks = cls(
            delivery=delivery,
            content_type=content_type,
            callback_data=callback_data,
        )

        sms_webhooks.additional_properties = d
        return sms_webhooks

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
