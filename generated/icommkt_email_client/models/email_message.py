from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.track_links import TrackLinks
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment import Attachment
    from ..models.message_header import MessageHeader
    from ..models.metadata import Metadata


T = TypeVar("T", bound="EmailMessage")


@_attrs_define
class EmailMessage:
    """An email to send. `HtmlBody` or `TextBody` is required (the reference marks both "required" with "if no
    TextBody/HtmlBody specified"; a schema keeps both optional for the generated model). `Subject` is not marked
    required by the documentation.

        Attributes:
            from_ (str): Sender address; must have a registered and confirmed Sender Signature. May carry a name: "Full Name
                <sender@domain.com>".
            to (str): Recipient address(es), comma separated. To, Cc and Bcc together may hold at most 50 addresses (a limit
                on the comma-separated list that a schema cannot count). Quote names with punctuation: "\\"Joe Receiver, jr\\"
                <receiver@example.com>".
            cc (str | Unset): Cc address(es), comma separated (max 50 recipients in To, Cc and Bcc together).
            bcc (str | Unset): Bcc address(es), comma separated (max 50 recipients in To, Cc and Bcc together).
            subject (str | Unset): Email subject.
            tag (str | Unset): One tag per message, for categorised statistics.
            html_body (str | Unset): HTML body (up to 5 MB); required if no TextBody.
            text_body (str | Unset): Plain text body (up to 5 MB); required if no HtmlBody.
            reply_to (str | Unset): Reply-To override, comma separated (default: the sender signature's).
            headers (list[MessageHeader] | Unset): Custom headers (e.g. Message-ID). The schema-definition section's example
                shows `""` here (a placeholder); the send section and every real example use an array.
            track_opens (bool | Unset): Activate open tracking for this email. One doc example writes the string "true"; the
                field table and the other examples use a boolean, which is what is modelled.
            track_links (TrackLinks | Unset): Link tracking for links in the HTML and/or text body.
            metadata (Metadata | Unset): Custom metadata key/value pairs (string values).
            attachments (list[Attachment] | Unset): Attachments (the schema-definition section's `""` is a placeholder for
                this array).
            message_stream (str | Unset): Message stream ID (default "outbound").
    """

    from_: str
    to: str
    cc: str | Unset = UNSET
    bcc: str | Unset = UNSET
    subject: str | Unset = UNSET
    tag: str | Unset = UNSET
    html_body: str | Unset = UNSET
    text_body: str | Unset = UNSET
    reply_to: str | Unset = UNSET
    headers: list[MessageHeader] | Unset = UNSET
    track_opens: bool | Unset = UNSET
    track_links: TrackLinks | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    attachments: list[Attachment] | Unset = UNSET
    message_stream: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to = self.to

        cc = self.cc

        bcc = self.bcc

        subject = self.subject

        tag = self.tag

        html_body = self.html_body

        text_body = self.text_body

        reply_to = self.reply_to

        headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = []
            for headers_item_data in self.headers:
                headers_item = headers_item_data.to_dict()
                headers.append(headers_item)

        track_opens = self.track_opens

        track_links: str | Unset = UNSET
        if not isinstance(self.track_links, Unset):
            track_links = self.track_links.value

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        message_stream = self.message_stream

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "From": from_,
                "To": to,
            }
        )
        if cc is not UNSET:
            field_dict["Cc"] = cc
        if bcc is not UNSET:
            field_dict["Bcc"] = bcc
        if subject is not UNSET:
            field_dict["Subject"] = subject
        if tag is not UNSET:
            field_dict["Tag"] = tag
        if html_body is not UNSET:
            field_dict["HtmlBody"] = html_body
        if text_body is not UNSET:
            field_dict["TextBody"] = text_body
        if reply_to is not UNSET:
            field_dict["ReplyTo"] = reply_to
        if headers is not UNSET:
            field_dict["Headers"] = headers
        if track_opens is not UNSET:
            field_dict["TrackOpens"] = track_opens
        if track_links is not UNSET:
            field_dict["TrackLinks"] = track_links
        if metadata is not UNSET:
            field_dict["Metadata"] = metadata
        if attachments is not UNSET:
            field_dict["Attachments"] = attachments
        if message_stream is not UNSET:
            field_dict["MessageStream"] = message_stream

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment import Attachment  # noqa: PLC0415
        from ..models.message_header import MessageHeader  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        from_ = d.pop("From")

        to = d.pop("To")

        cc = d.pop("Cc", UNSET)

        bcc = d.pop("Bcc", UNSET)

        subject = d.pop("Subject", UNSET)

        tag = d.pop("Tag", UNSET)

        html_body = d.pop("HtmlBody", UNSET)

        text_body = d.pop("TextBody", UNSET)

        reply_to = d.pop("ReplyTo", UNSET)

        _headers = d.pop("Headers", UNSET)
        headers: list[MessageHeader] | Unset = UNSET
        if _headers is not UNSET:
            headers = []
            for headers_item_data in _headers:
                headers_item = MessageHeader.from_dict(headers_item_data)

                headers.append(headers_item)

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

        _attachments = d.pop("Attachments", UNSET)
        attachments: list[Attachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = Attachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        message_stream = d.pop("MessageStream", UNSET)

        email_message = cls(
            from_=from_,
            to=to,
            cc=cc,
            bcc=bcc,
            subject=subject,
            tag=tag,
            html_body=html_body,
            text_body=text_body,
            reply_to=reply_to,
            headers=headers,
            track_opens=track_opens,
            track_links=track_links,
            metadata=metadata,
            attachments=attachments,
            message_stream=message_stream,
        )

        email_message.additional_properties = d
        return email_message

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
