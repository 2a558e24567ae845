from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_event_type import SubscriptionEventType

T = TypeVar("T", bound="SubscriptionResult")


@_attrs_define
class SubscriptionResult:
    """The resulting subscription event type.

    Attributes:
        result (SubscriptionEventType): Subscription event type. Successful: PENDING_SUBSCRIPTION (double opt-in
            triggered, still to be confirmed), PENDING_SUBSCRIPTION_DONE (confirmed), VERIFIED_SUBSCRIPTION,
            MANUAL_SUBSCRIPTION (by a client application user), DUPLICATE_SUBSCRIPTION (already subscribed, resubscribed,
            attributes overwritten). Failed: SUBSCRIPTION_TIMED_OUT, SUBSCRIPTION_ID_NOT_VALID,
            SUBSCRIPTION_EMAIL_MISSMATCH, BLACKLISTED, INVALID_ADDRESS_ERROR, SUBSCRIPTION_VERIFICATION_BOUNCED,
            SUBSCRIPTION_INTERNAL_ERROR, LISTBOMBING_ATTEMPT.
    """

    result: SubscriptionEventType
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
        result = SubscriptionEventType(d.pop("result"))

        subscription_result = cls(
            result=result,
        )

        subscription_result.additional_properties = d
        return subscription_result

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
