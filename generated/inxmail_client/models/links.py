from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.curie import Curie
    from ..models.link import Link


T = TypeVar("T", bound="Links")


@_attrs_define
class Links:
    """The `_links` node of a HAL document: at least a `self` link. Custom relations carry the `inx:` prefix, expanded by
    the `curies` entry (present on top-level documents, omitted on embedded items and most create/update responses).
    Paged collections add `first` (omitted on the first page), `next` (omitted on the last page; there actually is a
    non-empty next page) and, on the last page, `inx:upcoming` (a page that becomes available once more data is
    entered). Relations not listed here are allowed as further `Link` objects.

        Attributes:
            self_ (Link | Unset): A HAL link object.
            first (Link | Unset): A HAL link object.
            next_ (Link | Unset): A HAL link object.
            prev (Link | Unset): A HAL link object.
            inxupcoming (Link | Unset): A HAL link object.
            curies (list[Curie] | Unset):
            documentation (Link | Unset): A HAL link object.
            inxlist (Link | Unset): A HAL link object.
            inxlists (Link | Unset): A HAL link object.
            inxmailing (Link | Unset): A HAL link object.
            inxmailings (Link | Unset): A HAL link object.
            inxrendered_content (Link | Unset): A HAL link object.
            inxeditor_content (Link | Unset): A HAL link object.
            inxlinks (Link | Unset): A HAL link object.
            inxsending (Link | Unset): A HAL link object.
            inxsendings (Link | Unset): A HAL link object.
            inxclicks (Link | Unset): A HAL link object.
            inxweb_beacon_hits (Link | Unset): A HAL link object.
            inxbounces (Link | Unset): A HAL link object.
            inxsubscription_settings (Link | Unset): A HAL link object.
            inxunsubscription_settings (Link | Unset): A HAL link object.
            inxattributes (Link | Unset): A HAL link object.
            inxrecipient (Link | Unset): A HAL link object.
            inxrecipients (Link | Unset): A HAL link object.
            inxrecipient_imports (Link | Unset): A HAL link object.
            inxfiles (Link | Unset): A HAL link object.
            inxerrors (Link | Unset): A HAL link object.
            inxsubscription_events (Link | Unset): A HAL link object.
            inxunsubscription_events (Link | Unset): A HAL link object.
            inxblacklist_entries (Link | Unset): A HAL link object.
    """

    self_: Link | Unset = UNSET
    first: Link | Unset = UNSET
    next_: Link | Unset = UNSET
    prev: Link | Unset = UNSET
    inxupcoming: Link | Unset = UNSET
    curies: list[Curie] | Unset = UNSET
    documentation: Link | Unset = UNSET
    inxlist: Link | Unset = UNSET
    inxlists: Link | Unset = UNSET
    inxmailing: Link | Unset = UNSET
    inxmailings: Link | Unset = UNSET
    inxrendered_content: Link | Unset = UNSET
    inxeditor_content: Link | Unset = UNSET
    inxlinks: Link | Unset = UNSET
    inxsending: Link | Unset = UNSET
    inxsendings: Link | Unset = UNSET
    inxclicks: Link | Unset = UNSET
    inxweb_beacon_hits: Link | Unset = UNSET
    inxbounces: Link | Unset = UNSET
    inxsubscription_settings: Link | Unset = UNSET
    inxunsubscription_settings: Link | Unset = UNSET
    inxattributes: Link | Unset = UNSET
    inxrecipient: Link | Unset = UNSET
    inxrecipients: Link | Unset = UNSET
    inxrecipient_imports: Link | Unset = UNSET
    inxfiles: Link | Unset = UNSET
    inxerrors: Link | Unset = UNSET
    inxsubscription_events: Link | Unset = UNSET
    inxunsubscription_events: Link | Unset = UNSET
    inxblacklist_entries: Link | Unset = UNSET
    additional_properties: dict[str, Link] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.self_, Unset):
            self_ = self.self_.to_dict()

        first: dict[str, Any] | Unset = UNSET
        if not isinstance(self.first, Unset):
            first = self.first.to_dict()

        next_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.next_, Unset):
            next_ = self.next_.to_dict()

        prev: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prev, Unset):
            prev = self.prev.to_dict()

        inxupcoming: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inxupcoming, Unset):
            inxupcoming = self.inxupcoming.to_dict()

        curies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.curies, Unset):
            curies = []
            for curies_item_data in self.curies:
                curies_item = curies_item_data.to_dict()
                curies.append(curies_item)

        documentation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.documentation, Unset):
            documentation = self.documentation.to_dict()

        inxlist: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inxlist, Unset):
            inxlist = self.inxlist.to_dict()

        inxlists: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inxlists, Unset):
            inxlists = self.inxlists.to_dict()

        inxmailing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inxmailing, Unset):
            inxmailing = self.inxmailing.to_dict()

        inxmailings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inxmailings, Unset):
            inxmailings = self.inxmailings.to_dict()

        inxrendered_content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inxrendered_content, Unset):
            inxrendered_content = self.inxrendered_content.to_dict()

        inxeditor_content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inxeditor_content, Unset):
            inxeditor_content = self.inxeditor_content.to_dict()

        inxlinks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inxlinks, Unset):
            inxlinks = self.inxlinks.to_dict()

        inxsending: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inxsending, Unset):
            inxsending = self.inxsending.to_dict()

        inxsendings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inxsendings, Unset):
            inxsendings = self.inxsendings.to_dict()

        inxclicks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inxclicks, Unset):
            inxclicks = self.inxclicks.to_dict()

        inxweb_beacon_hits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inxweb_beacon_hits, Unset):
            inxweb_beacon_hits = self.inxweb_beacon_hits.to_dict()

        inxbounces: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inxbounces, Unset):
            inxbounces = self.inxbounces.to_dict()

        inxsubscription_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inxsubscription_settings, Unset):
            inxsubscription_settings = self.inxsubscription_settings.to_dict()

        inxunsubscription_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inxunsubscription_settings, Unset):
            inxunsubscription_settings = self.inxunsubscription_settings.to_dict()

        inxattributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inxattributes, Unset):
            inxattributes = self.inxattributes.to_dict()

        inxrecipient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inxrecipient, Unset):
            inxrecipient = self.inxrecipient.to_dict()

        inxrecipients: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inxrecipients, Unset):
            inxrecipients = self.inxrecipients.to_dict()

        inxrecipient_imports: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inxrecipient_imports, Unset):
            inxrecipient_imports = self.inxrecipient_imports.to_dict()

        inxfiles: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inxfiles, Unset):
            inxfiles = self.inxfiles.to_dict()

        inxerrors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inxerrors, Unset):
            inxerrors = self.inxerrors.to_dict()

        inxsubscription_events: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inxsubscription_events, Unset):
            inxsubscription_events = self.inxsubscription_events.to_dict()

        inxunsubscription_events: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inxunsubscription_events, Unset):
            inxunsubscription_events = self.inxunsubscription_events.to_dict()

        inxblacklist_entries: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inxblacklist_entries, Unset):
            inxblacklist_entries = self.inxblacklist_entries.to_dict()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        field_dict.update({})
        if self_ is not UNSET:
            field_dict["self"] = self_
        if first is not UNSET:
            field_dict["first"] = first
        if next_ is not UNSET:
            field_dict["next"] = next_
        if prev is not UNSET:
            field_dict["prev"] = prev
        if inxupcoming is not UNSET:
            field_dict["inx:upcoming"] = inxupcoming
        if curies is not UNSET:
            field_dict["curies"] = curies
        if documentation is not UNSET:
            field_dict["documentation"] = documentation
        if inxlist is not UNSET:
            field_dict["inx:list"] = inxlist
        if inxlists is not UNSET:
            field_dict["inx:lists"] = inxlists
        if inxmailing is not UNSET:
            field_dict["inx:mailing"] = inxmailing
        if inxmailings is not UNSET:
            field_dict["inx:mailings"] = inxmailings
        if inxrendered_content is not UNSET:
            field_dict["inx:renderedContent"] = inxrendered_content
        if inxeditor_content is not UNSET:
            field_dict["inx:editorContent"] = inxeditor_content
        if inxlinks is not UNSET:
            field_dict["inx:links"] = inxlinks
        if inxsending is not UNSET:
            field_dict["inx:sending"] = inxsending
        if inxsendings is not UNSET:
            field_dict["inx:sendings"] = inxsendings
        if inxclicks is not UNSET:
            field_dict["inx:clicks"] = inxclicks
        if inxweb_beacon_hits is not UNSET:
            field_dict["inx:web-beacon-hits"] = inxweb_beacon_hits
        if inxbounces is not UNSET:
            field_dict["inx:bounces"] = inxbounces
        if inxsubscription_settings is not UNSET:
            field_dict["inx:subscription-settings"] = inxsubscription_settings
        if inxunsubscription_settings is not UNSET:
            field_dict["inx:unsubscription-settings"] = inxunsubscription_settings
        if inxattributes is not UNSET:
            field_dict["inx:attributes"] = inxattributes
        if inxrecipient is not UNSET:
            field_dict["inx:recipient"] = inxrecipient
        if inxrecipients is not UNSET:
            field_dict["inx:recipients"] = inxrecipients
        if inxrecipient_imports is not UNSET:
            field_dict["inx:recipient-imports"] = inxrecipient_imports
        if inxfiles is not UNSET:
            field_dict["inx:files"] = inxfiles
        if inxerrors is not UNSET:
            field_dict["inx:errors"] = inxerrors
        if inxsubscription_events is not UNSET:
            field_dict["inx:subscription-events"] = inxsubscription_events
        if inxunsubscription_events is not UNSET:
            field_dict["inx:unsubscription-events"] = inxunsubscription_events
        if inxblacklist_entries is not UNSET:
            field_dict["inx:blacklist-entries"] = inxblacklist_entries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.curie import Curie  # noqa: PLC0415
        from ..models.link import Link  # noqa: PLC0415

        d = dict(src_dict)
        _self_ = d.pop("self", UNSET)
        self_: Link | Unset
        if isinstance(_self_, Unset):
            self_ = UNSET
        else:
            self_ = Link.from_dict(_self_)

        _first = d.pop("first", UNSET)
        first: Link | Unset
        if isinstance(_first, Unset):
            first = UNSET
        else:
            first = Link.from_dict(_first)

        _next_ = d.pop("next", UNSET)
        next_: Link | Unset
        if isinstance(_next_, Unset):
            next_ = UNSET
        else:
            next_ = Link.from_dict(_next_)

        _prev = d.pop("prev", UNSET)
        prev: Link | Unset
        if isinstance(_prev, Unset):
            prev = UNSET
        else:
            prev = Link.from_dict(_prev)

        _inxupcoming = d.pop("inx:upcoming", UNSET)
        inxupcoming: Link | Unset
        if isinstance(_inxupcoming, Unset):
            inxupcoming = UNSET
        else:
            inxupcoming = Link.from_dict(_inxupcoming)

        _curies = d.pop("curies", UNSET)
        curies: list[Curie] | Unset = UNSET
        if _curies is not UNSET:
            curies = []
            for curies_item_data in _curies:
                curies_item = Curie.from_dict(curies_item_data)

                curies.append(curies_item)

        _documentation = d.pop("documentation", UNSET)
        documentation: Link | Unset
        if isinstance(_documentation, Unset):
            documentation = UNSET
        else:
            documentation = Link.from_dict(_documentation)

        _inxlist = d.pop("inx:list", UNSET)
        inxlist: Link | Unset
        if isinstance(_inxlist, Unset):
            inxlist = UNSET
        else:
            inxlist = Link.from_dict(_inxlist)

        _inxlists = d.pop("inx:lists", UNSET)
        inxlists: Link | Unset
        if isinstance(_inxlists, Unset):
            inxlists = UNSET
        else:
            inxlists = Link.from_dict(_inxlists)

        _inxmailing = d.pop("inx:mailing", UNSET)
        inxmailing: Link | Unset
        if isinstance(_inxmailing, Unset):
            inxmailing = UNSET
        else:
            inxmailing = Link.from_dict(_inxmailing)

        _inxmailings = d.pop("inx:mailings", UNSET)
        inxmailings: Link | Unset
        if isinstance(_inxmailings, Unset):
            inxmailings = UNSET
        else:
            inxmailings = Link.from_dict(_inxmailings)

        _inxrendered_content = d.pop("inx:renderedContent", UNSET)
        inxrendered_content: Link | Unset
        if isinstance(_inxrendered_content, Unset):
            inxrendered_content = UNSET
        else:
            inxrendered_content = Link.from_dict(_inxrendered_content)

        _inxeditor_content = d.pop("inx:editorContent", UNSET)
        inxeditor_content: Link | Unset
        if isinstance(_inxeditor_content, Unset):
            inxeditor_content = UNSET
        else:
            inxeditor_content = Link.from_dict(_inxeditor_content)

        _inxlinks = d.pop("inx:links", UNSET)
        inxlinks: Link | Unset
        if isinstance(_inxlinks, Unset):
            inxlinks = UNSET
        else:
            inxlinks = Link.from_dict(_inxlinks)

        _inxsending = d.pop("inx:sending", UNSET)
        inxsending: Link | Unset
        if isinstance(_inxsending, Unset):
            inxsending = UNSET
        else:
            inxsending = Link.from_dict(_inxsending)

        _inxsendings = d.pop("inx:sendings", UNSET)
        inxsendings: Link | Unset
        if isinstance(_inxsendings, Unset):
            inxsendings = UNSET
        else:
            inxsendings = Link.from_dict(_inxsendings)

        _inxclicks = d.pop("inx:clicks", UNSET)
        inxclicks: Link | Unset
        if isinstance(_inxclicks, Unset):
            inxclicks = UNSET
        else:
            inxclicks = Link.from_dict(_inxclicks)

        _inxweb_beacon_hits = d.pop("inx:web-beacon-hits", UNSET)
        inxweb_beacon_hits: Link | Unset
        if isinstance(_inxweb_beacon_hits, Unset):
            inxweb_beacon_hits = UNSET
        else:
            inxweb_beacon_hits = Link.from_dict(_inxweb_beacon_hits)

        _inxbounces = d.pop("inx:bounces", UNSET)
        inxbounces: Link | Unset
        if isinstance(_inxbounces, Unset):
            inxbounces = UNSET
        else:
            inxbounces = Link.from_dict(_inxbounces)

        _inxsubscription_settings = d.pop("inx:subscription-settings", UNSET)
        inxsubscription_settings: Link | Unset
        if isinstance(_inxsubscription_settings, Unset):
            inxsubscription_settings = UNSET
        else:
            inxsubscription_settings = Link.from_dict(_inxsubscription_settings)

        _inxunsubscription_settings = d.pop("inx:unsubscription-settings", UNSET)
        inxunsubscription_settings: Link | Unset
        if isinstance(_inxunsubscription_settings, Unset):
            inxunsubscription_settings = UNSET
        else:
            inxunsubscription_settings = Link.from_dict(_inxunsubscription_settings)

        _inxattributes = d.pop("inx:attributes", UNSET)
        inxattributes: Link | Unset
        if isinstance(_inxattributes, Unset):
            inxattributes = UNSET
        else:
            inxattributes = Link.from_dict(_inxattributes)

        _inxrecipient = d.pop("inx:recipient", UNSET)
        inxrecipient: Link | Unset
        if isinstance(_inxrecipient, Unset):
            inxrecipient = UNSET
        else:
            inxrecipient = Link.from_dict(_inxrecipient)

        _inxrecipients = d.pop("inx:recipients", UNSET)
        inxrecipients: Link | Unset
        if isinstance(_inxrecipients, Unset):
            inxrecipients = UNSET
        else:
            inxrecipients = Link.from_dict(_inxrecipients)

        _inxrecipient_imports = d.pop("inx:recipient-imports", UNSET)
        inxrecipient_imports: Link | Unset
        if isinstance(_inxrecipient_imports, Unset):
            inxrecipient_imports = UNSET
        else:
            inxrecipient_imports = Link.from_dict(_inxrecipient_imports)

        _inxfiles = d.pop("inx:files", UNSET)
        inxfiles: Link | Unset
        if isinstance(_inxfiles, Unset):
            inxfiles = UNSET
        else:
            inxfiles = Link.from_dict(_inxfiles)

        _inxerrors = d.pop("inx:errors", UNSET)
        inxerrors: Link | Unset
        if isinstance(_inxerrors, Unset):
            inxerrors = UNSET
        else:
            inxerrors = Link.from_dict(_inxerrors)

        _inxsubscription_events = d.pop("inx:subscription-events", UNSET)
        inxsubscription_events: Link | Unset
        if isinstance(_inxsubscription_events, Unset):
            inxsubscription_events = UNSET
        else:
            inxsubscription_events = Link.from_dict(_inxsubscription_events)

        _inxunsubscription_events = d.pop("inx:unsubscription-events", UNSET)
        inxunsubscription_events: Link | Unset
        if isinstance(_inxunsubscription_events, Unset):
            inxunsubscription_events = UNSET
        else:
            inxunsubscription_events = Link.from_dict(_inxunsubscription_events)

        _inxblacklist_entries = d.pop("inx:blacklist-entries", UNSET)
        inxblacklist_entries: Link | Unset
        if isinstance(_inxblacklist_entries, Unset):
            inxblacklist_entries = UNSET
        else:
            inxblacklist_entries = Link.from_dict(_inxblacklist_entries)

        links = cls(
            self_=self_,
            first=first,
            next_=next_,
            prev=prev,
            inxupcoming=inxupcoming,
            curies=curies,
            documentation=documentation,
            inxlist=inxlist,
            inxlists=inxlists,
            inxmailing=inxmailing,
            inxmailings=inxmailings,
            inxrendered_content=inxrendered_content,
            inxeditor_content=inxeditor_content,
            inxlinks=inxlinks,
            inxsending=inxsending,
            inxsendings=inxsendings,
            inxclicks=inxclicks,
            inxweb_beacon_hits=inxweb_beacon_hits,
            inxbounces=inxbounces,
            inxsubscription_settings=inxsubscription_settings,
            inxunsubscription_settings=inxunsubscription_settings,
            inxattributes=inxattributes,
            inxrecipient=inxrecipient,
            inxrecipients=inxrecipients,
            inxrecipient_imports=inxrecipient_imports,
            inxfiles=inxfiles,
            inxerrors=inxerrors,
            inxsubscription_events=inxsubscription_events,
            inxunsubscription_events=inxunsubscription_events,
            inxblacklist_entries=inxblacklist_entries,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = Link.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        links.additional_properties = additional_properties
        return links

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Link:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Link) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
