from enum import StrEnum


class TemplateType(StrEnum):
    LAYOUT = "Layout"
    STANDARD = "Standard"

    def __str__(self) -> str:
        return str(self.value)
