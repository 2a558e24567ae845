from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GeoLocation")


@_attrs_define
class GeoLocation:
    """Location derived from the IP address (any part may be missing).

    Attributes:
        country_iso_code (str | Unset):
        country (str | Unset):
        region_iso_code (str | Unset):
        region (str | Unset):
        city (str | Unset):
        zip_ (str | Unset):
        coords (str | Unset): "latitude,longitude".
        ip (str | Unset):
    """

    country_iso_code: str | Unset = UNSET
    country: str | Unset = UNSET
    region_iso_code: str | Unset = UNSET
    region: str | Unset = UNSET
    city: str | Unset = UNSET
    zip_: str | Unset = UNSET
    coords: str | Unset = UNSET
    ip: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_iso_code = self.country_iso_code

        country = self.country

        region_iso_code = self.region_iso_code

        region = self.region

        city = self.city

        zip_ = self.zip_

        coords = self.coords

        ip = self.ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country_iso_code is not UNSET:
            field_dict["CountryISOCode"] = country_iso_code
        if country is not UNSET:
            field_dict["Country"] = country
        if region_iso_code is not UNSET:
            field_dict["RegionISOCode"] = region_iso_code
        if region is not UNSET:
            field_dict["Region"] = region
        if city is not UNSET:
            field_dict["City"] = city
        if zip_ is not UNSET:
            field_dict["Zip"] = zip_
        if coords is not UNSET:
            field_dict["Coords"] = coords
        if ip is not UNSET:
            field_dict["IP"] = ip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_iso_code = d.pop("CountryISOCode", UNSET)

        country = d.pop("Country", UNSET)

        region_iso_code = d.pop("RegionISOCode", UNSET)

        region = d.pop("Region", UNSET)

        city = d.pop("City", UNSET)

        zip_ = d.pop("Zip", UNSET)

        coords = d.pop("Coords", UNSET)

        ip = d.pop("IP", UNSET)

        geo_location = cls(
            country_iso_code=country_iso_code,
            country=country,
            region_iso_code=region_iso_code,
            region=region,
            city=city,
            zip_=zip_,
            coords=coords,
            ip=ip,
        )

        geo_location.additional_properties = d
        return geo_location

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
