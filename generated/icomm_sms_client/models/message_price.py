from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessagePrice")


@_attrs_define
class MessagePrice:
    """Sent message price.

    Attributes:
        price_per_message (float | Unset): Price per one message.
        currency (str | Unset): The currency in which the price is expressed.
    """

    price_per_message: float | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price_per_message = self.price_per_message

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if price_per_message is not UNSET:
            field_dict["pricePerMessage"] = price_per_message
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        price_per_message = d.pop("pricePerMessage", UNSET)

        currency = d.pop("currency", UNSET)

        message_price = cls(
            price_per_message=price_per_message,
            currency=currency,
        )

        message_price.additional_properties = d
        return message_price

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
