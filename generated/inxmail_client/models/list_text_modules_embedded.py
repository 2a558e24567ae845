from enum import StrEnum


class ListTextModulesEmbedded(StrEnum):
    INXDYNAMIC_PARAMETERS = "inx:dynamic-parameters"

    def __str__(self) -> str:
        return str(self.value)
