from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RenderErrorPosition")


@_attrs_define
class RenderErrorPosition:
    """The position in the source code where a render error occurred.

    Attributes:
        begin_row (int | Unset):
        end_row (int | Unset):
        begin_column (int | Unset):
        end_column (int | Unset):
    """

    begin_row: int | Unset = UNSET
    end_row: int | Unset = UNSET
    begin_column: int | Unset = UNSET
    end_column: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        begin_row = self.begin_row

        end_row = self.end_row

        begin_column = self.begin_column

        end_column = self.end_column

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if begin_row is not UNSET:
            field_dict["beginRow"] = begin_row
        if end_row is not UNSET:
            field_dict["endRow"] = end_row
        if begin_column is not UNSET:
            field_dict["beginColumn"] = begin_column
        if end_column is not UNSET:
            field_dict["endColumn"] = end_column

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        begin_row = d.pop("beginRow", UNSET)

        end_row = d.pop("endRow", UNSET)

        begin_column = d.pop("beginColumn", UNSET)

        end_column = d.pop("endColumn", UNSET)

        render_error_position = cls(
            begin_row=begin_row,
            end_row=end_row,
            begin_column=begin_column,
            end_column=end_column,
        )

        render_error_position.additional_properties = d
        return render_error_position

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
