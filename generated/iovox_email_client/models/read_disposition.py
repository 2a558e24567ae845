from enum import StrEnum


class ReadDisposition(StrEnum):
    READ = "read"
    UNREAD = "unread"

    def __str__(self) -> str:
        return str(self.value)
