from enum import StrEnum


class InboundStatusFilter(StrEnum):
    BLOCKED = "blocked"
    FAILED = "failed"
    PROCESSED = "processed"
    QUEUED = "queued"
    SCHEDULED = "scheduled"

    def __str__(self) -> str:
        return str(self.value)
