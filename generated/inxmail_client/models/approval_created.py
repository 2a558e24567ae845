from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.approval_command import ApprovalCommand
from ..models.approval_state_transition import ApprovalStateTransition
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.links import Links


T = TypeVar("T", bound="ApprovalCreated")


@_attrs_define
class ApprovalCreated:
    """The result of an approval command; the self link points to the approval history entry. The transition, entry date
    and user are null in the documented samples.

        Attributes:
            id (int):  Example: 123.
            field_links (Links): The `_links` node of a HAL document: at least a `self` link. Custom relations carry the
                `inx:` prefix, expanded by the `curies` entry (present on top-level documents, omitted on embedded items and
                most create/update responses). Paged collections add `first` (omitted on the first page), `next` (omitted on the
                last page; there actually is a non-empty next page) and, on the last page, `inx:upcoming` (a page that becomes
                available once more data is entered). Relations not listed here are allowed as further `Link` objects.
            approval_id (int | Unset):  Example: 123.
            approval_comment (None | str | Unset):  Example: COMMENT.
            approval_command (ApprovalCommand | Unset): APPROVE approves the mailing, INVALIDATE revokes a granted approval.
            approval_state_transition (ApprovalStateTransition | None | Unset):
            entry_date (datetime.datetime | None | Unset):
            user_name (None | str | Unset): Spelled `userName` here but `username` in the approval history.
            mailing_id (int | Unset):  Example: 1.
    """

    id: int
    field_links: Links
    approval_id: int | Unset = UNSET
    approval_comment: None | str | Unset = UNSET
    approval_command: ApprovalCommand | Unset = UNSET
    approval_state_transition: ApprovalStateTransition | None | Unset = UNSET
    entry_date: datetime.datetime | None | Unset = UNSET
    user_name: None | str | Unset = UNSET
    mailing_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_links = self.field_links.to_dict()

        approval_id = self.approval_id

        approval_comment: None | str | Unset
        if isinstance(self.approval_comment, Unset):
            approval_comment = UNSET
        else:
            approval_comment = self.approval_comment

        approval_command: str | Unset = UNSET
        if not isinstance(self.approval_command, Unset):
            approval_command = self.approval_command.value

        approval_state_transition: None | str | Unset
        if isinstance(self.approval_state_transition, Unset):
            approval_state_transition = UNSET
        elif isinstance(self.approval_state_transition, ApprovalStateTransition):
            approval_state_transition = self.approval_state_transition.value
        else:
            approval_state_transition = self.approval_state_transition

        entry_date: None | str | Unset
        if isinstance(self.entry_date, Unset):
            entry_date = UNSET
        elif isinstance(self.entry_date, datetime.datetime):
            entry_date = self.entry_date.isoformat()
        else:
            entry_date = self.entry_date

        user_name: None | str | Unset
        if isinstance(self.user_name, Unset):
            user_name = UNSET
        else:
            user_name = self.user_name

        mailing_id = self.mailing_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "_links": field_links,
            }
        )
        if approval_id is not UNSET:
            field_dict["approvalId"] = approval_id
        if approval_comment is not UNSET:
            field_dict["approvalComment"] = approval_comment
        if approval_command is not UNSET:
            field_dict["approvalCommand"] = approval_command
        if approval_state_transition is not UNSET:
            field_dict["approvalStateTransition"] = approval_state_transition
        if entry_date is not UNSET:
            field_dict["entryDate"] = entry_date
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if mailing_id is not UNSET:
            field_dict["mailingId"] = mailing_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.links import Links  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        field_links = Links.from_dict(d.pop("_links"))

        approval_id = d.pop("approvalId", UNSET)

        def _parse_approval_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        approval_comment = _parse_approval_comment(d.pop("approvalComment", UNSET))

        _approval_command = d.pop("approvalCommand", UNSET)
        approval_command: ApprovalCommand | Unset
        if isinstance(_approval_command, Unset):
            approval_command = UNSET
        else:
            approval_command = ApprovalCommand(_approval_command)

        def _parse_approval_state_transition(
            data: object,
        ) -> ApprovalStateTransition | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approval_state_transition_type_0 = ApprovalStateTransition(data)

                return approval_state_transition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApprovalStateTransition | None | Unset, data)

        approval_state_transition = _parse_approval_state_transition(
            d.pop("approvalStateTransition", UNSET)
        )

        def _parse_entry_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                entry_date_type_0 = datetime.datetime.fromisoformat(data)

                return entry_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        entry_date = _parse_entry_date(d.pop("entryDate", UNSET))

        def _parse_user_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_name = _parse_user_name(d.pop("userName", UNSET))

        mailing_id = d.pop("mailingId", UNSET)

        approval_created = cls(
            id=id,
            field_links=field_links,
            approval_id=approval_id,
            approval_comment=approval_comment,
            approval_command=approval_command,
            approval_state_transition=approval_state_transition,
            entry_date=entry_date,
            user_name=user_name,
            mailing_id=mailing_id,
        )

        approval_created.additional_properties = d
        return approval_created

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
