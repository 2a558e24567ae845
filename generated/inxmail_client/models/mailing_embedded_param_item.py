from enum import StrEnum


class MailingEmbeddedParamItem(StrEnum):
    INXRESPONSE_STATISTICS = "inx:response-statistics"
    INXSENDING_STATISTICS = "inx:sending-statistics"

    def __str__(self) -> str:
        return str(self.value)
