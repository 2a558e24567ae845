from enum import StrEnum


class ListBouncesEmbeddedItem(StrEnum):
    INXRECIPIENT = "inx:recipient"

    def __str__(self) -> str:
        return str(self.value)
