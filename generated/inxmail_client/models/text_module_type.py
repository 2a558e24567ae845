from enum import StrEnum


class TextModuleType(StrEnum):
    HTML = "HTML"
    TEXT = "TEXT"
    TEXT_HTML = "TEXT_HTML"

    def __str__(self) -> str:
        return str(self.value)
