from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delivery_report import DeliveryReport


T = TypeVar("T", bound="DeliveryReports")


@_attrs_define
class DeliveryReports:
    """Delivery reports returned by get_outbound_sms_message_delivery_reports and POSTed to the delivery report webhook.
    results is optional as in Infobip's schema and SDK (SmsDeliveryResult.results is Optional); an absent results means
    no reports.

        Attributes:
            results (list[DeliveryReport] | Unset): Collection of reports, one per every message.
    """

    results: list[DeliveryReport] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delivery_report import DeliveryReport  # noqa: PLC0415

        d = dict(src_dict)
        _results = d.pop("results", UNSET)
        results: list[DeliveryReport] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = DeliveryReport.from_dict(results_item_data)

                results.append(results_item)

        delivery_reports = cls(
            results=results,
        )

        delivery_reports.additional_properties = d
        return delivery_reports

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
