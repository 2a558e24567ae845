from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InboundAttachment")


@_attrs_define
class InboundAttachment:
    """
    Attributes:
        name (str | Unset):
        content (str | Unset): Base64 content (webhook payloads only).
        content_type (str | Unset):
        content_length (int | Unset):
        content_id (None | str | Unset):
    """

    name: str | Unset = UNSET
    content: str | Unset = UNSET
    content_type: str | Unset = UNSET
    content_length: int | Unset = UNSET
    content_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        content = self.content

        content_type = self.content_type

        content_length = self.content_length

        content_id: None | str | Unset
        if isinstance(self.content_id, Unset):
            content_id = UNSET
        else:
            content_id = self.content_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if content is not UNSET:
            field_dict["Content"] = content
        if content_type is not UNSET:
            field_dict["ContentType"] = content_type
        if content_length is not UNSET:
            field_dict["ContentLength"] = content_length
        if content_id is not UNSET:
            field_dict["ContentID"] = content_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        content = d.pop("Content", UNSET)

        content_type = d.pop("ContentType", UNSET)

        content_length = d.pop("ContentLength", UNSET)

        def _parse_content_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_id = _parse_content_id(d.pop("ContentID", UNSET))

        inbound_attachment = cls(
            name=name,
            content=content,
            content_type=content_type,
            content_length=content_length,
            content_id=content_id,
        )

        inbound_attachment.additional_properties = d
        return inbound_attachment

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
