from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.suppression_delete_result_status import SuppressionDeleteResultStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SuppressionDeleteResult")


@_attrs_define
class SuppressionDeleteResult:
    """
    Attributes:
        email_address (str):
        status (SuppressionDeleteResultStatus): `Deleted`: the suppression was deleted; `Failed`: it could not be
            (Message says why).
        message (None | str | Unset): The reason of a failure; null when deleted.
    """

    email_address: str
    status: SuppressionDeleteResultStatus
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_address = self.email_address

        status = self.status.value

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "EmailAddress": email_address,
                "Status": status,
            }
        )
        if message is not UNSET:
            field_dict["Message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email_address = d.pop("EmailAddress")

        status = SuppressionDeleteResultStatus(d.pop("Status"))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("Message", UNSET))

        suppression_delete_result = cls(
            email_address=email_address,
            status=status,
            message=message,
        )

        suppression_delete_result.additional_properties = d
        return suppression_delete_result

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
