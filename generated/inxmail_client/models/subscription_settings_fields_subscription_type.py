from enum import IntEnum


class SubscriptionSettingsFieldsSubscriptionType(IntEnum):
    VALUE_10 = 10
    VALUE_11 = 11

    def __str__(self) -> str:
        return str(self.value)
