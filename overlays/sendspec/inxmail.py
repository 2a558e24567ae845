"""Inxmail Professional: client factory, HAL cursor iteration and problem documents.

>>> from sendspec import inxmail
>>> from inxmail_client.api.recipients import list_recipients
>>> client = inxmail.client("customer", "CLIENT_ID", "SECRET")
>>> cursor = inxmail.Cursor(list_recipients, client, page_size=1000)
>>> for recipient in cursor:            # follows _links.next, one page in memory
...     print(recipient.id)
>>> cursor.upcoming                     # the inx:upcoming href, for the next synchronisation
"""

from __future__ import annotations

import base64
import typing
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any, Generic, Protocol, TypeVar, Unpack, cast, overload

import attrs
from inxmail_client import Client
from inxmail_client.models import (
    ActionMailing,
    ActionMailingCollection,
    ActionTrigger,
    ActionTriggerCollection,
    Approval,
    ApprovalCollection,
    BlacklistEntry,
    BlacklistEntryCollection,
    Bounce,
    BounceCollection,
    Click,
    ClickCollection,
    DesignCollection,
    DesignCollectionCollection,
    HttpDatasource,
    HttpDatasourceCollection,
    Mailing,
    MailingCollection,
    MailingLink,
    MailingLinkCollection,
    MailingList,
    MailingListCollection,
    Problem,
    Recipient,
    RecipientAttribute,
    RecipientAttributeCollection,
    RecipientCollection,
    RecipientImportError,
    RecipientImportErrorCollection,
    RecipientImportFile,
    RecipientImportFileCollection,
    RegularMailing,
    RegularMailingCollection,
    Sending,
    SendingCollection,
    SendingProtocolEntry,
    SendingProtocolEntryCollection,
    SplitTestMailing,
    SplitTestMailingCollection,
    SubscriptionEvent,
    SubscriptionEventCollection,
    SubscriptionMailing,
    SubscriptionMailingCollection,
    TargetGroup,
    TargetGroupCollection,
    TestMailGroup,
    TestMailGroupCollection,
    TestProfile,
    TestProfileCollection,
    TextModule,
    TextModuleCollection,
    TrackingPermission,
    TrackingPermissionCollection,
    TrackingPermissionEvent,
    TrackingPermissionEventCollection,
    TriggerMailing,
    TriggerMailingCollection,
    UnsubscriptionEvent,
    UnsubscriptionEventCollection,
    WebBeaconHit,
    WebBeaconHitCollection,
)
from inxmail_client.types import Unset

from .errors import ApiError, SendspecError
from .runtime import ClientOptions, HeaderAuth, build_client, check_credential, expect

PROVIDER = "inxmail"
ACCEPT = "application/hal+json,application/problem+json"
#: documented default and maximum page size
MAX_PAGE_SIZE = 1000


def base_url(customer: str) -> str:
    """The API root of one Inxmail Professional customer."""
    if not customer or "/" in customer:
        raise ValueError("customer must be a non-empty name without '/'")
    return f"https://api.inxmail.com/{customer}/rest/v1"


class BasicAuth(HeaderAuth):
    """``Authorization: Basic base64(client_id:secret)`` (the values stay hidden).

    Both are checked like every credential (:func:`~sendspec.runtime.check_credential`);
    non-ASCII text is allowed (it is sent UTF-8 and base64-encoded), a ``:`` in the client
    id is not (Basic auth could not tell where the secret starts).
    """

    def __init__(self, client_id: str, secret: str) -> None:
        check_credential("client id", client_id, header=False)
        check_credential("secret", secret, header=False)
        if ":" in client_id:
            raise ValueError("the client id credential must not contain ':'")
        token = base64.b64encode(f"{client_id}:{secret}".encode()).decode()
        super().__init__({"Authorization": f"Basic {token}"})


def parse_error(body: Any) -> tuple[list[str], Problem | None]:
    """An RFC 7807 problem document -> (messages, generated ``Problem`` model)."""
    if not isinstance(body, dict) or "type" not in body or "title" not in body:
        return ([body] if isinstance(body, str) and body else []), None
    problem = Problem.from_dict(body)
    messages = [
        f"{problem.title}" + (f": {problem.detail}" if isinstance(problem.detail, str) else "")
    ]
    for field in problem.invalid_fields if not isinstance(problem.invalid_fields, Unset) else []:
        messages.append(f"{field.field}: {field.problem}")
    messages += [] if isinstance(problem.general_errors, Unset) else problem.general_errors
    return messages, problem


