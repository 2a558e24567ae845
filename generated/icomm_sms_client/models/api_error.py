from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.api_error_resource import ApiErrorResource
    from ..models.api_error_violation import ApiErrorViolation


T = TypeVar("T", bound="ApiError")


@_attrs_define
class ApiError:
    """Infobip v3 error body.

    Attributes:
        error_code (str): An error code uniquely identifying the error case.
        description (str): A detailed description of the error.
        action (str): An action that should be taken to recover from the error.
        violations (list[ApiErrorViolation]): List of violations that caused the error.
        resources (list[ApiErrorResource]): List of available resources to recover from the error.
    """

    error_code: str
    description: str
    action: str
    violations: list[ApiErrorViolation]
    resources: list[ApiErrorResource]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code = self.error_code

        description = self.description

        action = self.action

        violations = []
        for violations_item_data in self.violations:
            violations_item = violations_item_data.to_dict()
            violations.append(violations_item)

        resources = []
        for resources_item_data in self.resources:
            resources_item = resources_item_data.to_dict()
            resources.append(resources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errorCode": error_code,
                "description": description,
                "action": action,
                "violations": violations,
                "resources": resources,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_error_resource import ApiErrorResource  # noqa: PLC0415
        from ..models.api_error_violation import ApiErrorViolation  # noqa: PLC0415

        d = dict(src_dict)
        error_code = d.pop("errorCode")

        description = d.pop("description")

        action = d.pop("action")

        violations = []
        _violations = d.pop("violations")
        for violations_item_data in _violations:
            violations_item = ApiErrorViolation.from_dict(violations_item_data)

            violations.append(violations_item)

        resources = []
        _resources = d.pop("resources")
        for resources_item_data in _resources:
            resources_item = ApiErrorResource.from_dict(resources_item_data)

            resources.append(resources_item)

        api_error = cls(
            error_code=error_code,
            description=description,
            action=action,
            violations=violations,
            resources=resources,
        )

        api_error.additional_properties = d
        return api_error

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
