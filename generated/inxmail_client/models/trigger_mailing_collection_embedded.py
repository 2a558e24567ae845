from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trigger_mailing import TriggerMailing


T = TypeVar("T", bound="TriggerMailingCollectionEmbedded")


@_attrs_define
class TriggerMailingCollectionEmbedded:
    """
    Attributes:
        inxtrigger_mailings (list[TriggerMailing] | Unset):
    """

    inxtrigger_mailings: list[TriggerMailing] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inxtrigger_mailings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inxtrigger_mailings, Unset):
            inxtrigger_mailings = []
            for inxtrigger_mailings_item_data in self.inxtrigger_mailings:
                inxtrigger_mailings_item = inxtrigger_mailings_item_data.to_dict()
                inxtrigger_mailings.append(inxtrigger_mailings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inxtrigger_mailings is not UNSET:
            field_dict["inx:trigger-mailings"] = inxtrigger_mailings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trigger_mailing import TriggerMailing  # noqa: PLC0415

        d = dict(src_dict)
        _inxtrigger_mailings = d.pop("inx:trigger-mailings", UNSET)
        inxtrigger_mailings: list[TriggerMailing] | Unset = UNSET
        if _inxtrigger_mailings is not UNSET:
            inxtrigger_mailings = []
            for inxtrigger_mailings_item_data in _inxtrigger_mailings:
                inxtrigger_mailings_item = TriggerMailing.from_dict(
                    inxtrigger_mailings_item_data
                )

                inxtrigger_mailings.append(inxtrigger_mailings_item)

        trigger_mailing_collection_embedded = cls(
            inxtrigger_mailings=inxtrigger_mailings,
        )

        trigger_mailing_collection_embedded.additional_properties = d
        return trigger_mailing_collection_embedded

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
