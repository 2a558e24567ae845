from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.blacklist_entry import BlacklistEntry


T = TypeVar("T", bound="BlacklistEntryCollectionEmbedded")


@_attrs_define
class BlacklistEntryCollectionEmbedded:
    """
    Attributes:
        inxblacklist_entries (list[BlacklistEntry] | Unset):
    """

    inxblacklist_entries: list[BlacklistEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inxblacklist_entries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inxblacklist_entries, Unset):
            inxblacklist_entries = []
            for inxblacklist_entries_item_data in self.inxblacklist_entries:
                inxblacklist_entries_item = inxblacklist_entries_item_data.to_dict()
                inxblacklist_entries.append(inxblacklist_entries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inxblacklist_entries is not UNSET:
            field_dict["inx:blacklist-entries"] = inxblacklist_entries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.blacklist_entry import BlacklistEntry  # noqa: PLC0415

        d = dict(src_dict)
        _inxblacklist_entries = d.pop("inx:blacklist-entries", UNSET)
        inxblacklist_entries: list[BlacklistEntry] | Unset = UNSET
        if _inxblacklist_entries is not UNSET:
            inxblacklist_entries = []
            for inxblacklist_entries_item_data in _inxblacklist_entries:
                inxblacklist_entries_item = BlacklistEntry.from_dict(
                    inxblacklist_entries_item_data
                )

                inxblacklist_entries.append(inxblacklist_entries_item)

        blacklist_entry_collection_embedded = cls(
            inxblacklist_entries=inxblacklist_entries,
        )

        blacklist_entry_collection_embedded.additional_properties = d
        return blacklist_entry_collection_embedded

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
