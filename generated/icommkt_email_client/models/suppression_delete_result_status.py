from enum import StrEnum


class SuppressionDeleteResultStatus(StrEnum):
    DELETED = "Deleted"
    FAILED = "Failed"

    def __str__(self) -> str:
        return str(self.value)
