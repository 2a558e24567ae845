from enum import StrEnum


class MessageErrorGroup(StrEnum):
    HANDSET_ERRORS = "HANDSET_ERRORS"
    OK = "OK"
    OPERATOR_ERRORS = "OPERATOR_ERRORS"
    USER_ERRORS = "USER_ERRORS"

    def __str__(self) -> str:
        return str(self.value)
