from enum import StrEnum


class RegularMailingState(StrEnum):
    ACTIVE = "ACTIVE"
    APPROVAL_REQUESTED = "APPROVAL_REQUESTED"
    APPROVED = "APPROVED"
    DRAFT = "DRAFT"
    FINISHED = "FINISHED"
    INTERRUPTED = "INTERRUPTED"
    SCHEDULED = "SCHEDULED"

    def __str__(self) -> str:
        return str(self.value)
