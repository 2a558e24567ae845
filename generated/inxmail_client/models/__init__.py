"""Contains all the data models used in inputs/outputs"""

from .action_mailing import ActionMailing
from .action_mailing_collection import ActionMailingCollection
from .action_mailing_collection_embedded import ActionMailingCollectionEmbedded
from .action_mailing_state import ActionMailingState
from .action_sequence_item import ActionSequenceItem
from .action_trigger import ActionTrigger
from .action_trigger_collection import ActionTriggerCollection
from .action_trigger_collection_embedded import ActionTriggerCollectionEmbedded
from .approval import Approval
from .approval_collection import ApprovalCollection
from .approval_collection_embedded import ApprovalCollectionEmbedded
from .approval_command import ApprovalCommand
from .approval_create import ApprovalCreate
from .approval_created import ApprovalCreated
from .approval_state_transition import ApprovalStateTransition
from .attachment import Attachment
from .attribute_type import AttributeType
from .attribute_values import AttributeValues
from .blacklist_entry import BlacklistEntry
from .blacklist_entry_collection import BlacklistEntryCollection
from .blacklist_entry_collection_embedded import BlacklistEntryCollectionEmbedded
from .blacklist_entry_create import BlacklistEntryCreate
from .bounce import Bounce
from .bounce_category import BounceCategory
from .bounce_collection import BounceCollection
from .bounce_collection_embedded import BounceCollectionEmbedded
from .click import Click
from .click_collection import ClickCollection
from .click_collection_embedded import ClickCollectionEmbedded
from .copy_mailing_command import CopyMailingCommand
from .copy_mailing_request import CopyMailingRequest
from .curie import Curie
from .delete_memberships_state import DeleteMembershipsState
from .design_collection import DesignCollection
from .design_collection_collection import DesignCollectionCollection
from .design_collection_collection_embedded import DesignCollectionCollectionEmbedded
from .editor_content import EditorContent
from .editor_content_type import EditorContentType
from .embedded_recipient_resource import EmbeddedRecipientResource
from .fetch_strategy import FetchStrategy
from .get_text_module_embedded_item import GetTextModuleEmbeddedItem
from .http_datasource import HttpDatasource
from .http_datasource_collection import HttpDatasourceCollection
from .http_datasource_collection_embedded import HttpDatasourceCollectionEmbedded
from .http_datasource_input import HttpDatasourceInput
from .http_datasource_update import HttpDatasourceUpdate
from .import_conflict_mode import ImportConflictMode
from .invalid_field import InvalidField
from .link import Link
from .link_type import LinkType
from .links import Links
from .list_bounces_embedded_item import ListBouncesEmbeddedItem
from .list_clicks_embedded_item import ListClicksEmbeddedItem
from .list_sending_protocol_entries_embedded_item import (
    ListSendingProtocolEntriesEmbeddedItem,
)
from .list_setting import ListSetting
from .list_setting_name import ListSettingName
from .list_setting_update import ListSettingUpdate
from .list_setting_update_value import ListSettingUpdateValue
from .list_subscription_events_embedded_item import ListSubscriptionEventsEmbeddedItem
from .list_text_modules_embedded import ListTextModulesEmbedded
from .list_tracking_permission_events_embedded_item import (
    ListTrackingPermissionEventsEmbeddedItem,
)
from .list_type import ListType
from .list_unsubscription_events_embedded_item import (
    ListUnsubscriptionEventsEmbeddedItem,
)
from .list_web_beacon_hits_embedded_item import ListWebBeaconHitsEmbeddedItem
from .mailing import Mailing
from .mailing_collection import MailingCollection
from .mailing_collection_embedded import MailingCollectionEmbedded
from .mailing_embedded import MailingEmbedded
from .mailing_embedded_param_item import MailingEmbeddedParamItem
from .mailing_link import MailingLink
from .mailing_link_collection import MailingLinkCollection
from .mailing_link_collection_embedded import MailingLinkCollectionEmbedded
from .mailing_list import MailingList
from .mailing_list_collection import MailingListCollection
from .mailing_list_collection_embedded import MailingListCollectionEmbedded
from .mailing_list_count import MailingListCount
from .mailing_list_create import MailingListCreate
from .mailing_list_create_type import MailingListCreateType
from .mailing_list_update import MailingListUpdate
from .mailing_schedule import MailingSchedule
from .mailing_schedule_input import MailingScheduleInput
from .mailing_type import MailingType
from .originator import Originator
from .originator_action import OriginatorAction
from .originator_entity import OriginatorEntity
from .originator_type import OriginatorType
from .problem import Problem
from .recipient import Recipient
from .recipient_attribute import RecipientAttribute
from .recipient_attribute_collection import RecipientAttributeCollection
from .recipient_attribute_collection_embedded import (
    RecipientAttributeCollectionEmbedded,
)
from .recipient_attribute_create import RecipientAttributeCreate
from .recipient_collection import RecipientCollection
from .recipient_collection_embedded import RecipientCollectionEmbedded
from .recipient_create import RecipientCreate
from .recipient_import import RecipientImport
from .recipient_import_error import RecipientImportError
from .recipient_import_error_code import RecipientImportErrorCode
from .recipient_import_error_collection import RecipientImportErrorCollection
from .recipient_import_error_collection_embedded import (
    RecipientImportErrorCollectionEmbedded,
)
from .recipient_import_file import RecipientImportFile
from .recipient_import_file_collection import RecipientImportFileCollection
from .recipient_import_file_collection_embedded import (
    RecipientImportFileCollectionEmbedded,
)
from .recipient_import_file_state import RecipientImportFileState
from .recipient_import_state import RecipientImportState
from .recipient_import_upload import RecipientImportUpload
from .recipient_list_date import RecipientListDate
from .recipient_patch import RecipientPatch
from .recipient_tracking_permission import RecipientTrackingPermission
from .regular_mailing import RegularMailing
from .regular_mailing_collection import RegularMailingCollection
from .regular_mailing_collection_embedded import RegularMailingCollectionEmbedded
from .regular_mailing_create import RegularMailingCreate
from .regular_mailing_created import RegularMailingCreated
from .regular_mailing_embedded import RegularMailingEmbedded
from .regular_mailing_embedded_param_item import RegularMailingEmbeddedParamItem
from .regular_mailing_patch import RegularMailingPatch
from .regular_mailing_state import RegularMailingState
from .render_error import RenderError
from .render_error_position import RenderErrorPosition
from .rendered_content import RenderedContent
from .rendered_content_size import RenderedContentSize
from .response_statistics import ResponseStatistics
from .root_resource import RootResource
from .sending import Sending
from .sending_collection import SendingCollection
from .sending_collection_embedded import SendingCollectionEmbedded
from .sending_create import SendingCreate
from .sending_details import SendingDetails
from .sending_protocol_entry import SendingProtocolEntry
from .sending_protocol_entry_collection import SendingProtocolEntryCollection
from .sending_protocol_entry_collection_embedded import (
    SendingProtocolEntryCollectionEmbedded,
)
from .sending_protocol_state import SendingProtocolState
from .sending_state import SendingState
from .sending_statistics import SendingStatistics
from .sending_type import SendingType
from .split_test_mailing import SplitTestMailing
from .split_test_mailing_collection import SplitTestMailingCollection
from .split_test_mailing_collection_embedded import SplitTestMailingCollectionEmbedded
from .split_test_mailing_state import SplitTestMailingState
from .subscription_event import SubscriptionEvent
from .subscription_event_collection import SubscriptionEventCollection
from .subscription_event_collection_embedded import SubscriptionEventCollectionEmbedded
from .subscription_event_type import SubscriptionEventType
from .subscription_mailing import SubscriptionMailing
from .subscription_mailing_collection import SubscriptionMailingCollection
from .subscription_mailing_collection_embedded import (
    SubscriptionMailingCollectionEmbedded,
)
from .subscription_mailing_state import SubscriptionMailingState
from .subscription_request import SubscriptionRequest
from .subscription_result import SubscriptionResult
from .subscription_settings import SubscriptionSettings
from .subscription_settings_fields import SubscriptionSettingsFields
from .subscription_settings_fields_subscription_type import (
    SubscriptionSettingsFieldsSubscriptionType,
)
from .subscription_settings_update import SubscriptionSettingsUpdate
from .target_group import TargetGroup
from .target_group_collection import TargetGroupCollection
from .target_group_collection_embedded import TargetGroupCollectionEmbedded
from .target_group_combination import TargetGroupCombination
from .target_group_configuration import TargetGroupConfiguration
from .target_group_create import TargetGroupCreate
from .target_group_reference import TargetGroupReference
from .temporary_preview import TemporaryPreview
from .temporary_preview_request import TemporaryPreviewRequest
from .test_mail_group import TestMailGroup
from .test_mail_group_collection import TestMailGroupCollection
from .test_mail_group_collection_embedded import TestMailGroupCollectionEmbedded
from .test_profile import TestProfile
from .test_profile_attributes import TestProfileAttributes
from .test_profile_collection import TestProfileCollection
from .test_profile_collection_embedded import TestProfileCollectionEmbedded
from .test_profile_create import TestProfileCreate
from .test_profile_patch import TestProfilePatch
from .test_profile_type import TestProfileType
from .test_sending_create import TestSendingCreate
from .text_module import TextModule
from .text_module_attribute import TextModuleAttribute
from .text_module_attribute_type import TextModuleAttributeType
from .text_module_collection import TextModuleCollection
from .text_module_collection_embedded import TextModuleCollectionEmbedded
from .text_module_create import TextModuleCreate
from .text_module_dynamic_parameters import TextModuleDynamicParameters
from .text_module_embedded import TextModuleEmbedded
from .text_module_recipient_attributes import TextModuleRecipientAttributes
from .text_module_type import TextModuleType
from .text_module_update import TextModuleUpdate
from .tracking_permission import TrackingPermission
from .tracking_permission_collection import TrackingPermissionCollection
from .tracking_permission_collection_embedded import (
    TrackingPermissionCollectionEmbedded,
)
from .tracking_permission_conflict_mode import TrackingPermissionConflictMode
from .tracking_permission_create import TrackingPermissionCreate
from .tracking_permission_create_tracking_permission_state import (
    TrackingPermissionCreateTrackingPermissionState,
)
from .tracking_permission_event import TrackingPermissionEvent
from .tracking_permission_event_collection import TrackingPermissionEventCollection
from .tracking_permission_event_collection_embedded import (
    TrackingPermissionEventCollectionEmbedded,
)
from .tracking_permission_value import TrackingPermissionValue
from .trigger_mailing import TriggerMailing
from .trigger_mailing_collection import TriggerMailingCollection
from .trigger_mailing_collection_embedded import TriggerMailingCollectionEmbedded
from .trigger_mailing_state import TriggerMailingState
from .unsubscription_event import UnsubscriptionEvent
from .unsubscription_event_collection import UnsubscriptionEventCollection
from .unsubscription_event_collection_embedded import (
    UnsubscriptionEventCollectionEmbedded,
)
from .unsubscription_event_type import UnsubscriptionEventType
from .unsubscription_request import UnsubscriptionRequest
from .unsubscription_result import UnsubscriptionResult
from .unsubscription_settings import UnsubscriptionSettings
from .unsubscription_settings_fields import UnsubscriptionSettingsFields
from .unsubscription_settings_fields_pre_unsubscription_type import (
    UnsubscriptionSettingsFieldsPreUnsubscriptionType,
)
from .unsubscription_settings_fields_unsubscription_type import (
    UnsubscriptionSettingsFieldsUnsubscriptionType,
)
from .unsubscription_settings_update import UnsubscriptionSettingsUpdate
from .web_beacon_hit import WebBeaconHit
from .web_beacon_hit_collection import WebBeaconHitCollection
from .web_beacon_hit_collection_embedded import WebBeaconHitCollectionEmbedded

