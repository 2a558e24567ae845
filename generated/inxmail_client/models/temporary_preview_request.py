from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemporaryPreviewRequest")


@_attrs_define
class TemporaryPreviewRequest:
    """Payload of a temporary preview. `recipientId` and `testProfileId` exclude each other; with neither the dummy
    recipient unknown@unknown.invalid is used. `testProfileId` is typed Null in the table; it is modelled as a nullable
    integer.

        Attributes:
            list_id (int): The ID of the list. Example: 200.
            subject (str): The subject of the mailing. Example: subject.
            recipient_id (int | None | Unset): The recipient used for personalisation. Example: 1.
            test_profile_id (int | None | Unset): The test profile used for personalisation.
            html (None | str | Unset): The HTML part of the preview. Example: html.
            text (None | str | Unset): The text part of the preview. Example: text.
    """

    list_id: int
    subject: str
    recipient_id: int | None | Unset = UNSET
    test_profile_id: int | None | Unset = UNSET
    html: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        subject = self.subject

        recipient_id: int | None | Unset
        if isinstance(self.recipient_id, Unset):
            recipient_id = UNSET
        else:
            recipient_id = self.recipient_id

        test_profile_id: int | None | Unset
        if isinstance(self.test_profile_id, Unset):
            test_profile_id = UNSET
        else:
            test_profile_id = self.test_profile_id

        html: None | str | Unset
        if isinstance(self.html, Unset):
            html = UNSET
        else:
            html = self.html

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "listId": list_id,
                "subject": subject,
            }
        )
        if recipient_id is not UNSET:
            field_dict["recipientId"] = recipient_id
        if test_profile_id is not UNSET:
            field_dict["testProfileId"] = test_profile_id
        if html is not UNSET:
            field_dict["html"] = html
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        list_id = d.pop("listId")

        subject = d.pop("subject")

        def _parse_recipient_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        recipient_id = _parse_recipient_id(d.pop("recipientId", UNSET))

        def _parse_test_profile_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        test_profile_id = _parse_test_profile_id(d.pop("testProfileId", UNSET))

        def _parse_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        html = _parse_html(d.pop("html", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        temporary_preview_request = cls(
            list_id=list_id,
            subject=subject,
            recipient_id=recipient_id,
            test_profile_id=test_profile_id,
            html=html,
            text=text,
        )

        temporary_preview_request.additional_properties = d
        return temporary_preview_request

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
