from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.approval_command import ApprovalCommand
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApprovalCreate")


@_attrs_define
class ApprovalCreate:
    """Payload approving a mailing or revoking its approval.

    Attributes:
        approval_command (ApprovalCommand): APPROVE approves the mailing, INVALIDATE revokes a granted approval.
        approval_comment (None | str | Unset): A comment for the approval. Example: COMMENT.
    """

    approval_command: ApprovalCommand
    approval_comment: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approval_command = self.approval_command.value

        approval_comment: None | str | Unset
        if isinstance(self.approval_comment, Unset):
            approval_comment = UNSET
        else:
            approval_comment = self.approval_comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approvalCommand": approval_command,
            }
        )
        if approval_comment is not UNSET:
            field_dict["approvalComment"] = approval_comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        approval_command = ApprovalCommand(d.pop("approvalCommand"))

        def _parse_approval_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        approval_comment = _parse_approval_comment(d.pop("approvalComment", UNSET))

        approval_create = cls(
            approval_command=approval_command,
            approval_comment=approval_comment,
        )

        approval_create.additional_properties = d
        return approval_create

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
