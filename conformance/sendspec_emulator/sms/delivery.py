"""icomm SMS delivery simulation: the background ticker, ``advance``, webhook pushes and the
loopback-only rule.

A message becomes final at ``max(sentAt, sendAt) + delivery_delay`` on the emulator clock (doneAt
is that moment): a destination ending in ``0000`` is ``UNDELIVERABLE_NOT_DELIVERED`` with error
``EC_ABSENT_SUBSCRIBER``, any other ``DELIVERED_TO_HANDSET``; both cost 0.01 EUR per message.
:meth:`SmsDelivery.advance` finalises every due message in one transaction and creates the
reports; it runs every 50 ms in the background, at the start of every reports/logs request and
on ``POST /_emulator/advance``, which also finalises every pending message that is not scheduled
for later at once (doneAt = now) and waits for the resulting webhook pushes.

Webhooks: a report of a message with ``webhooks.delivery.url`` (and ``notify`` not false) is
POSTed as ``{"results": [...]}``, one POST per URL per batch, timeout 5 s, 2 attempts, without
proxies or redirects. Only loopback hosts (127.0.0.0/8, ::1, localhost) are contacted unless
``allow_external_webhooks=True``; other URLs are skipped. A report pushed with a 2xx answer is
never returned by ``GET /sms/3/reports``; one whose push failed or was skipped stays pullable.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
from collections.abc import Sequence
from typing import Any

import httpx

from ..core import JSON
from ..core.webhooks import shown, webhook_allowed
from .state import PRICE, RENDERED_COLUMNS, STATUSES, SmsState

log = logging.getLogger("sendspec.emulator.sms")


class SmsDelivery(SmsState):
    """Finalising messages into reports, and pushing those to the webhooks."""

    async def _tick(self) -> None:
        while True:
            await asyncio.sleep(0.05)
            try:
                self.advance()
            except Exception:
                log.exception("icomm-sms: delivery simulation failed")

    def advance(self, *, force: bool = False) -> dict[str, int]:
        """Finalise every due message (with ``force``: every one not scheduled for later)."""
        counts, _ = self._advance(force)
        return counts

    def _advance(self, force: bool) -> tuple[dict[str, int], list[asyncio.Task[tuple[int, bool]]]]:
        now = self.now_ms()
        condition = "due_at <= ?"
        params: list[Any] = [now]
        if force:
            condition += " OR send_at IS NULL OR send_at <= ?"
            params.append(now)
        batches: dict[str, list[int]] = {}
        if not force and not self.db.query(_ANY_DUE, params):
            # nothing is due (nearly every request): a read from the partial index
            # messages_due, without the write transaction that would change nothing
            return {"finalised": 0, "reports": 0}, []
        with self.db.tx() as conn:
            rows = conn.execute(
                "SELECT seq, destination, due_at, webhook_url, notify FROM messages"
                f" WHERE done_at IS NULL AND ({condition}) ORDER BY due_at, seq",
                params,
            ).fetchall()
            dones = [min(now, row["due_at"]) for row in rows]
            # the whole batch in one statement (see _FINALISE): executemany binds and steps
            # each row, ~1.5 us more per message
            conn.execute(_FINALISE, (now, PRICE, _dumps([row["seq"] for row in rows])))
            self._add_reports(conn, rows, dones, batches)
        tasks = self._start_pushes(batches)
        return {"finalised": len(rows), "reports": len(rows)}, tasks

    def _add_reports(
        self,
        conn: sqlite3.Connection,
        rows: Sequence[Any],
        dones: Sequence[int],
        batches: dict[str, list[int]],
    ) -> None:
        """The final reports of these messages (seq, webhook_url, notify; done at ``dones``),
        in this order; the ones to push join ``batches`` (url -> report seqs)."""
        reports = []
        pushing = []  # (message seq, url) in order
        for row, done in zip(rows, dones, strict=True):
            url, notify = row["webhook_url"], row["notify"]
            if not url or notify == 0:
                push = "none"
            elif (
                webhook_allowed(url, self.allow_external_webhooks, self.listening)
                and _loop() is not None
            ):
                push = "pushing"
                pushing.append((row["seq"], url))
            else:
                push = "skipped"
            reports.append((row["seq"], done, push))
        if len(reports) == 1:  # (one statement, without executemany's setup)
            conn.execute(_INSERT_REPORT, reports[0])
        elif reports and all(push == reports[0][2] for _, _, push in reports):
            # a batch in one push state (nearly always "none"): one INSERT from the seqs,
            # in their order (see _INSERT_REPORTS)
            conn.execute(_INSERT_REPORTS, (reports[0][2], _dumps([seq for seq, _, _ in reports])))
        else:
            conn.executemany(_INSERT_REPORT, reports)
        if pushing:
            seqs = dict(
                conn.execute(
                    "SELECT message_seq, seq FROM reports"
                    " WHERE message_seq IN (SELECT value FROM json_each(?))",
                    (json.dumps([message_seq for message_seq, _ in pushing]),),
                ).fetchall()
            )
            for message_seq, url in pushing:
                batches.setdefault(url, []).append(seqs[message_seq])

    def _start_pushes(self, batches: dict[str, list[int]]) -> list[asyncio.Task[tuple[int, bool]]]:
        loop = _loop()
        if loop is None or not batches:
            return []
        tasks = []
        for url, report_seqs in batches.items():
            task = loop.create_task(self._push(url, report_seqs))
            self._pushes.add(task)
            task.add_done_callback(self._pushes.discard)
            tasks.append(task)
        return tasks

    async def _push(self, url: str, report_seqs: list[int]) -> tuple[int, bool]:
        """POST one batch of reports; returns (reports, delivered)."""
        rows = self.db.query(
            f"SELECT {RENDERED_COLUMNS} FROM reports r JOIN messages m"
            " ON m.seq = r.message_seq WHERE r.seq IN (SELECT value FROM json_each(?))"
            " ORDER BY r.seq",
            (json.dumps(report_seqs),),
        )
        payload = {"results": self._reports(rows)}
        delivered = False
        async with httpx.AsyncClient(
            timeout=5.0, trust_env=False, follow_redirects=False
        ) as client:
            for attempt in range(2):
                try:
                    response = await client.post(url, json=payload)
                    if 200 <= response.status_code < 300:
                        delivered = True
                        break
                except Exception as exc:  # connection refused, timeout, invalid URL, ...
                    log.debug("icomm-sms: webhook %s failed: %s", shown(url), type(exc).__name__)
                if attempt == 0:
                    await asyncio.sleep(0.1)
        with self.db.tx() as conn:
            conn.execute(
                "UPDATE reports SET push = ? WHERE seq IN (SELECT value FROM json_each(?))",
                ("pushed" if delivered else "failed", json.dumps(report_seqs)),
            )
        return len(report_seqs), delivered

    async def _control_advance(self) -> JSON:
        earlier = set(self._pushes)  # pushes the background ticker started and still runs
        counts, tasks = self._advance(force=True)
        pushed = failed = 0
        if earlier:  # when advance answers, no push is in flight any more
            await asyncio.wait(earlier)
        if tasks:
            await asyncio.wait(tasks)
            for task in tasks:
                if task.cancelled() or task.exception() is not None:
                    continue
                n, ok = task.result()
                pushed, failed = (pushed + n, failed) if ok else (pushed, failed + n)
        return {**counts, "pushed": pushed, "push_failed": failed}


_INSERT_REPORT = "INSERT INTO reports (message_seq, done_at, push) VALUES (?, ?, ?)"
#: _INSERT_REPORT for a JSON array of message seqs, all in push state ?1, done at the
#: messages' done_at (set before their reports are added, equal to ``dones``): json_each
#: walks the array in order, so the reports get their seqs in the batch's order, as
#: inserted one by one
_INSERT_REPORTS = (
    "INSERT INTO reports (message_seq, done_at, push)"
    " SELECT m.seq, m.done_at, ?1 FROM json_each(?2) AS s JOIN messages m ON m.seq = s.value"
    " ORDER BY s.key"
)
_UNDELIVERABLE = "substr(destination, -4) = '0000'"  # destination.endswith("0000")
#: a message's final state, as the module doc says, for a JSON array of seqs (?1 now, ?2
#: the price)
_FINALISE = (
    "UPDATE messages SET done_at = MIN(?1, due_at),"
    f" status = CASE WHEN {_UNDELIVERABLE} THEN 'UNDELIVERABLE_NOT_DELIVERED'"
    " ELSE 'DELIVERED_TO_HANDSET' END,"
    f" error = CASE WHEN {_UNDELIVERABLE} THEN 'EC_ABSENT_SUBSCRIBER' ELSE 'NO_ERROR' END,"
    f" general_status = CASE WHEN {_UNDELIVERABLE} THEN"
    f" '{STATUSES['UNDELIVERABLE_NOT_DELIVERED']['groupName']}'"
    f" ELSE '{STATUSES['DELIVERED_TO_HANDSET']['groupName']}' END,"
    " price = ?2 WHERE seq IN (SELECT value FROM json_each(?3))"
)
#: compact JSON of plain ints and ASCII strings (the batches above)
_dumps = json.JSONEncoder(separators=(",", ":")).encode
#: whether any message is due (what an unforced advance finalises), from messages_due
_ANY_DUE = "SELECT 1 FROM messages WHERE done_at IS NULL AND due_at <= ? LIMIT 1"


def _loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None
