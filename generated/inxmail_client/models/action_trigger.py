from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_sequence_item import ActionSequenceItem
    from ..models.links import Links


T = TypeVar("T", bound="ActionTrigger")


@_attrs_define
class ActionTrigger:
    """An action trigger, defining the parameters for an action event to be triggered.

    Attributes:
        id (int): The ID of the action trigger. Example: 1.
        field_links (Links): The `_links` node of a HAL document: at least a `self` link. Custom relations carry the
            `inx:` prefix, expanded by the `curies` entry (present on top-level documents, omitted on embedded items and
            most create/update responses). Paged collections add `first` (omitted on the first page), `next` (omitted on the
            last page; there actually is a non-empty next page) and, on the last page, `inx:upcoming` (a page that becomes
            available once more data is entered). Relations not listed here are allowed as further `Link` objects.
        name (str | Unset): The name of the action trigger. Example: actionTrigger.
        description (None | str | Unset): The description of the action trigger. Example: This action triggers an event.
        list_id (int | Unset): The ID of the list associated to the action trigger. Example: 76.
        action_trigger_type (str | Unset): The type of the action trigger, e.g. ON_CLICK (no complete list documented).
            Example: ON_CLICK.
        execute_always (bool | Unset): Whether to execute always; used only for ON_CLICK.
        action_sequence (list[ActionSequenceItem] | Unset): The action sequence items (their structure is not
            documented; the samples are empty).
    """

    id: int
    field_links: Links
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    list_id: int | Unset = UNSET
    action_trigger_type: str | Unset = UNSET
    execute_always: bool | Unset = UNSET
    action_sequence: list[ActionSequenceItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_links = self.field_links.to_dict()

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        list_id = self.list_id

        action_trigger_type = self.action_trigger_type

        execute_always = self.execute_always

        action_sequence: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.action_sequence, Unset):
            action_sequence = []
            for action_sequence_item_data in self.action_sequence:
                action_sequence_item = action_sequence_item_data.to_dict()
                action_sequence.append(action_sequence_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "_links": field_links,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if list_id is not UNSET:
            field_dict["listId"] = list_id
        if action_trigger_type is not UNSET:
            field_dict["actionTriggerType"] = action_trigger_type
        if execute_always is not UNSET:
            field_dict["executeAlways"] = execute_always
        if action_sequence is not UNSET:
            field_dict["actionSequence"] = action_sequence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_sequence_item import ActionSequenceItem  # noqa: PLC0415
        from ..models.links import Links  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        field_links = Links.from_dict(d.pop("_links"))

        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        list_id = d.pop("listId", UNSET)

        action_trigger_type = d.pop("actionTriggerType", UNSET)

        execute_always = d.pop("executeAlways", UNSET)

        _action_sequence = d.pop("actionSequence", UNSET)
        action_sequence: list[ActionSequenceItem] | Unset = UNSET
        if _action_sequence is not UNSET:
            action_sequence = []
            for action_sequence_item_data in _action_sequence:
                action_sequence_item = ActionSequenceItem.from_dict(
                    action_sequence_item_data
                )

                action_sequence.append(action_sequence_item)

        action_trigger = cls(
            id=id,
            field_links=field_links,
            name=name,
            description=description,
            list_id=list_id,
            action_trigger_type=action_trigger_type,
            execute_always=execute_always,
            action_sequence=action_sequence,
        )

        action_trigger.additional_properties = d
        return action_trigger

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
