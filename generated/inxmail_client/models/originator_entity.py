from enum import StrEnum


class OriginatorEntity(StrEnum):
    ACTION = "ACTION"
    IMPORT_AUTOMATION = "IMPORT_AUTOMATION"
    JSP = "JSP"
    RECIPIENT = "RECIPIENT"
    REST_API = "REST_API"
    RPC_API = "RPC_API"
    SUBSCRIPTION_SERVLET = "SUBSCRIPTION_SERVLET"
    SYNC_SOURCE = "SYNC_SOURCE"
    SYSTEM = "SYSTEM"
    UNKNOWN = "UNKNOWN"
    USER = "USER"

    def __str__(self) -> str:
        return str(self.value)
