"""ICOMMKT webhooks: the emulator POSTs the spec's webhook payloads (``BounceWebhook``,
``DeliveryWebhook``, ``OpenWebhook``, ``ClickWebhook``, ``InboundWebhook``; Postmark's) to
the URLs configured for each kind.

Configuration: ``POST /_emulator/webhooks {"delivery": url, "bounce": url, ...}`` sets the
kinds given (``null`` removes one), ``GET /_emulator/webhooks`` shows the URLs, the recent
push attempts (newest first: kind, url, MessageID, status, error, tries, state) and how many
are pending (``?wait=S`` first waits up to S seconds for the pending pushes to finish),
``DELETE /_emulator/webhooks`` clears the URLs and the attempts. ``sendspec emulate
icommkt-email --webhook KIND=URL`` (the provider's ``webhooks`` option) sets them at start;
``POST /_emulator/reset`` puts those back.

When (the emulator does not model delivery time, so each push starts as soon as the event's
transaction commits):

- a send that stores messages (not the test token): one ``Delivery`` per recipient (To, Cc
  and Bcc; ``DeliveredAt`` is the send's time) except those whose send-time bounce means the
  message did not arrive (HardBounce, SoftBounce, Transient, SMTPApiError), then one ``Bounce``
  per send-time bounce (``RecordType: SpamComplaint`` for a spam complaint);
- ``POST /_emulator/bounce``: one ``Bounce``; ``POST /_emulator/open``: one ``Open`` for each
  open (``FirstOpen`` says which is the first); ``POST /_emulator/click``: one ``Click`` for the
  first click of a recipient on a link ("posted for the first click");
- an inbound message that is ``Processed`` (``POST /_emulator/inbound``; a blocked one is not
  pushed), a blocked one bypassed (``bypass_inbound_message``) and a failed one retried
  (``retry_inbound_message``): the message as ``get_inbound_message_details`` shows it, with
  ``MessageStream: inbound`` and the attachments' contents.

Every payload is checked against its schema in the spec before it is sent (a mismatch is an
attempt with an error, never a request). Pushes run as asyncio tasks off the request path, in
order for each URL (one at a time per URL), each try bounded by ``TIMEOUT`` seconds, two
tries (the second 0.1 s after a failure or a non-2xx answer), without proxies or redirects,
and are never raised into a request: a failure is recorded. At most ``MAX_PENDING`` pushes
wait at once; beyond that events are counted as ``dropped``. As for SMS (``sms/delivery.py``),
only loopback hosts are contacted unless ``allow_external_webhooks=True``, never an
``/_emulator`` path and never the emulator's own address and port. URLs are shown and logged
without their user info and query (where secrets go).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import sqlite3
from collections import deque
from collections.abc import Collection, Mapping
from functools import cache
from typing import Any
from urllib.parse import unquote, urlsplit

import httpx

from ..core import JSON, Call, Clock, Database, Reply, SchemaSet
from ..core.webhooks import shown, webhook_allowed
from ..specs import load_spec
from .bounces import BounceHandlers
from .email import EmailHandlers
from .messages import MessageHandlers
from .records import SERVER_ID
from .times import stamp

log = logging.getLogger("sendspec.emulator.icommkt")

#: webhook kind -> the spec's payload schema
SCHEMAS = {
    "bounce": "BounceWebhook",
    "delivery": "DeliveryWebhook",
    "open": "OpenWebhook",
    "click": "ClickWebhook",
    "inbound": "InboundWebhook",
}
KINDS = tuple(SCHEMAS)
#: seconds one try may take, connection to answer's head
TIMEOUT = 5.0
TRIES = 2
RETRY_PAUSE = 0.1
#: pushes waiting or running at once; further events are dropped (and counted)
MAX_PENDING = 10_000
#: push attempts kept for GET /_emulator/webhooks
HISTORY = 200
#: the longest ``wait`` of GET /_emulator/webhooks, in seconds
MAX_WAIT = 60.0
#: send-time bounce types after which no Delivery is pushed (the message did not arrive)
NOT_DELIVERED = frozenset({"HardBounce", "SoftBounce", "Transient", "SMTPApiError"})
DELIVERY_DETAILS = "smtp;250 2.0.0 OK"
USER_AGENT = "sendspec-emulator (icommkt-email webhooks)"


@cache
def _schemas() -> SchemaSet:
    return SchemaSet(load_spec("icommkt-email"))


def payload_problems(kind: str, payload: JSON) -> list[str]:
    """What makes ``payload`` not a valid ``kind`` webhook body by the spec (empty: valid)."""
    pointer = f"/components/schemas/{SCHEMAS[kind]}"
    return [v.text() for v in _schemas().violations(pointer, payload)]


def refusal(url: Any, allow_external: bool, own: Collection[tuple[str, int]] = ()) -> str | None:
    """Why the emulator will not push to ``url`` (None: it will), by sms/delivery.py's rule."""
    if not isinstance(url, str) or not url:
        return "a webhook URL is a non-empty string"
    if webhook_allowed(url, allow_external, own):
        return None
    try:
        parts = urlsplit(url)
        _ = parts.port
    except ValueError as exc:
        return f"{shown(url)} is not a valid URL ({exc})"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"{shown(url)} is not an http(s) URL with a host"
    if unquote(parts.path).lower().startswith("/_emulator"):
        return f"{shown(url)} is an emulator's control plane"
    if webhook_allowed(url, True, own):
        return f"{shown(url)} is not a loopback address (127.0.0.0/8, ::1, localhost)"
    return f"{shown(url)} is this emulator itself"


