"""A client library for accessing Inxmail Professional REST API"""

from .client import AuthenticatedClient, Client

__version__ = "2.0.0"

__all__ = (
    "AuthenticatedClient",
    "Client",
)
