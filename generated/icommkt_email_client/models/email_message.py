from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
            cc (None | str | Unset): Cc address(es), comma separated (max 50 recipients in To, Cc and Bcc together).
            bcc (None | str | Unset): Bcc address(es), comma separated (max 50 recipients in To, Cc and Bcc together).
            subject (None | str | Unset): Email subject.
            tag (None | str | Unset): One tag per message, for categorised statistics.
            html_body (None | str | Unset): HTML body (up to 5 MB); required if no TextBody.
            text_body (None | str | Unset): Plain text body (up to 5 MB); required if no HtmlBody.
            reply_to (None | str | Unset): Reply-To override, comma separated (default: the sender signature's).
            headers (list[MessageHeader] | None | Unset): Custom headers (e.g. Message-ID). The schema-definition section's
                example shows `""` here (a placeholder); the send section and every real example use an array.
            track_opens (bool | None | Unset): Activate open tracking for this email. One doc example writes the string
                "true"; the field table and the other examples use a boolean, which is what is modelled.
            track_links (None | TrackLinks | Unset): Link tracking for links in the HTML and/or text body (null: none
                given).
            metadata (Metadata | None | Unset): Custom metadata key/value pairs (null: none given).
            attachments (list[Attachment] | None | Unset): Attachments (the schema-definition section's `""` is a
                placeholder for this array).
            message_stream (None | str | Unset): Message stream ID (default "outbound").
    """

    from_: str
    to: str
    cc: None | str | Unset = UNSET
    bcc: None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    tag: None | str | Unset = UNSET
    html_body: None | str | Unset = UNSET
    text_body: None | str | Unset = UNSET
    reply_to: None | str | Unset = UNSET
    headers: list[MessageHeader] | None | Unset = UNSET
    track_opens: bool | None | Unset = UNSET
    track_links: None | TrackLinks | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    attachments: list[Attachment] | None | Unset = UNSET
    message_stream: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.metadata import Metadata  # noqa: PLC0415

        from_ = self.from_

        to = self.to

        cc: None | str | Unset
        if isinstance(self.cc, Unset):
            cc = UNSET
        else:
            cc = self.cc

        bcc: None | str | Unset
        if isinstance(self.bcc, Unset):
            bcc = UNSET
        else:
            bcc = self.bcc

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        tag: None | str | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        else:
            tag = self.tag

        html_body: None | str | Unset
        if isinstance(self.html_body, Unset):
            html_body = UNSET
        else:
            html_body = self.html_body

        text_body: None | str | Unset
        if isinstance(self.text_body, Unset):
            text_body = UNSET
        else:
            text_body = self.text_body

        reply_to: None | str | Unset
        if isinstance(self.reply_to, Unset):
            reply_to = UNSET
        else:
            reply_to = self.reply_to

        headers: list[dict[str, Any]] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, list):
            headers = []
            for headers_type_0_item_data in self.headers:
                headers_type_0_item = headers_type_0_item_data.to_dict()
                headers.append(headers_type_0_item)

        else:
            headers = self.headers

        track_opens: bool | None | Unset
        if isinstance(self.track_opens, Unset):
            track_opens = UNSET
        else:
            track_opens = self.track_opens

        track_links: None | str | Unset
        if isinstance(self.track_links, Unset):
            track_links = UNSET
        elif isinstance(self.track_links, TrackLinks):
            track_links = self.track_links.value
        else:
            track_links = self.track_links

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments

        message_stream: None | str | Unset
        if isinstance(self.message_stream, Unset):
            message_stream = UNSET
        else:
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

        def _parse_cc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cc = _parse_cc(d.pop("Cc", UNSET))

        def _parse_bcc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bcc = _parse_bcc(d.pop("Bcc", UNSET))

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("Subject", UNSET))

        def _parse_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tag = _parse_tag(d.pop("Tag", UNSET))

        def _parse_html_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        html_body = _parse_html_body(d.pop("HtmlBody", UNSET))

        def _parse_text_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text_body = _parse_text_body(d.pop("TextBody", UNSET))

        def _parse_reply_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reply_to = _parse_reply_to(d.pop("ReplyTo", UNSET))

        def _parse_headers(data: object) -> list[MessageHeader] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                headers_type_0 = []
                _headers_type_0 = data
                for headers_type_0_item_data in _headers_type_0:
                    headers_type_0_item = MessageHeader.from_dict(
                        headers_type_0_item_data
                    )

                    headers_type_0.append(headers_type_0_item)

                return headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MessageHeader] | None | Unset, data)

        headers = _parse_headers(d.pop("Headers", UNSET))

        def _parse_track_opens(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        track_opens = _parse_track_opens(d.pop("TrackOpens", UNSET))

        def _parse_track_links(data: object) -> None | TrackLinks | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                track_links_type_0 = TrackLinks(data)

                return track_links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrackLinks | Unset, data)

        track_links = _parse_track_links(d.pop("TrackLinks", UNSET))

        def _parse_metadata(data: object) -> Metadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = Metadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Metadata | None | Unset, data)

        metadata = _parse_metadata(d.pop("Metadata", UNSET))

        def _parse_attachments(data: object) -> list[Attachment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attachments_type_0 = []
                _attachments_type_0 = data
                for attachments_type_0_item_data in _attachments_type_0:
                    attachments_type_0_item = Attachment.from_dict(
                        attachments_type_0_item_data
                    )

                    attachments_type_0.append(attachments_type_0_item)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Attachment] | None | Unset, data)

        attachments = _parse_attachments(d.pop("Attachments", UNSET))

        def _parse_message_stream(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_stream = _parse_message_stream(d.pop("MessageStream", UNSET))

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
