from enum import StrEnum


class SpeedLimitTimeUnit(StrEnum):
    DAY = "DAY"
    HOUR = "HOUR"
    MINUTE = "MINUTE"

    def __str__(self) -> str:
        return str(self.value)
