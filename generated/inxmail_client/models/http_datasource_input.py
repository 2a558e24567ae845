from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fetch_strategy import FetchStrategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="HttpDatasourceInput")


@_attrs_define
class HttpDatasourceInput:
    """Payload creating an HTTP datasource.

    Attributes:
        name (str): The name of the HTTP datasource. Example: datasource name.
        url (str | Unset): The url of the HTTP datasource. Example: datasource.url.
        attachment_file_name (str | Unset): The name of the file attached to this datasource. Example: attachment name.
        content_with_inxmail_tags (bool | Unset): True when the content contains Inxmail tags.
        encode_url_placeholders (bool | Unset): True when URL placeholders are encoded.
        use_type (str | Unset): How the datasource is used in emails, e.g. ATTACHMENT_FILE, TRANSFORMED_TEXT, TEXT.
            Example: ATTACHMENT_FILE.
        fetch_strategy (FetchStrategy | Unset): When the datasource is queried during dispatch: ONCE (once at the start
            of the mailing, static content), RECIPIENT_BASED (for each recipient), RECIPIENT_CACHED (on demand, content
            cached). The field table mixes these up ("if the content is cached, the value is RECIPIENT_BASED"); the values
            are modelled as listed in the datasource introduction.
    """

    name: str
    url: str | Unset = UNSET
    attachment_file_name: str | Unset = UNSET
    content_with_inxmail_tags: bool | Unset = UNSET
    encode_url_placeholders: bool | Unset = UNSET
    use_type: str | Unset = UNSET
    fetch_strategy: FetchStrategy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url = self.url

        attachment_file_name = self.attachment_file_name

        content_with_inxmail_tags = self.content_with_inxmail_tags

        encode_url_placeholders = self.encode_url_placeholders

        use_type = self.use_type

        fetch_strategy: str | Unset = UNSET
        if not isinstance(self.fetch_strategy, Unset):
            fetch_strategy = self.fetch_strategy.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if attachment_file_name is not UNSET:
            field_dict["attachmentFileName"] = attachment_file_name
        if content_with_inxmail_tags is not UNSET:
            field_dict["contentWithInxmailTags"] = content_with_inxmail_tags
        if encode_url_placeholders is not UNSET:
            field_dict["encodeUrlPlaceholders"] = encode_url_placeholders
        if use_type is not UNSET:
            field_dict["useType"] = use_type
        if fetch_strategy is not UNSET:
            field_dict["fetchStrategy"] = fetch_strategy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        url = d.pop("url", UNSET)

        attachment_file_name = d.pop("attachmentFileName", UNSET)

        content_with_inxmail_tags = d.pop("contentWithInxmailTags", UNSET)

        encode_url_placeholders = d.pop("encodeUrlPlaceholders", UNSET)

        use_type = d.pop("useType", UNSET)

        _fetch_strategy = d.pop("fetchStrategy", UNSET)
        fetch_strategy: FetchStrategy | Unset
        if isinstance(_fetch_strategy, Unset):
            fetch_strategy = UNSET
        else:
            fetch_strategy = FetchStrategy(_fetch_strategy)

        http_datasource_input = cls(
            name=name,
            url=url,
            attachment_file_name=attachment_file_name,
            content_with_inxmail_tags=content_with_inxmail_tags,
            encode_url_placeholders=encode_url_placeholders,
            use_type=use_type,
            fetch_strategy=fetch_strategy,
        )

        http_datasource_input.additional_properties = d
        return http_datasource_input

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
