from enum import StrEnum


class EditorContentType(StrEnum):
    HTML = "HTML"
    TEXT = "TEXT"
    TEXT_HTML = "TEXT_HTML"
    XML_HTML = "XML_HTML"
    XML_TEXT = "XML_TEXT"
    XML_TEXT_HTML = "XML_TEXT_HTML"

    def __str__(self) -> str:
        return str(self.value)
