from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.test_profile_type import TestProfileType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.links import Links
    from ..models.test_profile_attributes import TestProfileAttributes


T = TypeVar("T", bound="TestProfile")


@_attrs_define
class TestProfile:
    """A test profile, recipient data used to render mailings. The create response carries no `id` and the patch response
    null `type`/`modificationDate`, so only `_links` is required.

        Attributes:
            field_links (Links): The `_links` node of a HAL document: at least a `self` link. Custom relations carry the
                `inx:` prefix, expanded by the `curies` entry (present on top-level documents, omitted on embedded items and
                most create/update responses). Paged collections add `first` (omitted on the first page), `next` (omitted on the
                last page; there actually is a non-empty next page) and, on the last page, `inx:upcoming` (a page that becomes
                available once more data is entered). Relations not listed here are allowed as further `Link` objects.
            id (int | Unset): The ID of the test profile. Example: 1.
            description (None | str | Unset): The description. Example: test profile description.
            tracking_permission (bool | None | Unset): The tracking permission of the test profile.
            email (None | str | Unset): The email address of the test profile. Example: test@email.de.
            type_ (None | TestProfileType | Unset): The type of the test profile.
            list_id (int | Unset): The list holding the test profile; omitted for GLOBAL profiles. Example: 12.
            modification_date (datetime.datetime | None | Unset): The modification date. Example: 2018-08-18T10:33:03Z.
            attributes (TestProfileAttributes | Unset): The user attributes of a test profile, a map of strings. Example:
                {'Vorname': 'Hugo'}.
    """

    field_links: Links
    id: int | Unset = UNSET
    description: None | str | Unset = UNSET
    tracking_permission: bool | None | Unset = UNSET
    email: None | str | Unset = UNSET
    type_: None | TestProfileType | Unset = UNSET
    list_id: int | Unset = UNSET
    modification_date: datetime.datetime | None | Unset = UNSET
    attributes: TestProfileAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_links = self.field_links.to_dict()

        id = self.id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        tracking_permission: bool | None | Unset
        if isinstance(self.tracking_permission, Unset):
            tracking_permission = UNSET
        else:
            tracking_permission = self.tracking_permission

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, TestProfileType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        list_id = self.list_id

        modification_date: None | str | Unset
        if isinstance(self.modification_date, Unset):
            modification_date = UNSET
        elif isinstance(self.modification_date, datetime.datetime):
            modification_date = self.modification_date.isoformat()
        else:
            modification_date = self.modification_date

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if tracking_permission is not UNSET:
            field_dict["trackingPermission"] = tracking_permission
        if email is not UNSET:
            field_dict["email"] = email
        if type_ is not UNSET:
            field_dict["type"] = type_
        if list_id is not UNSET:
            field_dict["listId"] = list_id
        if modification_date is not UNSET:
            field_dict["modificationDate"] = modification_date
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.links import Links  # noqa: PLC0415
        from ..models.test_profile_attributes import TestProfileAttributes  # noqa: PLC0415

        d = dict(src_dict)
        field_links = Links.from_dict(d.pop("_links"))

        id = d.pop("id", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_tracking_permission(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        tracking_permission = _parse_tracking_permission(
            d.pop("trackingPermission", UNSET)
        )

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_type_(data: object) -> None | TestProfileType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = TestProfileType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TestProfileType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        list_id = d.pop("listId", UNSET)

        def _parse_modification_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                modification_date_type_0 = datetime.datetime.fromisoformat(data)

                return modification_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        modification_date = _parse_modification_date(d.pop("modificationDate", UNSET))

        _attributes = d.pop("attributes", UNSET)
        attributes: TestProfileAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = TestProfileAttributes.from_dict(_attributes)

        test_profile = cls(
            field_links=field_links,
            id=id,
            description=description,
            tracking_permission=tracking_permission,
            email=email,
            type_=type_,
            list_id=list_id,
            modification_date=modification_date,
            attributes=attributes,
        )

        test_profile.additional_properties = d
        return test_profile

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
