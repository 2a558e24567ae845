from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.approval_state_transition import ApprovalStateTransition
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.links import Links


T = TypeVar("T", bound="Approval")


@_attrs_define
class Approval:
    """An entry of the approval history of a mailing.

    Attributes:
        id (int): The id of this entry. Example: 1.
        field_links (Links): The `_links` node of a HAL document: at least a `self` link. Custom relations carry the
            `inx:` prefix, expanded by the `curies` entry (present on top-level documents, omitted on embedded items and
            most create/update responses). Paged collections add `first` (omitted on the first page), `next` (omitted on the
            last page; there actually is a non-empty next page) and, on the last page, `inx:upcoming` (a page that becomes
            available once more data is entered). Relations not listed here are allowed as further `Link` objects.
        mailing_id (int | Unset): The id of the related mailing. Example: 1.
        username (None | str | Unset): Name of the user who caused the transition; may be null. Example: John Smith.
        approval_comment (None | str | Unset): Comment for this transition; may be null. Example: This mailing is
            approved..
        entry_date (datetime.datetime | Unset): The point in time when this event occurred. Example:
            2024-03-12T14:40:40Z.
        approval_state_transition (ApprovalStateTransition | Unset): A transition of the approval state:
            REQUEST_APPROVAL (approval process started), DENY (request denied), APPROVED (immediate approval without
            process), REVOKE_REQUEST (process stopped before deadline or approval), ESCALATED (first deadline of an
            escalating process hit), DEADLINE (final deadline hit, process aborted), DISABLED (request aborted due to
            configuration change), OVERRIDE (immediate approval with process configured), INVALIDATE (current approval
            revoked).
    """

    id: int
    field_links: Links
    mailing_id: int | Unset = UNSET
    username: None | str | Unset = UNSET
    approval_comment: None | str | Unset = UNSET
    entry_date: datetime.datetime | Unset = UNSET
    approval_state_transition: ApprovalStateTransition | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_links = self.field_links.to_dict()

        mailing_id = self.mailing_id

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        approval_comment: None | str | Unset
        if isinstance(self.approval_comment, Unset):
            approval_comment = UNSET
        else:
            approval_comment = self.approval_comment

        entry_date: str | Unset = UNSET
        if not isinstance(self.entry_date, Unset):
            entry_date = self.entry_date.isoformat()

        approval_state_transition: str | Unset = UNSET
        if not isinstance(self.approval_state_transition, Unset):
            approval_state_transition = self.approval_state_transition.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "_links": field_links,
            }
        )
        if mailing_id is not UNSET:
            field_dict["mailingId"] = mailing_id
        if username is not UNSET:
            field_dict["username"] = username
        if approval_comment is not UNSET:
            field_dict["approvalComment"] = approval_comment
        if entry_date is not UNSET:
            field_dict["entryDate"] = entry_date
        if approval_state_transition is not UNSET:
            field_dict["approvalStateTransition"] = approval_state_transition

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.links import Links  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        field_links = Links.from_dict(d.pop("_links"))

        mailing_id = d.pop("mailingId", UNSET)

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        def _parse_approval_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        approval_comment = _parse_approval_comment(d.pop("approvalComment", UNSET))

        _entry_date = d.pop("entryDate", UNSET)
        entry_date: datetime.datetime | Unset
        if isinstance(_entry_date, Unset):
            entry_date = UNSET
        else:
            entry_date = datetime.datetime.fromisoformat(_entry_date)

        _approval_state_transition = d.pop("approvalStateTransition", UNSET)
        approval_state_transition: ApprovalStateTransition | Unset
        if isinstance(_approval_state_transition, Unset):
            approval_state_transition = UNSET
        else:
            approval_state_transition = ApprovalStateTransition(
                _approval_state_transition
            )

        approval = cls(
            id=id,
            field_links=field_links,
            mailing_id=mailing_id,
            username=username,
            approval_comment=approval_comment,
            entry_date=entry_date,
            approval_state_transition=approval_state_transition,
        )

        approval.additional_properties = d
        return approval

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
