from enum import StrEnum


class BounceCategory(StrEnum):
    HARD = "HARD"
    SOFT = "SOFT"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
