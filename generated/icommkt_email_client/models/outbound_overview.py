from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OutboundOverview")


@_attrs_define
class OutboundOverview:
    """The documentation's sample has all sixteen totals (the emulator always sends them); none is promised, since Postmark
    clients (postmark-python) default each to 0 when it is missing and Postmark added totals over time
    (WithReadTimeRecorded).

        Attributes:
            sent (int | Unset):
            bounced (int | Unset):
            smtp_api_errors (int | Unset):
            bounce_rate (float | Unset): Percentage of sent.
            spam_complaints (int | Unset):
            spam_complaints_rate (float | Unset): Percentage of sent.
            opens (int | Unset):
            unique_opens (int | Unset):
            total_clicks (int | Unset):
            unique_links_clicked (int | Unset):
            total_tracked_links_sent (int | Unset):
            tracked (int | Unset): Emails with link or open tracking (counted once).
            with_link_tracking (int | Unset):
            with_open_tracking (int | Unset):
            with_client_recorded (int | Unset):
            with_platform_recorded (int | Unset):
    """

    sent: int | Unset = UNSET
    bounced: int | Unset = UNSET
    smtp_api_errors: int | Unset = UNSET
    bounce_rate: float | Unset = UNSET
    spam_complaints: int | Unset = UNSET
    spam_complaints_rate: float | Unset = UNSET
    opens: int | Unset = UNSET
    unique_opens: int | Unset = UNSET
    total_clicks: int | Unset = UNSET
    unique_links_clicked: int | Unset = UNSET
    total_tracked_links_sent: int | Unset = UNSET
    tracked: int | Unset = UNSET
    with_link_tracking: int | Unset = UNSET
    with_open_tracking: int | Unset = UNSET
    with_client_recorded: int | Unset = UNSET
    with_platform_recorded: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sent = self.sent

        bounced = self.bounced

        smtp_api_errors = self.smtp_api_errors

        bounce_rate = self.bounce_rate

        spam_complaints = self.spam_complaints

        spam_complaints_rate = self.spam_complaints_rate

        opens = self.opens

        unique_opens = self.unique_opens

        total_clicks = self.total_clicks

        unique_links_clicked = self.unique_links_clicked

        total_tracked_links_sent = self.total_tracked_links_sent

        tracked = self.tracked

        with_link_tracking = self.with_link_tracking

        with_open_tracking = self.with_open_tracking

        with_client_recorded = self.with_client_recorded

        with_platform_recorded = self.with_platform_recorded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sent is not UNSET:
            field_dict["Sent"] = sent
        if bounced is not UNSET:
            field_dict["Bounced"] = bounced
        if smtp_api_errors is not UNSET:
            field_dict["SMTPApiErrors"] = smtp_api_errors
        if bounce_rate is not UNSET:
            field_dict["BounceRate"] = bounce_rate
        if spam_complaints is not UNSET:
            field_dict["SpamComplaints"] = spam_complaints
        if spam_complaints_rate is not UNSET:
            field_dict["SpamComplaintsRate"] = spam_complaints_rate
        if opens is not UNSET:
            field_dict["Opens"] = opens
        if unique_opens is not UNSET:
            field_dict["UniqueOpens"] = unique_opens
        if total_clicks is not UNSET:
            field_dict["TotalClicks"] = total_clicks
        if unique_links_clicked is not UNSET:
            field_dict["UniqueLinksClicked"] = unique_links_clicked
        if total_tracked_links_sent is not UNSET:
            field_dict["TotalTrackedLinksSent"] = total_tracked_links_sent
        if tracked is not UNSET:
            field_dict["Tracked"] = tracked
        if with_link_tracking is not UNSET:
            field_dict["WithLinkTracking"] = with_link_tracking
        if with_open_tracking is not UNSET:
            field_dict["WithOpenTracking"] = with_open_tracking
        if with_client_recorded is not UNSET:
            field_dict["WithClientRecorded"] = with_client_recorded
        if with_platform_recorded is not UNSET:
            field_dict["WithPlatformRecorded"] = with_platform_recorded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sent = d.pop("Sent", UNSET)

        bounced = d.pop("Bounced", UNSET)

        smtp_api_errors = d.pop("SMTPApiErrors", UNSET)

        bounce_rate = d.pop("BounceRate", UNSET)

        spam_complaints = d.pop("SpamComplaints", UNSET)

        spam_complaints_rate = d.pop("SpamComplaintsRate", UNSET)

        opens = d.pop("Opens", UNSET)

        unique_opens = d.pop("UniqueOpens", UNSET)

        total_clicks = d.pop("TotalClicks", UNSET)

        unique_links_clicked = d.pop("UniqueLinksClicked", UNSET)

        total_tracked_links_sent = d.pop("TotalTrackedLinksSent", UNSET)

        tracked = d.pop("Tracked", UNSET)

        with_link_tracking = d.pop("WithLinkTracking", UNSET)

        with_open_tracking = d.pop("WithOpenTracking", UNSET)

        with_client_recorded = d.pop("WithClientRecorded", UNSET)

        with_platform_recorded = d.pop("WithPlatformRecorded", UNSET)

        outbound_overview = cls(
            sent=sent,
            bounced=bounced,
            smtp_api_errors=smtp_api_errors,
            bounce_rate=bounce_rate,
            spam_complaints=spam_complaints,
            spam_complaints_rate=spam_complaints_rate,
            opens=opens,
            unique_opens=unique_opens,
            total_clicks=total_clicks,
            unique_links_clicked=unique_links_clicked,
            total_tracked_links_sent=total_tracked_links_sent,
            tracked=tracked,
            with_link_tracking=with_link_tracking,
            with_open_tracking=with_open_tracking,
            with_client_recorded=with_client_recorded,
            with_platform_recorded=with_platform_recorded,
        )

        outbound_overview.additional_properties = d
        return outbound_overview

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
