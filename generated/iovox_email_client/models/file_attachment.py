from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileAttachment")


@_attrs_define
class FileAttachment:
    """A file attachment (disposition "attachment"): `filename` names the file.

    Attributes:
        disposition (Literal['attachment']):
        type_ (str): MIME type of the content. Example: application/pdf.
        body (str): Base64-encoded content (standard alphabet, padded). Example: VGhpcyBpcyBhbiBhdHRhY2htZW50.
        filename (str):  Example: bob.pdf.
        id (str | Unset): Content-ID (optional here).
    """

    disposition: Literal["attachment"]
    type_: str
    body: str
    filename: str
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        disposition = self.disposition

        type_ = self.type_

        body = self.body

        filename = self.filename

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "disposition": disposition,
                "type": type_,
                "body": body,
                "filename": filename,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        disposition = cast(Literal["attachment"], d.pop("disposition"))
        if disposition != "attachment":
            raise ValueError(
                f"disposition must match const 'attachment', got '{disposition}'"
            )

        type_ = d.pop("type")

        body = d.pop("body")

        filename = d.pop("filename")

        id = d.pop("id", UNSET)

        file_attachment = cls(
            disposition=disposition,
            type_=type_,
            body=body,
            filename=filename,
            id=id,
        )

        file_attachment.additional_properties = d
        return file_attachment

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
