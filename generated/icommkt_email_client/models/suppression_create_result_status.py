from enum import StrEnum


class SuppressionCreateResultStatus(StrEnum):
    FAILED = "Failed"
    SUPPRESSED = "Suppressed"

    def __str__(self) -> str:
        return str(self.value)
