from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.http_datasource import HttpDatasource


T = TypeVar("T", bound="HttpDatasourceCollectionEmbedded")


@_attrs_define
class HttpDatasourceCollectionEmbedded:
    """
    Attributes:
        inxdatasources (list[HttpDatasource] | Unset):
    """

    inxdatasources: list[HttpDatasource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inxdatasources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inxdatasources, Unset):
            inxdatasources = []
            for inxdatasources_item_data in self.inxdatasources:
                inxdatasources_item = inxdatasources_item_data.to_dict()
                inxdatasources.append(inxdatasources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inxdatasources is not UNSET:
            field_dict["inx:datasources"] = inxdatasources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.http_datasource import HttpDatasource  # noqa: PLC0415

        d = dict(src_dict)
        _inxdatasources = d.pop("inx:datasources", UNSET)
        inxdatasources: list[HttpDatasource] | Unset = UNSET
        if _inxdatasources is not UNSET:
            inxdatasources = []
            for inxdatasources_item_data in _inxdatasources:
                inxdatasources_item = HttpDatasource.from_dict(inxdatasources_item_data)

                inxdatasources.append(inxdatasources_item)

        http_datasource_collection_embedded = cls(
            inxdatasources=inxdatasources,
        )

        http_datasource_collection_embedded.additional_properties = d
        return http_datasource_collection_embedded

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
