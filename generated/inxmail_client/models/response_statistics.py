from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.links import Links


T = TypeVar("T", bound="ResponseStatistics")


@_attrs_define
class ResponseStatistics:
    """The most important performance data of a mailing.

    Attributes:
        opening_recipients (int | Unset): Number of opening recipients (opening: first unique click or graphic loaded in
            the email). Example: 125.
        bot_interactions (int | Unset): Number of interactions by bots (first graphic loaded in the email by a bot).
            Example: 0.
        opening_rate (float | Unset): Number of opening recipients / number of net recipients. Example: 0.4545.
        total_clicks (int | Unset): Total clicks. Example: 500.
        clicking_recipients (int | Unset): Number of clicking recipients. Example: 40.
        unique_click_rate (float | Unset): Number of clicking recipients / number of net recipients. Example: 0.1454.
        ctor (float | Unset): Click to opening rate: clicking recipients / opening recipients. Example: 0.32.
        unsubscribe_clicks (int | Unset): Number of unsubscribe clicks. Example: 100.
        list_unsubscribe_clicks (int | Unset): Number of unsubscribe clicks via list unsubscribe. Example: 90.
        unsubscribe_rate (float | Unset): Unsubscribe rate. Example: 0.3636.
        field_links (Links | Unset): The `_links` node of a HAL document: at least a `self` link. Custom relations carry
            the `inx:` prefix, expanded by the `curies` entry (present on top-level documents, omitted on embedded items and
            most create/update responses). Paged collections add `first` (omitted on the first page), `next` (omitted on the
            last page; there actually is a non-empty next page) and, on the last page, `inx:upcoming` (a page that becomes
            available once more data is entered). Relations not listed here are allowed as further `Link` objects.
    """

    opening_recipients: int | Unset = UNSET
    bot_interactions: int | Unset = UNSET
    opening_rate: float | Unset = UNSET
    total_clicks: int | Unset = UNSET
    clicking_recipients: int | Unset = UNSET
    unique_click_rate: float | Unset = UNSET
    ctor: float | Unset = UNSET
    unsubscribe_clicks: int | Unset = UNSET
    list_unsubscribe_clicks: int | Unset = UNSET
    unsubscribe_rate: float | Unset = UNSET
    field_links: Links | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        opening_recipients = self.opening_recipients

        bot_interactions = self.bot_interactions

        opening_rate = self.opening_rate

        total_clicks = self.total_clicks

        clicking_recipients = self.clicking_recipients

        unique_click_rate = self.unique_click_rate

        ctor = self.ctor

        unsubscribe_clicks = self.unsubscribe_clicks

        list_unsubscribe_clicks = self.list_unsubscribe_clicks

        unsubscribe_rate = self.unsubscribe_rate

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = self.field_links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if opening_recipients is not UNSET:
            field_dict["openingRecipients"] = opening_recipients
        if bot_interactions is not UNSET:
            field_dict["botInteractions"] = bot_interactions
        if opening_rate is not UNSET:
            field_dict["openingRate"] = opening_rate
        if total_clicks is not UNSET:
            field_dict["totalClicks"] = total_clicks
        if clicking_recipients is not UNSET:
            field_dict["clickingRecipients"] = clicking_recipients
        if unique_click_rate is not UNSET:
            field_dict["uniqueClickRate"] = unique_click_rate
        if ctor is not UNSET:
            field_dict["ctor"] = ctor
        if unsubscribe_clicks is not UNSET:
            field_dict["unsubscribeClicks"] = unsubscribe_clicks
        if list_unsubscribe_clicks is not UNSET:
            field_dict["listUnsubscribeClicks"] = list_unsubscribe_clicks
        if unsubscribe_rate is not UNSET:
            field_dict["unsubscribeRate"] = unsubscribe_rate
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.links import Links  # noqa: PLC0415

        d = dict(src_dict)
        opening_recipients = d.pop("openingRecipients", UNSET)

        bot_interactions = d.pop("botInteractions", UNSET)

        opening_rate = d.pop("openingRate", UNSET)

        total_clicks = d.pop("totalClicks", UNSET)

        clicking_recipients = d.pop("clickingRecipients", UNSET)

        unique_click_rate = d.pop("uniqueClickRate", UNSET)

        ctor = d.pop("ctor", UNSET)

        unsubscribe_clicks = d.pop("unsubscribeClicks", UNSET)

        list_unsubscribe_clicks = d.pop("listUnsubscribeClicks", UNSET)

        unsubscribe_rate = d.pop("unsubscribeRate", UNSET)

        _field_links = d.pop("_links", UNSET)
        field_links: Links | Unset
        if isinstance(_field_links, Unset):
            field_links = UNSET
        else:
            field_links = Links.from_dict(_field_links)

        response_statistics = cls(
            opening_recipients=opening_recipients,
            bot_interactions=bot_interactions,
            opening_rate=opening_rate,
            total_clicks=total_clicks,
            clicking_recipients=clicking_recipients,
            unique_click_rate=unique_click_rate,
            ctor=ctor,
            unsubscribe_clicks=unsubscribe_clicks,
            list_unsubscribe_clicks=list_unsubscribe_clicks,
            unsubscribe_rate=unsubscribe_rate,
            field_links=field_links,
        )

        response_statistics.additional_properties = d
        return response_statistics

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
