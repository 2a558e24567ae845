from enum import StrEnum


class Disposition(StrEnum):
    EXPIRED = "expired"
    NOMXRECORD = "noMxRecord"
    NO_RULES = "no_rules"
    QUEUED = "queued"
    RECEIVED = "received"
    RECEIVED_BOUNCED = "received_bounced"
    RULE_ERROR = "rule_error"
    SENT = "sent"
    UNDELIVERABLE = "undeliverable"

    def __str__(self) -> str:
        return str(self.value)
