from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.split_test_mailing import SplitTestMailing


T = TypeVar("T", bound="SplitTestMailingCollectionEmbedded")


@_attrs_define
class SplitTestMailingCollectionEmbedded:
    """
    Attributes:
        inxsplit_test_mailings (list[SplitTestMailing] | Unset):
    """

    inxsplit_test_mailings: list[SplitTestMailing] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inxsplit_test_mailings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inxsplit_test_mailings, Unset):
            inxsplit_test_mailings = []
            for inxsplit_test_mailings_item_data in self.inxsplit_test_mailings:
                inxsplit_test_mailings_item = inxsplit_test_mailings_item_data.to_dict()
                inxsplit_test_mailings.append(inxsplit_test_mailings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inxsplit_test_mailings is not UNSET:
            field_dict["inx:split-test-mailings"] = inxsplit_test_mailings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.split_test_mailing import SplitTestMailing  # noqa: PLC0415

        d = dict(src_dict)
        _inxsplit_test_mailings = d.pop("inx:split-test-mailings", UNSET)
        inxsplit_test_mailings: list[SplitTestMailing] | Unset = UNSET
        if _inxsplit_test_mailings is not UNSET:
            inxsplit_test_mailings = []
            for inxsplit_test_mailings_item_data in _inxsplit_test_mailings:
                inxsplit_test_mailings_item = SplitTestMailing.from_dict(
                    inxsplit_test_mailings_item_data
                )

                inxsplit_test_mailings.append(inxsplit_test_mailings_item)

        split_test_mailing_collection_embedded = cls(
            inxsplit_test_mailings=inxsplit_test_mailings,
        )

        split_test_mailing_collection_embedded.additional_properties = d
        return split_test_mailing_collection_embedded

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
