from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.click_location import ClickLocation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.geo_location import GeoLocation
    from ..models.operating_system import OperatingSystem
    from ..models.user_agent_client import UserAgentClient


T = TypeVar("T", bound="MessageClick")


@_attrs_define
class MessageClick:
    """One click. UserAgent, MessageID and ReceivedAt are always returned ("Consistent fields"; UserAgent may be null, as
    postmark-python models it); Client, OS, Platform and Geo may be missing, and any part of them null (MessageStream is
    misspelt in the sample). RecordType is not in the ICOMMKT sample but in Postmark's click records (postmark-python
    requires it).

        Attributes:
            user_agent (None | str):
            message_id (str):
            received_at (str): Date-time as the API writes it: ISO 8601 with up to seven fractional digits (.NET ticks) and
                a UTC offset or Z, e.g. 2014-02-17T07:25:01.4178645-05:00 (Eastern time) or 2019-12-17T08:58:33-05:00. Declared
                as a pattern-checked string, not `format: date-time`: a generated client would parse a date-time into a Python
                datetime (microsecond precision) and lose the seventh digit, while a string round-trips unchanged.
            record_type (Literal['Click'] | Unset):
            click_location (ClickLocation | None | Unset):
            client (UserAgentClient | Unset): The email client or browser.
            os (OperatingSystem | Unset):
            platform (str | Unset): WebMail, Desktop, Mobile or Unknown.
            original_link (str | Unset):
            geo (GeoLocation | Unset): Location derived from the IP address (any part may be missing).
            message_stream (None | str | Unset):
            tag (None | str | Unset):
            recipient (str | Unset):
    """

    user_agent: None | str
    message_id: str
    received_at: str
    record_type: Literal["Click"] | Unset = UNSET
    click_location: ClickLocation | None | Unset = UNSET
    client: UserAgentClient | Unset = UNSET
    os: OperatingSystem | Unset = UNSET
    platform: str | Unset = UNSET
    original_link: str | Unset = UNSET
    geo: GeoLocation | Unset = UNSET
    message_stream: None | str | Unset = UNSET
    tag: None | str | Unset = UNSET
    recipient: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_agent: None | str
        user_agent = self.user_agent

        message_id = self.message_id

        received_at = self.received_at

        record_type = self.record_type

        click_location: None | str | Unset
        if isinstance(self.click_location, Unset):
            click_location = UNSET
        elif isinstance(self.click_location, ClickLocation):
            click_location = self.click_location.value
        else:
            click_location = self.click_location

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        os: dict[str, Any] | Unset = UNSET
        if not isinstance(self.os, Unset):
            os = self.os.to_dict()

        platform = self.platform

        original_link = self.original_link

        geo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.geo, Unset):
            geo = self.geo.to_dict()

        message_stream: None | str | Unset
        if isinstance(self.message_stream, Unset):
            message_stream = UNSET
        else:
            message_stream = self.message_stream

        tag: None | str | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        else:
            tag = self.tag

        recipient = self.recipient

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "UserAgent": user_agent,
                "MessageID": message_id,
                "ReceivedAt": received_at,
            }
        )
        if record_type is not UNSET:
            field_dict["RecordType"] = record_type
        if click_location is not UNSET:
            field_dict["ClickLocation"] = click_location
        if client is not UNSET:
            field_dict["Client"] = client
        if os is not UNSET:
            field_dict["OS"] = os
        if platform is not UNSET:
            field_dict["Platform"] = platform
        if original_link is not UNSET:
            field_dict["OriginalLink"] = original_link
        if geo is not UNSET:
            field_dict["Geo"] = geo
        if message_stream is not UNSET:
            field_dict["MessageStream"] = message_stream
        if tag is not UNSET:
            field_dict["Tag"] = tag
        if recipient is not UNSET:
            field_dict["Recipient"] = recipient

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geo_location import GeoLocation  # noqa: PLC0415
        from ..models.operating_system import OperatingSystem  # noqa: PLC0415
        from ..models.user_agent_client import UserAgentClient  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_user_agent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_agent = _parse_user_agent(d.pop("UserAgent"))

        message_id = d.pop("MessageID")

        received_at = d.pop("ReceivedAt")

        record_type = cast(Literal["Click"] | Unset, d.pop("RecordType", UNSET))
        if record_type != "Click" and not isinstance(record_type, Unset):
            raise ValueError(
                f"RecordType must match const 'Click', got '{record_type}'"
            )

        def _parse_click_location(data: object) -> ClickLocation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                click_location_type_0 = ClickLocation(data)

                return click_location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClickLocation | None | Unset, data)

        click_location = _parse_click_location(d.pop("ClickLocation", UNSET))

        _client = d.pop("Client", UNSET)
        client: UserAgentClient | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = UserAgentClient.from_dict(_client)

        _os = d.pop("OS", UNSET)
        os: OperatingSystem | Unset
        if isinstance(_os, Unset):
            os = UNSET
        else:
            os = OperatingSystem.from_dict(_os)

        platform = d.pop("Platform", UNSET)

        original_link = d.pop("OriginalLink", UNSET)

        _geo = d.pop("Geo", UNSET)
        geo: GeoLocation | Unset
        if isinstance(_geo, Unset):
            geo = UNSET
        else:
            geo = GeoLocation.from_dict(_geo)

        def _parse_message_stream(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_stream = _parse_message_stream(d.pop("MessageStream", UNSET))

        def _parse_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tag = _parse_tag(d.pop("Tag", UNSET))

        recipient = d.pop("Recipient", UNSET)

        message_click = cls(
            user_agent=user_agent,
            message_id=message_id,
            received_at=received_at,
            record_type=record_type,
            click_location=click_location,
            client=client,
            os=os,
            platform=platform,
            original_link=original_link,
            geo=geo,
            message_stream=message_stream,
            tag=tag,
            recipient=recipient,
        )

        message_click.additional_properties = d
        return message_click

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
