"""ICOMMKT Transactional Email (Postmark compatible): client factory, typed errors by
ErrorCode, count/offset iteration and batch results that cannot be ignored.

>>> from sendspec import icommkt
>>> from icommkt_email_client.api.bounces import list_bounces
>>> client = icommkt.client("SERVER_TOKEN")            # or icommkt.TEST_TOKEN
>>> for bounce in icommkt.iter_items(list_bounces, client, type_="HardBounce"):
...     print(bounce.email)
>>> results = icommkt.send_batch(client, messages)      # raises BatchError on any failed item
>>> event = icommkt.parse_webhook(request_body)         # BounceWebhook, DeliveryWebhook, ...
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol, TypeVar, Unpack, overload

from icommkt_email_client import Client
from icommkt_email_client.api.email import send_email_batch, send_email_batch_with_templates
from icommkt_email_client.models import (
    ApiError as ApiErrorModel,
)
from icommkt_email_client.models import (
    Bounce,
    BounceList,
    BounceWebhook,
    ClickWebhook,
    DeliveryWebhook,
    EmailMessage,
    InboundMessage,
    InboundMessageList,
    InboundRule,
    InboundRuleList,
    InboundWebhook,
    MessageClick,
    MessageClickList,
    MessageOpen,
    MessageOpenList,
    OpenWebhook,
    OutboundMessage,
    OutboundMessageList,
    SendEmailResponse,
    TemplatedEmailBatch,
    TemplateList,
    TemplateSummary,
)

from .errors import ApiError, PaginationError, SendspecError, ValidationError
from .runtime import ClientOptions, HeaderAuth, build_client, check_credential

PROVIDER = "icommkt-email"
BASE_URL = "https://api.trx.icommarketing.com"
#: the documented test token: sends are validated but nothing is delivered
TEST_TOKEN = "ICOMMKT_API_TEST"
#: documented paging limits: count <= 500 and count + offset <= 10,000
MAX_COUNT = 500
MAX_WINDOW = 10_000
_EMAIL = re.compile(r"[^\s,;:<>()\[\]\"']+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")

#: the list attribute of each paged result model
ITEMS_OF = {
    "BounceList": "bounces",
    "TemplateList": "templates",
    "OutboundMessageList": "messages",
    "InboundMessageList": "inbound_messages",
    "MessageOpenList": "opens",
    "MessageClickList": "clicks",
    "InboundRuleList": "inbound_rules",
}


class ServerTokenAuth(HeaderAuth):
    """``X-Trx-Api-Key: <server token>``."""

    def __init__(self, token: str) -> None:
        check_credential("server token", token)
        super().__init__({"X-Trx-Api-Key": token})


# ------------------------------------------------------------------------------------- errors


class InactiveRecipientError(ValidationError):
    """ErrorCode 406: a recipient is marked inactive (bounced or suppressed)."""

    @property
    def inactive_addresses(self) -> list[str]:
        """The addresses the server named as inactive (parsed from its Message)."""
        return _EMAIL.findall(" ".join(self.messages))


class BatchLimitError(ValidationError):
    """ErrorCode 410: more than 500 messages in one batch."""


#: ErrorCode -> more specific error class
ERROR_CODES: dict[int, type[ApiError]] = {406: InactiveRecipientError, 410: BatchLimitError}


def parse_error(body: Any) -> tuple[list[str], ApiErrorModel | None]:
    """``{"ErrorCode": n, "Message": "..."}`` -> (messages, generated ``ApiError`` model)."""
    if isinstance(body, dict) and "ErrorCode" in body and "Message" in body:
        model = ApiErrorModel.from_dict(body)
        return [f"ErrorCode {model.error_code}: {model.message}"], model
    return ([body] if isinstance(body, str) and body else []), None


def error_model(error: ApiError) -> ApiErrorModel | None:
    """The generated ``ApiError`` model (``ErrorCode``, ``Message``) an error carries."""
    return error.error if isinstance(error.error, ApiErrorModel) else None


def error_code(error: ApiError) -> int | None:
    """The ``ErrorCode`` of an error response (None when its body had none)."""
    model = error_model(error)
    return model.error_code if model is not None else None


def refine(error: ApiError) -> ApiError:
    cls = ERROR_CODES.get(error_code(error) or -1)
    if cls is None:
        return error
    refined = cls.__new__(cls)
    refined.__dict__.update(error.__dict__)
    refined.args = error.args
    return refined


def client(
    token: str,
    **options: Unpack[ClientOptions],
) -> Client:
    """A generated ICOMMKT ``Client`` with the server token, timeouts, retries and typed
    errors (``InactiveRecipientError`` and ``BatchLimitError`` by ErrorCode)."""
    options.setdefault("base_url", BASE_URL)
    return build_client(
        Client,
        provider=PROVIDER,
        auth=ServerTokenAuth(token),
        parse_error=parse_error,
        refine=refine,
        **options,
    )


# ------------------------------------------------------------------------------------- paging

#: a count/offset page: one of the generated list models of :data:`ITEMS_OF`
Page = (
    BounceList
    | TemplateList
    | OutboundMessageList
    | InboundMessageList
    | MessageOpenList
    | MessageClickList
    | InboundRuleList
)
PageT = TypeVar("PageT", bound=Page)
PageT_co = TypeVar("PageT_co", bound=Page, covariant=True)


class CountOperation(Protocol[PageT_co]):
    """A generated count/offset list operation module (``list_bounces``, ``list_templates``,
    ``list_outbound_messages``, ...): its ``sync()`` returns the page model ``PageT_co``."""

    @property
    def sync(self) -> Callable[..., PageT_co | ApiErrorModel | None]: ...


def iter_pages(
    operation: CountOperation[PageT],
    client: Client,
    *,
    page_size: int = MAX_COUNT,
    offset: int = 0,
    **filters: Any,
) -> Iterator[PageT]:
    """Every page of a count/offset list operation (a generated module such as
    ``list_bounces``), one request each, until ``TotalCount`` is reached; each page is the
    operation's own model (``BounceList`` for ``list_bounces``...).

    The API serves at most the first 10,000 matches of a query (count + offset <= 10,000):
    when more match, PaginationError says so before any record past the window is asked
    for; narrow the query (``fromdate``/``todate``, tag, ...) and walk each part.
    """
    if not 1 <= page_size <= MAX_COUNT:
        raise ValueError(f"page_size must be between 1 and {MAX_COUNT}")
    if offset < 0:
        raise ValueError("offset must not be negative")
    while True:
        count = min(page_size, MAX_WINDOW - offset)
        if count <= 0:
            raise PaginationError(
                f"more than {MAX_WINDOW} matches; the API pages only through the first "
                f"{MAX_WINDOW}: narrow the query (e.g. fromdate/todate) and walk each part"
            )
        page = _page(operation.sync(client=client, count=count, offset=offset, **filters))
        items = _items(page)
        yield page
        offset += len(items)
        if not items or offset >= page.total_count:
            return


# one overload per generated page model: the records' type follows the operation's
@overload
def iter_items(
    operation: CountOperation[BounceList],
    client: Client,
    *,
    page_size: int = ...,
    **filters: Any,
) -> Iterator[Bounce]: ...
@overload
def iter_items(
    operation: CountOperation[TemplateList],
    client: Client,
    *,
    page_size: int = ...,
    **filters: Any,
) -> Iterator[TemplateSummary]: ...
@overload
def iter_items(
    operation: CountOperation[OutboundMessageList],
    client: Client,
    *,
    page_size: int = ...,
    **filters: Any,
) -> Iterator[OutboundMessage]: ...
@overload
def iter_items(
    operation: CountOperation[InboundMessageList],
    client: Client,
    *,
    page_size: int = ...,
    **filters: Any,
) -> Iterator[InboundMessage]: ...
@overload
def iter_items(
    operation: CountOperation[MessageOpenList],
    client: Client,
    *,
    page_size: int = ...,
    **filters: Any,
) -> Iterator[MessageOpen]: ...
@overload
def iter_items(
    operation: CountOperation[MessageClickList],
    client: Client,
    *,
    page_size: int = ...,
    **filters: Any,
) -> Iterator[MessageClick]: ...
@overload
def iter_items(
    operation: CountOperation[InboundRuleList],
    client: Client,
    *,
    page_size: int = ...,
    **filters: Any,
) -> Iterator[InboundRule]: ...
def iter_items(
    operation: CountOperation[Page], client: Client, *, page_size: int = MAX_COUNT, **filters: Any
) -> Iterator[object]:
    """Every record of a count/offset list operation, one page in memory at a time, as the
    page model's record type (``Bounce`` for ``list_bounces``, ``TemplateSummary`` for
    ``list_templates``...)."""
    for page in iter_pages(operation, client, page_size=page_size, **filters):
        yield from _items(page)


# the operations filtered by fromdate/todate
@overload
def iter_items_by_date(
    operation: CountOperation[BounceList],
    client: Client,
    *,
    fromdate: datetime,
    todate: datetime,
    page_size: int = ...,
    **filters: Any,
) -> Iterator[Bounce]: ...
@overload
def iter_items_by_date(
    operation: CountOperation[OutboundMessageList],
    client: Client,
    *,
    fromdate: datetime,
    todate: datetime,
    page_size: int = ...,
    **filters: Any,
) -> Iterator[OutboundMessage]: ...
@overload
def iter_items_by_date(
    operation: CountOperation[InboundMessageList],
    client: Client,
    *,
    fromdate: datetime,
    todate: datetime,
    page_size: int = ...,
    **filters: Any,
) -> Iterator[InboundMessage]: ...
def iter_items_by_date(
    operation: CountOperation[Page],
    client: Client,
    *,
    fromdate: datetime,
    todate: datetime,
    page_size: int = MAX_COUNT,
    **filters: Any,
) -> Iterator[object]:
    """Every record between ``fromdate`` and ``todate`` (Eastern wall-clock times, both
    inclusive, to the second) of an operation filtered by ``fromdate``/``todate`` (bounces,
    outbound and inbound messages), however many match.

    A range whose matches exceed the 10,000 window is split in halves, the later half first
    (the API lists newest first), until every part fits; the first page of each part also
    tells its TotalCount, so a range that fits costs no extra request. PaginationError if
    more than 10,000 records share one second. Records arriving inside the range while it is
    walked can shift count/offset pages: walk ranges that lie in the past.
    """
    if fromdate.tzinfo is not None or todate.tzinfo is not None:
        raise ValueError("fromdate/todate are Eastern wall-clock times: pass naive datetimes")
    if not 1 <= page_size <= MAX_COUNT:
        raise ValueError(f"page_size must be between 1 and {MAX_COUNT}")
    second = timedelta(seconds=1)
    ranges = [(fromdate.replace(microsecond=0), todate.replace(microsecond=0))]
    while ranges:
        start, end = ranges.pop()
        if start > end:
            continue
        window = {"fromdate": f"{start:%Y-%m-%dT%H:%M:%S}", "todate": f"{end:%Y-%m-%dT%H:%M:%S}"}
        first = _page(operation.sync(client=client, count=page_size, offset=0, **filters, **window))
        if first.total_count > MAX_WINDOW:
            if start == end:
                raise PaginationError(
                    f"{first.total_count} records at {window['fromdate']}: more than "
                    f"{MAX_WINDOW} in one second cannot be paged"
                )
            middle = start + (end - start) // 2
            middle = middle.replace(microsecond=0)
            ranges += [(start, middle), (middle + second, end)]  # later half pops first
            continue
        items = _items(first)
        yield from items
        if items and len(items) < first.total_count:
            for page in iter_pages(
                operation, client, page_size=page_size, offset=len(items), **filters, **window
            ):
                yield from _items(page)


def _page(page: PageT | ApiErrorModel | None) -> PageT:
    """A list operation's result as its page model (the error model and None are answers
    the clients built here never hand back: an error response raises first)."""
    if page is None or isinstance(page, ApiErrorModel):
        raise SendspecError(f"{type(page).__name__} is not a count/offset page")
    return page


def _items(page: object) -> list[object]:
    name = ITEMS_OF.get(type(page).__name__)
    if name is None:
        raise SendspecError(f"{type(page).__name__} is not a count/offset page")
    items: list[object] = getattr(page, name)
    return items


# -------------------------------------------------------------------------------------- batch


@dataclass(frozen=True)
class BatchFailure:
    index: int
    error_code: int | str
    message: str
    to: str | None


class BatchError(SendspecError):
    """A batch was accepted (HTTP 200) but some of its messages were not.

    ``results`` holds every per-message result in request order; ``failures`` the failed
    ones. Messages with ErrorCode 0 were sent.
    """

    def __init__(self, results: list[SendEmailResponse], failures: list[BatchFailure]) -> None:
        self.results = results
        self.failures = failures
        sample = "; ".join(_described(f) for f in failures[:3])
        more = f" (+{len(failures) - 3} more)" if len(failures) > 3 else ""
        super().__init__(f"{len(failures)} of {len(results)} batch messages failed: {sample}{more}")


def _described(failure: BatchFailure) -> str:
    """``#0 to a@example.org: ErrorCode 400: <the provider's Message>`` (the recipient from the
    request when the result has none, as Postmark's error entries carry no ``To``)."""
    to = f" to {failure.to}" if failure.to else ""
    message = failure.message or "(no message)"
    return f"#{failure.index}{to}: ErrorCode {failure.error_code}: {message}"