__all__ = (
    "ActionMailing",
    "ActionMailingCollection",
    "ActionMailingCollectionEmbedded",
    "ActionMailingState",
    "ActionSequenceItem",
    "ActionTrigger",
    "ActionTriggerCollection",
    "ActionTriggerCollectionEmbedded",
    "Approval",
    "ApprovalCollection",
    "ApprovalCollectionEmbedded",
    "ApprovalCommand",
    "ApprovalCreate",
    "ApprovalCreated",
    "ApprovalStateTransition",
    "Attachment",
    "AttributeType",
    "AttributeValues",
    "BlacklistEntry",
    "BlacklistEntryCollection",
    "BlacklistEntryCollectionEmbedded",
    "BlacklistEntryCreate",
    "Bounce",
    "BounceCategory",
    "BounceCollection",
    "BounceCollectionEmbedded",
    "Click",
    "ClickCollection",
    "ClickCollectionEmbedded",
    "CopyMailingCommand",
    "CopyMailingRequest",
    "Curie",
    "DeleteMembershipsState",
    "DesignCollection",
    "DesignCollectionCollection",
    "DesignCollectionCollectionEmbedded",
    "EditorContent",
    "EditorContentType",
    "EmbeddedRecipientResource",
    "FetchStrategy",
    "GetTextModuleEmbeddedItem",
    "HttpDatasource",
    "HttpDatasourceCollection",
    "HttpDatasourceCollectionEmbedded",
    "HttpDatasourceInput",
    "HttpDatasourceUpdate",
    "ImportConflictMode",
    "InvalidField",
    "Link",
    "Links",
    "LinkType",
    "ListBouncesEmbeddedItem",
    "ListClicksEmbeddedItem",
    "ListSendingProtocolEntriesEmbeddedItem",
    "ListSetting",
    "ListSettingName",
    "ListSettingUpdate",
    "ListSettingUpdateValue",
    "ListSubscriptionEventsEmbeddedItem",
    "ListTextModulesEmbedded",
    "ListTrackingPermissionEventsEmbeddedItem",
    "ListType",
    "ListUnsubscriptionEventsEmbeddedItem",
    "ListWebBeaconHitsEmbeddedItem",
    "Mailing",
    "MailingCollection",
    "MailingCollectionEmbedded",
    "MailingEmbedded",
    "MailingEmbeddedParamItem",
    "MailingLink",
    "MailingLinkCollection",
    "MailingLinkCollectionEmbedded",
    "MailingList",
    "MailingListCollection",
    "MailingListCollectionEmbedded",
    "MailingListCount",
    "MailingListCreate",
    "MailingListCreateType",
    "MailingListUpdate",
    "MailingSchedule",
    "MailingScheduleInput",
    "MailingType",
    "Originator",
    "OriginatorAction",
    "OriginatorEntity",
    "OriginatorType",
    "Problem",
    "Recipient",
    "RecipientAttribute",
    "RecipientAttributeCollection",
    "RecipientAttributeCollectionEmbedded",
    "RecipientAttributeCreate",
    "RecipientCollection",
    "RecipientCollectionEmbedded",
    "RecipientCreate",
    "RecipientImport",
    "RecipientImportError",
    "RecipientImportErrorCode",
    "RecipientImportErrorCollection",
    "RecipientImportErrorCollectionEmbedded",
    "RecipientImportFile",
    "RecipientImportFileCollection",
    "RecipientImportFileCollectionEmbedded",
    "RecipientImportFileState",
    "RecipientImportState",
    "RecipientImportUpload",
    "RecipientListDate",
    "RecipientPatch",
    "RecipientTrackingPermission",
    "RegularMailing",
    "RegularMailingCollection",
    "RegularMailingCollectionEmbedded",
    "RegularMailingCreate",
    "RegularMailingCreated",
    "RegularMailingEmbedded",
    "RegularMailingEmbeddedParamItem",
    "RegularMailingPatch",
    "RegularMailingState",
    "RenderedContent",
    "RenderedContentSize",
    "RenderError",
    "RenderErrorPosition",
    "ResponseStatistics",
    "RootResource",
    "Sending",
    "SendingCollection",
    "SendingCollectionEmbedded",
    "SendingCreate",
    "SendingDetails",
    "SendingProtocolEntry",
    "SendingProtocolEntryCollection",
    "SendingProtocolEntryCollectionEmbedded",
    "SendingProtocolState",
    "SendingState",
    "SendingStatistics",
    "SendingType",
    "SplitTestMailing",
    "SplitTestMailingCollection",
    "SplitTestMailingCollectionEmbedded",
    "SplitTestMailingState",
    "SubscriptionEvent",
    "SubscriptionEventCollection",
    "SubscriptionEventCollectionEmbedded",
    "SubscriptionEventType",
    "SubscriptionMailing",
    "SubscriptionMailingCollection",
    "SubscriptionMailingCollectionEmbedded",
    "SubscriptionMailingState",
    "SubscriptionRequest",
    "SubscriptionResult",
    "SubscriptionSettings",
    "SubscriptionSettingsFields",
    "SubscriptionSettingsFieldsSubscriptionType",
    "SubscriptionSettingsUpdate",
    "TargetGroup",
    "TargetGroupCollection",
    "TargetGroupCollectionEmbedded",
    "TargetGroupCombination",
    "TargetGroupConfiguration",
    "TargetGroupCreate",
    "TargetGroupReference",
    "TemporaryPreview",
    "TemporaryPreviewRequest",
    "TestMailGroup",
    "TestMailGroupCollection",
    "TestMailGroupCollectionEmbedded",
    "TestProfile",
    "TestProfileAttributes",
    "TestProfileCollection",
    "TestProfileCollectionEmbedded",
    "TestProfileCreate",
    "TestProfilePatch",
    "TestProfileType",
    "TestSendingCreate",
    "TextModule",
    "TextModuleAttribute",
    "TextModuleAttributeType",
    "TextModuleCollection",
    "TextModuleCollectionEmbedded",
    "TextModuleCreate",
    "TextModuleDynamicParameters",
    "TextModuleEmbedded",
    "TextModuleRecipientAttributes",
    "TextModuleType",
    "TextModuleUpdate",
    "TrackingPermission",
    "TrackingPermissionCollection",
    "TrackingPermissionCollectionEmbedded",
    "TrackingPermissionConflictMode",
    "TrackingPermissionCreate",
    "TrackingPermissionCreateTrackingPermissionState",
    "TrackingPermissionEvent",
    "TrackingPermissionEventCollection",
    "TrackingPermissionEventCollectionEmbedded",
    "TrackingPermissionValue",
    "TriggerMailing",
    "TriggerMailingCollection",
    "TriggerMailingCollectionEmbedded",
    "TriggerMailingState",
    "UnsubscriptionEvent",
    "UnsubscriptionEventCollection",
    "UnsubscriptionEventCollectionEmbedded",
    "UnsubscriptionEventType",
    "UnsubscriptionRequest",
    "UnsubscriptionResult",
    "UnsubscriptionSettings",
    "UnsubscriptionSettingsFields",
    "UnsubscriptionSettingsFieldsPreUnsubscriptionType",
    "UnsubscriptionSettingsFieldsUnsubscriptionType",
    "UnsubscriptionSettingsUpdate",
    "WebBeaconHit",
    "WebBeaconHitCollection",
    "WebBeaconHitCollectionEmbedded",
)
