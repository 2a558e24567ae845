from enum import StrEnum


class ListSettingName(StrEnum):
    TRACKINGPERMISSIONDETACHEDFROMMEMBERSHIP = (
        "TrackingPermissionDetachedFromMembership"
    )

    def __str__(self) -> str:
        return str(self.value)
