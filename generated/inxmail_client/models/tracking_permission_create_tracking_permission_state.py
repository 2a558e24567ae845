from enum import StrEnum


class TrackingPermissionCreateTrackingPermissionState(StrEnum):
    GRANTED = "GRANTED"

    def __str__(self) -> str:
        return str(self.value)
