from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fetch_strategy import FetchStrategy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.links import Links


T = TypeVar("T", bound="HttpDatasource")


@_attrs_define
class HttpDatasource:
    """An HTTP datasource.

    Attributes:
        id (int): The ID of the HTTP datasource. Example: 1.
        field_links (Links): The `_links` node of a HAL document: at least a `self` link. Custom relations carry the
            `inx:` prefix, expanded by the `curies` entry (present on top-level documents, omitted on embedded items and
            most create/update responses). Paged collections add `first` (omitted on the first page), `next` (omitted on the
            last page; there actually is a non-empty next page) and, on the last page, `inx:upcoming` (a page that becomes
            available once more data is entered). Relations not listed here are allowed as further `Link` objects.
        name (str | Unset): The name of the HTTP datasource. Example: Sample DataSource.
        url (None | str | Unset): The url of the HTTP datasource. Example: www.sample.de.
        content_encoding (None | str | Unset): The content encoding; null means the default UTF-8 (the table types it as
            Null).
        fetch_strategy (FetchStrategy | Unset): When the datasource is queried during dispatch: ONCE (once at the start
            of the mailing, static content), RECIPIENT_BASED (for each recipient), RECIPIENT_CACHED (on demand, content
            cached). The field table mixes these up ("if the content is cached, the value is RECIPIENT_BASED"); the values
            are modelled as listed in the datasource introduction.
        attachment_file_name (None | str | Unset): The file name assigned when the datasource is attached as file.
            Example: SampleAttachmentFileName.
        encode_url_placeholders (bool | Unset): True when URL placeholders are encoded.
        content_with_inxmail_tags (bool | Unset): True when the content contains Inxmail tags.
        last_save_date (datetime.datetime | None | Unset): The date of the last saving. Example: 1970-01-17T16:01:15Z.
        use_type (str | Unset): How the datasource is used in emails, e.g. ATTACHMENT_FILE, TRANSFORMED_TEXT, TEXT (not
            documented as a closed set). Example: ATTACHMENT_FILE.
    """

    id: int
    field_links: Links
    name: str | Unset = UNSET
    url: None | str | Unset = UNSET
    content_encoding: None | str | Unset = UNSET
    fetch_strategy: FetchStrategy | Unset = UNSET
    attachment_file_name: None | str | Unset = UNSET
    encode_url_placeholders: bool | Unset = UNSET
    content_with_inxmail_tags: bool | Unset = UNSET
    last_save_date: datetime.datetime | None | Unset = UNSET
    use_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_links = self.field_links.to_dict()

        name = self.name

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        content_encoding: None | str | Unset
        if isinstance(self.content_encoding, Unset):
            content_encoding = UNSET
        else:
            content_encoding = self.content_encoding

        fetch_strategy: str | Unset = UNSET
        if not isinstance(self.fetch_strategy, Unset):
            fetch_strategy = self.fetch_strategy.value

        attachment_file_name: None | str | Unset
        if isinstance(self.attachment_file_name, Unset):
            attachment_file_name = UNSET
        else:
            attachment_file_name = self.attachment_file_name

        encode_url_placeholders = self.encode_url_placeholders

        content_with_inxmail_tags = self.content_with_inxmail_tags

        last_save_date: None | str | Unset
        if isinstance(self.last_save_date, Unset):
            last_save_date = UNSET
        elif isinstance(self.last_save_date, datetime.datetime):
            last_save_date = self.last_save_date.isoformat()
        else:
            last_save_date = self.last_save_date

        use_type = self.use_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "_links": field_links,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if content_encoding is not UNSET:
            field_dict["contentEncoding"] = content_encoding
        if fetch_strategy is not UNSET:
            field_dict["fetchStrategy"] = fetch_strategy
        if attachment_file_name is not UNSET:
            field_dict["attachmentFileName"] = attachment_file_name
        if encode_url_placeholders is not UNSET:
            field_dict["encodeUrlPlaceholders"] = encode_url_placeholders
        if content_with_inxmail_tags is not UNSET:
            field_dict["contentWithInxmailTags"] = content_with_inxmail_tags
        if last_save_date is not UNSET:
            field_dict["lastSaveDate"] = last_save_date
        if use_type is not UNSET:
            field_dict["useType"] = use_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.links import Links  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        field_links = Links.from_dict(d.pop("_links"))

        name = d.pop("name", UNSET)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_content_encoding(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_encoding = _parse_content_encoding(d.pop("contentEncoding", UNSET))

        _fetch_strategy = d.pop("fetchStrategy", UNSET)
        fetch_strategy: FetchStrategy | Unset
        if isinstance(_fetch_strategy, Unset):
            fetch_strategy = UNSET
        else:
            fetch_strategy = FetchStrategy(_fetch_strategy)

        def _parse_attachment_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        attachment_file_name = _parse_attachment_file_name(
            d.pop("attachmentFileName", UNSET)
        )

        encode_url_placeholders = d.pop("encodeUrlPlaceholders", UNSET)

        content_with_inxmail_tags = d.pop("contentWithInxmailTags", UNSET)

        def _parse_last_save_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_save_date_type_0 = datetime.datetime.fromisoformat(data)

                return last_save_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_save_date = _parse_last_save_date(d.pop("lastSaveDate", UNSET))

        use_type = d.pop("useType", UNSET)

        http_datasource = cls(
            id=id,
            field_links=field_links,
            name=name,
            url=url,
            content_encoding=content_encoding,
            fetch_strategy=fetch_strategy,
            attachment_file_name=attachment_file_name,
            encode_url_placeholders=encode_url_placeholders,
            content_with_inxmail_tags=content_with_inxmail_tags,
            last_save_date=last_save_date,
            use_type=use_type,
        )

        http_datasource.additional_properties = d
        return http_datasource

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
