from enum import StrEnum


class FetchStrategy(StrEnum):
    ONCE = "ONCE"
    RECIPIENT_BASED = "RECIPIENT_BASED"
    RECIPIENT_CACHED = "RECIPIENT_CACHED"

    def __str__(self) -> str:
        return str(self.value)
