from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_event_type import MessageEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_event_details import MessageEventDetails


T = TypeVar("T", bound="MessageEvent")


@_attrs_define
class MessageEvent:
    """
    Attributes:
        type_ (MessageEventType):
        recipient (str | Unset):
        received_at (str | Unset): Date-time as the API writes it: ISO 8601 with up to seven fractional digits (.NET
            ticks) and a UTC offset or Z, e.g. 2014-02-17T07:25:01.4178645-05:00 (Eastern time) or
            2019-12-17T08:58:33-05:00. Declared as a pattern-checked string, not `format: date-time`: a generated client
            would parse a date-time into a Python datetime (microsecond precision) and lose the seventh digit, while a
            string round-trips unchanged.
        details (MessageEventDetails | None | Unset):
    """

    type_: MessageEventType
    recipient: str | Unset = UNSET
    received_at: str | Unset = UNSET
    details: MessageEventDetails | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.message_event_details import MessageEventDetails  # noqa: PLC0415

        type_ = self.type_.value

        recipient = self.recipient

        received_at = self.received_at

        details: dict[str, Any] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, MessageEventDetails):
            details = self.details.to_dict()
        else:
            details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Type": type_,
            }
        )
        if recipient is not UNSET:
            field_dict["Recipient"] = recipient
        if received_at is not UNSET:
            field_dict["ReceivedAt"] = received_at
        if details is not UNSET:
            field_dict["Details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_event_details import MessageEventDetails  # noqa: PLC0415

        d = dict(src_dict)
        type_ = MessageEventType(d.pop("Type"))

        recipient = d.pop("Recipient", UNSET)

        received_at = d.pop("ReceivedAt", UNSET)

        def _parse_details(data: object) -> MessageEventDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                details_type_0 = MessageEventDetails.from_dict(data)

                return details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageEventDetails | None | Unset, data)

        details = _parse_details(d.pop("Details", UNSET))

        message_event = cls(
            type_=type_,
            recipient=recipient,
            received_at=received_at,
            details=details,
        )

        message_event.additional_properties = d
        return message_event

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
