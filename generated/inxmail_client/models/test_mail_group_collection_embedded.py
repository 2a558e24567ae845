from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.test_mail_group import TestMailGroup


T = TypeVar("T", bound="TestMailGroupCollectionEmbedded")


@_attrs_define
class TestMailGroupCollectionEmbedded:
    """
    Attributes:
        inxtest_mail_groups (list[TestMailGroup] | Unset):
    """

    inxtest_mail_groups: list[TestMailGroup] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inxtest_mail_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inxtest_mail_groups, Unset):
            inxtest_mail_groups = []
            for inxtest_mail_groups_item_data in self.inxtest_mail_groups:
                inxtest_mail_groups_item = inxtest_mail_groups_item_data.to_dict()
                inxtest_mail_groups.append(inxtest_mail_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inxtest_mail_groups is not UNSET:
            field_dict["inx:test-mail-groups"] = inxtest_mail_groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.test_mail_group import TestMailGroup  # noqa: PLC0415

        d = dict(src_dict)
        _inxtest_mail_groups = d.pop("inx:test-mail-groups", UNSET)
        inxtest_mail_groups: list[TestMailGroup] | Unset = UNSET
        if _inxtest_mail_groups is not UNSET:
            inxtest_mail_groups = []
            for inxtest_mail_groups_item_data in _inxtest_mail_groups:
                inxtest_mail_groups_item = TestMailGroup.from_dict(
                    inxtest_mail_groups_item_data
                )

                inxtest_mail_groups.append(inxtest_mail_groups_item)

        test_mail_group_collection_embedded = cls(
            inxtest_mail_groups=inxtest_mail_groups,
        )

        test_mail_group_collection_embedded.additional_properties = d
        return test_mail_group_collection_embedded

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
