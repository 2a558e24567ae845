from enum import StrEnum


class AttributeType(StrEnum):
    BOOLEAN = "BOOLEAN"
    DATE_AND_TIME = "DATE_AND_TIME"
    DATE_ONLY = "DATE_ONLY"
    FLOATING_POINT_NUMBER = "FLOATING_POINT_NUMBER"
    INTEGER = "INTEGER"
    TEXT = "TEXT"
    TIME_ONLY = "TIME_ONLY"

    def __str__(self) -> str:
        return str(self.value)
