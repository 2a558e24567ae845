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
            template_id (int | None | Unset): The template to use; required if TemplateAlias is not given.
            template_alias (None | str | Unset): The alias of the template to use; required if TemplateId is not given.
            inline_css (bool | None | Unset): Inline the HTML's style blocks as style attributes. Default: True.
            cc (None | str | Unset): Cc address(es), comma separated (max 50 recipients in To, Cc and Bcc together).
            bcc (None | str | Unset): Bcc address(es), comma separated (max 50 recipients in To, Cc and Bcc together).
            tag (None | str | Unset): One tag per message.
            reply_to (None | str | Unset): Reply-To override.
            headers (list[MessageHeader] | None | Unset): Custom headers. The batch-with-templates table says "string" and
                its example shows the placeholder "Headers"; the single send and its example use an array, as here.
            track_opens (bool | None | Unset): Activate open tracking. The batch-with-templates table says "string" (its
                example shows the placeholder "TrackOpens"); every real example uses a boolean.
            track_links (None | TrackLinks | Unset): Link tracking for links in the HTML and/or text body (null: none
                given).
            attachments (list[Attachment] | None | Unset):
            metadata (Metadata | None | Unset): Custom metadata key/value pairs (null: none given).
            message_stream (None | str | Unset): Message stream ID (default "outbound").
    """

    template_model: TemplateModel
    from_: str
    to: str
    template_id: int | None | Unset = UNSET
    template_alias: None | str | Unset = UNSET
    inline_css: bool | None | Unset = True
    cc: None | str | Unset = UNSET
    bcc: None | str | Unset = UNSET
    tag: None | str | Unset = UNSET
    reply_to: None | str | Unset = UNSET
    headers: list[MessageHeader] | None | Unset = UNSET
    track_opens: bool | None | Unset = UNSET
    track_links: None | TrackLinks | Unset = UNSET
    attachments: list[Attachment] | None | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    message_stream: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.metadata import Metadata  # noqa: PLC0415

        template_model = self.template_model.to_dict()

        from_ = self.from_

        to = self.to

        template_id: int | None | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

        template_alias: None | str | Unset
        if isinstance(self.template_alias, Unset):
            template_alias = UNSET
        else:
            template_alias = self.template_alias

        inline_css: bool | None | Unset
        if isinstance(self.inline_css, Unset):
            inline_css = UNSET
        else:
            inline_css = self.inline_css

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

        tag: None | str | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        else:
            tag = self.tag

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

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        message_stream: None | str | Unset
        if isinstance(self.message_stream, Unset):
            message_stream = UNSET
        else:
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

        def _parse_template_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        template_id = _parse_template_id(d.pop("TemplateId", UNSET))

        def _parse_template_alias(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_alias = _parse_template_alias(d.pop("TemplateAlias", UNSET))

        def _parse_inline_css(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        inline_css = _parse_inline_css(d.pop("InlineCss", UNSET))

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

        def _parse_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tag = _parse_tag(d.pop("Tag", UNSET))

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

        def _parse_message_stream(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_stream = _parse_message_stream(d.pop("MessageStream", UNSET))

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
