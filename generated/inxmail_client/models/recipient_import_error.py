from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recipient_import_error_code import RecipientImportErrorCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecipientImportError")


@_attrs_define
class RecipientImportError:
    """An error (or warning) of an import file; items carry no `_links` in the samples.

    Attributes:
        error (RecipientImportErrorCode): COLUMN_NOT_FOUND_WARN (value: the unmatched column name),
            IGNORED_TRACKING_PERMISSION_WARN (value: the tracking permission column; not possible in the system list),
            SAVE_ERROR, UNSUBSCRIPTION_ERROR (unsubscribed and re-subscription disabled), BLACKLIST_ERROR,
            IGNORED_IMPORT_ERROR, IMPORT_CRASHED_ERROR, DELETE_RECIPIENTS_ERROR (value: the list id), LINE_PARSE_ERROR,
            ATTRIBUTE_PARSE_ERROR (value: the unparseable value), EMAIL_PARSE_ERROR (value: the unparseable email),
            HEADER_ERROR.
        email (str | Unset): Optional: the email address of the line. Example: john.doe@example.com.
        line (int | Unset): Optional: the number of the affected line. Example: 5.
        column (int | Unset): Optional: the number of the affected column. Example: 1.
        value (str | Unset): Additional information for some error codes (see the code). Example: Attribute1xyz.
    """

    error: RecipientImportErrorCode
    email: str | Unset = UNSET
    line: int | Unset = UNSET
    column: int | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.value

        email = self.email

        line = self.line

        column = self.column

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if line is not UNSET:
            field_dict["line"] = line
        if column is not UNSET:
            field_dict["column"] = column
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = RecipientImportErrorCode(d.pop("error"))

        email = d.pop("email", UNSET)

        line = d.pop("line", UNSET)

        column = d.pop("column", UNSET)

        value = d.pop("value", UNSET)

        recipient_import_error = cls(
            error=error,
            email=email,
            line=line,
            column=column,
            value=value,
        )

        recipient_import_error.additional_properties = d
        return recipient_import_error

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
