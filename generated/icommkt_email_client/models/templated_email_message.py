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
    from ..models.template_model import TemplateModel


T = TypeVar("T", bound="TemplatedEmailMessage")


@_attrs_define
class TemplatedEmailMessage:
    """An email rendered from a template. `TemplateId` or `TemplateAlias` is required (TemplateId wins when both are
    given); the template supplies Subject, HtmlBody and TextBody.

        Attributes:
            template_model (TemplateModel): Free-form model (any JSON object) rendered into a template.
            from_ (str): Sender address with a confirmed Sender Signature; may be "Full Name <sender@domain.com>".
            to (str): Recipient address(es), comma separated; at most 50 in To, Cc and Bcc together.
            template_id (int | Unset): The template to use; required if TemplateAlias is not given.
            template_alias (str | Unset): The alias of the template to use; required if TemplateId is not given.
            inline_css (bool | Unset): Inline the HTML's style blocks as style attributes. Default: True.
            cc (str | Unset): Cc address(es), comma separated (max 50 recipients in To, Cc and Bcc together).
            bcc (str | Unset): Bcc address(es), comma separated (max 50 recipients in To, Cc and Bcc together).
            tag (str | Unset): One tag per message.
            reply_to (str | Unset): Reply-To override.
            headers (list[MessageHeader] | Unset): Custom headers. The batch-with-templates table says "string" and its
                example shows the placeholder "Headers"; the single send and its example use an array, as here.
            track_opens (bool | Unset): Activate open tracking. The batch-with-templates table says "string" (its example
                shows the placeholder "TrackOpens"); every real example uses a boolean.
            track_links (TrackLinks | Unset): Link tracking for links in the HTML and/or text body.
            attachments (list[Attachment] | Unset):
            metadata (Metadata | Unset): Custom metadata key/value pairs (string values).
            message_stream (str | Unset): Message stream ID (default "outbound").
    """

    template_model: TemplateModel
    from_: str
    to: str
    template_id: int | Unset = UNSET
    template_alias: str | Unset = UNSET
    inline_css: bool | Unset = True
    cc: str | Unset = UNSET
    bcc: str | Unset = UNSET
    tag: str | Unset = UNSET
    reply_to: str | Unset = UNSET
    headers: list[MessageHeader] | Unset = UNSET
    track_opens: bool | Unset = UNSET
    track_links: TrackLinks | Unset = UNSET
    attachments: list[Attachment] | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    message_stream: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template_model = self.template_model.to_dict()

        from_ = self.from_

        to = self.to

        template_id = self.template_id

        template_alias = self.template_alias

        inline_css = self.inline_css

        cc = self.cc

        bcc = self.bcc

        tag = self.tag

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

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        message_stream = self.message_stream

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "TemplateModel": template_model,
                "From": from_,
                "To": to,
            }
        )
        if template_id is not UNSET:
            field_dict["TemplateId"] = template_id
        if template_alias is not UNSET:
            field_dict["TemplateAlias"] = template_alias
        if inline_css is not UNSET:
            field_dict["InlineCss"] = inline_css
        if cc is not UNSET:
            field_dict["Cc"] = cc
        if bcc is not UNSET:
            field_dict["Bcc"] = bcc
        if tag is not UNSET:
            field_dict["Tag"] = tag
        if reply_to is not UNSET:
            field_dict["ReplyTo"] = reply_to
        if headers is not UNSET:
            field_dict["Headers"] = headers
        if track_opens is not UNSET:
            field_dict["TrackOpens"] = track_opens
        if track_links is not UNSET:
            field_dict["TrackLinks"] = track_links
        if attachments is not UNSET:
            field_dict["Attachments"] = attachments
        if metadata is not UNSET:
            field_dict["Metadata"] = metadata
        if message_stream is not UNSET:
            field_dict["MessageStream"] = message_stream

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attachment import Attachment  # noqa: PLC0415
        from ..models.message_header import MessageHeader  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.template_model import TemplateModel  # noqa: PLC0415

        d = dict(src_dict)
        template_model = TemplateModel.from_dict(d.pop("TemplateModel"))

        from_ = d.pop("From")

        to = d.pop("To")

        template_id = d.pop("TemplateId", UNSET)

        template_alias = d.pop("TemplateAlias", UNSET)

        inline_css = d.pop("InlineCss", UNSET)

        cc = d.pop("Cc", UNSET)

        bcc = d.pop("Bcc", UNSET)

        tag = d.pop("Tag", UNSET)

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

        _attachments = d.pop("Attachments", UNSET)
        attachments: list[Attachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = Attachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        _metadata = d.pop("Metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        message_stream = d.pop("MessageStream", UNSET)

        templated_email_message = cls(
            template_model=template_model,
            from_=from_,
            to=to,
            template_id=template_id,
            template_alias=template_alias,
            inline_css=inline_css,
            cc=cc,
            bcc=bcc,
            tag=tag,
            reply_to=reply_to,
            headers=headers,
            track_opens=track_opens,
            track_links=track_links,
            attachments=attachments,
            metadata=metadata,
            message_stream=message_stream,
        )

        templated_email_message.additional_properties = d
        return templated_email_message

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
