from enum import StrEnum


class ValidityPeriodTimeUnit(StrEnum):
    HOURS = "HOURS"
    MINUTES = "MINUTES"
    SECONDS = "SECONDS"

    def __str__(self) -> str:
        return str(self.value)
