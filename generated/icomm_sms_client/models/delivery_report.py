from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_error import MessageError
    from ..models.message_price import MessagePrice
    from ..models.message_status import MessageStatus
    from ..models.platform import Platform


T = TypeVar("T", bound="DeliveryReport")


@_attrs_define
class DeliveryReport:
    """Delivery report of one message. Every property is optional: Infobip's own schema requires none and its SDK's model
    has every field Optional, so a body may omit any of them (Infobip's schema declares nothing nullable and its SDK
    sends no nulls, so none is nullable).

        Attributes:
            bulk_id (str | Unset): Unique ID assigned to the request; absent for a single message.
            price (MessagePrice | Unset): Sent message price.
            status (MessageStatus | Unset): Status of the message and how to recover from an error should there be any.
                Every property is optional: Infobip's own schema requires none and its SDK's model has every field Optional, so
                a body may omit any of them (Infobip's schema declares nothing nullable and its SDK sends no nulls, so none is
                nullable).
            error (MessageError | Unset): Error that occurred while processing the message, NO_ERROR if none. Every property
                is optional: Infobip's own schema requires none and its SDK's model has every field Optional, so a body may omit
                any of them (Infobip's schema declares nothing nullable and its SDK sends no nulls, so none is nullable).
            message_id (str | Unset): Unique message ID.
            to (str | Unset): Message destination address.
            sender (str | Unset): The sender ID which can be alphanumeric or numeric.
            sent_at (str | Unset): Date and time when the message was sent, in format yyyy-MM-dd'T'HH:mm:ss.SSSZ; the offset
                may lack a colon (+0100), so this is a pattern-checked string rather than an RFC 3339 date-time.
            done_at (str | Unset): Date and time when processing of the message finished, in format yyyy-MM-
                dd'T'HH:mm:ss.SSSZ; the offset may lack a colon (+0100), so this is a pattern-checked string rather than an RFC
                3339 date-time.
            message_count (int | Unset): The number of sent message parts.
            mcc_mnc (str | Unset): Mobile country and network codes.
            callback_data (str | Unset): Callback data sent through the callbackData field when sending the message.
            platform (Platform | Unset): Platform options (application and entity).
            campaign_reference_id (str | Unset): ID of a campaign that was sent in the message.
    """

    bulk_id: str | Unset = UNSET
    price: MessagePrice | Unset = UNSET
    status: MessageStatus | Unset = UNSET
    error: MessageError | Unset = UNSET
    message_id: str | Unset = UNSET
    to: str | Unset = UNSET
    sender: str | Unset = UNSET
    sent_at: str | Unset = UNSET
    done_at: str | Unset = UNSET
    message_count: int | Unset = UNSET
    mcc_mnc: str | Unset = UNSET
    callback_data: str | Unset = UNSET
    platform: Platform | Unset = UNSET
    campaign_reference_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bulk_id = self.bulk_id

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        message_id = self.message_id

        to = self.to

        sender = self.sender

        sent_at = self.sent_at

        done_at = self.done_at

        message_count = self.message_count

        mcc_mnc = self.mcc_mnc

        callback_data = self.callback_data

        platform: dict[str, Any] | Unset = UNSET
        if not isinstance(self.platform, Unset):
            platform = self.platform.to_dict()

        campaign_reference_id = self.campaign_reference_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bulk_id is not UNSET:
            field_dict["bulkId"] = bulk_id
        if price is not UNSET:
            field_dict["price"] = price
        if status is not UNSET:
            field_dict["status"] = status
        if error is not UNSET:
            field_dict["error"] = error
        if message_id is not UNSET:
            field_dict["messageId"] = message_id
        if to is not UNSET:
            field_dict["to"] = to
        if sender is not UNSET:
            field_dict["sender"] = sender
        if sent_at is not UNSET:
            field_dict["sentAt"] = sent_at
        if done_at is not UNSET:
            field_dict["doneAt"] = done_at
        if message_count is not UNSET:
            field_dict["messageCount"] = message_count
        if mcc_mnc is not UNSET:
            field_dict["mccMnc"] = mcc_mnc
        if callback_data is not UNSET:
            field_dict["callbackData"] = callback_data
        if platform is not UNSET:
            field_dict["platform"] = platform
        if campaign_reference_id is not UNSET:
            field_dict["campaignReferenceId"] = campaign_reference_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_error import MessageError  # noqa: PLC0415
        from ..models.message_price import MessagePrice  # noqa: PLC0415
        from ..models.message_status import MessageStatus  # noqa: PLC0415
        from ..models.platform import Platform  # noqa: PLC0415

        d = dict(src_dict)
        bulk_id = d.pop("bulkId", UNSET)

        _price = d.pop("price", UNSET)
        price: MessagePrice | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = MessagePrice.from_dict(_price)

        _status = d.pop("status", UNSET)
        status: MessageStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MessageStatus.from_dict(_status)

        _error = d.pop("error", UNSET)
        error: MessageError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = MessageError.from_dict(_error)

        message_id = d.pop("messageId", UNSET)

        to = d.pop("to", UNSET)

        sender = d.pop("sender", UNSET)

        sent_at = d.pop("sentAt", UNSET)

        done_at = d.pop("doneAt", UNSET)

        message_count = d.pop("messageCount", UNSET)

        mcc_mnc = d.pop("mccMnc", UNSET)

        callback_data = d.pop("callbackData", UNSET)

        _platform = d.pop("platform", UNSET)
        platform: Platform | Unset
        if isinstance(_platform, Unset):
            platform = UNSET
        else:
            platform = Platform.from_dict(_platform)

        campaign_reference_id = d.pop("campaignReferenceId", UNSET)

        delivery_report = cls(
            bulk_id=bulk_id,
            price=price,
            status=status,
            error=error,
            message_id=message_id,
            to=to,
            sender=sender,
            sent_at=sent_at,
            done_at=done_at,
            message_count=message_count,
            mcc_mnc=mcc_mnc,
            callback_data=callback_data,
            platform=platform,
            campaign_reference_id=campaign_reference_id,
        )

        delivery_report.additional_properties = d
        return delivery_report

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
