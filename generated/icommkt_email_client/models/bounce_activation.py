from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bounce import Bounce


T = TypeVar("T", bound="BounceActivation")


@_attrs_define
class BounceActivation:
    """
    Attributes:
        message (str):
        bounce (Bounce): A bounce. `Content` is returned by get_bounce and activate_bounce only.
    """

    message: str
    bounce: Bounce
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        bounce = self.bounce.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Message": message,
                "Bounce": bounce,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bounce import Bounce  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("Message")

        bounce = Bounce.from_dict(d.pop("Bounce"))

        bounce_activation = cls(
            message=message,
            bounce=bounce,
        )

        bounce_activation.additional_properties = d
        return bounce_activation

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
