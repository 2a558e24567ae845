"""icomm SMS (Infobip SMS v3 compatible): client factory, log windows, report draining and
delivery-report webhook parsing.

>>> from sendspec import sms
>>> client = sms.client("API_KEY")
>>> for log in sms.iter_logs(client, sender="InfoSMS", bulk_id=["B1", "B2"]):  # past 1000
...     print(log.message_id, log.status.group_name if log.status else None)
>>> for report in sms.drain_reports(client):                  # each report comes only once
...     print(report.message_id, report.status.name if report.status else None)

Every field of a log or report is optional (Infobip's schema requires none), so the models'
attributes may be ``UNSET``.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Iterator, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar, Unpack

from icomm_sms_client import Client
from icomm_sms_client.api.default import (
    get_outbound_sms_message_delivery_reports,
    get_outbound_sms_message_logs,
)
from icomm_sms_client.models import (
    ApiError,
    DeliveryReport,
    DeliveryReports,
    SmsLog,
    SmsLogsResponse,
)
from icomm_sms_client.types import UNSET, Unset

from .errors import ApiError as SendspecApiError
from .errors import PaginationError
from .runtime import ClientOptions, HeaderAuth, build_client, check_credential, expect

PROVIDER = "icomm-sms"
BASE_URL = "https://apisms.trx.icommarketing.com"
#: the API's maximum `limit` for logs and reports
MAX_LIMIT = 1000
_ONE_MS = timedelta(milliseconds=1)
T = TypeVar("T")
_TIMESTAMP = re.compile(
    r"^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$"
)


class SmsAuth(HeaderAuth):
    """``Authorization: App <api key>``."""

    def __init__(self, api_key: str) -> None:
        check_credential("api key", api_key)
        super().__init__({"Authorization": f"App {api_key}"})


def parse_error(body: Any) -> tuple[list[str], ApiError | None]:
    """Infobip v3 error body -> (messages, generated ``ApiError`` model)."""
    if not isinstance(body, dict) or "errorCode" not in body:
        return ([body] if isinstance(body, str) and body else []), None
    model = ApiError.from_dict(body)
    messages = [f"{model.error_code}: {model.description}"]
    messages += [f"{v.property_}: {v.violation}" for v in model.violations or []]
    return messages, model


def error_model(error: SendspecApiError) -> ApiError | None:
    """The generated ``ApiError`` model (``errorCode``, ``description``, ``violations``) an
    error response carries, when its body was one."""
    return error.error if isinstance(error.error, ApiError) else None


def client(
    api_key: str,
    **options: Unpack[ClientOptions],
) -> Client:
    """A generated icomm SMS ``Client`` with auth, timeouts, retries and typed errors."""
    options.setdefault("base_url", BASE_URL)
    return build_client(
        Client,
        provider=PROVIDER,
        auth=SmsAuth(api_key),
        parse_error=parse_error,
        **options,
    )


# ------------------------------------------------------------------------------------ timestamps


def parse_timestamp(value: str) -> datetime:
    """Parse ``2019-11-09T16:00:00.000+0100`` (also ``+01:00`` and ``Z``) to an aware datetime."""
    match = _TIMESTAMP.match(value)
    if not match:
        raise ValueError(f"not an Infobip timestamp: {value!r}")
    base, fraction, offset = match.groups()
    micros = (fraction or "0").ljust(6, "0")[:6]
    if offset == "Z":
        offset = "+00:00"
    elif ":" not in offset:
        offset = f"{offset[:3]}:{offset[3:]}"
    return datetime.fromisoformat(f"{base}.{micros}{offset}")


def format_timestamp(value: datetime) -> str:
    """An aware datetime as ``yyyy-MM-dd'T'HH:mm:ss.SSS+0000`` (UTC, milliseconds)."""
    if value.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    utc = value.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}+0000"


def _as_param(value: datetime | str | None) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return format_timestamp(value)


# -------------------------------------------------------------------------------------------- logs


class _LogWindow:
    """Backwards time-window paging over /sms/3/logs.

    Logs come latest first, at most ``limit`` per call. After a full page the next window ends
    just after the oldest timestamp seen (``sentUntil`` is exclusive), so messages sharing that
    millisecond are fetched again and dropped by id: nothing is lost or repeated. More than
    ``limit`` messages in one millisecond cannot be paged past: that raises PaginationError.
    """

    def __init__(self, page_size: int, sent_until: datetime | str | None) -> None:
        if not 1 <= page_size <= MAX_LIMIT:
            raise ValueError(f"page_size must be between 1 and {MAX_LIMIT}")
        self.page_size = page_size
        self.until = _as_param(sent_until)
        self.boundary_ids: set[str] = set()
        self.done = False

    def take(self, page: Any) -> list[SmsLog]:
        results = _list(expect(page, SmsLogsResponse).results)
        fresh = [log for log in results if _log_key(log) not in self.boundary_ids]
        if len(results) < self.page_size:
            self.done = True
            return fresh
        stamps = []
        for log in results:
            if not isinstance(log.sent_at, str):
                raise PaginationError(f"log {log.message_id} has no sentAt; cannot page by time")
            stamps.append(parse_timestamp(log.sent_at))
        oldest = min(stamps)
        until = format_timestamp(oldest + _ONE_MS)
        if until == self.until:
            raise PaginationError(
                f"more than {self.page_size} logs share the timestamp {format_timestamp(oldest)};"
                " narrow the filters to page past them"
            )
        self.until = until
        self.boundary_ids = {
            _log_key(log) for log, at in zip(results, stamps, strict=True) if at == oldest
        }
        return fresh


def _log_key(log: SmsLog) -> str:
    """What tells two logs apart: the messageId, or (without one) the whole entry."""
    if isinstance(log.message_id, str):
        return log.message_id
    return json.dumps(log.to_dict(), sort_keys=True)


def _list(results: list[T] | Unset) -> list[T]:
    """``results`` of a page; an absent one (Infobip's schema makes it optional) is empty."""
    return [] if isinstance(results, Unset) else results


def iter_logs(
    client: Client,
    *,
    sent_since: datetime | str | None = None,
    sent_until: datetime | str | None = None,
    page_size: int = MAX_LIMIT,
    **filters: Any,
) -> Iterator[SmsLog]:
    """Every log matching ``filters`` (keyword arguments of the generated
    ``get_outbound_sms_message_logs``), latest first, walking time windows past the
    1000-per-call limit. The API keeps logs for 48 hours."""
    window = _LogWindow(page_size, sent_until)
    since = _as_param(sent_since)
    while not window.done:
        page = get_outbound_sms_message_logs.sync(
            client=client,
            sent_since=since or UNSET,
            sent_until=window.until or UNSET,
            limit=page_size,
            **filters,
        )
        yield from window.take(page)


async def aiter_logs(
    client: Client,
    *,
    sent_since: datetime | str | None = None,
    sent_until: datetime | str | None = None,
    page_size: int = MAX_LIMIT,
    **filters: Any,
) -> AsyncIterator[SmsLog]:
    """Async :func:`iter_logs`."""
    window = _LogWindow(page_size, sent_until)
    since = _as_param(sent_since)
    while not window.done:
        page = await get_outbound_sms_message_logs.asyncio(
            client=client,
            sent_since=since or UNSET,
            sent_until=window.until or UNSET,
            limit=page_size,
            **filters,
        )
        for log in window.take(page):
            yield log


# ----------------------------------------------------------------------------------------- reports


def iter_report_batches(
    client: Client, *, batch_size: int = MAX_LIMIT, **filters: Any
) -> Iterator[list[DeliveryReport]]:
    """Fetch delivery reports batch by batch until the server has none left.

    The server returns each report only once, so reports are handed out a whole batch at a
    time: process (or store) each batch before asking for the next.
    """
    if not 1 <= batch_size <= MAX_LIMIT:
        raise ValueError(f"batch_size must be between 1 and {MAX_LIMIT}")
    while True:
        page = get_outbound_sms_message_delivery_reports.sync(
            client=client, limit=batch_size, **filters
        )
        results = _list(expect(page, DeliveryReports).results)
        if not results:
            return
        yield results


def drain_reports(
    client: Client, *, batch_size: int = MAX_LIMIT, **filters: Any
) -> list[DeliveryReport]:
    """All pending delivery reports, fetched until the server returns an empty batch."""
    return [
        r for batch in iter_report_batches(client, batch_size=batch_size, **filters) for r in batch
    ]


async def adrain_reports(
    client: Client, *, batch_size: int = MAX_LIMIT, **filters: Any
) -> list[DeliveryReport]:
    """Async :func:`drain_reports`."""
    if not 1 <= batch_size <= MAX_LIMIT:
        raise ValueError(f"batch_size must be between 1 and {MAX_LIMIT}")
    out: list[DeliveryReport] = []
    while True:
        page = await get_outbound_sms_message_delivery_reports.asyncio(
            client=client, limit=batch_size, **filters
        )
        results = _list(expect(page, DeliveryReports).results)
        if not results:
            return out
        out.extend(results)


# ----------------------------------------------------------------------------------------- webhook


def parse_delivery_reports(payload: bytes | str | Mapping[str, Any]) -> DeliveryReports:
    """Parse a delivery-report webhook body (``{"results": [...]}``) into generated models.

    Raises ValueError with a clear message for a body that is not such a document.
    """
    if isinstance(payload, bytes | str):
        try:
            payload = json.loads(payload)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ValueError(f"delivery report body is not JSON: {exc}") from exc
    if not isinstance(payload, Mapping) or not isinstance(payload.get("results"), list):
        raise ValueError('delivery report body must be an object with a "results" array')
    for i, item in enumerate(payload["results"]):
        if not isinstance(item, Mapping):
            raise ValueError(f"results[{i}] must be an object")
        for key in ("status", "error", "price", "platform"):
            if key in item and not isinstance(item[key], Mapping):
                raise ValueError(f"results[{i}].{key} must be an object")
    try:
        return DeliveryReports.from_dict(payload)
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"delivery report body does not match the schema: {exc!r}") from exc
