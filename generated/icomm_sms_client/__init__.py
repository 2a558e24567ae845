"""A client library for accessing icomm SMS API"""

from .client import AuthenticatedClient, Client

__version__ = "2.0.432"

__all__ = (
    "AuthenticatedClient",
    "Client",
)
