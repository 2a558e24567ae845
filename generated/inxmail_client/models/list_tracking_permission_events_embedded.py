from enum import StrEnum


class ListTrackingPermissionEventsEmbedded(StrEnum):
    INXRECIPIENT = "inx:recipient"

    def __str__(self) -> str:
        return str(self.value)
