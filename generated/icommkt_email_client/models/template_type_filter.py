from enum import StrEnum


class TemplateTypeFilter(StrEnum):
    ALL = "All"
    LAYOUT = "Layout"
    STANDARD = "Standard"

    def __str__(self) -> str:
        return str(self.value)
