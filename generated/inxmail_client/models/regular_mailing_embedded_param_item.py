from enum import StrEnum


class RegularMailingEmbeddedParamItem(StrEnum):
    INXEDITOR_CONTENT = "inx:editor-content"
    INXRESPONSE_STATISTICS = "inx:response-statistics"
    INXSENDING_STATISTICS = "inx:sending-statistics"

    def __str__(self) -> str:
        return str(self.value)
