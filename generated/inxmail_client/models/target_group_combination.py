from enum import StrEnum


class TargetGroupCombination(StrEnum):
    FILTER_GROUP_NOT_ASSIGNED = "FILTER_GROUP_NOT_ASSIGNED"
    MATCH_ALL = "MATCH_ALL"
    MATCH_NONE = "MATCH_NONE"
    MATCH_ONE = "MATCH_ONE"

    def __str__(self) -> str:
        return str(self.value)
