from enum import StrEnum


class TextModuleAttributeType(StrEnum):
    BOOLEAN = "BOOLEAN"
    DATE = "DATE"
    DATETIME = "DATETIME"
    DOUBLE = "DOUBLE"
    EMAIL = "EMAIL"
    INTEGER = "INTEGER"
    TEXT = "TEXT"
    TIME = "TIME"

    def __str__(self) -> str:
        return str(self.value)
