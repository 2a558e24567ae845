"""A client library for accessing ICOMMKT Transactional Email API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
