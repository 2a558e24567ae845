from enum import StrEnum


class ClickLocation(StrEnum):
    HTML = "HTML"
    TEXT = "Text"

    def __str__(self) -> str:
        return str(self.value)
