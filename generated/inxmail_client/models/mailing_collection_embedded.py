from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mailing import Mailing


T = TypeVar("T", bound="MailingCollectionEmbedded")


@_attrs_define
class MailingCollectionEmbedded:
    """
    Attributes:
        inxmailings (list[Mailing] | Unset):
    """

    inxmailings: list[Mailing] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inxmailings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inxmailings, Unset):
            inxmailings = []
            for inxmailings_item_data in self.inxmailings:
                inxmailings_item = inxmailings_item_data.to_dict()
                inxmailings.append(inxmailings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inxmailings is not UNSET:
            field_dict["inx:mailings"] = inxmailings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mailing import Mailing  # noqa: PLC0415

        d = dict(src_dict)
        _inxmailings = d.pop("inx:mailings", UNSET)
        inxmailings: list[Mailing] | Unset = UNSET
        if _inxmailings is not UNSET:
            inxmailings = []
            for inxmailings_item_data in _inxmailings:
                inxmailings_item = Mailing.from_dict(inxmailings_item_data)

                inxmailings.append(inxmailings_item)

        mailing_collection_embedded = cls(
            inxmailings=inxmailings,
        )

        mailing_collection_embedded.additional_properties = d
        return mailing_collection_embedded

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
