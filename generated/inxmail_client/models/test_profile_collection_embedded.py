from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.test_profile import TestProfile


T = TypeVar("T", bound="TestProfileCollectionEmbedded")


@_attrs_define
class TestProfileCollectionEmbedded:
    """
    Attributes:
        inxtest_profiles (list[TestProfile] | Unset):
    """

    inxtest_profiles: list[TestProfile] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inxtest_profiles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inxtest_profiles, Unset):
            inxtest_profiles = []
            for inxtest_profiles_item_data in self.inxtest_profiles:
                inxtest_profiles_item = inxtest_profiles_item_data.to_dict()
                inxtest_profiles.append(inxtest_profiles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inxtest_profiles is not UNSET:
            field_dict["inx:test-profiles"] = inxtest_profiles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.test_profile import TestProfile  # noqa: PLC0415

        d = dict(src_dict)
        _inxtest_profiles = d.pop("inx:test-profiles", UNSET)
        inxtest_profiles: list[TestProfile] | Unset = UNSET
        if _inxtest_profiles is not UNSET:
            inxtest_profiles = []
            for inxtest_profiles_item_data in _inxtest_profiles:
                inxtest_profiles_item = TestProfile.from_dict(
                    inxtest_profiles_item_data
                )

                inxtest_profiles.append(inxtest_profiles_item)

        test_profile_collection_embedded = cls(
            inxtest_profiles=inxtest_profiles,
        )

        test_profile_collection_embedded.additional_properties = d
        return test_profile_collection_embedded

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
