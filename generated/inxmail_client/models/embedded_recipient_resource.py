from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recipient import Recipient


T = TypeVar("T", bound="EmbeddedRecipientResource")


@_attrs_define
class EmbeddedRecipientResource:
    """The `_embedded` node of an item that supports `embedded=inx:recipient`; only present when requested and the
    recipient is known.

        Attributes:
            inxrecipient (Recipient | Unset): A recipient. Attributes, tracking permissions and (un)subscription dates are
                only present when requested.
    """

    inxrecipient: Recipient | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inxrecipient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inxrecipient, Unset):
            inxrecipient = self.inxrecipient.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inxrecipient is not UNSET:
            field_dict["inx:recipient"] = inxrecipient

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recipient import Recipient  # noqa: PLC0415

        d = dict(src_dict)
        _inxrecipient = d.pop("inx:recipient", UNSET)
        inxrecipient: Recipient | Unset
        if isinstance(_inxrecipient, Unset):
            inxrecipient = UNSET
        else:
            inxrecipient = Recipient.from_dict(_inxrecipient)

        embedded_recipient_resource = cls(
            inxrecipient=inxrecipient,
        )

        embedded_recipient_resource.additional_properties = d
        return embedded_recipient_resource

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
