from enum import StrEnum


class RecipientImportState(StrEnum):
    CANCELED = "CANCELED"
    FAILED = "FAILED"
    NEW = "NEW"
    PROCESSING = "PROCESSING"
    SUCCESS = "SUCCESS"

    def __str__(self) -> str:
        return str(self.value)
