from enum import StrEnum


class SplitTestMailingState(StrEnum):
    ACTIVE = "ACTIVE"
    APPROVAL_REQUESTED = "APPROVAL_REQUESTED"
    APPROVED = "APPROVED"
    ASSIGNED = "ASSIGNED"
    DRAFT = "DRAFT"
    FINISHED = "FINISHED"
    INTERRUPTED = "INTERRUPTED"
    SCHEDULED = "SCHEDULED"

    def __str__(self) -> str:
        return str(self.value)
