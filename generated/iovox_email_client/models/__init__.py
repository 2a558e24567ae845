"""Contains all the data models used in inputs/outputs"""

from .disposition import Disposition
from .email_record import EmailRecord
from .errors import Errors
from .file_attachment import FileAttachment
from .inline_attachment import InlineAttachment
from .number_pool_request import NumberPoolRequest
from .proxy_address import ProxyAddress
from .proxy_address_request import ProxyAddressRequest
from .read_disposition import ReadDisposition
from .search_response import SearchResponse
from .send_email_request import SendEmailRequest
from .send_email_response import SendEmailResponse

__all__ = (
    "Disposition",
    "EmailRecord",
    "Errors",
    "FileAttachment",
    "InlineAttachment",
    "NumberPoolRequest",
    "ProxyAddress",
    "ProxyAddressRequest",
    "ReadDisposition",
    "SearchResponse",
    "SendEmailRequest",
    "SendEmailResponse",
)
