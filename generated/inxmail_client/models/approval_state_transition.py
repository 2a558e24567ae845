from enum import StrEnum


class ApprovalStateTransition(StrEnum):
    APPROVED = "APPROVED"
    DEADLINE = "DEADLINE"
    DENY = "DENY"
    DISABLED = "DISABLED"
    ESCALATED = "ESCALATED"
    INVALIDATE = "INVALIDATE"
    OVERRIDE = "OVERRIDE"
    REQUEST_APPROVAL = "REQUEST_APPROVAL"
    REVOKE_REQUEST = "REVOKE_REQUEST"

    def __str__(self) -> str:
        return str(self.value)
