from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_statistics import ResponseStatistics
    from ..models.sending_statistics import SendingStatistics


T = TypeVar("T", bound="MailingEmbedded")


@_attrs_define
class MailingEmbedded:
    """Resources embedded on request (`embedded` parameter); only present when they exist (e.g. statistics only after the
    mailing has been sent).

        Attributes:
            inxsending_statistics (SendingStatistics | Unset): The most important sending information of a mailing.
            inxresponse_statistics (ResponseStatistics | Unset): The most important performance data of a mailing.
    """

    inxsending_statistics: SendingStatistics | Unset = UNSET
    inxresponse_statistics: ResponseStatistics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inxsending_statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inxsending_statistics, Unset):
            inxsending_statistics = self.inxsending_statistics.to_dict()

        inxresponse_statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inxresponse_statistics, Unset):
            inxresponse_statistics = self.inxresponse_statistics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inxsending_statistics is not UNSET:
            field_dict["inx:sending-statistics"] = inxsending_statistics
        if inxresponse_statistics is not UNSET:
            field_dict["inx:response-statistics"] = inxresponse_statistics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_statistics import ResponseStatistics  # noqa: PLC0415
        from ..models.sending_statistics import SendingStatistics  # noqa: PLC0415

        d = dict(src_dict)
        _inxsending_statistics = d.pop("inx:sending-statistics", UNSET)
        inxsending_statistics: SendingStatistics | Unset
        if isinstance(_inxsending_statistics, Unset):
            inxsending_statistics = UNSET
        else:
            inxsending_statistics = SendingStatistics.from_dict(_inxsending_statistics)

        _inxresponse_statistics = d.pop("inx:response-statistics", UNSET)
        inxresponse_statistics: ResponseStatistics | Unset
        if isinstance(_inxresponse_statistics, Unset):
            inxresponse_statistics = UNSET
        else:
            inxresponse_statistics = ResponseStatistics.from_dict(
                _inxresponse_statistics
            )

        mailing_embedded = cls(
            inxsending_statistics=inxsending_statistics,
            inxresponse_statistics=inxresponse_statistics,
        )

        mailing_embedded.additional_properties = d
        return mailing_embedded

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