def error_model(error: ApiError) -> Problem | None:
    """The problem document (generated ``Problem``) an error carries, when it had one."""
    return error.error if isinstance(error.error, Problem) else None


def problem_type(error: ApiError) -> str | None:
    """The ``type`` of the problem document an error carries (None when there is none)."""
    return error.error.type_ if isinstance(error.error, Problem) else None


def client(customer: str, client_id: str, secret: str, **options: Unpack[ClientOptions]) -> Client:
    """A generated Inxmail ``Client``: Basic auth, the HAL/problem Accept header, timeouts,
    retries (429 waits as ``Retry-After``/``X-RateLimit-Reset`` say; safe methods only
    unless the RetryPolicy allows more) and problem documents as typed errors."""
    options.setdefault("base_url", base_url(customer))
    return build_client(
        Client,
        provider=PROVIDER,
        auth=BasicAuth(client_id, secret),
        parse_error=parse_error,
        headers={"Accept": ACCEPT},
        **options,
    )


#: a HAL collection page: one of the generated ``*Collection`` models
Page = (
    ActionMailingCollection
    | ActionTriggerCollection
    | RecipientAttributeCollection
    | BlacklistEntryCollection
    | BounceCollection
    | ClickCollection
    | HttpDatasourceCollection
    | DesignCollectionCollection
    | RecipientImportErrorCollection
    | RecipientImportFileCollection
    | MailingLinkCollection
    | MailingListCollection
    | ApprovalCollection
    | MailingCollection
    | RecipientCollection
    | RegularMailingCollection
    | SendingProtocolEntryCollection
    | SendingCollection
    | SplitTestMailingCollection
    | SubscriptionMailingCollection
    | SubscriptionEventCollection
    | UnsubscriptionEventCollection
    | TargetGroupCollection
    | TestMailGroupCollection
    | TestProfileCollection
    | TextModuleCollection
    | TrackingPermissionEventCollection
    | TrackingPermissionCollection
    | TriggerMailingCollection
    | WebBeaconHitCollection
)
PageT = TypeVar("PageT", bound=Page)
PageT_co = TypeVar("PageT_co", bound=Page, covariant=True)
ItemT = TypeVar("ItemT")


class CollectionOperation(Protocol[PageT_co]):
    """A generated cursor-paged collection operation module (``list_recipients``,
    ``list_mailings``, ...): its ``sync()`` returns the collection model ``PageT_co``."""

    @property
    def sync(self) -> Callable[..., PageT_co | Problem | None]: ...


