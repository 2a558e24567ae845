from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inbound_address import InboundAddress
    from ..models.inbound_attachment import InboundAttachment
    from ..models.message_header import MessageHeader


T = TypeVar("T", bound="InboundWebhook")


@_attrs_define
class InboundWebhook:
    """Inbound webhook payload (Postmark's; not documented by ICOMMKT).

    Attributes:
        message_id (str):
        from_ (str | Unset):
        from_name (str | Unset):
        from_full (InboundAddress | Unset):
        to (str | Unset):
        to_full (list[InboundAddress] | Unset):
        cc (None | str | Unset):
        cc_full (list[InboundAddress] | Unset):
        bcc (None | str | Unset):
        bcc_full (list[InboundAddress] | Unset):
        original_recipient (str | Unset):
        reply_to (None | str | Unset):
        subject (str | Unset):
        message_stream (None | str | Unset):
        date (str | Unset): RFC 2822 date of the message.
        mailbox_hash (None | str | Unset):
        text_body (None | str | Unset):
        html_body (None | str | Unset):
        stripped_text_reply (None | str | Unset):
        tag (None | str | Unset):
        headers (list[MessageHeader] | Unset):
        attachments (list[InboundAttachment] | Unset):
    """

    message_id: str
    from_: str | Unset = UNSET
    from_name: str | Unset = UNSET
    from_full: InboundAddress | Unset = UNSET
    to: str | Unset = UNSET
    to_full: list[InboundAddress] | Unset = UNSET
    cc: None | str | Unset = UNSET
    cc_full: list[InboundAddress] | Unset = UNSET
    bcc: None | str | Unset = UNSET
    bcc_full: list[InboundAddress] | Unset = UNSET
    original_recipient: str | Unset = UNSET
    reply_to: None | str | Unset = UNSET
    subject: str | Unset = UNSET
    message_stream: None | str | Unset = UNSET
    date: str | Unset = UNSET
    mailbox_hash: None | str | Unset = UNSET
    text_body: None | str | Unset = UNSET
    html_body: None | str | Unset = UNSET
    stripped_text_reply: None | str | Unset = UNSET
    tag: None | str | Unset = UNSET
    headers: list[MessageHeader] | Unset = UNSET
    attachments: list[InboundAttachment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        from_ = self.from_

        from_name = self.from_name

        from_full: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_full, Unset):
            from_full = self.from_full.to_dict()

        to = self.to

        to_full: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.to_full, Unset):
            to_full = []
            for to_full_item_data in self.to_full:
                to_full_item = to_full_item_data.to_dict()
                to_full.append(to_full_item)

        cc: None | str | Unset
        if isinstance(self.cc, Unset):
            cc = UNSET
        else:
            cc = self.cc

        cc_full: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cc_full, Unset):
            cc_full = []
            for cc_full_item_data in self.cc_full:
                cc_full_item = cc_full_item_data.to_dict()
                cc_full.append(cc_full_item)

        bcc: None | str | Unset
        if isinstance(self.bcc, Unset):
            bcc = UNSET
        else:
            bcc = self.bcc

        bcc_full: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bcc_full, Unset):
            bcc_full = []
            for bcc_full_item_data in self.bcc_full:
                bcc_full_item = bcc_full_item_data.to_dict()
                bcc_full.append(bcc_full_item)

        original_recipient = self.original_recipient

        reply_to: None | str | Unset
        if isinstance(self.reply_to, Unset):
            reply_to = UNSET
        else:
            reply_to = self.reply_to

        subject = self.subject

        message_stream: None | str | Unset
        if isinstance(self.message_stream, Unset):
            message_stream = UNSET
        else:
            message_stream = self.message_stream

        date = self.date

        mailbox_hash: None | str | Unset
        if isinstance(self.mailbox_hash, Unset):
            mailbox_hash = UNSET
        else:
            mailbox_hash = self.mailbox_hash

        text_body: None | str | Unset
        if isinstance(self.text_body, Unset):
            text_body = UNSET
        else:
            text_body = self.text_body

        html_body: None | str | Unset
        if isinstance(self.html_body, Unset):
            html_body = UNSET
        else:
            html_body = self.html_body

        stripped_text_reply: None | str | Unset
        if isinstance(self.stripped_text_reply, Unset):
            stripped_text_reply = UNSET
        else:
            stripped_text_reply = self.stripped_text_reply

        tag: None | str | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        else:
            tag = self.tag

        headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = []
            for headers_item_data in self.headers:
                headers_item = headers_item_data.to_dict()
                headers.append(headers_item)

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "MessageID": message_id,
            }
        )
        if from_ is not UNSET:
            field_dict["From"] = from_
        if from_name is not UNSET:
            field_dict["FromName"] = from_name
        if from_full is not UNSET:
            field_dict["FromFull"] = from_full
        if to is not UNSET:
            field_dict["To"] = to
        if to_full is not UNSET:
            field_dict["ToFull"] = to_full
        if cc is not UNSET:
            field_dict["Cc"] = cc
        if cc_full is not UNSET:
            field_dict["CcFull"] = cc_full
        if bcc is not UNSET:
            field_dict["Bcc"] = bcc
        if bcc_full is not UNSET:
            field_dict["BccFull"] = bcc_full
        if original_recipient is not UNSET:
            field_dict["OriginalRecipient"] = original_recipient
        if reply_to is not UNSET:
            field_dict["ReplyTo"] = reply_to
        if subject is not UNSET:
            field_dict["Subject"] = subject
        if message_stream is not UNSET:
            field_dict["MessageStream"] = message_stream
        if date is not UNSET:
            field_dict["Date"] = date
        if mailbox_hash is not UNSET:
            field_dict["MailboxHash"] = mailbox_hash
        if text_body is not UNSET:
            field_dict["TextBody"] = text_body
        if html_body is not UNSET:
            field_dict["HtmlBody"] = html_body
        if stripped_text_reply is not UNSET:
            field_dict["StrippedTextReply"] = stripped_text_reply
        if tag is not UNSET:
            field_dict["Tag"] = tag
        if headers is not UNSET:
            field_dict["Headers"] = headers
        if attachments is not UNSET:
            field_dict["Attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inbound_address import InboundAddress  # noqa: PLC0415
        from ..models.inbound_attachment import InboundAttachment  # noqa: PLC0415
        from ..models.message_header import MessageHeader  # noqa: PLC0415

        d = dict(src_dict)
        message_id = d.pop("MessageID")

        from_ = d.pop("From", UNSET)

        from_name = d.pop("FromName", UNSET)

        _from_full = d.pop("FromFull", UNSET)
        from_full: InboundAddress | Unset
        if isinstance(_from_full, Unset):
            from_full = UNSET
        else:
            from_full = InboundAddress.from_dict(_from_full)

        to = d.pop("To", UNSET)

        _to_full = d.pop("ToFull", UNSET)
        to_full: list[InboundAddress] | Unset = UNSET
        if _to_full is not UNSET:
            to_full = []
            for to_full_item_data in _to_full:
                to_full_item = InboundAddress.from_dict(to_full_item_data)

                to_full.append(to_full_item)

        def _parse_cc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cc = _parse_cc(d.pop("Cc", UNSET))

        _cc_full = d.pop("CcFull", UNSET)
        cc_full: list[InboundAddress] | Unset = UNSET
        if _cc_full is not UNSET:
            cc_full = []
            for cc_full_item_data in _cc_full:
                cc_full_item = InboundAddress.from_dict(cc_full_item_data)

                cc_full.append(cc_full_item)

        def _parse_bcc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bcc = _parse_bcc(d.pop("Bcc", UNSET))

        _bcc_full = d.pop("BccFull", UNSET)
        bcc_full: list[InboundAddress] | Unset = UNSET
        if _bcc_full is not UNSET:
            bcc_full = []
            for bcc_full_item_data in _bcc_full:
                bcc_full_item = InboundAddress.from_dict(bcc_full_item_data)

                bcc_full.append(bcc_full_item)

        original_recipient = d.pop("OriginalRecipient", UNSET)

        def _parse_reply_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reply_to = _parse_reply_to(d.pop("ReplyTo", UNSET))

        subject = d.pop("Subject", UNSET)

        def _parse_message_stream(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_stream = _parse_message_stream(d.pop("MessageStream", UNSET))

        date = d.pop("Date", UNSET)

        def _parse_mailbox_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mailbox_hash = _parse_mailbox_hash(d.pop("MailboxHash", UNSET))

        def _parse_text_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text_body = _parse_text_body(d.pop("TextBody", UNSET))

        def _parse_html_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        html_body = _parse_html_body(d.pop("HtmlBody", UNSET))

        def _parse_stripped_text_reply(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stripped_text_reply = _parse_stripped_text_reply(
            d.pop("StrippedTextReply", UNSET)
        )

        def _parse_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tag = _parse_tag(d.pop("Tag", UNSET))

        _headers = d.pop("Headers", UNSET)
        headers: list[MessageHeader] | Unset = UNSET
        if _headers is not UNSET:
            headers = []
            for headers_item_data in _headers:
                headers_item = MessageHeader.from_dict(headers_item_data)

                headers.append(headers_item)

        _attachments = d.pop("Attachments", UNSET)
        attachments: list[InboundAttachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = InboundAttachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        inbound_webhook = cls(
            message_id=message_id,
            from_=from_,
            from_name=from_name,
            from_full=from_full,
            to=to,
            to_full=to_full,
            cc=cc,
            cc_full=cc_full,
            bcc=bcc,
            bcc_full=bcc_full,
            original_recipient=original_recipient,
            reply_to=reply_to,
            subject=subject,
            message_stream=message_stream,
            date=date,
            mailbox_hash=mailbox_hash,
            text_body=text_body,
            html_body=html_body,
            stripped_text_reply=stripped_text_reply,
            tag=tag,
            headers=headers,
            attachments=attachments,
        )

        inbound_webhook.additional_properties = d
        return inbound_webhook

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
