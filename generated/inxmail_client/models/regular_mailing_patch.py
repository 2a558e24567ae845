from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.target_group_configuration import TargetGroupConfiguration


T = TypeVar("T", bound="RegularMailingPatch")


@_attrs_define
class RegularMailingPatch:
    """JSON merge patch for a regular mailing in state DRAFT.

    Attributes:
        name (str | Unset): The new name. Example: patched name.
        subject (str | Unset): The new subject. Example: patched subject.
        text (str | Unset): The new text editor content (only for content types with a text part). Example: patched
            text.
        html (str | Unset): The new html editor content (only for content types with an html part). Example: patched
            html.
        target_group_configuration (TargetGroupConfiguration | Unset): The target group (filter) configuration of a
            mailing. The response table describes `targetGroups` as "the IDs of the filters", but the PATCH example (request
            and response) shows objects `{"targetGroupId": 1}`; the example is modelled.
    """

    name: str | Unset = UNSET
    subject: str | Unset = UNSET
    text: str | Unset = UNSET
    html: str | Unset = UNSET
    target_group_configuration: TargetGroupConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        subject = self.subject

        text = self.text

        html = self.html

        target_group_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target_group_configuration, Unset):
            target_group_configuration = self.target_group_configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if subject is not UNSET:
            field_dict["subject"] = subject
        if text is not UNSET:
            field_dict["text"] = text
        if html is not UNSET:
            field_dict["html"] = html
        if target_group_configuration is not UNSET:
            field_dict["targetGroupConfiguration"] = target_group_configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.target_group_configuration import TargetGroupConfiguration  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        subject = d.pop("subject", UNSET)

        text = d.pop("text", UNSET)

        html = d.pop("html", UNSET)

        _target_group_configuration = d.pop("targetGroupConfiguration", UNSET)
        target_group_configuration: TargetGroupConfiguration | Unset
        if isinstance(_target_group_configuration, Unset):
            target_group_configuration = UNSET
        else:
            target_group_configuration = TargetGroupConfiguration.from_dict(
                _target_group_configuration
            )

        regular_mailing_patch = cls(
            name=name,
            subject=subject,
            text=text,
            html=html,
            target_group_configuration=target_group_configuration,
        )

        regular_mailing_patch.additional_properties = d
        return regular_mailing_patch

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
