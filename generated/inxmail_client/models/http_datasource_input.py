from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
        url (None | str | Unset): The url of the HTTP datasource. Example: datasource.url.
        attachment_file_name (None | str | Unset): The name of the file attached to this datasource. Example: attachment
            name.
        content_with_inxmail_tags (bool | None | Unset): True when the content contains Inxmail tags.
        encode_url_placeholders (bool | None | Unset): True when URL placeholders are encoded.
        use_type (None | str | Unset): How the datasource is used in emails, e.g. ATTACHMENT_FILE, TRANSFORMED_TEXT,
            TEXT. Example: ATTACHMENT_FILE.
        fetch_strategy (FetchStrategy | None | Unset):
    """

    name: str
    url: None | str | Unset = UNSET
    attachment_file_name: None | str | Unset = UNSET
    content_with_inxmail_tags: bool | None | Unset = UNSET
    encode_url_placeholders: bool | None | Unset = UNSET
    use_type: None | str | Unset = UNSET
    fetch_strategy: FetchStrategy | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        attachment_file_name: None | str | Unset
        if isinstance(self.attachment_file_name, Unset):
            attachment_file_name = UNSET
        else:
            attachment_file_name = self.attachment_file_name

        content_with_inxmail_tags: bool | None | Unset
        if isinstance(self.content_with_inxmail_tags, Unset):
            content_with_inxmail_tags = UNSET
        else:
            content_with_inxmail_tags = self.content_with_inxmail_tags

        encode_url_placeholders: bool | None | Unset
        if isinstance(self.encode_url_placeholders, Unset):
            encode_url_placeholders = UNSET
        else:
            encode_url_placeholders = self.encode_url_placeholders

        use_type: None | str | Unset
        if isinstance(self.use_type, Unset):
            use_type = UNSET
        else:
            use_type = self.use_type

        fetch_strategy: None | str | Unset
        if isinstance(self.fetch_strategy, Unset):
            fetch_strategy = UNSET
        elif isinstance(self.fetch_strategy, FetchStrategy):
            fetch_strategy = self.fetch_strategy.value
        else:
            fetch_strategy = self.fetch_strategy

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

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_attachment_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        attachment_file_name = _parse_attachment_file_name(
            d.pop("attachmentFileName", UNSET)
        )

        def _parse_content_with_inxmail_tags(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        content_with_inxmail_tags = _parse_content_with_inxmail_tags(
            d.pop("contentWithInxmailTags", UNSET)
        )

        def _parse_encode_url_placeholders(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        encode_url_placeholders = _parse_encode_url_placeholders(
            d.pop("encodeUrlPlaceholders", UNSET)
        )

        def _parse_use_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        use_type = _parse_use_type(d.pop("useType", UNSET))

        def _parse_fetch_strategy(data: object) -> FetchStrategy | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fetch_strategy_type_0 = FetchStrategy(data)

                return fetch_strategy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FetchStrategy | None | Unset, data)

        fetch_strategy = _parse_fetch_strategy(d.pop("fetchStrategy", UNSET))

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
