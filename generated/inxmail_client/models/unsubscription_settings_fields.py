from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unsubscription_settings_fields_pre_unsubscription_type import (
    UnsubscriptionSettingsFieldsPreUnsubscriptionType,
)
from ..models.unsubscription_settings_fields_unsubscription_type import (
    UnsubscriptionSettingsFieldsUnsubscriptionType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UnsubscriptionSettingsFields")


@_attrs_define
class UnsubscriptionSettingsFields:
    """The fields shared by the unsubscription settings and their update payload.

    Attributes:
        unsubscription_type (UnsubscriptionSettingsFieldsUnsubscriptionType | Unset): 1 confirmed opt-out, 2 double opt-
            out. Example: 1.
        verification_mailing_id (int | Unset): The id of the mailing sent to confirm the unsubscription. Example: 3.
        send_doo_verification_timeout_message (bool | Unset): Whether a mailing is sent when the double opt-out expired.
        verification_timeout_mailing_id (int | Unset): The id of the mailing sent when the double opt-out expired.
            Example: 3.
        good_bye_mailing_id (int | Unset): The id of the goodbye mailing. Example: 12.
        doo_confirmation_duration (int | Unset): The duration in days in which the double opt-out must be confirmed.
            Example: 30.
        doo_landing_page (None | str | Unset): The landing page if the double opt-out is already confirmed. Example:
            https://example.com/error.
        doo_timeout_landing_page (None | str | Unset): The landing page if the double opt-out is expired. Example:
            https://example.com/expired.
        delete_member (bool | Unset): Whether unused members are deleted.
        pre_unsubscription_type (UnsubscriptionSettingsFieldsPreUnsubscriptionType | Unset): 0 without, 1 direct, 2 jsp,
            3 external. Example: 1.
        unsubscription_landing_page (None | str | Unset): The landing page for the unsubscription. Example:
            https://example.com/unsubscribe.
        external_unsubscription_landing_page (None | str | Unset): The external landing page for the unsubscription.
            Example: https://example.com/unsubscribe.
        unsubscribe_jsp (int | Unset): The id of the JSP. Example: 2.
        verification_notify_mail_send_unsubscription (bool | Unset): Whether notifications are sent for unconfirmed
            unsubscriptions.
        send_notify_mail (bool | Unset): Whether notification mails are sent when an unsubscription happens.
        send_good_bye_message (bool | Unset): Whether a goodbye message is sent to the unsubscriber.
        unsubscription_command (None | str | Unset): The unsubscription command. Example: unsubscribe.
        notify_address (None | str | Unset): The email address notifications are sent to. Example: notify-
            me@example.com.
    """

    unsubscription_type: UnsubscriptionSettingsFieldsUnsubscriptionType | Unset = UNSET
    verification_mailing_id: int | Unset = UNSET
    send_doo_verification_timeout_message: bool | Unset = UNSET
    verification_timeout_mailing_id: int | Unset = UNSET
    good_bye_mailing_id: int | Unset = UNSET
    doo_confirmation_duration: int | Unset = UNSET
    doo_landing_page: None | str | Unset = UNSET
    doo_timeout_landing_page: None | str | Unset = UNSET
    delete_member: bool | Unset = UNSET
    pre_unsubscription_type: (
        UnsubscriptionSettingsFieldsPreUnsubscriptionType | Unset
    ) = UNSET
    unsubscription_landing_page: None | str | Unset = UNSET
    external_unsubscription_landing_page: None | str | Unset = UNSET
    unsubscribe_jsp: int | Unset = UNSET
    verification_notify_mail_send_unsubscription: bool | Unset = UNSET
    send_notify_mail: bool | Unset = UNSET
    send_good_bye_message: bool | Unset = UNSET
    unsubscription_command: None | str | Unset = UNSET
    notify_address: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unsubscription_type: int | Unset = UNSET
        if not isinstance(self.unsubscription_type, Unset):
            unsubscription_type = self.unsubscription_type.value

        verification_mailing_id = self.verification_mailing_id

        send_doo_verification_timeout_message = (
            self.send_doo_verification_timeout_message
        )

        verification_timeout_mailing_id = self.verification_timeout_mailing_id

        good_bye_mailing_id = self.good_bye_mailing_id

        doo_confirmation_duration = self.doo_confirmation_duration

        doo_landing_page: None | str | Unset
        if isinstance(self.doo_landing_page, Unset):
            doo_landing_page = UNSET
        else:
            doo_landing_page = self.doo_landing_page

        doo_timeout_landing_page: None | str | Unset
        if isinstance(self.doo_timeout_landing_page, Unset):
            doo_timeout_landing_page = UNSET
        else:
            doo_timeout_landing_page = self.doo_timeout_landing_page

        delete_member = self.delete_member

        pre_unsubscription_type: int | Unset = UNSET
        if not isinstance(self.pre_unsubscription_type, Unset):
            pre_unsubscription_type = self.pre_unsubscription_type.value

        unsubscription_landing_page: None | str | Unset
        if isinstance(self.unsubscription_landing_page, Unset):
            unsubscription_landing_page = UNSET
        else:
            unsubscription_landing_page = self.unsubscription_landing_page

        external_unsubscription_landing_page: None | str | Unset
        if isinstance(self.external_unsubscription_landing_page, Unset):
            external_unsubscription_landing_page = UNSET
        else:
            external_unsubscription_landing_page = (
                self.external_unsubscription_landing_page
            )

        unsubscribe_jsp = self.unsubscribe_jsp

        verification_notify_mail_send_unsubscription = (
            self.verification_notify_mail_send_unsubscription
        )

        send_notify_mail = self.send_notify_mail

        send_good_bye_message = self.send_good_bye_message

        unsubscription_command: None | str | Unset
        if isinstance(self.unsubscription_command, Unset):
            unsubscription_command = UNSET
        else:
            unsubscription_command = self.unsubscription_command

        notify_address: None | str | Unset
        if isinstance(self.notify_address, Unset):
            notify_address = UNSET
        else:
            notify_address = self.notify_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if unsubscription_type is not UNSET:
            field_dict["unsubscriptionType"] = unsubscription_type
        if verification_mailing_id is not UNSET:
            field_dict["verificationMailingId"] = verification_mailing_id
        if send_doo_verification_timeout_message is not UNSET:
            field_dict["sendDooVerificationTimeoutMessage"] = (
                send_doo_verification_timeout_message
            )
        if verification_timeout_mailing_id is not UNSET:
            field_dict["verificationTimeoutMailingId"] = verification_timeout_mailing_id
        if good_bye_mailing_id is not UNSET:
            field_dict["goodByeMailingId"] = good_bye_mailing_id
        if doo_confirmation_duration is not UNSET:
            field_dict["dooConfirmationDuration"] = doo_confirmation_duration
        if doo_landing_page is not UNSET:
            field_dict["dooLandingPage"] = doo_landing_page
        if doo_timeout_landing_page is not UNSET:
            field_dict["dooTimeoutLandingPage"] = doo_timeout_landing_page
        if delete_member is not UNSET:
            field_dict["deleteMember"] = delete_member
        if pre_unsubscription_type is not UNSET:
            field_dict["preUnsubscriptionType"] = pre_unsubscription_type
        if unsubscription_landing_page is not UNSET:
            field_dict["unsubscriptionLandingPage"] = unsubscription_landing_page
        if external_unsubscription_landing_page is not UNSET:
            field_dict["externalUnsubscriptionLandingPage"] = (
                external_unsubscription_landing_page
            )
        if unsubscribe_jsp is not UNSET:
            field_dict["unsubscribeJSP"] = unsubscribe_jsp
        if verification_notify_mail_send_unsubscription is not UNSET:
            field_dict["verificationNotifyMailSendUnsubscription"] = (
                verification_notify_mail_send_unsubscription
            )
        if send_notify_mail is not UNSET:
            field_dict["sendNotifyMail"] = send_notify_mail
        if send_good_bye_message is not UNSET:
            field_dict["sendGoodByeMessage"] = send_good_bye_message
        if unsubscription_command is not UNSET:
            field_dict["unsubscriptionCommand"] = unsubscription_command
        if notify_address is not UNSET:
            field_dict["notifyAddress"] = notify_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _unsubscription_type = d.pop("unsubscriptionType", UNSET)
        unsubscription_type: UnsubscriptionSettingsFieldsUnsubscriptionType | Unset
        if isinstance(_unsubscription_type, Unset):
            unsubscription_type = UNSET
        else:
            unsubscription_type = UnsubscriptionSettingsFieldsUnsubscriptionType(
                _unsubscription_type
            )

        verification_mailing_id = d.pop("verificationMailingId", UNSET)

        send_doo_verification_timeout_message = d.pop(
            "sendDooVerificationTimeoutMessage", UNSET
        )

        verification_timeout_mailing_id = d.pop("verificationTimeoutMailingId", UNSET)

        good_bye_mailing_id = d.pop("goodByeMailingId", UNSET)

        doo_confirmation_duration = d.pop("dooConfirmationDuration", UNSET)

        def _parse_doo_landing_page(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doo_landing_page = _parse_doo_landing_page(d.pop("dooLandingPage", UNSET))

        def _parse_doo_timeout_landing_page(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doo_timeout_landing_page = _parse_doo_timeout_landing_page(
            d.pop("dooTimeoutLandingPage", UNSET)
        )

        delete_member = d.pop("deleteMember", UNSET)

        _pre_unsubscription_type = d.pop("preUnsubscriptionType", UNSET)
        pre_unsubscription_type: (
            UnsubscriptionSettingsFieldsPreUnsubscriptionType | Unset
        )
        if isinstance(_pre_unsubscription_type, Unset):
            pre_unsubscription_type = UNSET
        else:
            pre_unsubscription_type = UnsubscriptionSettingsFieldsPreUnsubscriptionType(
                _pre_unsubscription_type
            )

        def _parse_unsubscription_landing_page(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unsubscription_landing_page = _parse_unsubscription_landing_page(
            d.pop("unsubscriptionLandingPage", UNSET)
        )

        def _parse_external_unsubscription_landing_page(
            data: object,
        ) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_unsubscription_landing_page = (
            _parse_external_unsubscription_landing_page(
                d.pop("externalUnsubscriptionLandingPage", UNSET)
            )
        )

        unsubscribe_jsp = d.pop("unsubscribeJSP", UNSET)

        verification_notify_mail_send_unsubscription = d.pop(
            "verificationNotifyMailSendUnsubscription", UNSET
        )

        send_notify_mail = d.pop("sendNotifyMail", UNSET)

        send_good_bye_message = d.pop("sendGoodByeMessage", UNSET)

        def _parse_unsubscription_command(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unsubscription_command = _parse_unsubscription_command(
            d.pop("unsubscriptionCommand", UNSET)
        )

        def _parse_notify_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notify_address = _parse_notify_address(d.pop("notifyAddress", UNSET))

        unsubscription_settings_fields = cls(
            unsubscription_type=unsubscription_type,
            verification_mailing_id=verification_mailing_id,
            send_doo_verification_timeout_message=send_doo_verification_timeout_message,
            verification_timeout_mailing_id=verification_timeout_mailing_id,
            good_bye_mailing_id=good_bye_mailing_id,
            doo_confirmation_duration=doo_confirmation_duration,
            doo_landing_page=doo_landing_page,
            doo_timeout_landing_page=doo_timeout_landing_page,
            delete_member=delete_member,
            pre_unsubscription_type=pre_unsubscription_type,
            unsubscription_landing_page=unsubscription_landing_page,
            external_unsubscription_landing_page=external_unsubscription_landing_page,
            unsubscribe_jsp=unsubscribe_jsp,
            verification_notify_mail_send_unsubscription=verification_notify_mail_send_unsubscription,
            send_notify_mail=send_notify_mail,
            send_good_bye_message=send_good_bye_message,
            unsubscription_command=unsubscription_command,
            notify_address=notify_address,
        )

        unsubscription_settings_fields.additional_properties = d
        return unsubscription_settings_fields

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
