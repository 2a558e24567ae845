from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_settings_fields_subscription_type import (
    SubscriptionSettingsFieldsSubscriptionType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionSettingsUpdate")


@_attrs_define
class SubscriptionSettingsUpdate:
    """Payload replacing the subscription settings of a list. The documented sample also sends an `id` (0), which is
    accepted.

        Attributes:
            subscription_type (SubscriptionSettingsFieldsSubscriptionType | Unset): The subscription type: 10 confirmed opt-
                in, 11 double opt-in. Example: 10.
            send_welcome_message (bool | Unset): Whether a welcome message is sent.
            welcome_mailing_id (int | Unset): The id of the welcome mailing. Example: 8.
            verification_timeout_mailing_id (int | Unset): The id of the time-out mailing. Example: 13.
            verification_mailing_id (int | Unset): The id of the verification mailing. Example: 0.
            send_doi_verification_timeout_message (bool | Unset): Whether double opt-in timeout mailings are sent.
            doi_confirmation_duration (int | Unset): Number of days in which the double opt-in must be confirmed. Example:
                30.
            doi_landing_page (None | str | Unset): The URL of the double opt-in landing page. Example:
                https://example.com/landing-page.
            doi_timeout_landing_page (None | str | Unset): The URL of the double opt-in timeout page. Example:
                https://example.com/time-out.
            send_recent_mail (bool | Unset): Whether the most recent mailing is sent to new recipients.
            overwrite_existing_member (bool | Unset): Whether existing recipients are overwritten.
            subscription_command (None | str | Unset): The subscription command. Example: subscribe.
            notify_subscription_request (bool | Unset): Whether notifications are sent on unconfirmed subscriptions.
            notify_subscription_verification (bool | Unset): Whether notifications are sent on confirmed subscriptions.
            notify_address (None | str | Unset): The email address notifications are sent to. Example: ex@example.com.
            id (int | Unset): Sent as 0 in the documented sample. Example: 0.
    """

    subscription_type: SubscriptionSettingsFieldsSubscriptionType | Unset = UNSET
    send_welcome_message: bool | Unset = UNSET
    welcome_mailing_id: int | Unset = UNSET
    verification_timeout_mailing_id: int | Unset = UNSET
    verification_mailing_id: int | Unset = UNSET
    send_doi_verification_timeout_message: bool | Unset = UNSET
    doi_confirmation_duration: int | Unset = UNSET
    doi_landing_page: None | str | Unset = UNSET
    doi_timeout_landing_page: None | str | Unset = UNSET
    send_recent_mail: bool | Unset = UNSET
    overwrite_existing_member: bool | Unset = UNSET
    subscription_command: None | str | Unset = UNSET
    notify_subscription_request: bool | Unset = UNSET
    notify_subscription_verification: bool | Unset = UNSET
    notify_address: None | str | Unset = UNSET
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription_type: int | Unset = UNSET
        if not isinstance(self.subscription_type, Unset):
            subscription_type = self.subscription_type.value

        send_welcome_message = self.send_welcome_message

        welcome_mailing_id = self.welcome_mailing_id

        verification_timeout_mailing_id = self.verification_timeout_mailing_id

        verification_mailing_id = self.verification_mailing_id

        send_doi_verification_timeout_message = (
            self.send_doi_verification_timeout_message
        )

        doi_confirmation_duration = self.doi_confirmation_duration

        doi_landing_page: None | str | Unset
        if isinstance(self.doi_landing_page, Unset):
            doi_landing_page = UNSET
        else:
            doi_landing_page = self.doi_landing_page

        doi_timeout_landing_page: None | str | Unset
        if isinstance(self.doi_timeout_landing_page, Unset):
            doi_timeout_landing_page = UNSET
        else:
            doi_timeout_landing_page = self.doi_timeout_landing_page

        send_recent_mail = self.send_recent_mail

        overwrite_existing_member = self.overwrite_existing_member

        subscription_command: None | str | Unset
        if isinstance(self.subscription_command, Unset):
            subscription_command = UNSET
        else:
            subscription_command = self.subscription_command

        notify_subscription_request = self.notify_subscription_request

        notify_subscription_verification = self.notify_subscription_verification

        notify_address: None | str | Unset
        if isinstance(self.notify_address, Unset):
            notify_address = UNSET
        else:
            notify_address = self.notify_address

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscription_type is not UNSET:
            field_dict["subscriptionType"] = subscription_type
        if send_welcome_message is not UNSET:
            field_dict["sendWelcomeMessage"] = send_welcome_message
        if welcome_mailing_id is not UNSET:
            field_dict["welcomeMailingId"] = welcome_mailing_id
        if verification_timeout_mailing_id is not UNSET:
            field_dict["verificationTimeoutMailingId"] = verification_timeout_mailing_id
        if verification_mailing_id is not UNSET:
            field_dict["verificationMailingId"] = verification_mailing_id
        if send_doi_verification_timeout_message is not UNSET:
            field_dict["sendDoiVerificationTimeoutMessage"] = (
                send_doi_verification_timeout_message
            )
        if doi_confirmation_duration is not UNSET:
            field_dict["doiConfirmationDuration"] = doi_confirmation_duration
        if doi_landing_page is not UNSET:
            field_dict["doiLandingPage"] = doi_landing_page
        if doi_timeout_landing_page is not UNSET:
            field_dict["doiTimeoutLandingPage"] = doi_timeout_landing_page
        if send_recent_mail is not UNSET:
            field_dict["sendRecentMail"] = send_recent_mail
        if overwrite_existing_member is not UNSET:
            field_dict["overwriteExistingMember"] = overwrite_existing_member
        if subscription_command is not UNSET:
            field_dict["subscriptionCommand"] = subscription_command
        if notify_subscription_request is not UNSET:
            field_dict["notifySubscriptionRequest"] = notify_subscription_request
        if notify_subscription_verification is not UNSET:
            field_dict["notifySubscriptionVerification"] = (
                notify_subscription_verification
            )
        if notify_address is not UNSET:
            field_dict["notifyAddress"] = notify_address
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _subscription_type = d.pop("subscriptionType", UNSET)
        subscription_type: SubscriptionSettingsFieldsSubscriptionType | Unset
        if isinstance(_subscription_type, Unset):
            subscription_type = UNSET
        else:
            subscription_type = SubscriptionSettingsFieldsSubscriptionType(
                _subscription_type
            )

        send_welcome_message = d.pop("sendWelcomeMessage", UNSET)

        welcome_mailing_id = d.pop("welcomeMailingId", UNSET)

        verification_timeout_mailing_id = d.pop("verificationTimeoutMailingId", UNSET)

        verification_mailing_id = d.pop("verificationMailingId", UNSET)

        send_doi_verification_timeout_message = d.pop(
            "sendDoiVerificationTimeoutMessage", UNSET
        )

        doi_confirmation_duration = d.pop("doiConfirmationDuration", UNSET)

        def _parse_doi_landing_page(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doi_landing_page = _parse_doi_landing_page(d.pop("doiLandingPage", UNSET))

        def _parse_doi_timeout_landing_page(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doi_timeout_landing_page = _parse_doi_timeout_landing_page(
            d.pop("doiTimeoutLandingPage", UNSET)
        )

        send_recent_mail = d.pop("sendRecentMail", UNSET)

        overwrite_existing_member = d.pop("overwriteExistingMember", UNSET)

        def _parse_subscription_command(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subscription_command = _parse_subscription_command(
            d.pop("subscriptionCommand", UNSET)
        )

        notify_subscription_request = d.pop("notifySubscriptionRequest", UNSET)

        notify_subscription_verification = d.pop(
            "notifySubscriptionVerification", UNSET
        )

        def _parse_notify_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notify_address = _parse_notify_address(d.pop("notifyAddress", UNSET))

        id = d.pop("id", UNSET)

        subscription_settings_update = cls(
            subscription_type=subscription_type,
            send_welcome_message=send_welcome_message,
            welcome_mailing_id=welcome_mailing_id,
            verification_timeout_mailing_id=verification_timeout_mailing_id,
            verification_mailing_id=verification_mailing_id,
            send_doi_verification_timeout_message=send_doi_verification_timeout_message,
            doi_confirmation_duration=doi_confirmation_duration,
            doi_landing_page=doi_landing_page,
            doi_timeout_landing_page=doi_timeout_landing_page,
            send_recent_mail=send_recent_mail,
            overwrite_existing_member=overwrite_existing_member,
            subscription_command=subscription_command,
            notify_subscription_request=notify_subscription_request,
            notify_subscription_verification=notify_subscription_verification,
            notify_address=notify_address,
            id=id,
        )

        subscription_settings_update.additional_properties = d
        return subscription_settings_update

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
