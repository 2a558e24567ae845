from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.turkey_recipient_type import TurkeyRecipientType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TurkeyIysOptions")


@_attrs_define
class TurkeyIysOptions:
    """IYS parameters required for sending promotional SMS to phone numbers registered in Turkey.

    Attributes:
        recipient_type (TurkeyRecipientType): IYS recipient type, TACIR or BIREYSEL.
        brand_code (int | Unset): Company ID based on the company VAT number; the account default is used if not
            provided.
    """

    recipient_type: TurkeyRecipientType
    brand_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipient_type = self.recipient_type.value

        brand_code = self.brand_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipientType": recipient_type,
            }
        )
        if brand_code is not UNSET:
            field_dict["brandCode"] = brand_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recipient_type = TurkeyRecipientType(d.pop("recipientType"))

        brand_code = d.pop("brandCode", UNSET)

        turkey_iys_options = cls(
            recipient_type=recipient_type,
            brand_code=brand_code,
        )

        turkey_iys_options.additional_properties = d
        return turkey_iys_options

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
