from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UrlOptions")


@_attrs_define
class UrlOptions:
    """URL shortening and click tracking options.

    Attributes:
        shorten_url (bool | Unset): Enable shortening of the URLs within a message. Default: True.
        track_clicks (bool | Unset): Enable tracking of short URL clicks within a message. Default: True.
        tracking_url (str | Unset): The URL of your callback server to which the click report will be sent.
        remove_protocol (bool | Unset): Remove the protocol (such as https://) from links to shorten the message.
            Default: False.
        custom_domain (str | Unset): A predefined custom domain to use when generating a short URL.
    """

    shorten_url: bool | Unset = True
    track_clicks: bool | Unset = True
    tracking_url: str | Unset = UNSET
    remove_protocol: bool | Unset = False
    custom_domain: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shorten_url = self.shorten_url

        track_clicks = self.track_clicks

        tracking_url = self.tracking_url

        remove_protocol = self.remove_protocol

        custom_domain = self.custom_domain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if shorten_url is not UNSET:
            field_dict["shortenUrl"] = shorten_url
        if track_clicks is not UNSET:
            field_dict["trackClicks"] = track_clicks
        if tracking_url is not UNSET:
            field_dict["trackingUrl"] = tracking_url
        if remove_protocol is not UNSET:
            field_dict["removeProtocol"] = remove_protocol
        if custom_domain is not UNSET:
            field_dict["customDomain"] = custom_domain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        shorten_url = d.pop("shortenUrl", UNSET)

        track_clicks = d.pop("trackClicks", UNSET)

        tracking_url = d.pop("trackingUrl", UNSET)

        remove_protocol = d.pop("removeProtocol", UNSET)

        custom_domain = d.pop("customDomain", UNSET)

        url_options = cls(
            shorten_url=shorten_url,
            track_clicks=track_clicks,
            tracking_url=tracking_url,
            remove_protocol=remove_protocol,
            custom_domain=custom_domain,
        )

        url_options.additional_properties = d
        return url_options

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
