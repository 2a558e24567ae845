from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Attachment")


@_attrs_define
class Attachment:
    """An attachment. `Name` is the file name shown to the recipient; files with the extensions vbs, exe, bin, bat, chm,
    com, cpl, crt, hlp, hta, inf, ins, isp, jse, lnk, mdb, pcd, pif, reg, scr, sct, shs, vbe, vba, wsf, wsh, wsl, msc,
    msi, msp or mst are refused (ErrorCode 411). An inline image sets `ContentID` to the "cid:..." its HTML refers to.

        Attributes:
            name (str):
            content (str): Base64-encoded file content; counts toward the 10 MB message limit encoded.
            content_type (str): MIME type of the file.
            content_id (None | str | Unset): Content-ID for inline images, e.g. "cid:image.jpg".
    """

    name: str
    content: str
    content_type: str
    content_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        content = self.content

        content_type = self.content_type

        content_id: None | str | Unset
        if isinstance(self.content_id, Unset):
            content_id = UNSET
        else:
            content_id = self.content_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Name": name,
                "Content": content,
                "ContentType": content_type,
            }
        )
        if content_id is not UNSET:
            field_dict["ContentID"] = content_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name")

        content = d.pop("Content")

        content_type = d.pop("ContentType")

        def _parse_content_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_id = _parse_content_id(d.pop("ContentID", UNSET))

        attachment = cls(
            name=name,
            content=content,
            content_type=content_type,
            content_id=content_id,
        )

        attachment.additional_properties = d
        return attachment

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
