"""A client library for accessing icomm SMS API"""

from .client import AuthenticatedClient, Client

__version__ = "3.0.0"

__all__ = (
    "AuthenticatedClient",
    "Client",
)
