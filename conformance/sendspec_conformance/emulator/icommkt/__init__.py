"""ICOMMKT Transactional Email emulator, Postmark compatible (specs/icommkt-email.yaml).

One module per tag of the spec: ``email`` (sends), ``bounces``, ``templates``, ``messages``
(outbound, inbound, opens and clicks), ``stats``, ``suppressions``, ``inbound_rules``; the
records and their rules in ``state`` (tables and fixed records in ``records``), templates
rendered by ``rendering``, times in ``times``, addresses in ``addresses``. This module is the
provider: auth, the error body and the control actions.

Credentials: ``X-Trx-Api-Key: <server token>`` (name and value case-insensitive); the token
defaults to ``demo-server-token``. The documented test token ``ICOMMKT_API_TEST`` is accepted by
the four send operations only: the send is validated exactly like a real one and answered like
one (ErrorCode 0, a fresh MessageID), but nothing is stored, bounced or counted. Every other
operation answers the test token with 401.

Errors: every failure is ``{"ErrorCode": <int>, "Message": <text>}``. A missing or wrong token is
HTTP 401 / ErrorCode 10; every input error is HTTP 422. Schema failures found by the core map to
410 (a batch of more than 500 messages), 403 (a required send field such as From, To,
TemplateModel or Messages is missing), 1120 (a template without Name) and 300 otherwise;
malformed JSON is 402 and a non-JSON Content-Type 409. The core names the operation of a schema
failure (``ApiError.operation_id``), so problems of query or path parameters, and those the
handlers find, use the code of the operation's group (bounces 1000, messages 700, stats 900,
templates 1100, suppressions 300). Routing errors outside the spec: 404 / 405 with ErrorCode
equal to the status; injected 429 ErrorCode 429, 503 ErrorCode 100 (maintenance); an internal
error 500 ErrorCode 500.

Stats are computed from stored data, filtered by message tag, stream (all when omitted) and
inclusive Eastern dates of the event (send, bounce, open, click). Days without data and zero
counts are left out of ``Days``; the totals are always present for the fixed-key answers.

Suppressions are kept per message stream: create adds ManualSuppression (origin Customer); an
invalid address is Failed; delete removes any suppression but a SpamComplaint (Failed) and lifts
the inactive flag of the address's bounces in that stream.

Inbound rules: an address or a domain (813 otherwise), duplicates 810 (case-insensitive),
unknown ID 812.
"""

from __future__ import annotations

import json
import re
import secrets
import sqlite3
from collections.abc import Awaitable, Iterable, Mapping
from typing import Any

from ..core import JSON, ApiError, Call, Handler, Reply, handles
from .addresses import invalid_address, is_email
from .bounces import BounceHandlers
from .email import SEND_OPERATIONS, TEST_TOKEN, EmailHandlers
from .errors import GROUP_CODES, IcommktError
from .messages import MessageHandlers
from .rendering import parse_template, render
from .state import IcommktState
from .templates import TemplateHandlers
from .times import eastern_day, filter_time, stamp, stats_day


