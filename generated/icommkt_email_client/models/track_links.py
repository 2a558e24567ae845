from enum import StrEnum


class TrackLinks(StrEnum):
    HTMLANDTEXT = "HtmlAndText"
    HTMLONLY = "HtmlOnly"
    NONE = "None"
    TEXTONLY = "TextOnly"

    def __str__(self) -> str:
        return str(self.value)
