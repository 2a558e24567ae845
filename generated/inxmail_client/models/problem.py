from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invalid_field import InvalidField
    from ..models.links import Links
    from ..models.render_error import RenderError


T = TypeVar("T", bound="Problem")


@_attrs_define
class Problem:
    """An RFC 7807 problem document. `type` is `about:blank` for well-defined conditions (e.g. 404, 429) or a static
    problem id (e.g. `validation-error`) whose documentation is linked in `_links.documentation`. Validation errors add
    `generalErrors` and `invalidFields`; subscription/unsubscription errors add `result`; unparseable attribute (filter)
    values add `expectedDataType` and `maxStringLength`; mailing render errors add `errors`.

        Attributes:
            type_ (str): Static ID of the problem type. Example: validation-error.
            title (str): Short explanation of the problem type. Example: invalid request parameters.
            status (int | Unset): The HTTP status code (RFC 7807; not shown in the documented samples).
            detail (str | Unset): Information on this occurrence; optional.
            instance (str | Unset): URI of this occurrence (RFC 7807; not shown in the documented samples).
            general_errors (list[str] | Unset): Validation errors concerning the whole object (validation-error).
            invalid_fields (list[InvalidField] | Unset): Validation errors per field (validation-error).
            result (str | Unset): The (un)subscription event type explaining a subscription-error or unsubscription-error,
                e.g. INVALID_ADDRESS_ERROR, DUPLICATE_UNSUBSCRIPTION, NOT_IN_SYSTEM_UNSUBSCRIPTION. Example:
                INVALID_ADDRESS_ERROR.
            expected_data_type (str | Unset): The data type of the recipient attribute (unparseable-recipient-
                attribute[-filter]). Example: TEXT.
            max_string_length (int | Unset): For TEXT attributes the maximum number of characters (unparseable-recipient-
                attribute[-filter]). Example: 10.
            errors (list[RenderError] | Unset): The errors that prevented rendering the mailing (mailing-render-error).
            field_links (Links | Unset): The `_links` node of a HAL document: at least a `self` link. Custom relations carry
                the `inx:` prefix, expanded by the `curies` entry (present on top-level documents, omitted on embedded items and
                most create/update responses). Paged collections add `first` (omitted on the first page), `next` (omitted on the
                last page; there actually is a non-empty next page) and, on the last page, `inx:upcoming` (a page that becomes
                available once more data is entered). Relations not listed here are allowed as further `Link` objects.
    """

    type_: str
    title: str
    status: int | Unset = UNSET
    detail: str | Unset = UNSET
    instance: str | Unset = UNSET
    general_errors: list[str] | Unset = UNSET
    invalid_fields: list[InvalidField] | Unset = UNSET
    result: str | Unset = UNSET
    expected_data_type: str | Unset = UNSET
    max_string_length: int | Unset = UNSET
    errors: list[RenderError] | Unset = UNSET
    field_links: Links | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        status = self.status

        detail = self.detail

        instance = self.instance

        general_errors: list[str] | Unset = UNSET
        if not isinstance(self.general_errors, Unset):
            general_errors = self.general_errors

        invalid_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invalid_fields, Unset):
            invalid_fields = []
            for invalid_fields_item_data in self.invalid_fields:
                invalid_fields_item = invalid_fields_item_data.to_dict()
                invalid_fields.append(invalid_fields_item)

        result = self.result

        expected_data_type = self.expected_data_type

        max_string_length = self.max_string_length

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = self.field_links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "title": title,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if detail is not UNSET:
            field_dict["detail"] = detail
        if instance is not UNSET:
            field_dict["instance"] = instance
        if general_errors is not UNSET:
            field_dict["generalErrors"] = general_errors
        if invalid_fields is not UNSET:
            field_dict["invalidFields"] = invalid_fields
        if result is not UNSET:
            field_dict["result"] = result
        if expected_data_type is not UNSET:
            field_dict["expectedDataType"] = expected_data_type
        if max_string_length is not UNSET:
            field_dict["maxStringLength"] = max_string_length
        if errors is not UNSET:
            field_dict["errors"] = errors
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invalid_field import InvalidField  # noqa: PLC0415
        from ..models.links import Links  # noqa: PLC0415
        from ..models.render_error import RenderError  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        title = d.pop("title")

        status = d.pop("status", UNSET)

        detail = d.pop("detail", UNSET)

        instance = d.pop("instance", UNSET)

        general_errors = cast(list[str], d.pop("generalErrors", UNSET))

        _invalid_fields = d.pop("invalidFields", UNSET)
        invalid_fields: list[InvalidField] | Unset = UNSET
        if _invalid_fields is not UNSET:
            invalid_fields = []
            for invalid_fields_item_data in _invalid_fields:
                invalid_fields_item = InvalidField.from_dict(invalid_fields_item_data)

                invalid_fields.append(invalid_fields_item)

        result = d.pop("result", UNSET)

        expected_data_type = d.pop("expectedDataType", UNSET)

        max_string_length = d.pop("maxStringLength", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: list[RenderError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = RenderError.from_dict(errors_item_data)

                errors.append(errors_item)

        _field_links = d.pop("_links", UNSET)
        field_links: Links | Unset
        if isinstance(_field_links, Unset):
            field_links = UNSET
        else:
            field_links = Links.from_dict(_field_links)

        problem = cls(
            type_=type_,
            title=title,
            status=status,
            detail=detail,
            instance=instance,
            general_errors=general_errors,
            invalid_fields=invalid_fields,
            result=result,
            expected_data_type=expected_data_type,
            max_string_length=max_string_length,
            errors=errors,
            field_links=field_links,
        )

        problem.additional_properties = d
        return problem

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
