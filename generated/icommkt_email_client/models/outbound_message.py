from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.outbound_status import OutboundStatus
from ..models.track_links import TrackLinks
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_address import EmailAddress
    from ..models.metadata import Metadata


T = TypeVar("T", bound="OutboundMessage")


@_attrs_define
class OutboundMessage:
    """A sent message as returned by the search. The field tables call To/Cc/Bcc strings and Metadata an array; the
    examples (arrays of address objects, an object) are followed.

        Attributes:
            message_id (str):
            tag (None | str | Unset):
            message_stream (None | str | Unset):
            to (list[EmailAddress] | Unset):
            cc (list[EmailAddress] | Unset):
            bcc (list[EmailAddress] | Unset):
            recipients (list[str] | Unset):
            received_at (str | Unset): Date-time as the API writes it: ISO 8601 with up to seven fractional digits (.NET
                ticks) and a UTC offset or Z, e.g. 2014-02-17T07:25:01.4178645-05:00 (Eastern time) or
                2019-12-17T08:58:33-05:00. Declared as a pattern-checked string, not `format: date-time`: a generated client
                would parse a date-time into a Python datetime (microsecond precision) and lose the seventh digit, while a
                string round-trips unchanged.
            from_ (str | Unset):
            subject (str | Unset):
            attachments (list[str] | Unset): Attachment file names.
            status (OutboundStatus | Unset):
            track_opens (bool | Unset):
            track_links (TrackLinks | Unset): Link tracking for links in the HTML and/or text body.
            metadata (Metadata | Unset): Custom metadata key/value pairs (string values).
            sandboxed (bool | Unset): Whether the message was sandboxed (server type).
    """

    message_id: str
    tag: None | str | Unset = UNSET
    message_stream: None | str | Unset = UNSET
    to: list[EmailAddress] | Unset = UNSET
    cc: list[EmailAddress] | Unset = UNSET
    bcc: list[EmailAddress] | Unset = UNSET
    recipients: list[str] | Unset = UNSET
    received_at: str | Unset = UNSET
    from_: str | Unset = UNSET
    subject: str | Unset = UNSET
    attachments: list[str] | Unset = UNSET
    status: OutboundStatus | Unset = UNSET
    track_opens: bool | Unset = UNSET
    track_links: TrackLinks | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    sandboxed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        tag: None | str | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        else:
            tag = self.tag

        message_stream: None | str | Unset
        if isinstance(self.message_stream, Unset):
            message_stream = UNSET
        else:
            message_stream = self.message_stream

        to: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = []
            for to_item_data in self.to:
                to_item = to_item_data.to_dict()
                to.append(to_item)

        cc: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cc, Unset):
            cc = []
            for cc_item_data in self.cc:
                cc_item = cc_item_data.to_dict()
                cc.append(cc_item)

        bcc: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bcc, Unset):
            bcc = []
            for bcc_item_data in self.bcc:
                bcc_item = bcc_item_data.to_dict()
                bcc.append(bcc_item)

        recipients: list[str] | Unset = UNSET
        if not isinstance(self.recipients, Unset):
            recipients = self.recipients

        received_at = self.received_at

        from_ = self.from_

        subject = self.subject

        attachments: list[str] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = self.attachments

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        track_opens = self.track_opens

        track_links: str | Unset = UNSET
        if not isinstance(self.track_links, Unset):
            track_links = self.track_links.value

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        sandboxed = self.sandboxed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "MessageID": message_id,
            }
        )
        if tag is not UNSET:
            field_dict["Tag"] = tag
        if message_stream is not UNSET:
            field_dict["MessageStream"] = message_stream
        if to is not UNSET:
            field_dict["To"] = to
        if cc is not UNSET:
            field_dict["Cc"] = cc
        if bcc is not UNSET:
            field_dict["Bcc"] = bcc
        if recipients is not UNSET:
            field_dict["Recipients"] = recipients
        if received_at is not UNSET:
            field_dict["ReceivedAt"] = received_at
        if from_ is not UNSET:
            field_dict["From"] = from_
        if subject is not UNSET:
            field_dict["Subject"] = subject
        if attachments is not UNSET:
            field_dict["Attachments"] = attachments
        if status is not UNSET:
            field_dict["Status"] = status
        if track_opens is not UNSET:
            field_dict["TrackOpens"] = track_opens
        if track_links is not UNSET:
            field_dict["TrackLinks"] = track_links
        if metadata is not UNSET:
            field_dict["Metadata"] = metadata
        if sandboxed is not UNSET:
            field_dict["Sandboxed"] = sandboxed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_address import EmailAddress  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        message_id = d.pop("MessageID")

        def _parse_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tag = _parse_tag(d.pop("Tag", UNSET))

        def _parse_message_stream(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_stream = _parse_message_stream(d.pop("MessageStream", UNSET))

        _to = d.pop("To", UNSET)
        to: list[EmailAddress] | Unset = UNSET
        if _to is not UNSET:
            to = []
            for to_item_data in _to:
                to_item = EmailAddress.from_dict(to_item_data)

                to.append(to_item)

        _cc = d.pop("Cc", UNSET)
        cc: list[EmailAddress] | Unset = UNSET
        if _cc is not UNSET:
            cc = []
            for cc_item_data in _cc:
                cc_item = EmailAddress.from_dict(cc_item_data)

                cc.append(cc_item)

        _bcc = d.pop("Bcc", UNSET)
        bcc: list[EmailAddress] | Unset = UNSET
        if _bcc is not UNSET:
            bcc = []
            for bcc_item_data in _bcc:
                bcc_item = EmailAddress.from_dict(bcc_item_data)

                bcc.append(bcc_item)

        recipients = cast(list[str], d.pop("Recipients", UNSET))

        received_at = d.pop("ReceivedAt", UNSET)

        from_ = d.pop("From", UNSET)

        subject = d.pop("Subject", UNSET)

        attachments = cast(list[str], d.pop("Attachments", UNSET))

        _status = d.pop("Status", UNSET)
        status: OutboundStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = OutboundStatus(_status)

        track_opens = d.pop("TrackOpens", UNSET)

        _track_links = d.pop("TrackLinks", UNSET)
        track_links: TrackLinks | Unset
        if isinstance(_track_links, Unset):
            track_links = UNSET
        else:
            track_links = TrackLinks(_track_links)

        _metadata = d.pop("Metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        sandboxed = d.pop("Sandboxed", UNSET)

        outbound_message = cls(
            message_id=message_id,
            tag=tag,
            message_stream=message_stream,
            to=to,
            cc=cc,
            bcc=bcc,
            recipients=recipients,
            received_at=received_at,
            from_=from_,
            subject=subject,
            attachments=attachments,
            status=status,
            track_opens=track_opens,
            track_links=track_links,
            metadata=metadata,
            sandboxed=sandboxed,
        )

        outbound_message.additional_properties = d
        return outbound_message

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
