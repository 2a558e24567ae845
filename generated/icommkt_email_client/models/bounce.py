from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Bounce")


@_attrs_define
class Bounce:
    """A bounce. `Content` is returned by get_bounce and activate_bounce only.

    Attributes:
        id (int): ID of the bounce.
        type_ (str): Bounce type, e.g. HardBounce, Transient, AutoResponder, SpamNotification, SoftBounce,
            SpamComplaint, SMTPApiError.
        type_code (int): Bounce type code (HardBounce 1).
        name (str): Bounce type name.
        message_id (str): The bounced message's MessageID.
        email (str): The address that bounced.
        bounced_at (str): Date-time as the API writes it: ISO 8601 with up to seven fractional digits (.NET ticks) and a
            UTC offset or Z, e.g. 2014-02-17T07:25:01.4178645-05:00 (Eastern time) or 2019-12-17T08:58:33-05:00. Declared as
            a pattern-checked string, not `format: date-time`: a generated client would parse a date-time into a Python
            datetime (microsecond precision) and lose the seventh digit, while a string round-trips unchanged.
        dump_available (bool): Whether a raw dump exists (kept 30 days).
        inactive (bool): Whether the bounce deactivated the address.
        can_activate (bool): Whether the address can be reactivated.
        tag (None | str | Unset):
        server_id (int | Unset): ID of the server that sent the message. The field tables say string; every example
            shows an integer (23), which is followed.
        message_stream (None | str | Unset):
        description (str | Unset):
        details (str | Unset):
        from_ (None | str | Unset): Original sender, if available: "spam complaints do not include the original sender
            address" (the emulator sends "" for them; postmark-python requires the field).
        subject (str | Unset):
        content (None | str | Unset): Bounce content (single bounce only).
    """

    id: int
    type_: str
    type_code: int
    name: str
    message_id: str
    email: str
    bounced_at: str
    dump_available: bool
    inactive: bool
    can_activate: bool
    tag: None | str | Unset = UNSET
    server_id: int | Unset = UNSET
    message_stream: None | str | Unset = UNSET
    description: str | Unset = UNSET
    details: str | Unset = UNSET
    from_: None | str | Unset = UNSET
    subject: str | Unset = UNSET
    content: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        type_code = self.type_code

        name = self.name

        message_id = self.message_id

        email = self.email

        bounced_at = self.bounced_at

        dump_available = self.dump_available

        inactive = self.inactive

        can_activate = self.can_activate

        tag: None | str | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        else:
            tag = self.tag

        server_id = self.server_id

        message_stream: None | str | Unset
        if isinstance(self.message_stream, Unset):
            message_stream = UNSET
        else:
            message_stream = self.message_stream

        description = self.description

        details = self.details

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        subject = self.subject

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ID": id,
                "Type": type_,
                "TypeCode": type_code,
                "Name": name,
                "MessageID": message_id,
                "Email": email,
                "BouncedAt": bounced_at,
                "DumpAvailable": dump_available,
                "Inactive": inactive,
                "CanActivate": can_activate,
            }
        )
        if tag is not UNSET:
            field_dict["Tag"] = tag
        if server_id is not UNSET:
            field_dict["ServerID"] = server_id
        if message_stream is not UNSET:
            field_dict["MessageStream"] = message_stream
        if description is not UNSET:
            field_dict["Description"] = description
        if details is not UNSET:
            field_dict["Details"] = details
        if from_ is not UNSET:
            field_dict["From"] = from_
        if subject is not UNSET:
            field_dict["Subject"] = subject
        if content is not UNSET:
            field_dict["Content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("ID")

        type_ = d.pop("Type")

        type_code = d.pop("TypeCode")

        name = d.pop("Name")

        message_id = d.pop("MessageID")

        email = d.pop("Email")

        bounced_at = d.pop("BouncedAt")

        dump_available = d.pop("DumpAvailable")

        inactive = d.pop("Inactive")

        can_activate = d.pop("CanActivate")

        def _parse_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tag = _parse_tag(d.pop("Tag", UNSET))

        server_id = d.pop("ServerID", UNSET)

        def _parse_message_stream(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_stream = _parse_message_stream(d.pop("MessageStream", UNSET))

        description = d.pop("Description", UNSET)

        details = d.pop("Details", UNSET)

        def _parse_from_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_ = _parse_from_(d.pop("From", UNSET))

        subject = d.pop("Subject", UNSET)

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("Content", UNSET))

        bounce = cls(
            id=id,
            type_=type_,
            type_code=type_code,
            name=name,
            message_id=message_id,
            email=email,
            bounced_at=bounced_at,
            dump_available=dump_available,
            inactive=inactive,
            can_activate=can_activate,
            tag=tag,
            server_id=server_id,
            message_stream=message_stream,
            description=description,
            details=details,
            from_=from_,
            subject=subject,
            content=content,
        )

        bounce.additional_properties = d
        return bounce

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
