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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.geo_location import GeoLocation
    from ..models.operating_system import OperatingSystem
    from ..models.user_agent_client import UserAgentClient


T = TypeVar("T", bound="MessageOpen")


@_attrs_define
class MessageOpen:
    """One open. UserAgent, MessageID, MessageStream and ReceivedAt are always returned ("Consistent fields"; UserAgent may
    be null, as postmark-python models it); Client, OS, Platform and Geo may be missing ("Additional fields"), and any
    part of them null. RecordType and ReadSeconds are not in the ICOMMKT sample: RecordType is in Postmark's open
    records (postmark-python requires it), ReadSeconds in Postmark's open payloads.

        Attributes:
            user_agent (None | str):
            message_id (str):
            message_stream (None | str):
            received_at (str): Date-time as the API writes it: ISO 8601 with up to seven fractional digits (.NET ticks) and
                a UTC offset or Z, e.g. 2014-02-17T07:25:01.4178645-05:00 (Eastern time) or 2019-12-17T08:58:33-05:00. Declared
                as a pattern-checked string, not `format: date-time`: a generated client would parse a date-time into a Python
                datetime (microsecond precision) and lose the seventh digit, while a string round-trips unchanged.
            record_type (Literal['Open'] | Unset):
            client (UserAgentClient | Unset): The email client or browser.
            os (OperatingSystem | Unset):
            platform (str | Unset): WebMail, Desktop, Mobile or Unknown.
            geo (GeoLocation | Unset): Location derived from the IP address (any part may be missing).
            read_seconds (int | Unset): Seconds the email was read; 0 when unknown.
            tag (None | str | Unset):
            recipient (str | Unset):
    """

    user_agent: None | str
    message_id: str
    message_stream: None | str
    received_at: str
    record_type: Literal["Open"] | Unset = UNSET
    client: UserAgentClient | Unset = UNSET
    os: OperatingSystem | Unset = UNSET
    platform: str | Unset = UNSET
    geo: GeoLocation | Unset = UNSET
    read_seconds: int | Unset = UNSET
    tag: None | str | Unset = UNSET
    recipient: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_agent: None | str
        user_agent = self.user_agent

        message_id = self.message_id

        message_stream: None | str
        message_stream = self.message_stream

        received_at = self.received_at

        record_type = self.record_type

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        os: dict[str, Any] | Unset = UNSET
        if not isinstance(self.os, Unset):
            os = self.os.to_dict()

        platform = self.platform

        geo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.geo, Unset):
            geo = self.geo.to_dict()

        read_seconds = self.read_seconds

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
                "MessageStream": message_stream,
                "ReceivedAt": received_at,
            }
        )
        if record_type is not UNSET:
            field_dict["RecordType"] = record_type
        if client is not UNSET:
            field_dict["Client"] = client
        if os is not UNSET:
            field_dict["OS"] = os
        if platform is not UNSET:
            field_dict["Platform"] = platform
        if geo is not UNSET:
            field_dict["Geo"] = geo
        if read_seconds is not UNSET:
            field_dict["ReadSeconds"] = read_seconds
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

        def _parse_message_stream(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        message_stream = _parse_message_stream(d.pop("MessageStream"))

        received_at = d.pop("ReceivedAt")

        record_type = cast(Literal["Open"] | Unset, d.pop("RecordType", UNSET))
        if record_type != "Open" and not isinstance(record_type, Unset):
            raise ValueError(f"RecordType must match const 'Open', got '{record_type}'")

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

        _geo = d.pop("Geo", UNSET)
        geo: GeoLocation | Unset
        if isinstance(_geo, Unset):
            geo = UNSET
        else:
            geo = GeoLocation.from_dict(_geo)

        read_seconds = d.pop("ReadSeconds", UNSET)

        def _parse_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tag = _parse_tag(d.pop("Tag", UNSET))

        recipient = d.pop("Recipient", UNSET)

        message_open = cls(
            user_agent=user_agent,
            message_id=message_id,
            message_stream=message_stream,
            received_at=received_at,
            record_type=record_type,
            client=client,
            os=os,
            platform=platform,
            geo=geo,
            read_seconds=read_seconds,
            tag=tag,
            recipient=recipient,
        )

        message_open.additional_properties = d
        return message_open

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
