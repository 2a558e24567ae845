from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.render_error_position import RenderErrorPosition


T = TypeVar("T", bound="RenderError")


@_attrs_define
class RenderError:
    """One error that occurred while rendering a mailing.

    Attributes:
        description (str | Unset):  Example: Text module 'foobar' not found.
        position (RenderErrorPosition | Unset): The position in the source code where a render error occurred.
        error_code (int | Unset):  Example: 1001.
        context (list[list[str]] | Unset): Context of the error, an array of string arrays.
    """

    description: str | Unset = UNSET
    position: RenderErrorPosition | Unset = UNSET
    error_code: int | Unset = UNSET
    context: list[list[str]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        error_code = self.error_code

        context: list[list[str]] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = []
            for context_item_data in self.context:
                context_item = context_item_data

                context.append(context_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if position is not UNSET:
            field_dict["position"] = position
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.render_error_position import RenderErrorPosition  # noqa: PLC0415

        d = dict(src_dict)
        description = d.pop("description", UNSET)

        _position = d.pop("position", UNSET)
        position: RenderErrorPosition | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = RenderErrorPosition.from_dict(_position)

        error_code = d.pop("errorCode", UNSET)

        _context = d.pop("context", UNSET)
        context: list[list[str]] | Unset = UNSET
        if _context is not UNSET:
            context = []
            for context_item_data in _context:
                context_item = cast(list[str], context_item_data)

                context.append(context_item)

        render_error = cls(
            description=description,
            position=position,
            error_code=error_code,
            context=context,
        )

        render_error.additional_properties = d
        return render_error

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
