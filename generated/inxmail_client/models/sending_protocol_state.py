from enum import StrEnum


class SendingProtocolState(StrEnum):
    ADDRESS_REJECTED = "ADDRESS_REJECTED"
    ERROR = "ERROR"
    HARDBOUNCE = "HARDBOUNCE"
    MUST_ATTRIBUTE = "MUST_ATTRIBUTE"
    NOT_SENT = "NOT_SENT"
    NO_MAIL = "NO_MAIL"
    RECIPIENT_NOT_FOUND = "RECIPIENT_NOT_FOUND"
    SENT = "SENT"
    SOFTBOUNCE = "SOFTBOUNCE"
    SPAMBOUNCE = "SPAMBOUNCE"
    UNKNOWNBOUNCE = "UNKNOWNBOUNCE"

    def __str__(self) -> str:
        return str(self.value)
