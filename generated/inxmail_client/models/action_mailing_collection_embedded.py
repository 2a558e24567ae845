from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_mailing import ActionMailing


T = TypeVar("T", bound="ActionMailingCollectionEmbedded")


@_attrs_define
class ActionMailingCollectionEmbedded:
    """
    Attributes:
        inxaction_mailings (list[ActionMailing] | Unset):
    """

    inxaction_mailings: list[ActionMailing] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inxaction_mailings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inxaction_mailings, Unset):
            inxaction_mailings = []
            for inxaction_mailings_item_data in self.inxaction_mailings:
                inxaction_mailings_item = inxaction_mailings_item_data.to_dict()
                inxaction_mailings.append(inxaction_mailings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inxaction_mailings is not UNSET:
            field_dict["inx:action-mailings"] = inxaction_mailings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_mailing import ActionMailing  # noqa: PLC0415

        d = dict(src_dict)
        _inxaction_mailings = d.pop("inx:action-mailings", UNSET)
        inxaction_mailings: list[ActionMailing] | Unset = UNSET
        if _inxaction_mailings is not UNSET:
            inxaction_mailings = []
            for inxaction_mailings_item_data in _inxaction_mailings:
                inxaction_mailings_item = ActionMailing.from_dict(
                    inxaction_mailings_item_data
                )

                inxaction_mailings.append(inxaction_mailings_item)

        action_mailing_collection_embedded = cls(
            inxaction_mailings=inxaction_mailings,
        )

        action_mailing_collection_embedded.additional_properties = d
        return action_mailing_collection_embedded

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
