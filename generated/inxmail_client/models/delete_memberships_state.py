from enum import StrEnum


class DeleteMembershipsState(StrEnum):
    SUBSCRIBED = "SUBSCRIBED"

    def __str__(self) -> str:
        return str(self.value)
