from enum import StrEnum


class ImportConflictMode(StrEnum):
    KEEP_EXISTING = "KEEP_EXISTING"
    OVERWRITE_EXCEPT_EMPTY = "OVERWRITE_EXCEPT_EMPTY"
    OVERWRITE_FULL = "OVERWRITE_FULL"
    UPDATE = "UPDATE"

    def __str__(self) -> str:
        return str(self.value)
