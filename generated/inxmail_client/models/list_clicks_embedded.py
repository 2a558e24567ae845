from enum import StrEnum


class ListClicksEmbedded(StrEnum):
    INXRECIPIENT = "inx:recipient"

    def __str__(self) -> str:
        return str(self.value)
