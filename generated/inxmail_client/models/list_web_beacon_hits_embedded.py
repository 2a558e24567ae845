from enum import StrEnum


class ListWebBeaconHitsEmbedded(StrEnum):
    INXRECIPIENT = "inx:recipient"

    def __str__(self) -> str:
        return str(self.value)
