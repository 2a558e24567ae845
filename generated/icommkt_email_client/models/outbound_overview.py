from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OutboundOverview")


@_attrs_define
class OutboundOverview:
    """
    Attributes:
        sent (int):
        bounced (int):
        smtp_api_errors (int):
        bounce_rate (float): Percentage of sent.
        spam_complaints (int):
        spam_complaints_rate (float): Percentage of sent.
        opens (int):
        unique_opens (int):
        total_clicks (int):
        unique_links_clicked (int):
        total_tracked_links_sent (int):
        tracked (int): Emails with link or open tracking (counted once).
        with_link_tracking (int):
        with_open_tracking (int):
        with_client_recorded (int):
        with_platform_recorded (int):
    """

    sent: int
    bounced: int
    smtp_api_errors: int
    bounce_rate: float
    spam_complaints: int
    spam_complaints_rate: float
    opens: int
    unique_opens: int
    total_clicks: int
    unique_links_clicked: int
    total_tracked_links_sent: int
    tracked: int
    with_link_tracking: int
    with_open_tracking: int
    with_client_recorded: int
    with_platform_recorded: int
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
        field_dict.update(
            {
                "Sent": sent,
                "Bounced": bounced,
                "SMTPApiErrors": smtp_api_errors,
                "BounceRate": bounce_rate,
                "SpamComplaints": spam_complaints,
                "SpamComplaintsRate": spam_complaints_rate,
                "Opens": opens,
                "UniqueOpens": unique_opens,
                "TotalClicks": total_clicks,
                "UniqueLinksClicked": unique_links_clicked,
                "TotalTrackedLinksSent": total_tracked_links_sent,
                "Tracked": tracked,
                "WithLinkTracking": with_link_tracking,
                "WithOpenTracking": with_open_tracking,
                "WithClientRecorded": with_client_recorded,
                "WithPlatformRecorded": with_platform_recorded,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sent = d.pop("Sent")

        bounced = d.pop("Bounced")

        smtp_api_errors = d.pop("SMTPApiErrors")

        bounce_rate = d.pop("BounceRate")

        spam_complaints = d.pop("SpamComplaints")

        spam_complaints_rate = d.pop("SpamComplaintsRate")

        opens = d.pop("Opens")

        unique_opens = d.pop("UniqueOpens")

        total_clicks = d.pop("TotalClicks")

        unique_links_clicked = d.pop("UniqueLinksClicked")

        total_tracked_links_sent = d.pop("TotalTrackedLinksSent")

        tracked = d.pop("Tracked")

        with_link_tracking = d.pop("WithLinkTracking")

        with_open_tracking = d.pop("WithOpenTracking")

        with_client_recorded = d.pop("WithClientRecorded")

        with_platform_recorded = d.pop("WithPlatformRecorded")

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
