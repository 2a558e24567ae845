from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscription_mailing import SubscriptionMailing


T = TypeVar("T", bound="SubscriptionMailingCollectionEmbedded")


@_attrs_define
class SubscriptionMailingCollectionEmbedded:
    """
    Attributes:
        inxsubscription_mailings (list[SubscriptionMailing] | Unset):
    """

    inxsubscription_mailings: list[SubscriptionMailing] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inxsubscription_mailings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inxsubscription_mailings, Unset):
            inxsubscription_mailings = []
            for inxsubscription_mailings_item_data in self.inxsubscription_mailings:
                inxsubscription_mailings_item = (
                    inxsubscription_mailings_item_data.to_dict()
                )
                inxsubscription_mailings.append(inxsubscription_mailings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inxsubscription_mailings is not UNSET:
            field_dict["inx:subscription-mailings"] = inxsubscription_mailings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscription_mailing import SubscriptionMailing  # noqa: PLC0415

        d = dict(src_dict)
        _inxsubscription_mailings = d.pop("inx:subscription-mailings", UNSET)
        inxsubscription_mailings: list[SubscriptionMailing] | Unset = UNSET
        if _inxsubscription_mailings is not UNSET:
            inxsubscription_mailings = []
            for inxsubscription_mailings_item_data in _inxsubscription_mailings:
                inxsubscription_mailings_item = SubscriptionMailing.from_dict(
                    inxsubscription_mailings_item_data
                )

                inxsubscription_mailings.append(inxsubscription_mailings_item)

        subscription_mailing_collection_embedded = cls(
            inxsubscription_mailings=inxsubscription_mailings,
        )

        subscription_mailing_collection_embedded.additional_properties = d
        return subscription_mailing_collection_embedded

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
