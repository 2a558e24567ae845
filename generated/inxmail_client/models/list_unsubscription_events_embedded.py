from enum import StrEnum


class ListUnsubscriptionEventsEmbedded(StrEnum):
    INXRECIPIENT = "inx:recipient"

    def __str__(self) -> str:
        return str(self.value)
