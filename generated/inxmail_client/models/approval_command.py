from enum import StrEnum


class ApprovalCommand(StrEnum):
    APPROVE = "APPROVE"
    INVALIDATE = "INVALIDATE"

    def __str__(self) -> str:
        return str(self.value)
