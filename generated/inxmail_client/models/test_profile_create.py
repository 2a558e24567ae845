from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.test_profile_attributes import TestProfileAttributes


T = TypeVar("T", bound="TestProfileCreate")


@_attrs_define
class TestProfileCreate:
    """Payload creating a test profile.

    Attributes:
        list_id (int | None | Unset): The list of the test profile (the system list for GLOBAL profiles). Example: 2.
        email (None | str | Unset): The email address. Example: test@test.invalid.
        tracking_permission (bool | None | Unset): The tracking permission.
        attributes (None | TestProfileAttributes | Unset):
        description (None | str | Unset): The description. Example: Description.
    """

    list_id: int | None | Unset = UNSET
    email: None | str | Unset = UNSET
    tracking_permission: bool | None | Unset = UNSET
    attributes: None | TestProfileAttributes | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.test_profile_attributes import TestProfileAttributes  # noqa: PLC0415

        list_id: int | None | Unset
        if isinstance(self.list_id, Unset):
            list_id = UNSET
        else:
            list_id = self.list_id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        tracking_permission: bool | None | Unset
        if isinstance(self.tracking_permission, Unset):
            tracking_permission = UNSET
        else:
            tracking_permission = self.tracking_permission

        attributes: dict[str, Any] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, TestProfileAttributes):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_id is not UNSET:
            field_dict["listId"] = list_id
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

        def _parse_list_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        list_id = _parse_list_id(d.pop("listId", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_tracking_permission(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        tracking_permission = _parse_tracking_permission(
            d.pop("trackingPermission", UNSET)
        )

        def _parse_attributes(data: object) -> None | TestProfileAttributes | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                attributes_type_0 = TestProfileAttributes.from_dict(data)

                return attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TestProfileAttributes | Unset, data)

        attributes = _parse_attributes(d.pop("attributes", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        test_profile_create = cls(
            list_id=list_id,
            email=email,
            tracking_permission=tracking_permission,
            attributes=attributes,
            description=description,
        )

        test_profile_create.additional_properties = d
        return test_profile_create

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
