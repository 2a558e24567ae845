from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bounce_webhook_record_type import BounceWebhookRecordType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="BounceWebhook")


@_attrs_define
class BounceWebhook:
    """Bounce webhook payload (Postmark's; not documented by ICOMMKT).

    Attributes:
        record_type (BounceWebhookRecordType): `Bounce`: a bounce; `SpamComplaint`: a spam complaint.
        id (int):
        type_ (str):
        type_code (int):
        message_id (str):
        email (str):
        bounced_at (str): Date-time as the API writes it: ISO 8601 with up to seven fractional digits (.NET ticks) and a
            UTC offset or Z, e.g. 2014-02-17T07:25:01.4178645-05:00 (Eastern time) or 2019-12-17T08:58:33-05:00. Declared as
            a pattern-checked string, not `format: date-time`: a generated client would parse a date-time into a Python
            datetime (microsecond precision) and lose the seventh digit, while a string round-trips unchanged.
        message_stream (None | str | Unset):
        name (str | Unset):
        tag (None | str | Unset):
        metadata (Metadata | Unset): Custom metadata key/value pairs (string values).
        server_id (int | Unset):
        description (str | Unset):
        details (str | Unset):
        from_ (None | str | Unset):
        dump_available (bool | Unset):
        inactive (bool | Unset):
        can_activate (bool | Unset):
        subject (str | Unset):
        content (None | str | Unset):
    """

    record_type: BounceWebhookRecordType
    id: int
    type_: str
    type_code: int
    message_id: str
    email: str
    bounced_at: str
    message_stream: None | str | Unset = UNSET
    name: str | Unset = UNSET
    tag: None | str | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    server_id: int | Unset = UNSET
    description: str | Unset = UNSET
    details: str | Unset = UNSET
    from_: None | str | Unset = UNSET
    dump_available: bool | Unset = UNSET
    inactive: bool | Unset = UNSET
    can_activate: bool | Unset = UNSET
    subject: str | Unset = UNSET
    content: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record_type = self.record_type.value

        id = self.id

        type_ = self.type_

        type_code = self.type_code

        message_id = self.message_id

        email = self.email

        bounced_at = self.bounced_at

        message_stream: None | str | Unset
        if isinstance(self.message_stream, Unset):
            message_stream = UNSET
        else:
            message_stream = self.message_stream

        name = self.name

        tag: None | str | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        else:
            tag = self.tag

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        server_id = self.server_id

        description = self.description

        details = self.details

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        dump_available = self.dump_available

        inactive = self.inactive

        can_activate = self.can_activate

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
                "RecordType": record_type,
                "ID": id,
                "Type": type_,
                "TypeCode": type_code,
                "MessageID": message_id,
                "Email": email,
                "BouncedAt": bounced_at,
            }
        )
        if message_stream is not UNSET:
            field_dict["MessageStream"] = message_stream
        if name is not UNSET:
            field_dict["Name"] = name
        if tag is not UNSET:
            field_dict["Tag"] = tag
        if metadata is not UNSET:
            field_dict["Metadata"] = metadata
        if server_id is not UNSET:
            field_dict["ServerID"] = server_id
        if description is not UNSET:
            field_dict["Description"] = description
        if details is not UNSET:
            field_dict["Details"] = details
        if from_ is not UNSET:
            field_dict["From"] = from_
        if dump_available is not UNSET:
            field_dict["DumpAvailable"] = dump_available
        if inactive is not UNSET:
            field_dict["Inactive"] = inactive
        if can_activate is not UNSET:
            field_dict["CanActivate"] = can_activate
        if subject is not UNSET:
            field_dict["Subject"] = subject
        if content is not UNSET:
            field_dict["Content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        record_type = BounceWebhookRecordType(d.pop("RecordType"))

        id = d.pop("ID")

        type_ = d.pop("Type")

        type_code = d.pop("TypeCode")

        message_id = d.pop("MessageID")

        email = d.pop("Email")

        bounced_at = d.pop("BouncedAt")

        def _parse_message_stream(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_stream = _parse_message_stream(d.pop("MessageStream", UNSET))

        name = d.pop("Name", UNSET)

        def _parse_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tag = _parse_tag(d.pop("Tag", UNSET))

        _metadata = d.pop("Metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        server_id = d.pop("ServerID", UNSET)

        description = d.pop("Description", UNSET)

        details = d.pop("Details", UNSET)

        def _parse_from_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_ = _parse_from_(d.pop("From", UNSET))

        dump_available = d.pop("DumpAvailable", UNSET)

        inactive = d.pop("Inactive", UNSET)

        can_activate = d.pop("CanActivate", UNSET)

        subject = d.pop("Subject", UNSET)

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("Content", UNSET))

        bounce_webhook = cls(
            record_type=record_type,
            id=id,
            type_=type_,
            type_code=type_code,
            message_id=message_id,
            email=email,
            bounced_at=bounced_at,
            message_stream=message_stream,
            name=name,
            tag=tag,
            metadata=metadata,
            server_id=server_id,
            description=description,
            details=details,
            from_=from_,
            dump_available=dump_available,
            inactive=inactive,
            can_activate=can_activate,
            subject=subject,
            content=content,
        )

        bounce_webhook.additional_properties = d
        return bounce_webhook

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
