from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.test_profile_attributes import TestProfileAttributes


T = TypeVar("T", bound="TestProfilePatch")


@_attrs_define
class TestProfilePatch:
    """JSON merge patch for a test profile.

    Attributes:
        email (str | Unset): The email address. Example: test@test.invalid.
        tracking_permission (bool | Unset): The tracking permission.
        attributes (TestProfileAttributes | Unset): The user attributes of a test profile, a map of strings. Example:
            {'Vorname': 'Hugo'}.
        description (str | Unset): The description. Example: Description.
    """

    email: str | Unset = UNSET
    tracking_permission: bool | Unset = UNSET
    attributes: TestProfileAttributes | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        tracking_permission = self.tracking_permission

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if tracking_permission is not UNSET:
            field_dict["trackingPermission"] = tracking_permission
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.test_profile_attributes import TestProfileAttributes  # noqa: PLC0415

        d = dict(src_dict)
        email = d.pop("email", UNSET)

        tracking_permission = d.pop("trackingPermission", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: TestProfileAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = TestProfileAttributes.from_dict(_attributes)

        description = d.pop("description", UNSET)

        test_profile_patch = cls(
            email=email,
            tracking_permission=tracking_permission,
            attributes=attributes,
            description=description,
        )

        test_profile_patch.additional_properties = d
        return test_profile_patch

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
