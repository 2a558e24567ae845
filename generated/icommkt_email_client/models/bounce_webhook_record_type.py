from enum import StrEnum


class BounceWebhookRecordType(StrEnum):
    BOUNCE = "Bounce"
    SPAMCOMPLAINT = "SpamComplaint"

    def __str__(self) -> str:
        return str(self.value)
