from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recipient_import_file import RecipientImportFile


T = TypeVar("T", bound="RecipientImportFileCollectionEmbedded")


@_attrs_define
class RecipientImportFileCollectionEmbedded:
    """
    Attributes:
        inxfiles (list[RecipientImportFile] | Unset):
    """

    inxfiles: list[RecipientImportFile] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inxfiles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inxfiles, Unset):
            inxfiles = []
            for inxfiles_item_data in self.inxfiles:
                inxfiles_item = inxfiles_item_data.to_dict()
                inxfiles.append(inxfiles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inxfiles is not UNSET:
            field_dict["inx:files"] = inxfiles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recipient_import_file import RecipientImportFile  # noqa: PLC0415

        d = dict(src_dict)
        _inxfiles = d.pop("inx:files", UNSET)
        inxfiles: list[RecipientImportFile] | Unset = UNSET
        if _inxfiles is not UNSET:
            inxfiles = []
            for inxfiles_item_data in _inxfiles:
                inxfiles_item = RecipientImportFile.from_dict(inxfiles_item_data)

                inxfiles.append(inxfiles_item)

        recipient_import_file_collection_embedded = cls(
            inxfiles=inxfiles,
        )

        recipient_import_file_collection_embedded.additional_properties = d
        return recipient_import_file_collection_embedded

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
