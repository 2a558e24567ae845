from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mailing_list import MailingList


T = TypeVar("T", bound="MailingListCollectionEmbedded")


@_attrs_define
class MailingListCollectionEmbedded:
    """
    Attributes:
        inxlists (list[MailingList] | Unset):
    """

    inxlists: list[MailingList] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inxlists: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inxlists, Unset):
            inxlists = []
            for inxlists_item_data in self.inxlists:
                inxlists_item = inxlists_item_data.to_dict()
                inxlists.append(inxlists_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inxlists is not UNSET:
            field_dict["inx:lists"] = inxlists

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mailing_list import MailingList  # noqa: PLC0415

        d = dict(src_dict)
        _inxlists = d.pop("inx:lists", UNSET)
        inxlists: list[MailingList] | Unset = UNSET
        if _inxlists is not UNSET:
            inxlists = []
            for inxlists_item_data in _inxlists:
                inxlists_item = MailingList.from_dict(inxlists_item_data)

                inxlists.append(inxlists_item)

        mailing_list_collection_embedded = cls(
            inxlists=inxlists,
        )

        mailing_list_collection_embedded.additional_properties = d
        return mailing_list_collection_embedded

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
