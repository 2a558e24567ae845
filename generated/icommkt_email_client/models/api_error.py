from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ApiError")


@_attrs_define
class ApiError:
    """The error body of every failed request (HTTP 401 or 422). The same shape with ErrorCode 0 reports success for
    deletions and inbound retries (`ActionResult`).

        Attributes:
            error_code (int): Machine-readable error code. Documented codes: 10 bad or missing API token; 100 maintenance;
                300 invalid email request (validation of the email JSON failed); 400 sender signature not found; 401 sender
                signature not confirmed; 402 invalid JSON; 403 incompatible JSON (required fields missing); 405 not allowed to
                send (out of credits); 406 inactive recipient (hard bounce or spam complaint); 409 JSON required
                (Accept/Content-Type not application/json); 410 too many batch messages (more than 500); 411 forbidden
                attachment type; 412 account is pending (recipients must share the From domain); 413 account may not send;
                500-507 and 520-522 sender signature errors; 510-516 domain errors; 600-611 server errors (606 invalid webhook
                URL, 610 invalid inbound MX, 611 invalid InboundSpamThreshold); 700 messages query exception; 701 message
                doesn't exist; 702 could not bypass the blocked inbound message; 703 could not retry the failed inbound message;
                800 trigger query exception; 801 tag trigger doesn't exist; 803 tag already has a trigger; 808 MatchName
                missing; 809 no trigger data; 810 inbound rule already exists; 811 unable to remove the inbound rule; 812
                inbound rule not found; 813 not a valid email address or domain; 900 stats query exception; 1000 bounces query
                exception; 1001 bounce not found; 1002 BounceID required; 1003 cannot activate bounce; 1100 template query
                exception; 1101 template not found; 1105 template limit would be exceeded; 1109 no template data; 1120 required
                template field missing; 1121 template field too large; 1122 invalid templated field; 1123 field not allowed;
                1125 template types don't match across servers; 1130 layout has dependent templates; 1131 layout content
                placeholder must appear exactly once.
            message (str): Human-readable details.
    """

    error_code: int
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code = self.error_code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ErrorCode": error_code,
                "Message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error_code = d.pop("ErrorCode")

        message = d.pop("Message")

        api_error = cls(
            error_code=error_code,
            message=message,
        )

        api_error.additional_properties = d
        return api_error

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