def batch_failures(
    results: Sequence[SendEmailResponse], messages: Sequence[object] = ()
) -> list[BatchFailure]:
    """The per-message failures of a batch result (``ErrorCode`` other than 0); ``to`` is the
    result's, or else that of the request's message at the same index (``messages``)."""
    failures = []
    for index, result in enumerate(results):
        code = result.error_code
        if isinstance(code, int | str) and str(code) != "0":
            message = result.message if isinstance(result.message, str) else ""
            to = result.to if isinstance(result.to, str) else None
            if to is None and index < len(messages):
                sent_to = getattr(messages[index], "to", None)
                to = sent_to if isinstance(sent_to, str) else None
            failures.append(BatchFailure(index, code, message, to))
    return failures


def _checked(
    results: object, raise_on_failure: bool, messages: Sequence[object] = ()
) -> list[SendEmailResponse]:
    if not isinstance(results, list):
        raise SendspecError(f"unexpected batch result {results!r}")
    failures = batch_failures(results, messages)
    if failures and raise_on_failure:
        raise BatchError(results, failures)
    return results


def send_batch(
    client: Client, messages: Sequence[EmailMessage], *, raise_on_failure: bool = True
) -> list[SendEmailResponse]:
    """Send a batch (at most 500); raise BatchError when any message failed, unless told not
    to (then inspect :func:`batch_failures`)."""
    if len(messages) > MAX_COUNT:
        raise ValueError(f"a batch holds at most {MAX_COUNT} messages, not {len(messages)}")
    results = send_email_batch.sync(client=client, body=list(messages))
    return _checked(results, raise_on_failure, messages)


