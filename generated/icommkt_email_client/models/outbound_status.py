from enum import StrEnum


class OutboundStatus(StrEnum):
    PROCESSED = "Processed"
    QUEUED = "Queued"
    SENT = "Sent"

    def __str__(self) -> str:
        return str(self.value)
