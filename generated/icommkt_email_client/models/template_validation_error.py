from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateValidationError")


@_attrs_define
class TemplateValidationError:
    """
    Attributes:
        message (str | Unset):
        line (int | None | Unset):
        character_position (int | None | Unset):
    """

    message: str | Unset = UNSET
    line: int | None | Unset = UNSET
    character_position: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        line: int | None | Unset
        if isinstance(self.line, Unset):
            line = UNSET
        else:
            line = self.line

        character_position: int | None | Unset
        if isinstance(self.character_position, Unset):
            character_position = UNSET
        else:
            character_position = self.character_position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["Message"] = message
        if line is not UNSET:
            field_dict["Line"] = line
        if character_position is not UNSET:
            field_dict["CharacterPosition"] = character_position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("Message", UNSET)

        def _parse_line(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        line = _parse_line(d.pop("Line", UNSET))

        def _parse_character_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        character_position = _parse_character_position(
            d.pop("CharacterPosition", UNSET)
        )

        template_validation_error = cls(
            message=message,
            line=line,
            character_position=character_position,
        )

        template_validation_error.additional_properties = d
        return template_validation_error

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
