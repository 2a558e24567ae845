"""Contains all the data models used in inputs/outputs"""

from .api_error import ApiError
from .api_error_resource import ApiErrorResource
from .api_error_violation import ApiErrorViolation
from .conversion_tracking import ConversionTracking
from .delivery_day import DeliveryDay
from .delivery_report import DeliveryReport
from .delivery_reports import DeliveryReports
from .delivery_time import DeliveryTime
from .delivery_time_window import DeliveryTimeWindow
from .india_dlt_options import IndiaDltOptions
from .language_code import LanguageCode
from .message_delivery_reporting import MessageDeliveryReporting
from .message_error import MessageError
from .message_error_group import MessageErrorGroup
from .message_general_status import MessageGeneralStatus
from .message_price import MessagePrice
from .message_status import MessageStatus
from .platform import Platform
from .regional_options import RegionalOptions
from .request_scheduling_settings import RequestSchedulingSettings
from .sending_speed_limit import SendingSpeedLimit
from .sms_binary_message_content import SmsBinaryMessageContent
from .sms_destination import SmsDestination
from .sms_language import SmsLanguage
from .sms_log import SmsLog
from .sms_log_content import SmsLogContent
from .sms_logs_response import SmsLogsResponse
from .sms_message import SmsMessage
from .sms_message_options import SmsMessageOptions
from .sms_message_request_options import SmsMessageRequestOptions
from .sms_message_response import SmsMessageResponse
from .sms_message_response_details import SmsMessageResponseDetails
from .sms_request_envelope import SmsRequestEnvelope
from .sms_response_envelope import SmsResponseEnvelope
from .sms_text_message_content import SmsTextMessageContent
from .sms_webhooks import SmsWebhooks
from .south_korea_options import SouthKoreaOptions
from .speed_limit_time_unit import SpeedLimitTimeUnit
from .transliteration_code import TransliterationCode
from .turkey_iys_options import TurkeyIysOptions
from .turkey_recipient_type import TurkeyRecipientType
from .url_options import UrlOptions
from .validity_period import ValidityPeriod
from .validity_period_time_unit import ValidityPeriodTimeUnit

__all__ = (
    "ApiError",
    "ApiErrorResource",
    "ApiErrorViolation",
    "ConversionTracking",
    "DeliveryDay",
    "DeliveryReport",
    "DeliveryReports",
    "DeliveryTime",
    "DeliveryTimeWindow",
    "IndiaDltOptions",
    "LanguageCode",
    "MessageDeliveryReporting",
    "MessageError",
    "MessageErrorGroup",
    "MessageGeneralStatus",
    "MessagePrice",
    "MessageStatus",
    "Platform",
    "RegionalOptions",
    "RequestSchedulingSettings",
    "SendingSpeedLimit",
    "SmsBinaryMessageContent",
    "SmsDestination",
    "SmsLanguage",
    "SmsLog",
    "SmsLogContent",
    "SmsLogsResponse",
    "SmsMessage",
    "SmsMessageOptions",
    "SmsMessageRequestOptions",
    "SmsMessageResponse",
    "SmsMessageResponseDetails",
    "SmsRequestEnvelope",
    "SmsResponseEnvelope",
    "SmsTextMessageContent",
    "SmsWebhooks",
    "SouthKoreaOptions",
    "SpeedLimitTimeUnit",
    "TransliterationCode",
    "TurkeyIysOptions",
    "TurkeyRecipientType",
    "UrlOptions",
    "ValidityPeriod",
    "ValidityPeriodTimeUnit",
)
