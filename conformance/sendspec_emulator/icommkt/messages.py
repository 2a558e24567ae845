"""ICOMMKT `messages` operations (the spec's tag): outbound messages (search, details with
their events, dump), inbound messages (search, details, bypass, retry) and the opens and
clicks of outbound messages (the records come from control actions, see state.py).

Bypass releases a Blocked inbound message (Processed), otherwise 702; retry reschedules a
Failed message (Scheduled), otherwise 703; unknown messages 701.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import timedelta
from email.utils import format_datetime
from typing import Any

from ..core import Call, Reply, handles
from ..core.rendered import Renderings
from .errors import QUERY_MESSAGE, IcommktError
from .records import BOUNCE_TYPES, MESSAGE_TTL_US, stored_json, stored_strings
from .state import IcommktState
from .times import EASTERN, EPOCH, stamp, to_us

#: the columns of a message in the search, in _outbound_summary()'s order
SUMMARY_FIELDS = (
    "tag", "message_id", "stream", "to_json", "cc_json", "bcc_json", "received_us", "from_text",
    "subject", "attachments_json", "status", "track_opens", "track_links", "metadata_json",
)  # fmt: skip
SUMMARY_COLUMNS = ", ".join(f"m.{name}" for name in SUMMARY_FIELDS)
#: a stream's page in its retention window with, last, the stream's count (stream_count()'s
#: arithmetic: the size kept by triggers less the messages past the window)
STREAM_PAGE = (
    f"SELECT {SUMMARY_COLUMNS}, COALESCE((SELECT n FROM message_counts WHERE stream = ?1)"
    " - (SELECT COUNT(*) FROM messages WHERE stream = ?1 AND received_us < ?2), 0)"
    " FROM messages m WHERE m.stream = ?1 AND m.received_us >= ?2"
    " ORDER BY m.received_us DESC, m.seq DESC LIMIT ?3 OFFSET ?4"
)


class MessageHandlers(IcommktState):
    # ------------------------------------------------------------------------------ outbound
    def _message_json(self, row: sqlite3.Row) -> dict[str, Any]:
        return self._outbound_summary(tuple(row[k] for k in SUMMARY_FIELDS))

    @staticmethod
    def _outbound_summary(row: Sequence[Any]) -> dict[str, Any]:
        """A message of the search (and the details): ``row`` starts with the SUMMARY_FIELDS."""
        (tag, message_id, stream, to_json, cc_json, bcc_json, received_us, from_text, subject,
         attachments_json, status, track_opens, track_links, metadata_json) = row[:14]  # fmt: skip
        pairs = stored_strings(to_json)
        if len(pairs) == 1:  # the usual message: one To (no comprehension frames to run)
            ((name, addr),) = pairs
            to = [{"Email": addr, "Name": name or None}]
            recipients = [addr]
        else:
            to = [{"Email": addr, "Name": name or None} for name, addr in pairs]
            recipients = [addr for _, addr in pairs]
        # most messages have no Cc, Bcc, attachments or metadata: "[]" / "{}" need no parsing
        if cc_json == "[]":
            cc: list[dict[str, Any]] = []
        else:
            pairs = stored_strings(cc_json)
            cc = [{"Email": addr, "Name": name or None} for name, addr in pairs]
            recipients += [addr for _, addr in pairs]
        if bcc_json == "[]":
            bcc: list[dict[str, Any]] = []
        else:
            pairs = stored_strings(bcc_json)
            bcc = [{"Email": addr, "Name": name or None} for name, addr in pairs]
            recipients += [addr for _, addr in pairs]
        out: dict[str, Any] = {
            "Tag": tag,
            "MessageID": message_id,
            "MessageStream": stream,
            "To": to,
            "Cc": cc,
            "Bcc": bcc,
            "Recipients": recipients,
            "ReceivedAt": stamp(received_us),
            "From": from_text,
            "Subject": subject,
            "Attachments": [] if attachments_json == "[]" else stored_strings(attachments_json),
            "Status": status,
            "TrackOpens": bool(track_opens),
            "TrackLinks": track_links,
            "Metadata": {} if metadata_json == "{}" else stored_json(metadata_json),
            "Sandboxed": False,
        }
        if not tag:  # no Tag key at all (the other keys keep their order)
            del out["Tag"]
        return out

    @staticmethod
    def _raw_source(row: sqlite3.Row) -> str:
        moment = (EPOCH + timedelta(microseconds=row["received_us"])).astimezone(EASTERN)
        lines = [f"From: {row['from_text']}", f"To: {row['to_text']}"]
        cc = json.loads(row["cc_json"])
        if cc:
            lines.append("Cc: " + ", ".join(addr for _, addr in cc))
        if row["reply_to"]:
            lines.append(f"Reply-To: {row['reply_to']}")
        lines += [
            f"Date: {format_datetime(moment)}",
            f"Subject: {row['subject']}",
            "MIME-Version: 1.0",
        ]
        if row["tag"]:
            lines.append(f"X-PM-Tag: {row['tag']}")
        lines.append(f"X-PM-Message-Id: {row['message_id']}")
        for header in json.loads(row["headers_json"]):
            lines.append(f"{header['Name']}: {header['Value']}")
        for key, value in json.loads(row["metadata_json"]).items():
            lines.append(f"X-PM-Metadata-{key}: {value}")
        html_body, text_body = row["html_body"], row["text_body"]
        if html_body and text_body:
            boundary = f"=_{row['message_id']}"
            lines += [
                f'Content-Type: multipart/alternative; boundary="{boundary}"',
                "",
                f"--{boundary}",
                "Content-Type: text/plain; charset=UTF-8",
                "",
                text_body,
                f"--{boundary}",
                "Content-Type: text/html; charset=UTF-8",
                "",
                html_body,
                f"--{boundary}--",
            ]
        else:
            kind = "html" if html_body else "plain"
            lines += [f"Content-Type: text/{kind}; charset=UTF-8", "", html_body or text_body or ""]
        return "\r\n".join(lines) + "\r\n"

    @handles("list_outbound_messages")
    def list_outbound_messages(self, call: Call) -> Reply:
        q = call.query
        count, offset = self._window(q, 700)
        where = ["m.stream = ?", "m.received_us >= ?"]
        params: list[Any] = [
            q.get("messagestream") or "outbound",
            to_us(self.clock.now()) - MESSAGE_TTL_US,
        ]
        if q.get("recipient"):
            where.append(
                "EXISTS (SELECT 1 FROM recipients r WHERE r.message_seq = m.seq AND r.email = ?)"
            )
            params.append(q["recipient"].strip().lower())
        if q.get("fromemail"):
            where.append("lower(m.from_email) = ?")
            params.append(q["fromemail"].strip().lower())
        if q.get("tag"):
            where.append("m.tag = ?")
            params.append(q["tag"])
        if q.get("status") == "queued":
            where.append("m.status = 'Queued'")
        if q.get("subject"):
            where.append("instr(lower(m.subject), ?) > 0")
            params.append(q["subject"].lower())
        self._dates(q, "m.received_us", where, params, 700)
        metadata = [(k, v) for k, v in call.raw_query.items() if k.startswith("metadata_")]
        if len(metadata) > 1:
            raise IcommktError(700, f"{QUERY_MESSAGE} Search by one metadata field at a time.")
        if metadata:
            where.append(
                "EXISTS (SELECT 1 FROM json_each(m.metadata_json) j"
                " WHERE j.key = ? AND j.type = 'text' AND j.value = ?)"
            )
            params += [metadata[0][0].removeprefix("metadata_"), metadata[0][1]]
        if len(where) == 2:  # the stream in its retention window: counted in flat time
            total, page = self._stream_page(params[0], params[1], count, offset)
        else:
            total, page = self.db.page(
                "messages m",
                " AND ".join(where),
                params,
                "m.received_us DESC, m.seq DESC",
                count,
                offset,
                SUMMARY_COLUMNS,
            )
        # each message's summary rendered once per stored row (its text kept by the row)
        summary = _SUMMARIES
        return Reply(200, {"TotalCount": total, "Messages": [summary(r[:14]) for r in page]})

    def _stream_page(
        self, stream: str, since_us: int, count: int, offset: int
    ) -> tuple[int, list[Any]]:
        """(stream_count(), the page newest first) in one statement: the count rides on the
        page's rows (SQLite runs its subqueries once); an empty page asks stream_count()."""
        rows = self.db.rows(STREAM_PAGE, (stream, since_us, count, offset))
        if not rows:
            return self.stream_count(stream, since_us), []
        total = int(rows[0][-1])
        return total, rows if offset < total else []

    def _events(self, row: sqlite3.Row) -> list[tuple[int, dict[str, Any]]]:
        events: list[tuple[int, dict[str, Any]]] = []
        bounces = {
            b["email_lower"]: b
            for b in self.db.query(
                "SELECT * FROM bounces WHERE message_seq = ? ORDER BY id", (row["seq"],)
            )
        }
        recipients = [addr for _, addr in (
            *json.loads(row["to_json"]), *json.loads(row["cc_json"]), *json.loads(row["bcc_json"])
        )]  # fmt: skip
        for addr in recipients:
            bounce = bounces.get(addr.lower())
            if bounce is None or bounce["type"] in ("AutoResponder", "SpamNotification"):
                domain = addr.rpartition("@")[2]
                events.append((row["received_us"] + 1, {
                    "Recipient": addr, "Type": "Delivered",
                    "ReceivedAt": stamp(row["received_us"] + 1),
                    "Details": {
                        "DeliveryMessage": "smtp;250 2.0.0 OK",
                        "DestinationServer": f"mx.{domain}",
                        "DestinationIP": "127.0.0.1",
                    },
                }))  # fmt: skip
            if bounce is None:
                continue
            at = bounce["bounced_us"]
            kind = "Transient" if bounce["type"] in ("Transient", "SoftBounce") else "Bounced"
            events.append((at, {
                "Recipient": addr, "Type": kind, "ReceivedAt": stamp(at),
                "Details": {"Summary": bounce["details"], "BounceID": str(bounce["id"])},
            }))  # fmt: skip
            if BOUNCE_TYPES[bounce["type"]].inactive:
                events.append((at, {
                    "Recipient": addr, "Type": "SubscriptionChanged", "ReceivedAt": stamp(at),
                    "Details": {"Origin": "Recipient", "SuppressSending": "True"},
                }))  # fmt: skip
        for o in self.db.query("SELECT * FROM opens WHERE message_seq = ?", (row["seq"],)):
            events.append((o["received_us"], {
                "Recipient": o["recipient"], "Type": "Opened",
                "ReceivedAt": stamp(o["received_us"]),
                "Details": {"Summary": f"Email opened with {o['user_agent']}"},
            }))  # fmt: skip
        for c in self.db.query("SELECT * FROM clicks WHERE message_seq = ?", (row["seq"],)):
            where = "HTMLBody" if c["location"] == "HTML" else "TextBody"
            events.append((c["received_us"], {
                "Recipient": c["recipient"], "Type": "LinkClicked",
                "ReceivedAt": stamp(c["received_us"]),
                "Details": {
                    "Summary": f"Tracked Link '{c['link']}' was clicked from the {where}.",
                    "Link": c["link"], "ClickLocation": c["location"],
                },
            }))  # fmt: skip
        return sorted(events, key=lambda e: e[0])

    @handles("get_outbound_message_details")
    def get_outbound_message_details(self, call: Call) -> Reply:
        row = self._message_row(call.path_params["messageid"], live_only=True)
        out: dict[str, Any] = {}
        if row["text_body"] is not None:
            out["TextBody"] = row["text_body"]
        if row["html_body"] is not None:
            out["HtmlBody"] = row["html_body"]
        out["Body"] = self._raw_source(row)
        out.update(self._message_json(row))
        out["MessageEvents"] = [event for _, event in self._events(row)]
        return Reply(200, out)

    @handles("get_outbound_message_dump")
    def get_outbound_message_dump(self, call: Call) -> Reply:
        row = self._message_row(call.path_params["messageid"], live_only=True)
        return Reply(200, {"Body": self._raw_source(row)})

    # ------------------------------------------------------------------------------ inbound
    def _inbound_row(self, message_id: str) -> sqlite3.Row:
        rows = self.db.query(
            "SELECT * FROM inbound WHERE message_id = ? AND received_us >= ?",
            (message_id, to_us(self.clock.now()) - MESSAGE_TTL_US),
        )
        if not rows:
            raise IcommktError(701, "This message doesn't exist.")
        return rows[0]

    def _inbound_json(self, row: sqlite3.Row, *, details: bool) -> dict[str, Any]:
        record: dict[str, Any] = json.loads(row["body_json"])
        if not details:
            for key in ("TextBody", "HtmlBody", "Headers"):
                record.pop(key, None)
        elif row["blocked_reason"]:
            record["BlockedReason"] = row["blocked_reason"]
        record["Status"] = row["status"]
        return record

    @handles("list_inbound_messages")
    def list_inbound_messages(self, call: Call) -> Reply:
        q = call.query
        count, offset = self._window(q, 700)
        where = ["received_us >= ?"]
        params: list[Any] = [to_us(self.clock.now()) - MESSAGE_TTL_US]
        if q.get("recipient"):
            where.append("instr(recipients, ?) > 0")
            params.append(f" {q['recipient'].strip().lower()} ")
        if q.get("fromemail"):
            where.append("from_email = ?")
            params.append(q["fromemail"].strip().lower())
        if q.get("tag"):
            where.append("tag = ?")
            params.append(q["tag"])
        if q.get("subject"):
            where.append("instr(lower(subject), ?) > 0")
            params.append(q["subject"].lower())
        if q.get("mailboxhash"):
            where.append("mailbox_hash = ?")
            params.append(q["mailboxhash"])
        if q.get("status"):
            where.append("lower(status) = ?")
            params.append(q["status"])
        self._dates(q, "received_us", where, params, 700)
        condition = " AND ".join(where)
        total, rows = self.db.page(
            "inbound", condition, params, "received_us DESC, seq DESC", count, offset
        )
        return Reply(
            200,
            {
                "TotalCount": total,
                "InboundMessages": [self._inbound_json(r, details=False) for r in rows],
            },
        )

    @handles("get_inbound_message_details")
    def get_inbound_message_details(self, call: Call) -> Reply:
        return Reply(
            200, self._inbound_json(self._inbound_row(call.path_params["messageid"]), details=True)
        )

    @handles("bypass_inbound_message")
    def bypass_inbound_message(self, call: Call) -> Reply:
        row = self._inbound_row(call.path_params["messageid"])
        if row["status"] != "Blocked":
            raise IcommktError(
                702, "Could not bypass this blocked inbound message, please contact support."
            )
        with self.db.tx() as conn:
            conn.execute("UPDATE inbound SET status = 'Processed' WHERE seq = ?", (row["seq"],))
        return Reply(
            200,
            {"ErrorCode": 0, "Message": f"Successfully bypassed message: {row['message_id']}."},
        )

    @handles("retry_inbound_message")
    def retry_inbound_message(self, call: Call) -> Reply:
        row = self._inbound_row(call.path_params["messageid"])
        if row["status"] != "Failed":
            raise IcommktError(
                703, "Could not retry this failed inbound message, please contact support."
            )
        with self.db.tx() as conn:
            conn.execute("UPDATE inbound SET status = 'Scheduled' WHERE seq = ?", (row["seq"],))
        return Reply(
            200,
            {
                "ErrorCode": 0,
                "Message": f"Successfully rescheduled failed message: {row['message_id']}.",
            },
        )

    # ------------------------------------------------------------------------------ tracking
    def _tracking_json(self, row: sqlite3.Row, *, click: bool) -> dict[str, Any]:
        out: dict[str, Any] = {"RecordType": "Click" if click else "Open"}
        if click:
            out["ClickLocation"] = row["location"]
        for key, column in (("Client", "client_json"), ("OS", "os_json")):
            if row[column]:
                out[key] = json.loads(row[column])
        if row["platform"] is not None:
            out["Platform"] = row["platform"]
        out["UserAgent"] = row["user_agent"]
        if click:
            out["OriginalLink"] = row["link"]
        else:  # 0 when the read time is unknown (counted as "unknown" by the read-time stats)
            out["ReadSeconds"] = row["read_seconds"] or 0
        if row["geo_json"]:
            out["Geo"] = json.loads(row["geo_json"])
        out["MessageID"] = row["message_id"]
        out["MessageStream"] = row["stream"]
        out["ReceivedAt"] = stamp(row["received_us"])
        if row["tag"]:
            out["Tag"] = row["tag"]
        out["Recipient"] = row["recipient"]
        return out

    def _tracking_list(self, call: Call, table: str, *, by_message: bool) -> Reply:
        q = call.query
        click = table == "clicks"
        where = ["t.first = 1"]
        params: list[Any] = []
        if by_message:
            message = self._message_row(call.path_params["messageid"])
            count, offset = self._window(q, 700, ceiling=False)
            where.append("t.message_seq = ?")
            params.append(message["seq"])
        else:
            count, offset = self._window(q, 700, ceiling=not click)
            where.append("m.stream = ?")
            params.append(q.get("messagestream") or "outbound")
            if q.get("recipient"):
                where.append("lower(t.recipient) = ?")
                params.append(q["recipient"].strip().lower())
            if q.get("tag"):
                where.append("m.tag = ?")
                params.append(q["tag"])
            if q.get("platform"):
                where.append("lower(t.platform) = ?")
                params.append(q["platform"].lower())
            for name, column, key in (
                ("client_name", "client_json", "Name"),
                ("client_company", "client_json", "Company"),
                ("client_family", "client_json", "Family"),
                ("os_name", "os_json", "Name"),
                ("os_family", "os_json", "Family"),
                ("os_company", "os_json", "Company"),
                ("country", "geo_json", "Country"),
                ("region", "geo_json", "Region"),
                ("city", "geo_json", "City"),
            ):
                if q.get(name):
                    where.append(f"lower(json_extract(t.{column}, '$.{key}')) = ?")
                    params.append(q[name].lower())
        condition = " AND ".join(where)
        total, rows = self.db.page(
            f"{table} t JOIN messages m ON m.seq = t.message_seq",
            condition,
            params,
            "t.received_us DESC, t.id DESC",
            count,
            offset,
            columns="t.*, m.message_id, m.stream, m.tag",
        )
        key = "Clicks" if click else "Opens"
        return Reply(
            200, {"TotalCount": total, key: [self._tracking_json(r, click=click) for r in rows]}
        )

    @handles("list_message_opens")
    def list_message_opens(self, call: Call) -> Reply:
        return self._tracking_list(call, "opens", by_message=False)

    @handles("list_opens_for_message")
    def list_opens_for_message(self, call: Call) -> Reply:
        return self._tracking_list(call, "opens", by_message=True)

    @handles("list_message_clicks")
    def list_message_clicks(self, call: Call) -> Reply:
        return self._tracking_list(call, "clicks", by_message=False)

    @handles("list_clicks_for_message")
    def list_clicks_for_message(self, call: Call) -> Reply:
        return self._tracking_list(call, "clicks", by_message=True)


#: a message of the search as JSON text, kept by its SUMMARY_FIELDS (the summary is theirs alone)
_SUMMARIES = Renderings(MessageHandlers._outbound_summary)
