from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unsubscription_event_type import UnsubscriptionEventType

T = TypeVar("T", bound="UnsubscriptionResult")


@_attrs_define
class UnsubscriptionResult:
    """The resulting unsubscription event type.

    Attributes:
        result (UnsubscriptionEventType): Unsubscription event type. Successful: PENDING_UNSUBSCRIPTION,
            PENDING_UNSUBSCRIPTION_DONE, VERIFIED_UNSUBSCRIPTION, MANUAL_UNSUBSCRIPTION,
            LIST_UNSUBSCRIBE_HEADER_UNSUBSCRIPTION and, when "Enable unsubscription of deleted recipients" is set for the
            list, their `_NOT_IN_LIST` variants. Failed: DUPLICATE_UNSUBSCRIPTION, UNSUBSCRIPTION_TIMED_OUT,
            UNSUBSCRIPTION_ID_NOT_VALID, UNSUBSCRIPTION_EMAIL_MISSMATCH, UNSUBSCRIPTION_VERIFICATION_BOUNCED,
            UNSUBSCRIPTION_INTERNAL_ERROR, NOT_IN_SYSTEM_UNSUBSCRIPTION, NOT_IN_LIST_UNSUBSCRIPTION.
    """

    result: UnsubscriptionEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = self.result.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        result = UnsubscriptionEventType(d.pop("result"))

        unsubscription_result = cls(
            result=result,
        )

        unsubscription_result.additional_properties = d
        return unsubscription_result

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
