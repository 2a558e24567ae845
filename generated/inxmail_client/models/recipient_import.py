from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recipient_import_state import RecipientImportState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.links import Links


T = TypeVar("T", bound="RecipientImport")


@_attrs_define
class RecipientImport:
    """The status monitor of a recipient import.

    Attributes:
        id (int): The ID of the recipient import. Example: 5.
        field_links (Links): The `_links` node of a HAL document: at least a `self` link. Custom relations carry the
            `inx:` prefix, expanded by the `curies` entry (present on top-level documents, omitted on embedded items and
            most create/update responses). Paged collections add `first` (omitted on the first page), `next` (omitted on the
            last page; there actually is a non-empty next page) and, on the last page, `inx:upcoming` (a page that becomes
            available once more data is entered). Relations not listed here are allowed as further `Link` objects.
        state (RecipientImportState | Unset): NEW (acknowledged, not started), PROCESSING, SUCCESS (finished; not every
            record need have been imported), FAILED (general problem or no record imported), CANCELED (aborted by a user).
        success_count (int | Unset): The number of records imported successfully so far. Example: 38.
        fail_count (int | Unset): The number of records which could not be imported so far. Example: 42.
    """

    id: int
    field_links: Links
    state: RecipientImportState | Unset = UNSET
    success_count: int | Unset = UNSET
    fail_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_links = self.field_links.to_dict()

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        success_count = self.success_count

        fail_count = self.fail_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "_links": field_links,
            }
        )
        if state is not UNSET:
            field_dict["state"] = state
        if success_count is not UNSET:
            field_dict["successCount"] = success_count
        if fail_count is not UNSET:
            field_dict["failCount"] = fail_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.links import Links  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        field_links = Links.from_dict(d.pop("_links"))

        _state = d.pop("state", UNSET)
        state: RecipientImportState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = RecipientImportState(_state)

        success_count = d.pop("successCount", UNSET)

        fail_count = d.pop("failCount", UNSET)

        recipient_import = cls(
            id=id,
            field_links=field_links,
            state=state,
            success_count=success_count,
            fail_count=fail_count,
        )

        recipient_import.additional_properties = d
        return recipient_import

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
