from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.email_record import EmailRecord


T = TypeVar("T", bound="SearchResponse")


@_attrs_define
class SearchResponse:
    """The four members of the documentation's "Returned results" table, all in its example; `results` is an empty array
    past the last page.

        Attributes:
            current_page (int): The page returned.
            total_pages (int): ceil(total_results / limit); 0 when nothing matches.
            total_results (int): The number of records matching the search over all pages. The documentation's table says
                "records returned in this call" but its example shows 5 with limit=1 and one result; the example is followed.
            results (list[EmailRecord]):
    """

    current_page: int
    total_pages: int
    total_results: int
    results: list[EmailRecord]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_page = self.current_page

        total_pages = self.total_pages

        total_results = self.total_results

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current_page": current_page,
                "total_pages": total_pages,
                "total_results": total_results,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_record import EmailRecord  # noqa: PLC0415

        d = dict(src_dict)
        current_page = d.pop("current_page")

        total_pages = d.pop("total_pages")

        total_results = d.pop("total_results")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = EmailRecord.from_dict(results_item_data)

            results.append(results_item)

        search_response = cls(
            current_page=current_page,
            total_pages=total_pages,
            total_results=total_results,
            results=results,
        )

        search_response.additional_properties = d
        return search_response

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
