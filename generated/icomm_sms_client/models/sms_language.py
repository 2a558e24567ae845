from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.language_code import LanguageCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsLanguage")


@_attrs_define
class SmsLanguage:
    """Sets the language parameters for the message being sent.

    Attributes:
        language_code (LanguageCode | Unset): Language code for the correct character set; AUTODETECT selects it from
            the message content.
        single_shift (bool | Unset): Uses a single shift table which enhances only the extension table of the GSM
            default alphabet. Default: False.
        locking_shift (bool | Unset): Uses a locking shift table to represent characters beyond the standard GSM default
            alphabet. Default: False.
    """

    language_code: LanguageCode | Unset = UNSET
    single_shift: bool | Unset = False
    locking_shift: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language_code: str | Unset = UNSET
        if not isinstance(self.language_code, Unset):
            language_code = self.language_code.value

        single_shift = self.single_shift

        locking_shift = self.locking_shift

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if language_code is not UNSET:
            field_dict["languageCode"] = language_code
        if single_shift is not UNSET:
            field_dict["singleShift"] = single_shift
        if locking_shift is not UNSET:
            field_dict["lockingShift"] = locking_shift

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _language_code = d.pop("languageCode", UNSET)
        language_code: LanguageCode | Unset
        if isinstance(_language_code, Unset):
            language_code = UNSET
        else:
            language_code = LanguageCode(_language_code)

        single_shift = d.pop("singleShift", UNSET)

        locking_shift = d.pop("lockingShift", UNSET)

        sms_language = cls(
            language_code=language_code,
            single_shift=single_shift,
            locking_shift=locking_shift,
        )

        sms_language.additional_properties = d
        return sms_language

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
