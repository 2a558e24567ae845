from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GeoLocation")


@_attrs_define
class GeoLocation:
    """Location derived from the IP address (any part may be missing).

    Attributes:
        country_iso_code (None | str | Unset):
        country (None | str | Unset):
        region_iso_code (None | str | Unset):
        region (None | str | Unset):
        city (None | str | Unset):
        zip_ (None | str | Unset):
        coords (None | str | Unset): "latitude,longitude".
        ip (None | str | Unset):
    """

    country_iso_code: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    region_iso_code: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    zip_: None | str | Unset = UNSET
    coords: None | str | Unset = UNSET
    ip: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_iso_code: None | str | Unset
        if isinstance(self.country_iso_code, Unset):
            country_iso_code = UNSET
        else:
            country_iso_code = self.country_iso_code

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        region_iso_code: None | str | Unset
        if isinstance(self.region_iso_code, Unset):
            region_iso_code = UNSET
        else:
            region_iso_code = self.region_iso_code

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        zip_: None | str | Unset
        if isinstance(self.zip_, Unset):
            zip_ = UNSET
        else:
            zip_ = self.zip_

        coords: None | str | Unset
        if isinstance(self.coords, Unset):
            coords = UNSET
        else:
            coords = self.coords

        ip: None | str | Unset
        if isinstance(self.ip, Unset):
            ip = UNSET
        else:
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

        def _parse_country_iso_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_iso_code = _parse_country_iso_code(d.pop("CountryISOCode", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("Country", UNSET))

        def _parse_region_iso_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region_iso_code = _parse_region_iso_code(d.pop("RegionISOCode", UNSET))

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("Region", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("City", UNSET))

        def _parse_zip_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zip_ = _parse_zip_(d.pop("Zip", UNSET))

        def _parse_coords(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        coords = _parse_coords(d.pop("Coords", UNSET))

        def _parse_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip = _parse_ip(d.pop("IP", UNSET))

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
