from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tracking_permission_create_tracking_permission_state import (
    TrackingPermissionCreateTrackingPermissionState,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrackingPermissionCreate")


@_attrs_define
class TrackingPermissionCreate:
    """Payload granting a tracking permission; identify the recipient by `recipientId` or `email` (exactly one of them:
    neither or both in one request is a validation error; not declared as `oneOf` because openapi-python-client then
    drops the model).

        Attributes:
            list_id (int): The STANDARD list. Example: 21.
            tracking_permission_state (TrackingPermissionCreateTrackingPermissionState): Currently only GRANTED can be
                posted.
            recipient_id (int | None | Unset): The recipient by id. Example: 22.
            email (None | str | Unset): The recipient by email address. Example: testine.test@example.de.
            supplied_remote_address (None | str | Unset): The actual IP address of the request (IPv4). Example: 168.0.96.4.
    """

    list_id: int
    tracking_permission_state: TrackingPermissionCreateTrackingPermissionState
    recipient_id: int | None | Unset = UNSET
    email: None | str | Unset = UNSET
    supplied_remote_address: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        tracking_permission_state = self.tracking_permission_state.value

        recipient_id: int | None | Unset
        if isinstance(self.recipient_id, Unset):
            recipient_id = UNSET
        else:
            recipient_id = self.recipient_id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        supplied_remote_address: None | str | Unset
        if isinstance(self.supplied_remote_address, Unset):
            supplied_remote_address = UNSET
        else:
            supplied_remote_address = self.supplied_remote_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "listId": list_id,
                "trackingPermissionState": tracking_permission_state,
            }
        )
        if recipient_id is not UNSET:
            field_dict["recipientId"] = recipient_id
        if email is not UNSET:
            field_dict["email"] = email
        if supplied_remote_address is not UNSET:
            field_dict["suppliedRemoteAddress"] = supplied_remote_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        list_id = d.pop("listId")

        tracking_permission_state = TrackingPermissionCreateTrackingPermissionState(
            d.pop("trackingPermissionState")
        )

        def _parse_recipient_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        recipient_id = _parse_recipient_id(d.pop("recipientId", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_supplied_remote_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplied_remote_address = _parse_supplied_remote_address(
            d.pop("suppliedRemoteAddress", UNSET)
        )

        tracking_permission_create = cls(
            list_id=list_id,
            tracking_permission_state=tracking_permission_state,
            recipient_id=recipient_id,
            email=email,
            supplied_remote_address=supplied_remote_address,
        )

        tracking_permission_create.additional_properties = d
        return tracking_permission_create

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
