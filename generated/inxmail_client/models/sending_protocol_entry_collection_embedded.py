from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sending_protocol_entry import SendingProtocolEntry


T = TypeVar("T", bound="SendingProtocolEntryCollectionEmbedded")


@_attrs_define
class SendingProtocolEntryCollectionEmbedded:
    """
    Attributes:
        inxprotocol_entries (list[SendingProtocolEntry] | Unset):
    """

    inxprotocol_entries: list[SendingProtocolEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inxprotocol_entries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inxprotocol_entries, Unset):
            inxprotocol_entries = []
            for inxprotocol_entries_item_data in self.inxprotocol_entries:
                inxprotocol_entries_item = inxprotocol_entries_item_data.to_dict()
                inxprotocol_entries.append(inxprotocol_entries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inxprotocol_entries is not UNSET:
            field_dict["inx:protocol-entries"] = inxprotocol_entries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sending_protocol_entry import SendingProtocolEntry  # noqa: PLC0415

        d = dict(src_dict)
        _inxprotocol_entries = d.pop("inx:protocol-entries", UNSET)
        inxprotocol_entries: list[SendingProtocolEntry] | Unset = UNSET
        if _inxprotocol_entries is not UNSET:
            inxprotocol_entries = []
            for inxprotocol_entries_item_data in _inxprotocol_entries:
                inxprotocol_entries_item = SendingProtocolEntry.from_dict(
                    inxprotocol_entries_item_data
                )

                inxprotocol_entries.append(inxprotocol_entries_item)

        sending_protocol_entry_collection_embedded = cls(
            inxprotocol_entries=inxprotocol_entries,
        )

        sending_protocol_entry_collection_embedded.additional_properties = d
        return sending_protocol_entry_collection_embedded

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
