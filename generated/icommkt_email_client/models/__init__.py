"""Contains all the data models used in inputs/outputs"""

from .action_result import ActionResult
from .api_error import ApiError
from .attachment import Attachment
from .bounce import Bounce
from .bounce_activation import BounceActivation
from .bounce_count import BounceCount
from .bounce_count_day import BounceCountDay
from .bounce_counts import BounceCounts
from .bounce_dump import BounceDump
from .bounce_list import BounceList
from .bounce_webhook import BounceWebhook
from .bounce_webhook_record_type import BounceWebhookRecordType
from .browser_platform_day import BrowserPlatformDay
from .browser_platform_usage import BrowserPlatformUsage
from .click_count_day import ClickCountDay
from .click_counts import ClickCounts
from .click_location import ClickLocation
from .click_location_counts import ClickLocationCounts
from .click_location_day import ClickLocationDay
from .click_webhook import ClickWebhook
from .create_inbound_rule_request import CreateInboundRuleRequest
from .create_template_request import CreateTemplateRequest
from .delivery_stats import DeliveryStats
from .delivery_webhook import DeliveryWebhook
from .edit_template_request import EditTemplateRequest
from .email_address import EmailAddress
from .email_message import EmailMessage
from .geo_location import GeoLocation
from .inbound_address import InboundAddress
from .inbound_attachment import InboundAttachment
from .inbound_message import InboundMessage
from .inbound_message_details import InboundMessageDetails
from .inbound_message_list import InboundMessageList
from .inbound_rule import InboundRule
from .inbound_rule_list import InboundRuleList
from .inbound_status_filter import InboundStatusFilter
from .inbound_webhook import InboundWebhook
from .message_click import MessageClick
from .message_click_list import MessageClickList
from .message_dump import MessageDump
from .message_event import MessageEvent
from .message_event_details import MessageEventDetails
from .message_event_type import MessageEventType
from .message_header import MessageHeader
from .message_open import MessageOpen
from .message_open_list import MessageOpenList
from .metadata import Metadata
from .named_count_day import NamedCountDay
from .named_counts import NamedCounts
from .open_count_day import OpenCountDay
from .open_counts import OpenCounts
from .open_webhook import OpenWebhook
from .operating_system import OperatingSystem
from .outbound_message import OutboundMessage
from .outbound_message_details import OutboundMessageDetails
from .outbound_message_list import OutboundMessageList
from .outbound_overview import OutboundOverview
from .outbound_status import OutboundStatus
from .outbound_status_filter import OutboundStatusFilter
from .platform_usage import PlatformUsage
from .platform_usage_day import PlatformUsageDay
from .send_email_response import SendEmailResponse
from .sent_count_day import SentCountDay
from .sent_counts import SentCounts
from .spam_complaint_counts import SpamComplaintCounts
from .spam_complaint_day import SpamComplaintDay
from .suppression import Suppression
from .suppression_change_request import SuppressionChangeRequest
from .suppression_create_result import SuppressionCreateResult
from .suppression_create_result_status import SuppressionCreateResultStatus
from .suppression_create_results import SuppressionCreateResults
from .suppression_delete_result import SuppressionDeleteResult
from .suppression_delete_result_status import SuppressionDeleteResultStatus
from .suppression_delete_results import SuppressionDeleteResults
from .suppression_dump import SuppressionDump
from .suppression_entry import SuppressionEntry
from .suppression_origin import SuppressionOrigin
from .suppression_reason import SuppressionReason
from .template import Template
from .template_list import TemplateList
from .template_model import TemplateModel
from .template_part_validation import TemplatePartValidation
from .template_saved import TemplateSaved
from .template_summary import TemplateSummary
from .template_type import TemplateType
from .template_type_filter import TemplateTypeFilter
from .template_validation import TemplateValidation
from .template_validation_error import TemplateValidationError
from .templated_email_batch import TemplatedEmailBatch
from .templated_email_message import TemplatedEmailMessage
from .track_links import TrackLinks
from .tracked_email_counts import TrackedEmailCounts
from .tracked_email_day import TrackedEmailDay
from .user_agent_client import UserAgentClient
from .validate_template_request import ValidateTemplateRequest

__all__ = (
    "ActionResult",
    "ApiError",
    "Attachment",
    "Bounce",
    "BounceActivation",
    "BounceCount",
    "BounceCountDay",
    "BounceCounts",
    "BounceDump",
    "BounceList",
    "BounceWebhook",
    "BounceWebhookRecordType",
    "BrowserPlatformDay",
    "BrowserPlatformUsage",
    "ClickCountDay",
    "ClickCounts",
    "ClickLocation",
    "ClickLocationCounts",
    "ClickLocationDay",
    "ClickWebhook",
    "CreateInboundRuleRequest",
    "CreateTemplateRequest",
    "DeliveryStats",
    "DeliveryWebhook",
    "EditTemplateRequest",
    "EmailAddress",
    "EmailMessage",
    "GeoLocation",
    "InboundAddress",
    "InboundAttachment",
    "InboundMessage",
    "InboundMessageDetails",
    "InboundMessageList",
    "InboundRule",
    "InboundRuleList",
    "InboundStatusFilter",
    "InboundWebhook",
    "MessageClick",
    "MessageClickList",
    "MessageDump",
    "MessageEvent",
    "MessageEventDetails",
    "MessageEventType",
    "MessageHeader",
    "MessageOpen",
    "MessageOpenList",
    "Metadata",
    "NamedCountDay",
    "NamedCounts",
    "OpenCountDay",
    "OpenCounts",
    "OpenWebhook",
    "OperatingSystem",
    "OutboundMessage",
    "OutboundMessageDetails",
    "OutboundMessageList",
    "OutboundOverview",
    "OutboundStatus",
    "OutboundStatusFilter",
    "PlatformUsage",
    "PlatformUsageDay",
    "SendEmailResponse",
    "SentCountDay",
    "SentCounts",
    "SpamComplaintCounts",
    "SpamComplaintDay",
    "Suppression",
    "SuppressionChangeRequest",
    "SuppressionCreateResult",
    "SuppressionCreateResults",
    "SuppressionCreateResultStatus",
    "SuppressionDeleteResult",
    "SuppressionDeleteResults",
    "SuppressionDeleteResultStatus",
    "SuppressionDump",
    "SuppressionEntry",
    "SuppressionOrigin",
    "SuppressionReason",
    "Template",
    "TemplatedEmailBatch",
    "TemplatedEmailMessage",
    "TemplateList",
    "TemplateModel",
    "TemplatePartValidation",
    "TemplateSaved",
    "TemplateSummary",
    "TemplateType",
    "TemplateTypeFilter",
    "TemplateValidation",
    "TemplateValidationError",
    "TrackedEmailCounts",
    "TrackedEmailDay",
    "TrackLinks",
    "UserAgentClient",
    "ValidateTemplateRequest",
)
