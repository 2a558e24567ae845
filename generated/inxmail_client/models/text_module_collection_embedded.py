from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.text_module import TextModule


T = TypeVar("T", bound="TextModuleCollectionEmbedded")


@_attrs_define
class TextModuleCollectionEmbedded:
    """
    Attributes:
        inxtext_modules (list[TextModule] | Unset):
    """

    inxtext_modules: list[TextModule] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inxtext_modules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inxtext_modules, Unset):
            inxtext_modules = []
            for inxtext_modules_item_data in self.inxtext_modules:
                inxtext_modules_item = inxtext_modules_item_data.to_dict()
                inxtext_modules.append(inxtext_modules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inxtext_modules is not UNSET:
            field_dict["inx:text-modules"] = inxtext_modules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.text_module import TextModule  # noqa: PLC0415

        d = dict(src_dict)
        _inxtext_modules = d.pop("inx:text-modules", UNSET)
        inxtext_modules: list[TextModule] | Unset = UNSET
        if _inxtext_modules is not UNSET:
            inxtext_modules = []
            for inxtext_modules_item_data in _inxtext_modules:
                inxtext_modules_item = TextModule.from_dict(inxtext_modules_item_data)

                inxtext_modules.append(inxtext_modules_item)

        text_module_collection_embedded = cls(
            inxtext_modules=inxtext_modules,
        )

        text_module_collection_embedded.additional_properties = d
        return text_module_collection_embedded

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
