from enum import StrEnum


class SendingState(StrEnum):
    CRASHED = "CRASHED"
    FINISHED = "FINISHED"
    NOT_STARTED = "NOT_STARTED"
    PREPARED = "PREPARED"
    SENDING = "SENDING"
    USER_INTERRUPTED = "USER_INTERRUPTED"

    def __str__(self) -> str:
        return str(self.value)
