"""A client library for accessing ICOMMKT Transactional Email API"""

from .client import AuthenticatedClient, Client

__version__ = "2.0"

__all__ = (
    "AuthenticatedClient",
    "Client",
)
