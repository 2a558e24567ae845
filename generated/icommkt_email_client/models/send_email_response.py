from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendEmailResponse")


@_attrs_define
class SendEmailResponse:
    """Result of one sent message. On success ErrorCode is 0 and MessageID, SubmittedAt and To are set; in a batch, a
    rejected message has only its non-zero ErrorCode and Message. No field is required: the documentation's single-send
    sample is wrapped in an "Attachments" array (a copy-paste artefact).

        Attributes:
            error_code (int | str | Unset): 0 on success. Both send samples of the documentation write it as the string "0",
                while error bodies use integers; either is accepted.
            message (str | Unset):
            message_id (str | Unset): ID of the message for the Messages and Bounce APIs.
            submitted_at (str | Unset): Date-time as the API writes it: ISO 8601 with up to seven fractional digits (.NET
                ticks) and a UTC offset or Z, e.g. 2014-02-17T07:25:01.4178645-05:00 (Eastern time) or
                2019-12-17T08:58:33-05:00. Declared as a pattern-checked string, not `format: date-time`: a generated client
                would parse a date-time into a Python datetime (microsecond precision) and lose the seventh digit, while a
                string round-trips unchanged.
            to (str | Unset): The recipient(s) as given.
    """

    error_code: int | str | Unset = UNSET
    message: str | Unset = UNSET
    message_id: str | Unset = UNSET
    submitted_at: str | Unset = UNSET
    to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code: int | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        message = self.message

        message_id = self.message_id

        submitted_at = self.submitted_at

        to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_code is not UNSET:
            field_dict["ErrorCode"] = error_code
        if message is not UNSET:
            field_dict["Message"] = message
        if message_id is not UNSET:
            field_dict["MessageID"] = message_id
        if submitted_at is not UNSET:
            field_dict["SubmittedAt"] = submitted_at
        if to is not UNSET:
            field_dict["To"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_error_code(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        error_code = _parse_error_code(d.pop("ErrorCode", UNSET))

        message = d.pop("Message", UNSET)

        message_id = d.pop("MessageID", UNSET)

        submitted_at = d.pop("SubmittedAt", UNSET)

        to = d.pop("To", UNSET)

        send_email_response = cls(
            error_code=error_code,
            message=message,
            message_id=message_id,
            submitted_at=submitted_at,
            to=to,
        )

        send_email_response.additional_properties = d
        return send_email_response

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
