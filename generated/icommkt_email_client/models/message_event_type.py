from enum import StrEnum


class MessageEventType(StrEnum):
    BOUNCED = "Bounced"
    DELIVERED = "Delivered"
    LINKCLICKED = "LinkClicked"
    OPENED = "Opened"
    SUBSCRIPTIONCHANGED = "SubscriptionChanged"
    TRANSIENT = "Transient"

    def __str__(self) -> str:
        return str(self.value)
