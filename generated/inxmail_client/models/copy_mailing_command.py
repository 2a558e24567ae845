from enum import StrEnum


class CopyMailingCommand(StrEnum):
    COPY = "copy"

    def __str__(self) -> str:
        return str(self.value)
