from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.click import Click


T = TypeVar("T", bound="ClickCollectionEmbedded")


@_attrs_define
class ClickCollectionEmbedded:
    """
    Attributes:
        inxclicks (list[Click] | Unset):
    """

    inxclicks: list[Click] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inxclicks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inxclicks, Unset):
            inxclicks = []
            for inxclicks_item_data in self.inxclicks:
                inxclicks_item = inxclicks_item_data.to_dict()
                inxclicks.append(inxclicks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inxclicks is not UNSET:
            field_dict["inx:clicks"] = inxclicks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.click import Click  # noqa: PLC0415

        d = dict(src_dict)
        _inxclicks = d.pop("inx:clicks", UNSET)
        inxclicks: list[Click] | Unset = UNSET
        if _inxclicks is not UNSET:
            inxclicks = []
            for inxclicks_item_data in _inxclicks:
                inxclicks_item = Click.from_dict(inxclicks_item_data)

                inxclicks.append(inxclicks_item)

        click_collection_embedded = cls(
            inxclicks=inxclicks,
        )

        click_collection_embedded.additional_properties = d
        return click_collection_embedded

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
