from enum import StrEnum


class SendingType(StrEnum):
    MASS_MAILING = "MASS_MAILING"
    SEQUENCE_MAILING = "SEQUENCE_MAILING"
    SINGLE_MAILING = "SINGLE_MAILING"
    SPLIT_TEST_MAILING = "SPLIT_TEST_MAILING"
    TIME_TRIGGER_MAILING = "TIME_TRIGGER_MAILING"

    def __str__(self) -> str:
        return str(self.value)