def check_urls(
    raw: Any, *, allow_external: bool = False, own: Collection[tuple[str, int]] = ()
) -> dict[str, str | None]:
    """``{kind: url}`` checked (kinds known, URLs pushable; None removes a kind); ValueError
    naming the first problem."""
    if not isinstance(raw, Mapping):
        raise ValueError(f"webhooks are an object of kind -> URL ({', '.join(KINDS)})")
    unknown = sorted(str(k) for k in raw if k not in SCHEMAS)
    if unknown:
        raise ValueError(f"unknown webhook kinds {unknown}; known: {list(KINDS)}")
    out: dict[str, str | None] = {}
    for kind, url in raw.items():
        if url is not None:
            why = refusal(url, allow_external, own)
            if why:
                raise ValueError(f"{kind}: {why}")
        out[kind] = url
    return out


class IcommktWebhooks(EmailHandlers, BounceHandlers, MessageHandlers):
    """Webhook configuration, the events that push, and the pushes."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        *,
        webhooks: Mapping[str, str] | None = None,
        allow_external_webhooks: bool = False,
        **options: Any,
    ) -> None:
        super().__init__(db, clock, **options)
        self.allow_external_webhooks = allow_external_webhooks
        given = check_urls(webhooks or {}, allow_external=allow_external_webhooks)
        #: the URLs a fresh emulator (and a reset) has
        self._start_webhooks = {k: v for k, v in given.items() if v}
        self.webhook_urls: dict[str, str] = dict(self._start_webhooks)
        self._attempts: deque[dict[str, Any]] = deque(maxlen=HISTORY)
        self._attempt_ids = itertools.count(1)
        self._webhook_tasks: set[asyncio.Task[None]] = set()
        self._lanes: dict[str, asyncio.Lock] = {}  # one push at a time per URL, in order
        self._dropped = 0
        # one HTTP client for every push (a new one costs some 20 ms: its TLS context), made
        # on the serving loop at the first push
        self._http: httpx.AsyncClient | None = None
        self._http_loop: asyncio.AbstractEventLoop | None = None

    # ------------------------------------------------------------------------------ control
    def control(self, action: str, body: JSON) -> JSON:
        if action == "webhooks":
            own = self.listening
            for kind, url in check_urls(
                body, allow_external=self.allow_external_webhooks, own=own
            ).items():
                if url is None:
                    self.webhook_urls.pop(kind, None)
                else:
                    self.webhook_urls[kind] = url
            return self._webhook_state()
        return super().control(action, body)

    def control_query(self, method: str, action: str, params: Mapping[str, str]) -> JSON:
        if action != "webhooks":
            return super().control_query(method, action, params)
        if method == "DELETE":
            count = len(self.webhook_urls)
            self._clear_webhooks({})
            return {"deleted": count}
        unknown = sorted(set(params) - {"wait"})
        if unknown:
            raise ValueError(f"unknown parameters {unknown}; known: ['wait']")
        wait = float(params.get("wait") or 0)
        if not 0 <= wait <= MAX_WAIT:  # NaN fails too
            raise ValueError(f"wait is a number of seconds from 0 to {MAX_WAIT:g}")
        return self._webhook_state_after(wait)

    async def _webhook_state_after(self, wait: float) -> JSON:
        pending = set(self._webhook_tasks)
        if wait and pending:
            await asyncio.wait(pending, timeout=wait)
        return self._webhook_state()

    def _webhook_state(self) -> dict[str, Any]:
        return {
            "urls": {kind: shown(url) for kind, url in sorted(self.webhook_urls.items())},
            "pending": len(self._webhook_tasks),
            "dropped": self._dropped,
            "attempts": [dict(a) for a in self._attempts],
        }

    def _clear_webhooks(self, urls: Mapping[str, str]) -> None:
        for task in self._webhook_tasks:
            task.cancel()
        self._webhook_tasks.clear()
        self._lanes.clear()
        self._attempts.clear()
        self._dropped = 0
        self.webhook_urls = dict(urls)

    def reset(self) -> None:
        super().reset()
        self._clear_webhooks(self._start_webhooks)

    async def shutdown(self) -> None:
        tasks = list(self._webhook_tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if self._http is not None and self._http_loop is asyncio.get_running_loop():
            await self._http.aclose()
        self._http = self._http_loop = None
        await super().shutdown()

    # ------------------------------------------------------------------------------ events
    def _send(self, call: Call, bodies: list[Any], templated: bool) -> list[dict[str, Any]]:
        results = super()._send(call, bodies, templated)  # committed
        if ("delivery" in self.webhook_urls or "bounce" in self.webhook_urls) and not (
            self._is_test(call.headers)
        ):
            self._sent([r["MessageID"] for r in results if r.get("ErrorCode") == 0])
        return results

    def record_bounce(self, body: JSON) -> JSON:
        result = super().record_bounce(body)
        if "bounce" in self.webhook_urls:
            for row in self._bounce_rows("b.id = ?", [result["ID"]]):
                self._push_later("bounce", self._bounce_payload(row))
        return result

    def record_open(self, body: JSON) -> JSON:
        result = super().record_open(body)
        if "open" in self.webhook_urls:
            row = self._latest_tracking("opens", result, "")
            if row is not None:
                payload = self._tracking_json(row, click=False)
                payload["FirstOpen"] = bool(row["first"])
                self._push_later("open", self._with_metadata(payload, row))
        return result

    def record_click(self, body: JSON) -> JSON:
        result = super().record_click(body)
        if "click" in self.webhook_urls:
            row = self._latest_tracking("clicks", result, " AND t.link = ?")
            if row is not None and row["first"]:  # the webhook posts first clicks only
                payload = self._tracking_json(row, click=True)
                self._push_later("click", self._with_metadata(payload, row))
        return result

    def record_inbound(self, body: JSON) -> JSON:
        if isinstance(body, dict):  # what the webhook would carry must fit its schema
            for key, schema in (("Headers", "MessageHeader"), ("Attachments", "InboundAttachment")):
                items = body.get(key, [])
                if not isinstance(items, list):
                    raise ValueError(f"{key} must be an array")
                for i, item in enumerate(items):
                    problems = _schemas().violations(f"/components/schemas/{schema}", item)
                    if problems:
                        raise ValueError(f"{key}[{i}]: {problems[0].text()}")
        result = super().record_inbound(body)
        if result["Status"] == "Processed":
            self._push_inbound(result["MessageID"])
        return result

    def bypass_inbound_message(self, call: Call) -> Reply:
        reply = super().bypass_inbound_message(call)
        self._push_inbound(call.path_params["messageid"])
        return reply

    def retry_inbound_message(self, call: Call) -> Reply:
        reply = super().retry_inbound_message(call)
        self._push_inbound(call.path_params["messageid"])
        return reply

    # ------------------------------------------------------------------------------ payloads
    def _sent(self, message_ids: list[str]) -> None:
        if not message_ids:
            return
        ids = json.dumps(message_ids)
        messages = self.db.query(
            "SELECT seq, message_id, stream, tag, metadata_json, to_json, cc_json, bcc_json,"
            " received_us FROM messages WHERE message_id IN (SELECT value FROM json_each(?))"
            " ORDER BY seq",
            (ids,),
        )
        bounces: dict[int, list[sqlite3.Row]] = {}
        for row in self._bounce_rows("b.message_id IN (SELECT value FROM json_each(?))", [ids]):
            bounces.setdefault(row["message_seq"], []).append(row)
        for message in messages:
            found = bounces.get(message["seq"], [])
            if "delivery" in self.webhook_urls:
                lost = {b["email_lower"] for b in found if b["type"] in NOT_DELIVERED}
                for column in ("to_json", "cc_json", "bcc_json"):
                    for _, address in json.loads(message[column]):
                        if address.lower() not in lost:
                            self._push_later("delivery", self._delivery(message, address))
            if "bounce" in self.webhook_urls:
                for bounce in found:
                    self._push_later("bounce", self._bounce_payload(bounce))

    def _delivery(self, message: sqlite3.Row, recipient: str) -> dict[str, Any]:
        return {
            "RecordType": "Delivery",
            "MessageStream": message["stream"],
            "ServerID": SERVER_ID,
            "MessageID": message["message_id"],
            "Recipient": recipient,
            "Tag": message["tag"] or "",
            "DeliveredAt": stamp(message["received_us"]),
            "Details": DELIVERY_DETAILS,
            "Metadata": json.loads(message["metadata_json"] or "{}"),
        }

    def _bounce_rows(self, condition: str, params: list[Any]) -> list[sqlite3.Row]:
        return self.db.query(
            "SELECT b.*, m.metadata_json FROM bounces b LEFT JOIN messages m"
            f" ON m.seq = b.message_seq WHERE {condition} ORDER BY b.id",
            params,
        )

    def _bounce_payload(self, row: sqlite3.Row) -> dict[str, Any]:
        record = "SpamComplaint" if row["type"] == "SpamComplaint" else "Bounce"
        payload = {"RecordType": record, **self._bounce_json(row)}
        return self._with_metadata(payload, row)

    def _latest_tracking(self, table: str, result: Any, extra: str) -> sqlite3.Row | None:
        params = [result["MessageID"], result["Recipient"].lower()]
        if extra:
            params.append(result["Link"])
        rows = self.db.query(
            f"SELECT t.*, m.message_id, m.stream, m.tag, m.metadata_json FROM {table} t"
            " JOIN messages m ON m.seq = t.message_seq"
            f" WHERE m.message_id = ? AND lower(t.recipient) = ?{extra}"
            " ORDER BY t.id DESC LIMIT 1",
            params,
        )
        return rows[0] if rows else None

    @staticmethod
    def _with_metadata(payload: dict[str, Any], row: sqlite3.Row) -> dict[str, Any]:
        payload["Metadata"] = json.loads(row["metadata_json"] or "{}")
        return payload

    def _push_inbound(self, message_id: str) -> None:
        if "inbound" not in self.webhook_urls:
            return
        rows = self.db.query("SELECT body_json FROM inbound WHERE message_id = ?", (message_id,))
        if rows:
            self._push_later("inbound", {**json.loads(rows[0][0]), "MessageStream": "inbound"})

    # ------------------------------------------------------------------------------ pushes
    def _push_later(self, kind: str, payload: dict[str, Any]) -> None:
        """Record an attempt and start its push (after the event's commit)."""
        url = self.webhook_urls.get(kind)
        if not url:
            return
        if len(self._webhook_tasks) >= MAX_PENDING:
            self._dropped += 1
            return
        attempt: dict[str, Any] = {
            "id": next(self._attempt_ids),
            "kind": kind,
            "url": shown(url),
            "message_id": payload.get("MessageID"),
            "at": self.clock.now().isoformat(),
            "state": "pending",
            "status": None,
            "error": None,
            "tries": 0,
        }
        self._attempts.appendleft(attempt)
        problems = payload_problems(kind, payload)
        why = refusal(url, self.allow_external_webhooks, self.listening)
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        if problems:
            log.error("icommkt-email: a %s webhook outside the spec: %s", kind, problems[:3])
            attempt.update(state="invalid", error="payload outside the spec: " + problems[0])
        elif why:
            attempt.update(state="skipped", error=f"not pushed: {why}")
        elif loop is None:
            attempt.update(state="skipped", error="not pushed: no running event loop")
        else:
            task = loop.create_task(self._push(attempt, url, payload))
            self._webhook_tasks.add(task)
            task.add_done_callback(self._webhook_tasks.discard)

    def _client(self) -> httpx.AsyncClient:
        loop = asyncio.get_running_loop()
        if self._http is None or self._http_loop is not loop:
            self._http = httpx.AsyncClient(trust_env=False, follow_redirects=False)
            self._http_loop = loop
        return self._http

    async def _push(self, attempt: dict[str, Any], url: str, payload: dict[str, Any]) -> None:
        lane = self._lanes.setdefault(url, asyncio.Lock())
        async with lane:
            client = self._client()
            for tries in range(1, TRIES + 1):
                attempt["tries"] = tries
                try:
                    async with (
                        asyncio.timeout(TIMEOUT),
                        client.stream(
                            "POST",
                            url,
                            json=payload,
                            headers={"User-Agent": USER_AGENT},
                            timeout=TIMEOUT,
                        ) as response,
                    ):
                        attempt["status"] = response.status_code
                    if 200 <= response.status_code < 300:
                        attempt.update(state="pushed", error=None)
                        return
                    attempt["error"] = f"answered {response.status_code}"
                except Exception as exc:  # refused, timed out, reset...: recorded, not raised
                    text = str(exc).replace(url, shown(url))[:200]
                    attempt.update(status=None, error=f"{type(exc).__name__}: {text}".rstrip(": "))
                log.debug(
                    "icommkt-email: %s webhook to %s failed: %s",
                    attempt["kind"],
                    shown(url),
                    attempt["error"],
                )
                if tries < TRIES:
                    await asyncio.sleep(RETRY_PAUSE)
            attempt["state"] = "failed"


__all__ = ["KINDS", "IcommktWebhooks", "check_urls", "payload_problems", "refusal", "shown"]
