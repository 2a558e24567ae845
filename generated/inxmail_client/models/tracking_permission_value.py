from enum import StrEnum


class TrackingPermissionValue(StrEnum):
    DENIED = "DENIED"
    GRANTED = "GRANTED"

    def __str__(self) -> str:
        return str(self.value)