def send_batch_with_templates(
    client: Client, batch: TemplatedEmailBatch, *, raise_on_failure: bool = True
) -> list[SendEmailResponse]:
    """Send a templated batch; failures are handled as in :func:`send_batch`."""
    results = send_email_batch_with_templates.sync(client=client, body=batch)
    return _checked(results, raise_on_failure, batch.messages)


# ------------------------------------------------------------------------------------ webhooks

#: what :func:`parse_webhook` returns
Webhook = BounceWebhook | DeliveryWebhook | OpenWebhook | ClickWebhook | InboundWebhook
#: a webhook body's RecordType -> its generated model (an inbound message has no RecordType)
WEBHOOK_MODELS: dict[str, type[Webhook]] = {
    "Bounce": BounceWebhook,
    "SpamComplaint": BounceWebhook,
    "Delivery": DeliveryWebhook,
    "Open": OpenWebhook,
    "Click": ClickWebhook,
}
#: members of an inbound message besides MessageID, one of which an inbound body carries
_INBOUND_MEMBERS = ("From", "FromFull", "To", "ToFull", "OriginalRecipient")


def parse_webhook(body: bytes | str | Mapping[str, Any]) -> Webhook:
    """A webhook request body (bytes, text or parsed JSON) as its generated model, chosen by
    ``RecordType``: Bounce / SpamComplaint -> ``BounceWebhook``, Delivery ->
    ``DeliveryWebhook``, Open -> ``OpenWebhook``, Click -> ``ClickWebhook``; a body without
    RecordType that is an email (``MessageID`` and From/To members) -> ``InboundWebhook``.

    Raises ValueError with a clear message for anything else (not JSON, not an object, an
    unknown RecordType, a required member missing, a member of the wrong shape)."""
    if isinstance(body, bytes | str):
        try:
            body = json.loads(body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ValueError(f"webhook body is not JSON: {exc}") from exc
    if not isinstance(body, Mapping):
        raise ValueError(f"a webhook body is a JSON object, not {type(body).__name__}")
    record_type = body.get("RecordType")
    if record_type is None:
        if "MessageID" not in body or not any(k in body for k in _INBOUND_MEMBERS):
            raise ValueError(
                "not an ICOMMKT webhook body: no RecordType, and not an inbound message"
                " (MessageID with From/To)"
            )
        model: type[Webhook] = InboundWebhook
        what = "inbound"
    elif isinstance(record_type, str) and record_type in WEBHOOK_MODELS:
        model, what = WEBHOOK_MODELS[record_type], record_type
    else:
        raise ValueError(
            f"unknown webhook RecordType {record_type!r}; known: {sorted(WEBHOOK_MODELS)}"
            " (and inbound bodies, which have none)"
        )
    try:
        parsed: Webhook = model.from_dict(body)
    except KeyError as exc:
        raise ValueError(f"{what} webhook body lacks {exc.args[0]!r}") from exc
    except (TypeError, ValueError, AttributeError) as exc:
        raise ValueError(f"{what} webhook body does not match the schema: {exc!r}") from exc
    return parsed
