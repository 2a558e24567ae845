from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsBinaryMessageContent")


@_attrs_define
class SmsBinaryMessageContent:
    """Binary message content. dataCoding and esmClass are the SMPP data_coding and esm_class octets; Infobip documents
    both as int32 with default 0 and no range, and reports an invalid ESM class on the message (status
    REJECTED_INVALID_UDH, "invalid ESM class parameter or an inaccurate amount of characters when using esmclass:64
    (UDH)", Infobip status catalog) rather than refusing the request, so the request accepts any int32 and the emulator
    rejects the message.

        Attributes:
            hex_ (str): Hexadecimal representation of the binary data: two hex digits per byte, in groups separated by
                single spaces (Infobip's examples: "48 65 6c 6c 6f", and "0048 0065 006c" for UCS-2); every group has an even
                number of digits, so the content is whole bytes, at least one.
            data_coding (int | Unset): Binary content data coding; 0 (the default) for GSM7, 8 for Unicode (UCS-2) data.
                Default: 0.
            esm_class (int | Unset): The esm_class parameter indicating special message attributes (default 0; 64 = UDH
                included). Default: 0.
    """

    hex_: str
    data_coding: int | Unset = 0
    esm_class: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hex_ = self.hex_

        data_coding = self.data_coding

        esm_class = self.esm_class

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hex": hex_,
            }
        )
        if data_coding is not UNSET:
            field_dict["dataCoding"] = data_coding
        if esm_class is not UNSET:
            field_dict["esmClass"] = esm_class

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hex_ = d.pop("hex")

        data_coding = d.pop("dataCoding", UNSET)

        esm_class = d.pop("esmClass", UNSET)

        sms_binary_message_content = cls(
            hex_=hex_,
            data_coding=data_coding,
            esm_class=esm_class,
        )

        sms_binary_message_content.additional_properties = d
        return sms_binary_message_content

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
