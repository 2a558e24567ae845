from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transliteration_code import TransliterationCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_language import SmsLanguage


T = TypeVar("T", bound="SmsLogContent")


@_attrs_define
class SmsLogContent:
    """Content of a logged message; text fields are present for text messages and hex, dataCoding and esmClass for binary
    messages (Infobip models this as a oneOf, flattened here).

        Attributes:
            text (str | Unset): Content of the message that was sent.
            transliteration (TransliterationCode | Unset): Transliteration of the message from one script to another; ALL
                recognizes all supported languages.
            language (SmsLanguage | Unset): Sets the language parameters for the message being sent.
            hex_ (str | Unset): Hexadecimal representation of binary content, as it was sent (two hex digits per byte).
            data_coding (int | Unset): Binary content data coding, 0 for GSM7 and 8 for Unicode.
            esm_class (int | Unset): The esm_class parameter indicating special message attributes.
    """

    text: str | Unset = UNSET
    transliteration: TransliterationCode | Unset = UNSET
    language: SmsLanguage | Unset = UNSET
    hex_: str | Unset = UNSET
    data_coding: int | Unset = UNSET
    esm_class: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        transliteration: str | Unset = UNSET
        if not isinstance(self.transliteration, Unset):
            transliteration = self.transliteration.value

        language: dict[str, Any] | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.to_dict()

        hex_ = self.hex_

        data_coding = self.data_coding

        esm_class = self.esm_class

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if transliteration is not UNSET:
            field_dict["transliteration"] = transliteration
        if language is not UNSET:
            field_dict["language"] = language
        if hex_ is not UNSET:
            field_dict["hex"] = hex_
        if data_coding is not UNSET:
            field_dict["dataCoding"] = data_coding
        if esm_class is not UNSET:
            field_dict["esmClass"] = esm_class

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_language import SmsLanguage  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text", UNSET)

        _transliteration = d.pop("transliteration", UNSET)
        transliteration: TransliterationCode | Unset
        if isinstance(_transliteration, Unset):
            transliteration = UNSET
        else:
            transliteration = TransliterationCode(_transliteration)

        _language = d.pop("language", UNSET)
        language: SmsLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = SmsLanguage.from_dict(_language)

        hex_ = d.pop("hex", UNSET)

        data_coding = d.pop("dataCoding", UNSET)

        esm_class = d.pop("esmClass", UNSET)

        sms_log_content = cls(
            text=text,
            transliteration=transliteration,
            language=language,
            hex_=hex_,
            data_coding=data_coding,
            esm_class=esm_class,
        )

        sms_log_content.additional_properties = d
        return sms_log_content

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
