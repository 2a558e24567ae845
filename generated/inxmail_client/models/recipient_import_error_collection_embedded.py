from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recipient_import_error import RecipientImportError


T = TypeVar("T", bound="RecipientImportErrorCollectionEmbedded")


@_attrs_define
class RecipientImportErrorCollectionEmbedded:
    """
    Attributes:
        inxerrors (list[RecipientImportError] | Unset):
    """

    inxerrors: list[RecipientImportError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inxerrors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inxerrors, Unset):
            inxerrors = []
            for inxerrors_item_data in self.inxerrors:
                inxerrors_item = inxerrors_item_data.to_dict()
                inxerrors.append(inxerrors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inxerrors is not UNSET:
            field_dict["inx:errors"] = inxerrors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recipient_import_error import RecipientImportError  # noqa: PLC0415

        d = dict(src_dict)
        _inxerrors = d.pop("inx:errors", UNSET)
        inxerrors: list[RecipientImportError] | Unset = UNSET
        if _inxerrors is not UNSET:
            inxerrors = []
            for inxerrors_item_data in _inxerrors:
                inxerrors_item = RecipientImportError.from_dict(inxerrors_item_data)

                inxerrors.append(inxerrors_item)

        recipient_import_error_collection_embedded = cls(
            inxerrors=inxerrors,
        )

        recipient_import_error_collection_embedded.additional_properties = d
        return recipient_import_error_collection_embedded

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
