from enum import StrEnum


class GetTextModuleEmbeddedItem(StrEnum):
    INXDYNAMIC_PARAMETERS = "inx:dynamic-parameters"
    INXEDITOR_CONTENT = "inx:editor-content"
    INXRECIPIENT_ATTRIBUTES = "inx:recipient-attributes"

    def __str__(self) -> str:
        return str(self.value)
