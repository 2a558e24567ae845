"""The icomm SMS emulator's fast paths give what the general paths give: a text-only content's
stored JSON, a batch finalised in one statement, a log rendered once per stored row."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sendspec_emulator import create_app
from sendspec_emulator.core.rendered import encode
from sendspec_emulator.core.values import Call
from sendspec_emulator.sms import SmsProvider

TEXTS = ["bench", 'q"uote \\ back\nline\ttab \x00 nul \x1f', "héllo € ✓ 😀 \u2028", ""]


def _provider() -> SmsProvider:
    provider = create_app("icomm-sms").provider
    assert isinstance(provider, SmsProvider)
    return provider


def _send(provider: SmsProvider, body: dict[str, Any]) -> Any:
    call = Call("send_sms_messages", "POST", "/sms/3/messages", {}, {}, body, {}, {}, b"{}")
    return provider.send_sms_messages(call).body


def _send_one(provider: SmsProvider, to: str, content: dict[str, Any]) -> None:
    _send(provider, {"messages": [{"destinations": [{"to": to}], "content": content}]})


def _log_renderings(provider: SmsProvider, **query: Any) -> Any:
    call = Call("get_outbound_sms_message_logs", "GET", "/sms/3/logs", {}, query, None, {}, {})
    return provider.get_logs(call).body["results"]


def _logs(provider: SmsProvider, **query: Any) -> Any:
    """The logs as a client reads them."""
    return json.loads(encode(_log_renderings(provider, **query)))


@pytest.mark.parametrize("text", TEXTS)
def test_text_only_content_is_stored_as_json_dumps_stores_it(text: str) -> None:
    provider = _provider()
    _send_one(provider, "41793026727", {"text": text})
    _send_one(provider, "41793026728", {"text": text, "transliteration": "TURKISH"})
    stored = [row[0] for row in provider.db.query("SELECT content FROM messages ORDER BY seq")]
    assert stored == [
        json.dumps({"text": text}, ensure_ascii=False),
        json.dumps({"text": text, "transliteration": "TURKISH"}, ensure_ascii=False),
    ]
    assert [log["content"] for log in _logs(provider)] == [
        {"text": text, "transliteration": "TURKISH"},
        {"text": text},
    ]


def _final_state(provider: SmsProvider) -> list[tuple[Any, ...]]:
    return [
        tuple(row)
        for row in provider.db.query(
            "SELECT m.destination, m.done_at, m.status, m.error, m.general_status, m.price,"
            " r.seq, r.done_at, r.push FROM reports r JOIN messages m ON m.seq = r.message_seq"
            " ORDER BY r.seq"
        )
    ]


@pytest.mark.parametrize("webhooks", [False, True])
def test_a_finalised_batch_is_as_finalised_one_by_one(webhooks: bool) -> None:
    """Delivered and undeliverable messages, due in another order than sent, finalise to the
    catalog's states with their reports in due order; with webhooks in the batch (push states
    differ) as well as without."""
    provider = _provider()
    now = provider.now_ms()
    destinations = ["41790000", "41793026727", "4179000000", "123", "+4179300001"]
    for i, to in enumerate(destinations):
        message: dict[str, Any] = {"destinations": [{"to": to}], "content": {"text": f"t{i}"}}
        if webhooks and i % 2:
            message["webhooks"] = {"delivery": {"url": "https://example.com/hook"}}
        _send(provider, {"messages": [message]})
    # due in reverse order of sending, one of them later than now
    for offset, (seq,) in enumerate(
        provider.db.query("SELECT seq FROM messages ORDER BY seq DESC")
    ):
        with provider.db.tx() as conn:
            conn.execute("UPDATE messages SET due_at = ? WHERE seq = ?", (now - 1000 + offset, seq))
    provider.clock.advance(5)
    assert provider.advance() == {"finalised": 5, "reports": 5}
    done = provider.now_ms()
    rows = _final_state(provider)
    assert [row[0] for row in rows] == list(reversed(destinations))
    for to, done_at, status, error, group, price, _, report_done, push in rows:
        undeliverable = to.endswith("0000")
        assert status == (
            "UNDELIVERABLE_NOT_DELIVERED" if undeliverable else "DELIVERED_TO_HANDSET"
        )
        assert error == ("EC_ABSENT_SUBSCRIBER" if undeliverable else "NO_ERROR")
        assert group == ("UNDELIVERABLE" if undeliverable else "DELIVERED")
        assert price == 0.01 and done_at == report_done and done_at < done
        assert push == ("skipped" if webhooks and to in destinations[1::2] else "none")
    assert provider.advance() == {"finalised": 0, "reports": 0}


def test_a_log_is_rendered_once_while_its_row_stays_the_same() -> None:
    provider = _provider()
    for i in range(3):
        _send_one(provider, f"4179302672{i}", {"text": "same"})
    first, second = _log_renderings(provider), _log_renderings(provider)
    assert all(a is b for a, b in zip(first, second, strict=True))  # kept, not rendered again
    pending = _logs(provider)
    provider.advance(force=True)  # delivered: the rows changed, so do their logs
    delivered = _logs(provider)
    assert [log["status"]["groupName"] for log in pending] == ["PENDING"] * 3
    assert [log["status"]["groupName"] for log in delivered] == ["DELIVERED"] * 3
    assert all("doneAt" in log for log in delivered)
    assert [log["content"] for log in delivered] == [{"text": "same"}] * 3
