from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="DeliveryWebhook")


@_attrs_define
class DeliveryWebhook:
    """Delivery webhook payload (Postmark's; not documented by ICOMMKT).

    Attributes:
        record_type (Literal['Delivery']):
        message_id (str):
        recipient (str):
        delivered_at (str): Date-time as the API writes it: ISO 8601 with up to seven fractional digits (.NET ticks) and
            a UTC offset or Z, e.g. 2014-02-17T07:25:01.4178645-05:00 (Eastern time) or 2019-12-17T08:58:33-05:00. Declared
            as a pattern-checked string, not `format: date-time`: a generated client would parse a date-time into a Python
            datetime (microsecond precision) and lose the seventh digit, while a string round-trips unchanged.
        message_stream (None | str | Unset):
        server_id (int | Unset):
        tag (None | str | Unset):
        details (str | Unset): The receiving server's response.
        metadata (Metadata | Unset): Custom metadata key/value pairs (string values).
    """

    record_type: Literal["Delivery"]
    message_id: str
    recipient: str
    delivered_at: str
    message_stream: None | str | Unset = UNSET
    server_id: int | Unset = UNSET
    tag: None | str | Unset = UNSET
    details: str | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record_type = self.record_type

        message_id = self.message_id

        recipient = self.recipient

        delivered_at = self.delivered_at

        message_stream: None | str | Unset
        if isinstance(self.message_stream, Unset):
            message_stream = UNSET
        else:
            message_stream = self.message_stream

        server_id = self.server_id

        tag: None | str | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        else:
            tag = self.tag

        details = self.details

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "RecordType": record_type,
                "MessageID": message_id,
                "Recipient": recipient,
                "DeliveredAt": delivered_at,
            }
        )
        if message_stream is not UNSET:
            field_dict["MessageStream"] = message_stream
        if server_id is not UNSET:
            field_dict["ServerID"] = server_id
        if tag is not UNSET:
            field_dict["Tag"] = tag
        if details is not UNSET:
            field_dict["Details"] = details
        if metadata is not UNSET:
            field_dict["Metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        record_type = cast(Literal["Delivery"], d.pop("RecordType"))
        if record_type != "Delivery":
            raise ValueError(
                f"RecordType must match const 'Delivery', got '{record_type}'"
            )

        message_id = d.pop("MessageID")

        recipient = d.pop("Recipient")

        delivered_at = d.pop("DeliveredAt")

        def _parse_message_stream(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_stream = _parse_message_stream(d.pop("MessageStream", UNSET))

        server_id = d.pop("ServerID", UNSET)

        def _parse_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tag = _parse_tag(d.pop("Tag", UNSET))

        details = d.pop("Details", UNSET)

        _metadata = d.pop("Metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        delivery_webhook = cls(
            record_type=record_type,
            message_id=message_id,
            recipient=recipient,
            delivered_at=delivered_at,
            message_stream=message_stream,
            server_id=server_id,
            tag=tag,
            details=details,
            metadata=metadata,
        )

        delivery_webhook.additional_properties = d
        return delivery_webhook

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
