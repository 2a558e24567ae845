from enum import StrEnum


class TransliterationCode(StrEnum):
    ALL = "ALL"
    BALTIC = "BALTIC"
    BULGARIAN_CYRILLIC = "BULGARIAN_CYRILLIC"
    CENTRAL_EUROPEAN = "CENTRAL_EUROPEAN"
    COLOMBIAN = "COLOMBIAN"
    CYRILLIC = "CYRILLIC"
    GREEK = "GREEK"
    NONE = "NONE"
    NON_UNICODE = "NON_UNICODE"
    PORTUGUESE = "PORTUGUESE"
    SERBIAN_CYRILLIC = "SERBIAN_CYRILLIC"
    TURKISH = "TURKISH"

    def __str__(self) -> str:
        return str(self.value)
