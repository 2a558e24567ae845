from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_attachment import FileAttachment
    from ..models.inline_attachment import InlineAttachment


T = TypeVar("T", bound="SendEmailRequest")


@_attrs_define
class SendEmailRequest:
    """
    Attributes:
        link_id (int | str): Identifier of an existing link (created in the web interface or the traditional API). The
            documentation's table shows a string ("abc1234") while its send example uses a number (1234); both are accepted
            and the id is compared as text.
        sender_address (str): The "From" address.
        sender_name (str): Display name of the sender.
        recipient_address (str): The "To" address.
        recipient_name (str): Display name of the recipient.
        subject (str):
        text_content (str): The plain-text MIME part.
        html_content (str): The HTML MIME part.
        proxy_domain (str | Unset): Generate a unique proxy address on this domain (one configured for the account) and
            start a conversation. Example: example.com.
        proxy_name (str | Unset): Sender display name for mail through the proxy address (default sender_name).
        attachments (list[FileAttachment | InlineAttachment] | Unset):
    """

    link_id: int | str
    sender_address: str
    sender_name: str
    recipient_address: str
    recipient_name: str
    subject: str
    text_content: str
    html_content: str
    proxy_domain: str | Unset = UNSET
    proxy_name: str | Unset = UNSET
    attachments: list[FileAttachment | InlineAttachment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.file_attachment import FileAttachment  # noqa: PLC0415

        link_id: int | str
        link_id = self.link_id

        sender_address = self.sender_address

        sender_name = self.sender_name

        recipient_address = self.recipient_address

        recipient_name = self.recipient_name

        subject = self.subject

        text_content = self.text_content

        html_content = self.html_content

        proxy_domain = self.proxy_domain

        proxy_name = self.proxy_name

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item: dict[str, Any]
                if isinstance(attachments_item_data, FileAttachment):
                    attachments_item = attachments_item_data.to_dict()
                else:
                    attachments_item = attachments_item_data.to_dict()

                attachments.append(attachments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "link_id": link_id,
                "sender_address": sender_address,
                "sender_name": sender_name,
                "recipient_address": recipient_address,
                "recipient_name": recipient_name,
                "subject": subject,
                "text_content": text_content,
                "html_content": html_content,
            }
        )
        if proxy_domain is not UNSET:
            field_dict["proxy_domain"] = proxy_domain
        if proxy_name is not UNSET:
            field_dict["proxy_name"] = proxy_name
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_attachment import FileAttachment  # noqa: PLC0415
        from ..models.inline_attachment import InlineAttachment  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_link_id(data: object) -> int | str:
            return cast(int | str, data)

        link_id = _parse_link_id(d.pop("link_id"))

        sender_address = d.pop("sender_address")

        sender_name = d.pop("sender_name")

        recipient_address = d.pop("recipient_address")

        recipient_name = d.pop("recipient_name")

        subject = d.pop("subject")

        text_content = d.pop("text_content")

        html_content = d.pop("html_content")

        proxy_domain = d.pop("proxy_domain", UNSET)

        proxy_name = d.pop("proxy_name", UNSET)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[FileAttachment | InlineAttachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:

                def _parse_attachments_item(
                    data: object,
                ) -> FileAttachment | InlineAttachment:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_attachment_type_0 = FileAttachment.from_dict(
                            data
                        )

                        return componentsschemas_attachment_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_attachment_type_1 = InlineAttachment.from_dict(
                        data
                    )

                    return componentsschemas_attachment_type_1

                attachments_item = _parse_attachments_item(attachments_item_data)

                attachments.append(attachments_item)

        send_email_request = cls(
            link_id=link_id,
            sender_address=sender_address,
            sender_name=sender_name,
            recipient_address=recipient_address,
            recipient_name=recipient_name,
            subject=subject,
            text_content=text_content,
            html_content=html_content,
            proxy_domain=proxy_domain,
            proxy_name=proxy_name,
            attachments=attachments,
        )

        send_email_request.additional_properties = d
        return send_email_request

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
