from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnsubscriptionRequest")


@_attrs_define
class UnsubscriptionRequest:
    """Payload unsubscribing a recipient from a STANDARD list.

    Attributes:
        list_id (int): The list the recipient shall be unsubscribed from. Example: 5.
        email (str): The email address of the recipient to unsubscribe. Example: john.doe@example.com.
        source (None | str | Unset): An identifier for the source which caused this event. Example: Your Integration.
        supplied_remote_address (None | str | Unset): The actual IP address of the unsubscription request. Example:
            123.1.1.1.
    """

    list_id: int
    email: str
    source: None | str | Unset = UNSET
    supplied_remote_address: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        email = self.email

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

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
                "email": email,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if supplied_remote_address is not UNSET:
            field_dict["suppliedRemoteAddress"] = supplied_remote_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        list_id = d.pop("listId")

        email = d.pop("email")

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_supplied_remote_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplied_remote_address = _parse_supplied_remote_address(
            d.pop("suppliedRemoteAddress", UNSET)
        )

        unsubscription_request = cls(
            list_id=list_id,
            email=email,
            source=source,
            supplied_remote_address=supplied_remote_address,
        )

        unsubscription_request.additional_properties = d
        return unsubscription_request

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
