from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageEventDetails")


@_attrs_define
class MessageEventDetails:
    """Event details; the keys depend on the event type.

    Attributes:
        delivery_message (str | Unset):
        destination_server (str | Unset):
        destination_ip (str | Unset):
        summary (str | Unset):
        bounce_id (str | Unset): The bounce ID as a string (e.g. "374814878").
        origin (str | Unset):
        suppress_sending (str | Unset): "True" or "False".
        link (str | Unset):
        click_location (str | Unset):
    """

    delivery_message: str | Unset = UNSET
    destination_server: str | Unset = UNSET
    destination_ip: str | Unset = UNSET
    summary: str | Unset = UNSET
    bounce_id: str | Unset = UNSET
    origin: str | Unset = UNSET
    suppress_sending: str | Unset = UNSET
    link: str | Unset = UNSET
    click_location: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_message = self.delivery_message

        destination_server = self.destination_server

        destination_ip = self.destination_ip

        summary = self.summary

        bounce_id = self.bounce_id

        origin = self.origin

        suppress_sending = self.suppress_sending

        link = self.link

        click_location = self.click_location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delivery_message is not UNSET:
            field_dict["DeliveryMessage"] = delivery_message
        if destination_server is not UNSET:
            field_dict["DestinationServer"] = destination_server
        if destination_ip is not UNSET:
            field_dict["DestinationIP"] = destination_ip
        if summary is not UNSET:
            field_dict["Summary"] = summary
        if bounce_id is not UNSET:
            field_dict["BounceID"] = bounce_id
        if origin is not UNSET:
            field_dict["Origin"] = origin
        if suppress_sending is not UNSET:
            field_dict["SuppressSending"] = suppress_sending
        if link is not UNSET:
            field_dict["Link"] = link
        if click_location is not UNSET:
            field_dict["ClickLocation"] = click_location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delivery_message = d.pop("DeliveryMessage", UNSET)

        destination_server = d.pop("DestinationServer", UNSET)

        destination_ip = d.pop("DestinationIP", UNSET)

        summary = d.pop("Summary", UNSET)

        bounce_id = d.pop("BounceID", UNSET)

        origin = d.pop("Origin", UNSET)

        suppress_sending = d.pop("SuppressSending", UNSET)

        link = d.pop("Link", UNSET)

        click_location = d.pop("ClickLocation", UNSET)

        message_event_details = cls(
            delivery_message=delivery_message,
            destination_server=destination_server,
            destination_ip=destination_ip,
            summary=summary,
            bounce_id=bounce_id,
            origin=origin,
            suppress_sending=suppress_sending,
            link=link,
            click_location=click_location,
        )

        message_event_details.additional_properties = d
        return message_event_details

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
