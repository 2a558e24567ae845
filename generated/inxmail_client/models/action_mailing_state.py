from enum import StrEnum


class ActionMailingState(StrEnum):
    ACTIVE = "ACTIVE"
    APPROVAL_REQUESTED = "APPROVAL_REQUESTED"
    APPROVED = "APPROVED"
    DRAFT = "DRAFT"
    INACTIVE = "INACTIVE"

    def __str__(self) -> str:
        return str(self.value)
