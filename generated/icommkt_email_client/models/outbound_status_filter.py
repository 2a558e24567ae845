from enum import StrEnum


class OutboundStatusFilter(StrEnum):
    PROCESSED = "processed"
    QUEUED = "queued"
    SENT = "sent"

    def __str__(self) -> str:
        return str(self.value)
