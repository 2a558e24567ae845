from enum import StrEnum


class SubscriptionMailingState(StrEnum):
    APPROVAL_REQUESTED = "APPROVAL_REQUESTED"
    APPROVED = "APPROVED"
    DRAFT = "DRAFT"
    USED = "USED"

    def __str__(self) -> str:
        return str(self.value)
