"""placeholder"""
from .core import Provider
class SmsProvider(Provider):
    slug = "icomm-sms"
