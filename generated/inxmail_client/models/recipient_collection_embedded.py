from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recipient import Recipient


T = TypeVar("T", bound="RecipientCollectionEmbedded")


@_attrs_define
class RecipientCollectionEmbedded:
    """
    Attributes:
        inxrecipients (list[Recipient] | Unset):
    """

    inxrecipients: list[Recipient] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inxrecipients: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inxrecipients, Unset):
            inxrecipients = []
            for inxrecipients_item_data in self.inxrecipients:
                inxrecipients_item = inxrecipients_item_data.to_dict()
                inxrecipients.append(inxrecipients_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inxrecipients is not UNSET:
            field_dict["inx:recipients"] = inxrecipients

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recipient import Recipient  # noqa: PLC0415

        d = dict(src_dict)
        _inxrecipients = d.pop("inx:recipients", UNSET)
        inxrecipients: list[Recipient] | Unset = UNSET
        if _inxrecipients is not UNSET:
            inxrecipients = []
            for inxrecipients_item_data in _inxrecipients:
                inxrecipients_item = Recipient.from_dict(inxrecipients_item_data)

                inxrecipients.append(inxrecipients_item)

        recipient_collection_embedded = cls(
            inxrecipients=inxrecipients,
        )

        recipient_collection_embedded.additional_properties = d
        return recipient_collection_embedded

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
