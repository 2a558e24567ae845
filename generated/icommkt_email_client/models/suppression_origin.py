from enum import StrEnum


class SuppressionOrigin(StrEnum):
    ADMIN = "Admin"
    CUSTOMER = "Customer"
    RECIPIENT = "Recipient"

    def __str__(self) -> str:
        return str(self.value)
