from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.link_type import LinkType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.links import Links


T = TypeVar("T", bound="MailingLink")


@_attrs_define
class MailingLink:
    """A link inside a mailing (used when rendering to generate the html link).

    Attributes:
        id (int): The ID of the link. Example: 2.
        field_links (Links): The `_links` node of a HAL document: at least a `self` link. Custom relations carry the
            `inx:` prefix, expanded by the `curies` entry (present on top-level documents, omitted on embedded items and
            most create/update responses). Paged collections add `first` (omitted on the first page), `next` (omitted on the
            last page; there actually is a non-empty next page) and, on the last page, `inx:upcoming` (a page that becomes
            available once more data is entered). Relations not listed here are allowed as further `Link` objects.
        mailing_id (int | Unset): The ID of the mailing containing this link. Example: 2.
        url (None | str | Unset): The URL of the link. Example: https://herebeurl.invalid.
        name (None | str | Unset): The name of this link. Example: HereBeUrl.alias.
        type_ (LinkType | Unset): The type of a link in a mailing: COUNT (counts each click), UNIQUE_COUNT (counts the
            first click of every recipient), OPENING_COUNT (trackable image, first loading per recipient), UNSUBSCRIBE_LINK,
            UNSUBSCRIBE_PAGE, UNSUBSCRIBE_FORM, UNSUBSCRIBE_HEADER_LINK (List-Unsubscribe header), VERIFY_SUBSCRIPTION,
            VERIFY_UNSUBSCRIPTION, GRANT_TRACKING_PERMISSION, WITHDRAW_TRACKING_PERMISSION, REDIRECT, UNSUBSCRIBE
            (deprecated), CONTENT_TRACKED (tracking link in external content), CONTENT_OPENING (trackable image in external
            content).
    """

    id: int
    field_links: Links
    mailing_id: int | Unset = UNSET
    url: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    type_: LinkType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_links = self.field_links.to_dict()

        mailing_id = self.mailing_id

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "_links": field_links,
            }
        )
        if mailing_id is not UNSET:
            field_dict["mailingId"] = mailing_id
        if url is not UNSET:
            field_dict["url"] = url
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.links import Links  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        field_links = Links.from_dict(d.pop("_links"))

        mailing_id = d.pop("mailingId", UNSET)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: LinkType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = LinkType(_type_)

        mailing_link = cls(
            id=id,
            field_links=field_links,
            mailing_id=mailing_id,
            url=url,
            name=name,
            type_=type_,
        )

        mailing_link.additional_properties = d
        return mailing_link

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
