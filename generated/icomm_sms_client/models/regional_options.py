from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.india_dlt_options import IndiaDltOptions
    from ..models.south_korea_options import SouthKoreaOptions
    from ..models.turkey_iys_options import TurkeyIysOptions


T = TypeVar("T", bound="RegionalOptions")


@_attrs_define
class RegionalOptions:
    """Region-specific parameters, often imposed by local laws.

    Attributes:
        india_dlt (IndiaDltOptions | Unset): Distributed Ledger Technology (DLT) parameters required for sending SMS to
            phone numbers registered in India.
        turkey_iys (TurkeyIysOptions | Unset): IYS parameters required for sending promotional SMS to phone numbers
            registered in Turkey.
        south_korea (SouthKoreaOptions | Unset): Use case dependent parameters for sending SMS to phone numbers
            registered in South Korea.
    """

    india_dlt: IndiaDltOptions | Unset = UNSET
    turkey_iys: TurkeyIysOptions | Unset = UNSET
    south_korea: SouthKoreaOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        india_dlt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.india_dlt, Unset):
            india_dlt = self.india_dlt.to_dict()

        turkey_iys: dict[str, Any] | Unset = UNSET
        if not isinstance(self.turkey_iys, Unset):
            turkey_iys = self.turkey_iys.to_dict()

        south_korea: dict[str, Any] | Unset = UNSET
        if not isinstance(self.south_korea, Unset):
            south_korea = self.south_korea.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if india_dlt is not UNSET:
            field_dict["indiaDlt"] = india_dlt
        if turkey_iys is not UNSET:
            field_dict["turkeyIys"] = turkey_iys
        if south_korea is not UNSET:
            field_dict["southKorea"] = south_korea

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.india_dlt_options import IndiaDltOptions  # noqa: PLC0415
        from ..models.south_korea_options import SouthKoreaOptions  # noqa: PLC0415
        from ..models.turkey_iys_options import TurkeyIysOptions  # noqa: PLC0415

        d = dict(src_dict)
        _india_dlt = d.pop("indiaDlt", UNSET)
        india_dlt: IndiaDltOptions | Unset
        if isinstance(_india_dlt, Unset):
            india_dlt = UNSET
        else:
            india_dlt = IndiaDltOptions.from_dict(_india_dlt)

        _turkey_iys = d.pop("turkeyIys", UNSET)
        turkey_iys: TurkeyIysOptions | Unset
        if isinstance(_turkey_iys, Unset):
            turkey_iys = UNSET
        else:
            turkey_iys = TurkeyIysOptions.from_dict(_turkey_iys)

        _south_korea = d.pop("southKorea", UNSET)
        south_korea: SouthKoreaOptions | Unset
        if isinstance(_south_korea, Unset):
            south_korea = UNSET
        else:
            south_korea = SouthKoreaOptions.from_dict(_south_korea)

        regional_options = cls(
            india_dlt=india_dlt,
            turkey_iys=turkey_iys,
            south_korea=south_korea,
        )

        regional_options.additional_properties = d
        return regional_options

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
