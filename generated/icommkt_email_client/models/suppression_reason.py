from enum import StrEnum


class SuppressionReason(StrEnum):
    HARDBOUNCE = "HardBounce"
    MANUALSUPPRESSION = "ManualSuppression"
    SPAMCOMPLAINT = "SpamComplaint"

    def __str__(self) -> str:
        return str(self.value)