class Cursor(Generic[PageT, ItemT]):
    """Iterate a cursor-paged HAL collection operation (a generated module such as
    ``list_recipients``), following ``_links.next`` until it is absent.

    - next hrefs are absolute and requested as they are (their query holds the cursor);
    - only one page is held in memory at a time;
    - after the last page, :attr:`upcoming` is the ``inx:upcoming`` href (the page that new
      records will appear on), for a later :meth:`resume`.

    Typed by the operation: ``Cursor(list_recipients, client)`` is a
    ``Cursor[RecipientCollection, Recipient]``, whose pages are ``RecipientCollection`` and
    whose items are ``Recipient``.
    """

    # one overload per generated collection model: the items' type follows the operation's
    @overload
    def __init__(
        self: Cursor[ActionMailingCollection, ActionMailing],
        operation: CollectionOperation[ActionMailingCollection],
        client: Client,
        *,
        page_size: int = ...,
        **params: Any,
    ) -> None: ...
    @overload
    def __init__(
        self: Cursor[ActionTriggerCollection, ActionTrigger],
        operation: CollectionOperation[ActionTriggerCollection],
        client: Client,
        *,
        page_size: int = ...,
        **params: Any,
    ) -> None: ...
    @overload
    def __init__(
        self: Cursor[RecipientAttributeCollection, RecipientAttribute],
        operation: CollectionOperation[RecipientAttributeCollection],
        client: Client,
        *,
        page_size: int = ...,
        **params: Any,
    ) -> None: ...
    @overload
    def __init__(
        self: Cursor[BlacklistEntryCollection, BlacklistEntry],
        operation: CollectionOperation[BlacklistEntryCollection],
        client: Client,
        *,
        page_size: int = ...,
        **params: Any,
    ) -> None: ...
    @overload
    def __init__(
        self: Cursor[BounceCollection, Bounce],
        operation: CollectionOperation[BounceCollection],
        client: Client,
        *,
        page_size: int = ...,
        **params: Any,
    ) -> None: ...
    @overload
    def __init__(
        self: Cursor[ClickCollection, Click],
        operation: CollectionOperation[ClickCollection],
        client: Client,
        *,
        page_size: int = ...,
        **params: Any,
    ) -> None: ...
    @overload
    def __init__(
        self: Cursor[HttpDatasourceCollection, HttpDatasource],
        operation: CollectionOperation[HttpDatasourceCollection],
        client: Client,
        *,
        page_size: int = ...,
        **params: Any,
    ) -> None: ...
    @overload
    def __init__(
        self: Cursor[DesignCollectionCollection, DesignCollection],
        operation: CollectionOperation[DesignCollectionCollection],
        client: Client,
        *,
        page_size: int = ...,
        **params: Any,
    ) -> None: ...
    @overload
    def __init__(
        self: Cursor[RecipientImportErrorCollection, RecipientImportError],
        operation: CollectionOperation[RecipientImportErrorCollection],
        client: Client,
        *,
        page_size: int = ...,
        **params: Any,
    ) -> None: ...
    @overload
    def __init__(
        self: Cursor[RecipientImportFileCollection, RecipientImportFile],
        operation: CollectionOperation[RecipientImportFileCollection],
        client: Client,
        *,
        page_size: int = ...,
        **params: Any,
    ) -> None: ...
    @overload
    def __init__(
        self: Cursor[MailingLinkCollection, MailingLink],
        operation: CollectionOperation[MailingLinkCollection],
        client: Client,
        *,
        page_size: int = ...,
        **params: Any,
    ) -> None: ...
    @overload
    def __init__(
        self: Cursor[MailingListCollection, MailingList],
        operation: CollectionOperation[MailingListCollection],
        client: Client,
        *,
        page_size: int = ...,
        **params: Any,
    ) -> None: ...
    @overload
    def __init__(
        self: Cursor[ApprovalCollection, Approval],
        operation: CollectionOperation[ApprovalCollection],
        client: Client,
        *,
        page_size: int = ...,
        **params: Any,
    ) -> None: ...
    @overload
    def __init__(
        self: Cursor[MailingCollection, Mailing],
        operation: CollectionOperation[MailingCollection],
        client: Client,
        *,
        page_size: int = ...,
        **params: Any,
    ) -> None: ...
    @overload
    def __init__(
        self: Cursor[RecipientCollection, Recipient],
        operation: CollectionOperation[RecipientCollection],
        client: Client,
        *,
        page_size: int = ...,
        **params: Any,
    ) -> None: ...
    @overload
    def __init__(
        self: Cursor[RegularMailingCollection, RegularMailing],
        operation: CollectionOperation[RegularMailingCollection],
        client: Client,
        *,
        page_size: int = ...,
        **params: Any,
    ) -> None: ...
    @overload
    def __init__(
        self: Cursor[SendingProtocolEntryCollection, SendingProtocolEntry],
        operation: CollectionOperation[SendingProtocolEntryCollection],
        client: Client,
        *,
        page_size: int = ...,
        **params: Any,
    ) -> None: ...
    @overload
    def __init__(
        self: Cursor[SendingCollection, Sending],
        operation: CollectionOperation[SendingCollection],
        client: Client,
        *,
        page_size: int = ...,
        **params: Any,
    ) -> None: ...
    @overload
    def __init__(
        self: Cursor[SplitTestMailingCollection, SplitTestMailing],
        operation: CollectionOperation[SplitTestMailingCollection],
        client: Client,
        *,
        page_size: int = ...,
        **params: Any,
    ) -> None: ...
    @overload
    def __init__(
        self: Cursor[SubscriptionMailingCollection, SubscriptionMailing],
        operation: CollectionOperation[SubscriptionMailingCollection],
        client: Client,
        *,
        page_size: int = ...,
        **params: Any,
    ) -> None: ...
    @overload
    def __init__(
        self: Cursor[SubscriptionEventCollection, SubscriptionEvent],
        operation: CollectionOperation[SubscriptionEventCollection],
        client: Client,
        *,
        page_size: int = ...,
        **params: Any,
    ) -> None: ...
    @overload
    def __init__(
        self: Cursor[UnsubscriptionEventCollection, UnsubscriptionEvent],
        operation: CollectionOperation[UnsubscriptionEventCollection],
        client: Client,
        *,
        page_size: int = ...,
        **params: Any,
    ) -> None: ...
    @overload
    def __init__(
        self: Cursor[TargetGroupCollection, TargetGroup],
        operation: CollectionOperation[TargetGroupCollection],
        client: Client,
        *,
        page_size: int = ...,
        **params: Any,
    ) -> None: ...
    @overload
    def __init__(
        self: Cursor[TestMailGroupCollection, TestMailGroup],
        operation: CollectionOperation[TestMailGroupCollection],
        client: Client,
        *,
        page_size: int = ...,
        **params: Any,
    ) -> None: ...
    @overload
    def __init__(
        self: Cursor[TestProfileCollection, TestProfile],
        operation: CollectionOperation[TestProfileCollection],
        client: Client,
        *,
        page_size: int = ...,
        **params: Any,
    ) -> None: ...
    @overload
    def __init__(
        self: Cursor[TextModuleCollection, TextModule],
        operation: CollectionOperation[TextModuleCollection],
        client: Client,
        *,
        page_size: int = ...,
        **params: Any,
    ) -> None: ...
    @overload
    def __init__(
        self: Cursor[TrackingPermissionEventCollection, TrackingPermissionEvent],
        operation: CollectionOperation[TrackingPermissionEventCollection],
        client: Client,
        *,
        page_size: int = ...,
        **params: Any,
    ) -> None: ...
    @overload
    def __init__(
        self: Cursor[TrackingPermissionCollection, TrackingPermission],
        operation: CollectionOperation[TrackingPermissionCollection],
        client: Client,
        *,
        page_size: int = ...,
        **params: Any,
    ) -> None: ...
    @overload
    def __init__(
        self: Cursor[TriggerMailingCollection, TriggerMailing],
        operation: CollectionOperation[TriggerMailingCollection],
        client: Client,
        *,
        page_size: int = ...,
        **params: Any,
    ) -> None: ...
    @overload
    def __init__(
        self: Cursor[WebBeaconHitCollection, WebBeaconHit],
        operation: CollectionOperation[WebBeaconHitCollection],
        client: Client,
        *,
        page_size: int = ...,
        **params: Any,
    ) -> None: ...
    def __init__(
        self,
        operation: CollectionOperation[Page],
        client: Client,
        *,
        page_size: int = MAX_PAGE_SIZE,
        **params: Any,
    ) -> None:
        if not 1 <= page_size <= MAX_PAGE_SIZE:
            raise ValueError(f"page_size must be between 1 and {MAX_PAGE_SIZE}")
        self.operation: CollectionOperation[Page] = operation
        self.client = client
        self.params = {"page_size": page_size, **params}
        self.upcoming: str | None = None
        self.pages = 0
        self._start: str | None = None

    def resume(self, href: str) -> Cursor[PageT, ItemT]:
        """A cursor starting at a stored ``inx:upcoming`` href."""
        other = cast("Cursor[PageT, ItemT]", Cursor(cast(Any, self.operation), self.client))
        other._start = href
        return other

    def _fetch(self, href: str, model: type[PageT]) -> PageT:
        response = self.client.get_httpx_client().get(href)  # no params=: keep the href's query
        return cast("PageT", model.from_dict(response.json()))

    def pages_iter(self) -> Iterator[PageT]:
        """Every page (the operation's collection model), following ``_links.next``."""
        page: PageT
        if self._start is None:
            page = cast("PageT", self.operation.sync(client=self.client, **self.params))
        else:
            model = cast("type[PageT]", _page_model(cast(ModuleType, self.operation)))
            page = self._fetch(self._start, model)
        while True:
            self.pages += 1
            yield page
            links = page.field_links
            nxt = links.next_ if not isinstance(links.next_, Unset) else None
            if nxt is None:
                up = links.inxupcoming
                self.upcoming = None if isinstance(up, Unset) else up.href
                return
            page = self._fetch(nxt.href, type(page))

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.pages_iter():
            yield from _items(page)


