from enum import StrEnum


class TestProfileType(StrEnum):
    GLOBAL = "GLOBAL"
    LIST = "LIST"

    def __str__(self) -> str:
        return str(self.value)
