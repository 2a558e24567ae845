from enum import StrEnum


class LanguageCode(StrEnum):
    AUTODETECT = "AUTODETECT"
    ES = "ES"
    NONE = "NONE"
    PT = "PT"
    TR = "TR"

    def __str__(self) -> str:
        return str(self.value)
