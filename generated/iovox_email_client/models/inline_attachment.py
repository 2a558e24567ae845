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

T = TypeVar("T", bound="InlineAttachment")


@_attrs_define
class InlineAttachment:
    """An inline attachment (disposition "inline"): `id` is the MIME Content-ID the body refers to.

    Attributes:
        disposition (Literal['inline']):
        type_ (str):  Example: image/png.
        body (str): Base64-encoded content (standard alphabet, padded). Example: VGhpcyBpcyBhbiBhdHRhY2htZW50.
        id (str): MIME Content-ID used by the HTML part. Example: bobpart0001.
        filename (str | Unset):
    """

    disposition: Literal["inline"]
    type_: str
    body: str
    id: str
    filename: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        disposition = self.disposition

        type_ = self.type_

        body = self.body

        id = self.id

        filename = self.filename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "disposition": disposition,
                "type": type_,
                "body": body,
                "id": id,
            }
        )
        if filename is not UNSET:
            field_dict["filename"] = filename

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        disposition = cast(Literal["inline"], d.pop("disposition"))
        if disposition != "inline":
            raise ValueError(
                f"disposition must match const 'inline', got '{disposition}'"
            )

        type_ = d.pop("type")

        body = d.pop("body")

        id = d.pop("id")

        filename = d.pop("filename", UNSET)

        inline_attachment = cls(
            disposition=disposition,
            type_=type_,
            body=body,
            id=id,
            filename=filename,
        )

        inline_attachment.additional_properties = d
        return inline_attachment

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
