from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_binary_message_content import SmsBinaryMessageContent
    from ..models.sms_destination import SmsDestination
    from ..models.sms_message_options import SmsMessageOptions
    from ..models.sms_text_message_content import SmsTextMessageContent
    from ..models.sms_webhooks import SmsWebhooks


T = TypeVar("T", bound="SmsMessage")


@_attrs_define
class SmsMessage:
    """A message with its destinations, content, options and webhooks.

    Attributes:
        destinations (list[SmsDestination]): An array of destination objects for where messages are being sent; a valid
            destination is required.
        content (SmsBinaryMessageContent | SmsTextMessageContent): Message content, text or binary (Infobip's
            SmsMessageContent, a oneOf of text content and binary content; the icomm doc: this endpoint is the successor of
            both "Send SMS message" and "Send binary SMS message"). An object with hex is binary content, any other is text
            content; an object with both text and hex is refused.
        sender (str | Unset): The sender ID, alphanumeric or numeric (for example CompanyName).
        options (SmsMessageOptions | Unset): Message options.
        webhooks (SmsWebhooks | Unset): Options for configuring message webhooks.
    """

    destinations: list[SmsDestination]
    content: SmsBinaryMessageContent | SmsTextMessageContent
    sender: str | Unset = UNSET
    options: SmsMessageOptions | Unset = UNSET
    webhooks: SmsWebhooks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sms_text_message_content import SmsTextMessageContent  # noqa: PLC0415

        destinations = []
        for destinations_item_data in self.destinations:
            destinations_item = destinations_item_data.to_dict()
            destinations.append(destinations_item)

        content: dict[str, Any]
        if isinstance(self.content, SmsTextMessageContent):
            content = self.content.to_dict()
        else:
            content = self.content.to_dict()

        sender = self.sender

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        webhooks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhooks, Unset):
            webhooks = self.webhooks.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destinations": destinations,
                "content": content,
            }
        )
        if sender is not UNSET:
            field_dict["sender"] = sender
        if options is not UNSET:
            field_dict["options"] = options
        if webhooks is not UNSET:
            field_dict["webhooks"] = webhooks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_binary_message_content import SmsBinaryMessageContent  # noqa: PLC0415
        from ..models.sms_destination import SmsDestination  # noqa: PLC0415
        from ..models.sms_message_options import SmsMessageOptions  # noqa: PLC0415
        from ..models.sms_text_message_content import SmsTextMessageContent  # noqa: PLC0415
        from ..models.sms_webhooks import SmsWebhooks  # noqa: PLC0415

        d = dict(src_dict)
        destinations = []
        _destinations = d.pop("destinations")
        for destinations_item_data in _destinations:
            destinations_item = SmsDestination.from_dict(destinations_item_data)

            destinations.append(destinations_item)

        def _parse_content(
            data: object,
        ) -> SmsBinaryMessageContent | SmsTextMessageContent:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sms_message_content_type_0 = (
                    SmsTextMessageContent.from_dict(data)
                )

                return componentsschemas_sms_message_content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_sms_message_content_type_1 = (
                SmsBinaryMessageContent.from_dict(data)
            )

            return componentsschemas_sms_message_content_type_1

        content = _parse_content(d.pop("content"))

        sender = d.pop("sender", UNSET)

        _options = d.pop("options", UNSET)
        options: SmsMessageOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = SmsMessageOptions.from_dict(_options)

        _webhooks = d.pop("webhooks", UNSET)
        webhooks: SmsWebhooks | Unset
        if isinstance(_webhooks, Unset):
            webhooks = UNSET
        else:
            webhooks = SmsWebhooks.from_dict(_webhooks)

        sms_message = cls(
            destinations=destinations,
            content=content,
            sender=sender,
            options=options,
            webhooks=webhooks,
        )

        sms_message.additional_properties = d
        return sms_message

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