class IcommktProvider(
    EmailHandlers,
    BounceHandlers,
    TemplateHandlers,
    MessageHandlers,
):
    """Auth, error body and control actions; the handlers come from the resource modules."""

    slug = "icommkt-email"
    #: the service runs on ASP.NET: paths match with a trailing "/" and in any letter case,
    #: query names in any case (the doc writes /email/withTemplate/ and Count=/Offset=), and
    #: postmarker sends JSON null for every unset field, which the service takes as absent;
    #: boolean parameters in any case (.NET's bool.Parse; postmarker sends inactive=True)
    trailing_slash = True
    case_insensitive_paths = True
    case_insensitive_query = True
    case_insensitive_booleans = True
    nulls_as_absent = True

    # ------------------------------------------------------------------------------ provider
    def handlers(self) -> dict[str, Handler]:
        return {
            op: (handler if op in SEND_OPERATIONS else self._no_test_token(handler))
            for op, handler in super().handlers().items()
        }

    def _no_test_token(self, handler: Handler) -> Handler:
        def guarded(call: Call) -> Reply | Awaitable[Reply]:
            if self._is_test(call.headers):
                raise IcommktError(
                    10, f"The test token {TEST_TOKEN} can only be used to send emails.", 401
                )
            return handler(call)

        return guarded

    def authenticate(self, headers: Mapping[str, str]) -> None:
        token = (headers.get("x-trx-api-key") or "").strip().lower()
        if not token:
            raise IcommktError(10, "Bad or missing API token: the X-Trx-Api-Key header.", 401)
        if not (
            secrets.compare_digest(token.encode(), self.server_token.lower().encode())
            or token == TEST_TOKEN.lower()
        ):
            raise IcommktError(10, "Bad or missing API token.", 401)

    def error_response(self, error: ApiError) -> Reply:
        if isinstance(error, IcommktError):
            return Reply(error.status, {"ErrorCode": error.code, "Message": error.message})
        status, code = {
            "auth": (401, 10),
            "malformed_json": (422, 402),
            "content_type": (422, 409),
            "not_found": (404, 404),
            "method": (405, 405),
            "rate_limited": (429, 429),
            "unavailable": (503, 100),
            "server": (500, 500),
        }.get(error.kind, (422, 300))
        message = error.message
        if error.kind == "content_type":
            message = (
                "Your HTTP request doesn't have the Accept and Content-Type headers set to "
                f"application/json. ({error.message})"
            )
        elif error.kind == "malformed_json":
            message = f"The JSON data you provided is syntactically incorrect. ({error.message})"
        elif error.kind == "validation":
            code = self._validation_code(error)
        return Reply(status, {"ErrorCode": code, "Message": message})

    def _validation_code(self, error: ApiError) -> int:
        violations = error.violations
        group = GROUP_CODES.get(self._tags.get(error.operation_id or "", ""))
        body_problem = any(v.where == "" or v.where[0].isupper() for v in violations)
        if group is not None and not body_problem:  # query or path parameters only
            return group
        if violations and all(
            v.where == "Rule" and v.message != "is required" for v in violations
        ):  # the spec's pattern: neither an address nor a domain
            return 813
        if any(
            v.where in ("", "Messages") and v.message.startswith("must have at most 500")
            for v in violations
        ):
            return 410
        required = [v for v in violations if v.message == "is required"]
        if required and len(required) == len(violations):
            fields = {re.sub(r"^(Messages)?(\[\d+\]\.)?", "", v.where) for v in required}
            if fields <= {"From", "To", "TemplateModel", "Messages"}:
                return 403
            if fields == {"Name"}:
                return 1120
        return 300

    def control(self, action: str, body: JSON) -> JSON:
        if action == "signatures":
            add = list(body.get("add", []))
            unconfirmed = list(body.get("unconfirmed", []))
            return {
                "signatures": self.set_signatures(
                    add, unconfirmed, replace=bool(body.get("replace"))
                )
            }
        if action == "open":
            return self.record_open(body)
        if action == "click":
            return self.record_click(body)
        if action == "inbound":
            return self.record_inbound(body)
        if action == "bounce":
            return self.record_bounce(body)
        return super().control(action, body)

    # ------------------------------------------------------------------------------ stats
    def _stat_rows(self, call: Call, table: str, time_column: str) -> list[sqlite3.Row]:
        """Rows of ``table`` (joined with their message as ``m``) within the stats filters."""
        q = call.query
        start, end = stats_day(q.get("fromdate")), stats_day(q.get("todate"))
        where, params = ["1 = 1"], []
        if q.get("tag"):
            where.append("m.tag = ?")
            params.append(q["tag"])
        if q.get("messagestream"):
            where.append("m.stream = ?")
            params.append(q["messagestream"])
        if start:
            where.append(f"{time_column} >= ?")
            params.append(filter_time(start, end=False, code=900))
        if end:
            where.append(f"{time_column} <= ?")
            params.append(filter_time(end, end=True, code=900))
        condition = " AND ".join(where)
        if table == "messages":
            sql = f"SELECT m.*, m.received_us AS at FROM messages m WHERE {condition}"
        else:
            sql = (
                f"SELECT t.*, {time_column} AS at, m.track_opens, m.track_links"
                f" FROM {table} t JOIN messages m ON m.seq = t.message_seq WHERE {condition}"
            )
        return self.db.query(sql, params)

    @staticmethod
    def _by_day(
        items: Iterable[tuple[int, str, int]], fixed: tuple[str, ...] = ()
    ) -> dict[str, Any]:
        """``(at_us, key, amount)`` -> ``{"Days": [...], key: total, ...}`` (zeros left out)."""
        days: dict[str, dict[str, int]] = {}
        totals: dict[str, int] = dict.fromkeys(fixed, 0)
        for at, key, amount in items:
            if not amount:
                continue
            day = days.setdefault(eastern_day(at), {})
            day[key] = day.get(key, 0) + amount
            totals[key] = totals.get(key, 0) + amount
        out: dict[str, Any] = {
            "Days": [{"Date": d, **counts} for d, counts in sorted(days.items())]
        }
        out.update(totals)
        return out

    @staticmethod
    def _name_key(name: str | None) -> str:
        if not name or name in ("Days", "Date"):
            return "Unknown"
        return name

    @handles("get_outbound_overview")
    def get_outbound_overview(self, call: Call) -> Reply:
        messages = self._stat_rows(call, "messages", "m.received_us")
        bounces = self._stat_rows(call, "bounces", "t.bounced_us")
        opens = self._stat_rows(call, "opens", "t.received_us")
        clicks = self._stat_rows(call, "clicks", "t.received_us")
        sent = len(messages)
        spam = sum(1 for b in bounces if b["type"] == "SpamComplaint")
        smtp = sum(1 for b in bounces if b["type"] == "SMTPApiError")
        bounced = len(bounces) - spam - smtp

        def rate(n: int) -> float:
            return round(n * 100 / sent, 3) if sent else 0.0

        with_links = sum(1 for m in messages if m["track_links"] != "None")
        with_opens = sum(1 for m in messages if m["track_opens"])
        tracked = sum(1 for m in messages if m["track_links"] != "None" or m["track_opens"])
        opened_with_client = {
            o["message_seq"] for o in opens if self._client_name(o["client_json"]) != "Unknown"
        }
        opened_with_platform = {
            o["message_seq"] for o in opens if (o["platform"] or "Unknown") != "Unknown"
        }
        return Reply(
            200,
            {
                "Sent": sent,
                "Bounced": bounced,
                "SMTPApiErrors": smtp,
                "BounceRate": rate(bounced),
                "SpamComplaints": spam,
                "SpamComplaintsRate": rate(spam),
                "Opens": len(opens),
                "UniqueOpens": len({(o["message_seq"], o["recipient"].lower()) for o in opens}),
                "TotalClicks": len(clicks),
                "UniqueLinksClicked": sum(1 for c in clicks if c["first"]),
                "TotalTrackedLinksSent": sum(m["tracked_links"] for m in messages),
                "Tracked": tracked,
                "WithLinkTracking": with_links,
                "WithOpenTracking": with_opens,
                "WithClientRecorded": len(opened_with_client),
                "WithPlatformRecorded": len(opened_with_platform),
            },
        )

    @handles("get_sent_counts")
    def get_sent_counts(self, call: Call) -> Reply:
        rows = self._stat_rows(call, "messages", "m.received_us")
        return Reply(200, self._by_day(((r["at"], "Sent", 1) for r in rows), ("Sent",)))

    @handles("get_bounce_counts")
    def get_bounce_counts(self, call: Call) -> Reply:
        rows = self._stat_rows(call, "bounces", "t.bounced_us")
        keys = ("HardBounce", "SMTPApiError", "SoftBounce", "Transient")
        items = ((r["at"], r["type"], 1) for r in rows if r["type"] in keys)
        return Reply(200, self._by_day(items, keys))

    @handles("get_spam_complaint_counts")
    def get_spam_complaint_counts(self, call: Call) -> Reply:
        rows = self._stat_rows(call, "bounces", "t.bounced_us")
        items = ((r["at"], "SpamComplaint", 1) for r in rows if r["type"] == "SpamComplaint")
        return Reply(200, self._by_day(items, ("SpamComplaint",)))

    @handles("get_tracked_email_counts")
    def get_tracked_email_counts(self, call: Call) -> Reply:
        rows = self._stat_rows(call, "messages", "m.received_us")
        items = (
            (r["at"], "Tracked", 1) for r in rows if r["track_opens"] or r["track_links"] != "None"
        )
        return Reply(200, self._by_day(items, ("Tracked",)))

    @handles("get_email_open_counts")
    def get_email_open_counts(self, call: Call) -> Reply:
        rows = self._stat_rows(call, "opens", "t.received_us")
        items: list[tuple[int, str, int]] = []
        for r in rows:
            items.append((r["at"], "Opens", 1))
            items.append((r["at"], "Unique", int(r["first"])))
        return Reply(200, self._by_day(items, ("Opens", "Unique")))

    @handles("get_email_platform_usage")
    def get_email_platform_usage(self, call: Call) -> Reply:
        rows = self._stat_rows(call, "opens", "t.received_us")
        names = {"desktop": "Desktop", "mobile": "Mobile", "webmail": "WebMail"}
        items = ((r["at"], names.get((r["platform"] or "").lower(), "Unknown"), 1) for r in rows)
        return Reply(200, self._by_day(items, ("Desktop", "Mobile", "Unknown", "WebMail")))

    def _client_name(self, raw: str | None) -> str:
        client = json.loads(raw) if raw else {}
        return self._name_key(client.get("Family") or client.get("Name"))

    @handles("get_email_client_usage")
    def get_email_client_usage(self, call: Call) -> Reply:
        rows = self._stat_rows(call, "opens", "t.received_us")
        return Reply(
            200, self._by_day((r["at"], self._client_name(r["client_json"]), 1) for r in rows)
        )

    @staticmethod
    def _read_bucket(seconds: int | None) -> str:
        if seconds is None:
            return "unknown"
        return "20s+" if seconds >= 20 else f"{seconds}s"

    @handles("get_email_read_times")
    def get_email_read_times(self, call: Call) -> Reply:
        rows = self._stat_rows(call, "opens", "t.received_us")
        items = ((r["at"], self._read_bucket(r["read_seconds"]), 1) for r in rows)
        return Reply(200, self._by_day(items))

    @handles("get_click_counts")
    def get_click_counts(self, call: Call) -> Reply:
        rows = self._stat_rows(call, "clicks", "t.received_us")
        items: list[tuple[int, str, int]] = []
        for r in rows:
            items.append((r["at"], "Clicks", 1))
            items.append((r["at"], "Unique", int(r["first"])))
        return Reply(200, self._by_day(items, ("Clicks", "Unique")))

    @handles("get_browser_usage")
    def get_browser_usage(self, call: Call) -> Reply:
        rows = self._stat_rows(call, "clicks", "t.received_us")
        return Reply(
            200, self._by_day((r["at"], self._client_name(r["client_json"]), 1) for r in rows)
        )

    @handles("get_browser_platform_usage")
    def get_browser_platform_usage(self, call: Call) -> Reply:
        rows = self._stat_rows(call, "clicks", "t.received_us")
        names = {"desktop": "Desktop", "mobile": "Mobile"}
        items = ((r["at"], names.get((r["platform"] or "").lower(), "Unknown"), 1) for r in rows)
        return Reply(200, self._by_day(items, ("Desktop", "Mobile", "Unknown")))

    @handles("get_click_location")
    def get_click_location(self, call: Call) -> Reply:
        rows = self._stat_rows(call, "clicks", "t.received_us")
        return Reply(
            200, self._by_day(((r["at"], r["location"], 1) for r in rows), ("HTML", "Text"))
        )

    # ------------------------------------------------------------------------------ suppressions
    @handles("dump_suppressions")
    def dump_suppressions(self, call: Call) -> Reply:
        q = call.query
        where = ["stream = ?"]
        params: list[Any] = [call.path_params["stream_id"]]
        if q.get("SuppressionReason"):
            where.append("reason = ?")
            params.append(q["SuppressionReason"])
        if q.get("Origin"):
            where.append("origin = ?")
            params.append(q["Origin"])
        start, end = stats_day(q.get("fromdate"), 300), stats_day(q.get("todate"), 300)
        if start:
            where.append("created_us >= ?")
            params.append(filter_time(start, end=False, code=300))
        if end:
            where.append("created_us <= ?")
            params.append(filter_time(end, end=True, code=300))
        if q.get("EmailAddress"):
            where.append("email = ?")
            params.append(q["EmailAddress"].strip().lower())
        rows = self.db.query(
            f"SELECT * FROM suppressions WHERE {' AND '.join(where)} ORDER BY created_us DESC",
            params,
        )
        return Reply(
            200,
            {
                "Suppressions": [
                    {
                        "EmailAddress": r["email"],
                        "SuppressionReason": r["reason"],
                        "Origin": r["origin"],
                        "CreatedAt": stamp(r["created_us"]),
                    }
                    for r in rows
                ]
            },
        )

    @handles("create_suppressions")
    def create_suppressions(self, call: Call) -> Reply:
        stream = call.path_params["stream_id"]
        results = []
        with self.db.tx() as conn:
            for entry in call.body["Suppressions"]:
                address = entry["EmailAddress"]
                if not is_email(address.strip()):
                    results.append(invalid_address(address))
                    continue
                conn.execute(
                    "INSERT OR IGNORE INTO suppressions VALUES (?, ?, 'ManualSuppression',"
                    " 'Customer', ?)",
                    (stream, address.strip().lower(), self.now_us()),
                )
                results.append({"EmailAddress": address, "Status": "Suppressed", "Message": None})
        return Reply(200, {"Suppressions": results})

    @handles("delete_suppressions")
    def delete_suppressions(self, call: Call) -> Reply:
        stream = call.path_params["stream_id"]
        results = []
        with self.db.tx() as conn:
            for entry in call.body["Suppressions"]:
                address = entry["EmailAddress"]
                email = address.strip().lower()
                if not is_email(email):
                    results.append(invalid_address(address))
                    continue
                row = conn.execute(
                    "SELECT reason FROM suppressions WHERE stream = ? AND email = ?",
                    (stream, email),
                ).fetchone()
                if row and row[0] == "SpamComplaint":
                    results.append({
                        "EmailAddress": address, "Status": "Failed",
                        "Message": "You do not have the required authority to change this "
                        "suppression.",
                    })  # fmt: skip
                    continue
                conn.execute(
                    "DELETE FROM suppressions WHERE stream = ? AND email = ?", (stream, email)
                )
                conn.execute(
                    "UPDATE bounces SET inactive = 0 WHERE stream = ? AND email_lower = ?"
                    " AND type = 'HardBounce'",
                    (stream, email),
                )
                results.append({"EmailAddress": address, "Status": "Deleted", "Message": None})
        return Reply(200, {"Suppressions": results})

    # ------------------------------------------------------------------------------ inbound_rules
    @handles("list_inbound_rules")
    def list_inbound_rules(self, call: Call) -> Reply:
        count, offset = self._window(call.query, 800, ceiling=False)
        total, rows = self.db.page("inbound_rules", "1", [], "id", count, offset, "id, rule")
        return Reply(
            200, {"TotalCount": total, "InboundRules": [{"ID": r[0], "Rule": r[1]} for r in rows]}
        )

    @handles("create_inbound_rule")
    def create_inbound_rule(self, call: Call) -> Reply:
        rule = call.body["Rule"].strip()
        if not self._rule_form.search(rule) or len(rule) > 253:  # the spec's own pattern
            raise IcommktError(813, "Not a valid email address or domain.")
        with self.db.tx() as conn:
            if conn.execute(
                "SELECT 1 FROM inbound_rules WHERE rule_lower = ?", (rule.lower(),)
            ).fetchone():
                raise IcommktError(810, "This inbound rule already exists.")
            cur = conn.execute(
                "INSERT INTO inbound_rules (rule, rule_lower) VALUES (?, ?)", (rule, rule.lower())
            )
        return Reply(200, {"ID": cur.lastrowid, "Rule": rule})

    @handles("delete_inbound_rule")
    def delete_inbound_rule(self, call: Call) -> Reply:
        text = call.path_params["triggerid"]
        if not text.isascii() or not text.isdigit() or int(text) < 1:
            raise IcommktError(800, f"Invalid trigger ID: {text!r}.")
        rule_id = min(int(text), 2**63 - 1)
        with self.db.tx() as conn:
            row = conn.execute("SELECT rule FROM inbound_rules WHERE id = ?", (rule_id,)).fetchone()
            if row is None:
                raise IcommktError(812, "This inbound rule was not found.")
            conn.execute("DELETE FROM inbound_rules WHERE id = ?", (rule_id,))
        return Reply(200, {"ErrorCode": 0, "Message": f"Rule {row[0]} removed."})


__all__ = [
    "IcommktError",
    "IcommktProvider",
    "IcommktState",
    "parse_template",
    "render",
    "stamp",
]
