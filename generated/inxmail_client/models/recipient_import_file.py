from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recipient_import_file_state import RecipientImportFileState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.links import Links


T = TypeVar("T", bound="RecipientImportFile")


@_attrs_define
class RecipientImportFile:
    """The status of one file of a recipient import.

    Attributes:
        id (int): The ID of the file import. Example: 123.
        field_links (Links): The `_links` node of a HAL document: at least a `self` link. Custom relations carry the
            `inx:` prefix, expanded by the `curies` entry (present on top-level documents, omitted on embedded items and
            most create/update responses). Paged collections add `first` (omitted on the first page), `next` (omitted on the
            last page; there actually is a non-empty next page) and, on the last page, `inx:upcoming` (a page that becomes
            available once more data is entered). Relations not listed here are allowed as further `Link` objects.
        name (str | Unset): The name of the file. Example: filename.csv.
        state (RecipientImportFileState | Unset): NEW, PREFETCHING (import automation only), READY_TO_PROCESS,
            PREFETCH_FAILED (import automation only), PROCESSING, SUCCESSFUL, FAILED, DEQUEUED (removed from the queue),
            CANCELED.
        current_count (int | Unset): The number of records processed so far. Example: 101.
        success_count (int | Unset): The number of records imported successfully so far. Example: 100.
        failed_count (int | Unset): The number of records which could not be imported so far. Example: 1.
    """

    id: int
    field_links: Links
    name: str | Unset = UNSET
    state: RecipientImportFileState | Unset = UNSET
    current_count: int | Unset = UNSET
    success_count: int | Unset = UNSET
    failed_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_links = self.field_links.to_dict()

        name = self.name

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        current_count = self.current_count

        success_count = self.success_count

        failed_count = self.failed_count

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
        if state is not UNSET:
            field_dict["state"] = state
        if current_count is not UNSET:
            field_dict["currentCount"] = current_count
        if success_count is not UNSET:
            field_dict["successCount"] = success_count
        if failed_count is not UNSET:
            field_dict["failedCount"] = failed_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.links import Links  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        field_links = Links.from_dict(d.pop("_links"))

        name = d.pop("name", UNSET)

        _state = d.pop("state", UNSET)
        state: RecipientImportFileState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = RecipientImportFileState(_state)

        current_count = d.pop("currentCount", UNSET)

        success_count = d.pop("successCount", UNSET)

        failed_count = d.pop("failedCount", UNSET)

        recipient_import_file = cls(
            id=id,
            field_links=field_links,
            name=name,
            state=state,
            current_count=current_count,
            success_count=success_count,
            failed_count=failed_count,
        )

        recipient_import_file.additional_properties = d
        return recipient_import_file

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