# one overload per generated collection model
@overload
def items(page: ActionMailingCollection) -> list[ActionMailing]: ...
@overload
def items(page: ActionTriggerCollection) -> list[ActionTrigger]: ...
@overload
def items(page: RecipientAttributeCollection) -> list[RecipientAttribute]: ...
@overload
def items(page: BlacklistEntryCollection) -> list[BlacklistEntry]: ...
@overload
def items(page: BounceCollection) -> list[Bounce]: ...
@overload
def items(page: ClickCollection) -> list[Click]: ...
@overload
def items(page: HttpDatasourceCollection) -> list[HttpDatasource]: ...
@overload
def items(page: DesignCollectionCollection) -> list[DesignCollection]: ...
@overload
def items(page: RecipientImportErrorCollection) -> list[RecipientImportError]: ...
@overload
def items(page: RecipientImportFileCollection) -> list[RecipientImportFile]: ...
@overload
def items(page: MailingLinkCollection) -> list[MailingLink]: ...
@overload
def items(page: MailingListCollection) -> list[MailingList]: ...
@overload
def items(page: ApprovalCollection) -> list[Approval]: ...
@overload
def items(page: MailingCollection) -> list[Mailing]: ...
@overload
def items(page: RecipientCollection) -> list[Recipient]: ...
@overload
def items(page: RegularMailingCollection) -> list[RegularMailing]: ...
@overload
def items(page: SendingProtocolEntryCollection) -> list[SendingProtocolEntry]: ...
@overload
def items(page: SendingCollection) -> list[Sending]: ...
@overload
def items(page: SplitTestMailingCollection) -> list[SplitTestMailing]: ...
@overload
def items(page: SubscriptionMailingCollection) -> list[SubscriptionMailing]: ...
@overload
def items(page: SubscriptionEventCollection) -> list[SubscriptionEvent]: ...
@overload
def items(page: UnsubscriptionEventCollection) -> list[UnsubscriptionEvent]: ...
@overload
def items(page: TargetGroupCollection) -> list[TargetGroup]: ...
@overload
def items(page: TestMailGroupCollection) -> list[TestMailGroup]: ...
@overload
def items(page: TestProfileCollection) -> list[TestProfile]: ...
@overload
def items(page: TextModuleCollection) -> list[TextModule]: ...
@overload
def items(page: TrackingPermissionEventCollection) -> list[TrackingPermissionEvent]: ...
@overload
def items(page: TrackingPermissionCollection) -> list[TrackingPermission]: ...
@overload
def items(page: TriggerMailingCollection) -> list[TriggerMailing]: ...
@overload
def items(page: WebBeaconHitCollection) -> list[WebBeaconHit]: ...
def items(page: Page) -> list[Any]:
    """The embedded items of one collection page (empty when ``_embedded`` is absent), as
    the collection's item model (``Recipient`` for a ``RecipientCollection``...)."""
    return _items(page)


def _items(page: object) -> list[Any]:
    embedded = getattr(page, "field_embedded", None)
    if embedded is None:
        raise SendspecError(f"{type(page).__name__} is not a HAL collection page")
    if isinstance(embedded, Unset):
        return []
    lists = [
        getattr(embedded, f.name)
        for f in attrs.fields(type(embedded))
        if isinstance(getattr(embedded, f.name), list) and f.name != "additional_properties"
    ]
    return lists[0] if lists else []


def _page_model(operation: ModuleType) -> type[Any]:
    """The success model of a generated collection operation (from its return annotation)."""
    hints = typing.get_type_hints(operation.sync)
    for candidate in typing.get_args(hints.get("return")):
        if isinstance(candidate, type) and candidate.__name__.endswith("Collection"):
            return candidate
    raise SendspecError(f"{operation.__name__} does not return a HAL collection")


__all__ = [
    "ACCEPT",
    "ApiError",
    "BasicAuth",
    "Cursor",
    "base_url",
    "client",
    "error_model",
    "expect",
    "items",
    "parse_error",
    "problem_type",
]
