from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mailing_link import MailingLink


T = TypeVar("T", bound="MailingLinkCollectionEmbedded")


@_attrs_define
class MailingLinkCollectionEmbedded:
    """
    Attributes:
        inxlinks (list[MailingLink] | Unset):
    """

    inxlinks: list[MailingLink] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inxlinks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inxlinks, Unset):
            inxlinks = []
            for inxlinks_item_data in self.inxlinks:
                inxlinks_item = inxlinks_item_data.to_dict()
                inxlinks.append(inxlinks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inxlinks is not UNSET:
            field_dict["inx:links"] = inxlinks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mailing_link import MailingLink  # noqa: PLC0415

        d = dict(src_dict)
        _inxlinks = d.pop("inx:links", UNSET)
        inxlinks: list[MailingLink] | Unset = UNSET
        if _inxlinks is not UNSET:
            inxlinks = []
            for inxlinks_item_data in _inxlinks:
                inxlinks_item = MailingLink.from_dict(inxlinks_item_data)

                inxlinks.append(inxlinks_item)

        mailing_link_collection_embedded = cls(
            inxlinks=inxlinks,
        )

        mailing_link_collection_embedded.additional_properties = d
        return mailing_link_collection_embedded

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
