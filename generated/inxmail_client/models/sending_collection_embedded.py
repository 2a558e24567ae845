from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sending import Sending


T = TypeVar("T", bound="SendingCollectionEmbedded")


@_attrs_define
class SendingCollectionEmbedded:
    """
    Attributes:
        inxsendings (list[Sending] | Unset):
    """

    inxsendings: list[Sending] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inxsendings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inxsendings, Unset):
            inxsendings = []
            for inxsendings_item_data in self.inxsendings:
                inxsendings_item = inxsendings_item_data.to_dict()
                inxsendings.append(inxsendings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inxsendings is not UNSET:
            field_dict["inx:sendings"] = inxsendings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sending import Sending  # noqa: PLC0415

        d = dict(src_dict)
        _inxsendings = d.pop("inx:sendings", UNSET)
        inxsendings: list[Sending] | Unset = UNSET
        if _inxsendings is not UNSET:
            inxsendings = []
            for inxsendings_item_data in _inxsendings:
                inxsendings_item = Sending.from_dict(inxsendings_item_data)

                inxsendings.append(inxsendings_item)

        sending_collection_embedded = cls(
            inxsendings=inxsendings,
        )

        sending_collection_embedded.additional_properties = d
        return sending_collection_embedded

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
