from enum import StrEnum


class MailingListCreateType(StrEnum):
    STANDARD = "STANDARD"

    def __str__(self) -> str:
        return str(self.value)
