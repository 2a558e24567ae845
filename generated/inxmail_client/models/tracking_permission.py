from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tracking_permission_value import TrackingPermissionValue
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.links import Links


T = TypeVar("T", bound="TrackingPermission")


@_attrs_define
class TrackingPermission:
    """A (granted) tracking permission of a recipient on a list.

    Attributes:
        id (int): The ID of the tracking permission. Example: 5.
        field_links (Links): The `_links` node of a HAL document: at least a `self` link. Custom relations carry the
            `inx:` prefix, expanded by the `curies` entry (present on top-level documents, omitted on embedded items and
            most create/update responses). Paged collections add `first` (omitted on the first page), `next` (omitted on the
            last page; there actually is a non-empty next page) and, on the last page, `inx:upcoming` (a page that becomes
            available once more data is entered). Relations not listed here are allowed as further `Link` objects.
        list_id (int | Unset): The list of this tracking permission. Example: 7.
        recipient_id (int | Unset): The recipient of this tracking permission. Example: 11.
        tracking_permission_state (TrackingPermissionValue | Unset): A tracking permission value.
    """

    id: int
    field_links: Links
    list_id: int | Unset = UNSET
    recipient_id: int | Unset = UNSET
    tracking_permission_state: TrackingPermissionValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_links = self.field_links.to_dict()

        list_id = self.list_id

        recipient_id = self.recipient_id

        tracking_permission_state: str | Unset = UNSET
        if not isinstance(self.tracking_permission_state, Unset):
            tracking_permission_state = self.tracking_permission_state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "_links": field_links,
            }
        )
        if list_id is not UNSET:
            field_dict["listId"] = list_id
        if recipient_id is not UNSET:
            field_dict["recipientId"] = recipient_id
        if tracking_permission_state is not UNSET:
            field_dict["trackingPermissionState"] = tracking_permission_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.links import Links  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        field_links = Links.from_dict(d.pop("_links"))

        list_id = d.pop("listId", UNSET)

        recipient_id = d.pop("recipientId", UNSET)

        _tracking_permission_state = d.pop("trackingPermissionState", UNSET)
        tracking_permission_state: TrackingPermissionValue | Unset
        if isinstance(_tracking_permission_state, Unset):
            tracking_permission_state = UNSET
        else:
            tracking_permission_state = TrackingPermissionValue(
                _tracking_permission_state
            )

        tracking_permission = cls(
            id=id,
            field_links=field_links,
            list_id=list_id,
            recipient_id=recipient_id,
            tracking_permission_state=tracking_permission_state,
        )

        tracking_permission.additional_properties = d
        return tracking_permission

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
