from enum import StrEnum


class RecipientImportFileState(StrEnum):
    CANCELED = "CANCELED"
    DEQUEUED = "DEQUEUED"
    FAILED = "FAILED"
    NEW = "NEW"
    PREFETCHING = "PREFETCHING"
    PREFETCH_FAILED = "PREFETCH_FAILED"
    PROCESSING = "PROCESSING"
    READY_TO_PROCESS = "READY_TO_PROCESS"
    SUCCESSFUL = "SUCCESSFUL"

    def __str__(self) -> str:
        return str(self.value)
