from enum import StrEnum


class TrackingPermissionConflictMode(StrEnum):
    KEEP_EXISTING = "KEEP_EXISTING"
    OVERWRITE_EXCEPT_EMPTY = "OVERWRITE_EXCEPT_EMPTY"
    OVERWRITE_FULL = "OVERWRITE_FULL"

    def __str__(self) -> str:
        return str(self.value)
