from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.web_beacon_hit import WebBeaconHit


T = TypeVar("T", bound="WebBeaconHitCollectionEmbedded")


@_attrs_define
class WebBeaconHitCollectionEmbedded:
    """
    Attributes:
        inxweb_beacon_hits (list[WebBeaconHit] | Unset):
    """

    inxweb_beacon_hits: list[WebBeaconHit] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inxweb_beacon_hits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inxweb_beacon_hits, Unset):
            inxweb_beacon_hits = []
            for inxweb_beacon_hits_item_data in self.inxweb_beacon_hits:
                inxweb_beacon_hits_item = inxweb_beacon_hits_item_data.to_dict()
                inxweb_beacon_hits.append(inxweb_beacon_hits_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inxweb_beacon_hits is not UNSET:
            field_dict["inx:web-beacon-hits"] = inxweb_beacon_hits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.web_beacon_hit import WebBeaconHit  # noqa: PLC0415

        d = dict(src_dict)
        _inxweb_beacon_hits = d.pop("inx:web-beacon-hits", UNSET)
        inxweb_beacon_hits: list[WebBeaconHit] | Unset = UNSET
        if _inxweb_beacon_hits is not UNSET:
            inxweb_beacon_hits = []
            for inxweb_beacon_hits_item_data in _inxweb_beacon_hits:
                inxweb_beacon_hits_item = WebBeaconHit.from_dict(
                    inxweb_beacon_hits_item_data
                )

                inxweb_beacon_hits.append(inxweb_beacon_hits_item)

        web_beacon_hit_collection_embedded = cls(
            inxweb_beacon_hits=inxweb_beacon_hits,
        )

        web_beacon_hit_collection_embedded.additional_properties = d
        return web_beacon_hit_collection_embedded

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
