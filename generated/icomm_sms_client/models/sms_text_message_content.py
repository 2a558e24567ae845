from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transliteration_code import TransliterationCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_language import SmsLanguage


T = TypeVar("T", bound="SmsTextMessageContent")


@_attrs_define
class SmsTextMessageContent:
    """Text message content.

    Attributes:
        text (str): Content of the message being sent.
        transliteration (TransliterationCode | Unset): Transliteration of the message from one script to another; ALL
            recognizes all supported languages.
        language (SmsLanguage | Unset): Sets the language parameters for the message being sent.
    """

    text: str
    transliteration: TransliterationCode | Unset = UNSET
    language: SmsLanguage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        transliteration: str | Unset = UNSET
        if not isinstance(self.transliteration, Unset):
            transliteration = self.transliteration.value

        language: dict[str, Any] | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if transliteration is not UNSET:
            field_dict["transliteration"] = transliteration
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_language import SmsLanguage  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text")

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

        sms_text_message_content = cls(
            text=text,
            transliteration=transliteration,
            language=language,
        )

        sms_text_message_content.additional_properties = d
        return sms_text_message_content

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
