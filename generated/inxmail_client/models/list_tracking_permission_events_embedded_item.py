from enum import StrEnum


class ListTrackingPermissionEventsEmbeddedItem(StrEnum):
    INXRECIPIENT = "inx:recipient"

    def __str__(self) -> str:
        return str(self.value)
