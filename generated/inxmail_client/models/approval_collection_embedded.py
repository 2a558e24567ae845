from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.approval import Approval


T = TypeVar("T", bound="ApprovalCollectionEmbedded")


@_attrs_define
class ApprovalCollectionEmbedded:
    """
    Attributes:
        inxapprovals (list[Approval] | Unset):
    """

    inxapprovals: list[Approval] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inxapprovals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inxapprovals, Unset):
            inxapprovals = []
            for inxapprovals_item_data in self.inxapprovals:
                inxapprovals_item = inxapprovals_item_data.to_dict()
                inxapprovals.append(inxapprovals_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inxapprovals is not UNSET:
            field_dict["inx:approvals"] = inxapprovals

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.approval import Approval  # noqa: PLC0415

        d = dict(src_dict)
        _inxapprovals = d.pop("inx:approvals", UNSET)
        inxapprovals: list[Approval] | Unset = UNSET
        if _inxapprovals is not UNSET:
            inxapprovals = []
            for inxapprovals_item_data in _inxapprovals:
                inxapprovals_item = Approval.from_dict(inxapprovals_item_data)

                inxapprovals.append(inxapprovals_item)

        approval_collection_embedded = cls(
            inxapprovals=inxapprovals,
        )

        approval_collection_embedded.additional_properties = d
        return approval_collection_embedded

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
