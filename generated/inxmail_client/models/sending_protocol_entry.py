from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sending_protocol_state import SendingProtocolState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.embedded_recipient_resource import EmbeddedRecipientResource
    from ..models.links import Links


T = TypeVar("T", bound="SendingProtocolEntry")


@_attrs_define
class SendingProtocolEntry:
    """The protocol entry of one recipient in a sending (the samples carry no `_links`). The table describes `recipientId`
    as "Optional: number of affected line"; the samples show recipient ids.

        Attributes:
            state (SendingProtocolState | Unset): The state of a recipient in a sending.
            recipient_id (int | None | Unset): The ID of the recipient. Example: 3.
            field_embedded (EmbeddedRecipientResource | Unset): The `_embedded` node of an item that supports
                `embedded=inx:recipient`; only present when requested and the recipient is known.
            field_links (Links | Unset): The `_links` node of a HAL document: at least a `self` link. Custom relations carry
                the `inx:` prefix, expanded by the `curies` entry (present on top-level documents, omitted on embedded items and
                most create/update responses). Paged collections add `first` (omitted on the first page), `next` (omitted on the
                last page; there actually is a non-empty next page) and, on the last page, `inx:upcoming` (a page that becomes
                available once more data is entered). Relations not listed here are allowed as further `Link` objects.
    """

    state: SendingProtocolState | Unset = UNSET
    recipient_id: int | None | Unset = UNSET
    field_embedded: EmbeddedRecipientResource | Unset = UNSET
    field_links: Links | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        recipient_id: int | None | Unset
        if isinstance(self.recipient_id, Unset):
            recipient_id = UNSET
        else:
            recipient_id = self.recipient_id

        field_embedded: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_embedded, Unset):
            field_embedded = self.field_embedded.to_dict()

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = self.field_links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if state is not UNSET:
            field_dict["state"] = state
        if recipient_id is not UNSET:
            field_dict["recipientId"] = recipient_id
        if field_embedded is not UNSET:
            field_dict["_embedded"] = field_embedded
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.embedded_recipient_resource import EmbeddedRecipientResource  # noqa: PLC0415
        from ..models.links import Links  # noqa: PLC0415

        d = dict(src_dict)
        _state = d.pop("state", UNSET)
        state: SendingProtocolState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = SendingProtocolState(_state)

        def _parse_recipient_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        recipient_id = _parse_recipient_id(d.pop("recipientId", UNSET))

        _field_embedded = d.pop("_embedded", UNSET)
        field_embedded: EmbeddedRecipientResource | Unset
        if isinstance(_field_embedded, Unset):
            field_embedded = UNSET
        else:
            field_embedded = EmbeddedRecipientResource.from_dict(_field_embedded)

        _field_links = d.pop("_links", UNSET)
        field_links: Links | Unset
        if isinstance(_field_links, Unset):
            field_links = UNSET
        else:
            field_links = Links.from_dict(_field_links)

        sending_protocol_entry = cls(
            state=state,
            recipient_id=recipient_id,
            field_embedded=field_embedded,
            field_links=field_links,
        )

        sending_protocol_entry.additional_properties = d
        return sending_protocol_entry

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
