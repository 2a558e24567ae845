from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.originator_action import OriginatorAction
from ..models.originator_entity import OriginatorEntity
from ..models.originator_type import OriginatorType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Originator")


@_attrs_define
class Originator:
    """The person or entity (and action) that caused a tracking permission event.

    Attributes:
        type_ (OriginatorType | Unset): The originator type, a combination of entity and action: ACTION,
            FORCED_SUBSCRIPTION, API_IMPORT, MANUAL_IMPORT, AUTOMATED_IMPORT, REMOVED_FROM_LIST, RPC_API, CLICK,
            EMAIL_SUNSCRIPTION (spelled so in the documentation; EMAIL_SUBSCRIPTION is accepted too), EMAIL_UNSUBSCRIPTION,
            FORCED_UNSUBSCRIPTION, SUBSCRIPTION_SERVLET, SYNC_AGENT, REST_API, USER_UNSUBSCRIPTION, REMOVED_FROM_SYSTEM,
            LIST_REMOVED, TRACKING_PERMISSION_LINK, USER_MANUAL_CHANGE, RPC_API_SUBSCRIPTION,
            RPC_API_TRACKING_PERMISSION_MANAGER, UNKNOWN, REMOVED_ORPHANED, SUBSCRIPTION_JSP.
        entity (OriginatorEntity | Unset): The type of entity that caused a tracking permission event; it determines the
            meaning of `identity`: RECIPIENT (none, or the link id for TRACKING_PERMISSION_CLICK), USER (user id), REST_API
            (integration name), RPC_API (API user id), IMPORT_AUTOMATION (automation id), ACTION (action id),
            SUBSCRIPTION_SERVLET, SYNC_SOURCE (sync source name), SYSTEM, JSP, UNKNOWN.
        action (OriginatorAction | Unset): The type of action that caused a tracking permission event.
        identity (None | str | Unset): Identifies the entity (meaning depends on `entity`). Example: 23.
        determined_remote_address (None | str | Unset): The remote address as determined by Inxmail Professional.
            Example: 127.0.0.1.
        supplied_remote_address (None | str | Unset): The remote address as supplied by a third party (free text).
            Example: 1.2.3.4.
        message (None | str | Unset): A message provided by the entity. Example: subscription form.
    """

    type_: OriginatorType | Unset = UNSET
    entity: OriginatorEntity | Unset = UNSET
    action: OriginatorAction | Unset = UNSET
    identity: None | str | Unset = UNSET
    determined_remote_address: None | str | Unset = UNSET
    supplied_remote_address: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        entity: str | Unset = UNSET
        if not isinstance(self.entity, Unset):
            entity = self.entity.value

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        identity: None | str | Unset
        if isinstance(self.identity, Unset):
            identity = UNSET
        else:
            identity = self.identity

        determined_remote_address: None | str | Unset
        if isinstance(self.determined_remote_address, Unset):
            determined_remote_address = UNSET
        else:
            determined_remote_address = self.determined_remote_address

        supplied_remote_address: None | str | Unset
        if isinstance(self.supplied_remote_address, Unset):
            supplied_remote_address = UNSET
        else:
            supplied_remote_address = self.supplied_remote_address

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if entity is not UNSET:
            field_dict["entity"] = entity
        if action is not UNSET:
            field_dict["action"] = action
        if identity is not UNSET:
            field_dict["identity"] = identity
        if determined_remote_address is not UNSET:
            field_dict["determinedRemoteAddress"] = determined_remote_address
        if supplied_remote_address is not UNSET:
            field_dict["suppliedRemoteAddress"] = supplied_remote_address
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: OriginatorType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = OriginatorType(_type_)

        _entity = d.pop("entity", UNSET)
        entity: OriginatorEntity | Unset
        if isinstance(_entity, Unset):
            entity = UNSET
        else:
            entity = OriginatorEntity(_entity)

        _action = d.pop("action", UNSET)
        action: OriginatorAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = OriginatorAction(_action)

        def _parse_identity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        identity = _parse_identity(d.pop("identity", UNSET))

        def _parse_determined_remote_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        determined_remote_address = _parse_determined_remote_address(
            d.pop("determinedRemoteAddress", UNSET)
        )

        def _parse_supplied_remote_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplied_remote_address = _parse_supplied_remote_address(
            d.pop("suppliedRemoteAddress", UNSET)
        )

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        originator = cls(
            type_=type_,
            entity=entity,
            action=action,
            identity=identity,
            determined_remote_address=determined_remote_address,
            supplied_remote_address=supplied_remote_address,
            message=message,
        )

        originator.additional_properties = d
        return originator

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
