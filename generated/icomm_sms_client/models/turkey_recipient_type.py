from enum import StrEnum


class TurkeyRecipientType(StrEnum):
    BIREYSEL = "BIREYSEL"
    TACIR = "TACIR"

    def __str__(self) -> str:
        return str(self.value)
