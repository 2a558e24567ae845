from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageDeliveryReporting")


@_attrs_define
class MessageDeliveryReporting:
    """Options for configuring the delivery report behavior.

    Attributes:
        url (str | Unset): The URL on your callback server where delivery reports will be sent.
        intermediate_report (bool | Unset): Whether real-time intermediate delivery reports are sent to your callback
            server (default false).
        notify (bool | Unset): If false no delivery report is sent; if true or not defined, subscription settings apply
            when no webhook is given.
    """

    url: str | Unset = UNSET
    intermediate_report: bool | Unset = UNSET
    notify: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        intermediate_report = self.intermediate_report

        notify = self.notify

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if intermediate_report is not UNSET:
            field_dict["intermediateReport"] = intermediate_report
        if notify is not UNSET:
            field_dict["notify"] = notify

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        intermediate_report = d.pop("intermediateReport", UNSET)

        notify = d.pop("notify", UNSET)

        message_delivery_reporting = cls(
            url=url,
            intermediate_report=intermediate_report,
            notify=notify,
        )

        message_delivery_reporting.additional_properties = d
        return message_delivery_reporting

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
