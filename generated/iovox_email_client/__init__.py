"""A client library for accessing iovox E-Mail Tracking REST API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
