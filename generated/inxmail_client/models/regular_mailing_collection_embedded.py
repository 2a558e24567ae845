from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.regular_mailing import RegularMailing


T = TypeVar("T", bound="RegularMailingCollectionEmbedded")


@_attrs_define
class RegularMailingCollectionEmbedded:
    """
    Attributes:
        inxregular_mailings (list[RegularMailing] | Unset):
    """

    inxregular_mailings: list[RegularMailing] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inxregular_mailings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inxregular_mailings, Unset):
            inxregular_mailings = []
            for inxregular_mailings_item_data in self.inxregular_mailings:
                inxregular_mailings_item = inxregular_mailings_item_data.to_dict()
                inxregular_mailings.append(inxregular_mailings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inxregular_mailings is not UNSET:
            field_dict["inx:regular-mailings"] = inxregular_mailings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.regular_mailing import RegularMailing  # noqa: PLC0415

        d = dict(src_dict)
        _inxregular_mailings = d.pop("inx:regular-mailings", UNSET)
        inxregular_mailings: list[RegularMailing] | Unset = UNSET
        if _inxregular_mailings is not UNSET:
            inxregular_mailings = []
            for inxregular_mailings_item_data in _inxregular_mailings:
                inxregular_mailings_item = RegularMailing.from_dict(
                    inxregular_mailings_item_data
                )

                inxregular_mailings.append(inxregular_mailings_item)

        regular_mailing_collection_embedded = cls(
            inxregular_mailings=inxregular_mailings,
        )

        regular_mailing_collection_embedded.additional_properties = d
        return regular_mailing_collection_embedded

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
