from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageEventDetails")


@_attrs_define
class MessageEventDetails:
    """Event details; the keys depend on the event type.

    Attributes:
        delivery_message (None | str | Unset):
        destination_server (None | str | Unset):
        destination_ip (None | str | Unset):
        summary (None | str | Unset):
        bounce_id (None | str | Unset): The bounce ID as a string (e.g. "374814878").
        origin (None | str | Unset):
        suppress_sending (bool | None | str | Unset): "True" or "False" in the documentation's sample; postmark-python
            models it as a boolean, so both are accepted.
        link (None | str | Unset):
        click_location (None | str | Unset):
    """

    delivery_message: None | str | Unset = UNSET
    destination_server: None | str | Unset = UNSET
    destination_ip: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    bounce_id: None | str | Unset = UNSET
    origin: None | str | Unset = UNSET
    suppress_sending: bool | None | str | Unset = UNSET
    link: None | str | Unset = UNSET
    click_location: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_message: None | str | Unset
        if isinstance(self.delivery_message, Unset):
            delivery_message = UNSET
        else:
            delivery_message = self.delivery_message

        destination_server: None | str | Unset
        if isinstance(self.destination_server, Unset):
            destination_server = UNSET
        else:
            destination_server = self.destination_server

        destination_ip: None | str | Unset
        if isinstance(self.destination_ip, Unset):
            destination_ip = UNSET
        else:
            destination_ip = self.destination_ip

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        bounce_id: None | str | Unset
        if isinstance(self.bounce_id, Unset):
            bounce_id = UNSET
        else:
            bounce_id = self.bounce_id

        origin: None | str | Unset
        if isinstance(self.origin, Unset):
            origin = UNSET
        else:
            origin = self.origin

        suppress_sending: bool | None | str | Unset
        if isinstance(self.suppress_sending, Unset):
            suppress_sending = UNSET
        else:
            suppress_sending = self.suppress_sending

        link: None | str | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        else:
            link = self.link

        click_location: None | str | Unset
        if isinstance(self.click_location, Unset):
            click_location = UNSET
        else:
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

        def _parse_delivery_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delivery_message = _parse_delivery_message(d.pop("DeliveryMessage", UNSET))

        def _parse_destination_server(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        destination_server = _parse_destination_server(
            d.pop("DestinationServer", UNSET)
        )

        def _parse_destination_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        destination_ip = _parse_destination_ip(d.pop("DestinationIP", UNSET))

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("Summary", UNSET))

        def _parse_bounce_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bounce_id = _parse_bounce_id(d.pop("BounceID", UNSET))

        def _parse_origin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        origin = _parse_origin(d.pop("Origin", UNSET))

        def _parse_suppress_sending(data: object) -> bool | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | str | Unset, data)

        suppress_sending = _parse_suppress_sending(d.pop("SuppressSending", UNSET))

        def _parse_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        link = _parse_link(d.pop("Link", UNSET))

        def _parse_click_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        click_location = _parse_click_location(d.pop("ClickLocation", UNSET))

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
