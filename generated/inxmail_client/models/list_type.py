from enum import StrEnum


class ListType(StrEnum):
    ADMIN = "ADMIN"
    DYNAMIC = "DYNAMIC"
    STANDARD = "STANDARD"
    SYSTEM = "SYSTEM"

    def __str__(self) -> str:
        return str(self.value)
