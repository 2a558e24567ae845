from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inbound_address import InboundAddress
    from ..models.inbound_attachment import InboundAttachment


T = TypeVar("T", bound="InboundMessage")


@_attrs_define
class InboundMessage:
    """
    Attributes:
        message_id (str):
        from_ (str | Unset):
        from_name (str | Unset):
        from_full (InboundAddress | Unset):
        to (str | Unset):
        to_full (list[InboundAddress] | Unset):
        cc_full (list[InboundAddress] | Unset):
        cc (None | str | Unset):
        reply_to (None | str | Unset):
        original_recipient (str | Unset): The RCPT TO address.
        subject (str | Unset):
        date (str | Unset): RFC 2822 date of the message, e.g. "Thu, 13 Feb 2014 17:48:22 +0300".
        mailbox_hash (None | str | Unset):
        tag (None | str | Unset):
        attachments (list[InboundAttachment] | Unset):
        status (str | Unset): Blocked, Processed, Queued, Failed or Scheduled.
    """

    message_id: str
    from_: str | Unset = UNSET
    from_name: str | Unset = UNSET
    from_full: InboundAddress | Unset = UNSET
    to: str | Unset = UNSET
    to_full: list[InboundAddress] | Unset = UNSET
    cc_full: list[InboundAddress] | Unset = UNSET
    cc: None | str | Unset = UNSET
    reply_to: None | str | Unset = UNSET
    original_recipient: str | Unset = UNSET
    subject: str | Unset = UNSET
    date: str | Unset = UNSET
    mailbox_hash: None | str | Unset = UNSET
    tag: None | str | Unset = UNSET
    attachments: list[InboundAttachment] | Unset = UNSET
    status: str | Unset = UNSET
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

        cc_full: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cc_full, Unset):
            cc_full = []
            for cc_full_item_data in self.cc_full:
                cc_full_item = cc_full_item_data.to_dict()
                cc_full.append(cc_full_item)

        cc: None | str | Unset
        if isinstance(self.cc, Unset):
            cc = UNSET
        else:
            cc = self.cc

        reply_to: None | str | Unset
        if isinstance(self.reply_to, Unset):
            reply_to = UNSET
        else:
            reply_to = self.reply_to

        original_recipient = self.original_recipient

        subject = self.subject

        date = self.date

        mailbox_hash: None | str | Unset
        if isinstance(self.mailbox_hash, Unset):
            mailbox_hash = UNSET
        else:
            mailbox_hash = self.mailbox_hash

        tag: None | str | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        else:
            tag = self.tag

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        status = self.status

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
        if cc_full is not UNSET:
            field_dict["CcFull"] = cc_full
        if cc is not UNSET:
            field_dict["Cc"] = cc
        if reply_to is not UNSET:
            field_dict["ReplyTo"] = reply_to
        if original_recipient is not UNSET:
            field_dict["OriginalRecipient"] = original_recipient
        if subject is not UNSET:
            field_dict["Subject"] = subject
        if date is not UNSET:
            field_dict["Date"] = date
        if mailbox_hash is not UNSET:
            field_dict["MailboxHash"] = mailbox_hash
        if tag is not UNSET:
            field_dict["Tag"] = tag
        if attachments is not UNSET:
            field_dict["Attachments"] = attachments
        if status is not UNSET:
            field_dict["Status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inbound_address import InboundAddress  # noqa: PLC0415
        from ..models.inbound_attachment import InboundAttachment  # noqa: PLC0415

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

        _cc_full = d.pop("CcFull", UNSET)
        cc_full: list[InboundAddress] | Unset = UNSET
        if _cc_full is not UNSET:
            cc_full = []
            for cc_full_item_data in _cc_full:
                cc_full_item = InboundAddress.from_dict(cc_full_item_data)

                cc_full.append(cc_full_item)

        def _parse_cc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cc = _parse_cc(d.pop("Cc", UNSET))

        def _parse_reply_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reply_to = _parse_reply_to(d.pop("ReplyTo", UNSET))

        original_recipient = d.pop("OriginalRecipient", UNSET)

        subject = d.pop("Subject", UNSET)

        date = d.pop("Date", UNSET)

        def _parse_mailbox_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mailbox_hash = _parse_mailbox_hash(d.pop("MailboxHash", UNSET))

        def _parse_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tag = _parse_tag(d.pop("Tag", UNSET))

        _attachments = d.pop("Attachments", UNSET)
        attachments: list[InboundAttachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = InboundAttachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        status = d.pop("Status", UNSET)

        inbound_message = cls(
            message_id=message_id,
            from_=from_,
            from_name=from_name,
            from_full=from_full,
            to=to,
            to_full=to_full,
            cc_full=cc_full,
            cc=cc,
            reply_to=reply_to,
            original_recipient=original_recipient,
            subject=subject,
            date=date,
            mailbox_hash=mailbox_hash,
            tag=tag,
            attachments=attachments,
            status=status,
        )

        inbound_message.additional_properties = d
        return inbound_message

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
