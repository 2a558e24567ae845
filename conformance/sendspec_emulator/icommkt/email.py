"""ICOMMKT `email` operations (the spec's tag): single, batch and templated sends.

Sending (``/email``, ``/email/batch``, ``/email/withTemplate``, ``/email/batchWithTemplates``)

- ``From`` ("Name <addr>" allowed) must be a sender signature: 400 when unknown, 401 when known
  but unconfirmed. Signatures are seeded with the constructor (``sender_signatures``) and
  ``POST /_emulator/signatures {"add": [...], "unconfirmed": [...], "replace": false}``; an entry
  ``@domain`` confirms the whole domain.
- ``To`` (required), ``Cc``, ``Bcc`` are comma-separated address lists ("Name <addr>" and quoted
  names allowed); an unparsable address is 300 ("Invalid 'To' address: ..."); more than 50
  recipients in total is 300. HtmlBody or TextBody is required (300). An attachment whose name
  has a forbidden extension is 411. A message above 10 MB (bodies and base64 attachments) is 300.
- A recipient suppressed in the message's stream (``MessageStream``, default ``outbound``) is
  406 with the inactive addresses in the Message; nothing is sent.
- Templated sends: TemplateId wins over TemplateAlias; neither is 403; an unknown template 1101;
  a layout cannot be sent (1123). Subject, HtmlBody and TextBody are rendered with the
  TemplateModel (Mustachio: ``{{a.b}}``, ``{{.}}``, ``{{../x}}``, ``{{#x}}…{{/x}}``,
  ``{{#each xs}}…{{/each}}``, ``{{^x}}…{{/x}}``, ``{{{x}}}``/``{{& x}}``); values are HTML-encoded
  in HtmlBody only; a standard template with a layout is wrapped in the layout's
  ``{{{@content}}}``. ``InlineCss`` is accepted without effect.
- Batches answer 200 with one result per message in request order; a failed message has its
  ErrorCode and Message only and stores nothing, the others are stored.
- A stored message (``Status: Sent``) keeps its recipients, tag, metadata, stream, tracking
  options, attachment names, bodies and a generated raw source (the dump).

The documented test token ``ICOMMKT_API_TEST`` is accepted by the four send operations only:
the send is validated exactly like a real one and answered like one (ErrorCode 0, a fresh
MessageID), but nothing is stored, bounced or counted.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from ..core import Call, Reply, handles, new_uuid
from .addresses import is_email, parse_address, parse_addresses
from .errors import IcommktError
from .records import Prepared
from .rendering import render
from .state import IcommktState
from .times import stamp

TEST_TOKEN = "ICOMMKT_API_TEST"
MAX_RECIPIENTS = 50
MAX_MESSAGE_BYTES = 10 * 1024 * 1024
FORBIDDEN_EXTENSIONS = frozenset({
    "vbs", "exe", "bin", "bat", "chm", "com", "cpl", "crt", "hlp", "hta", "inf", "ins", "isp",
    "jse", "lnk", "mdb", "pcd", "pif", "reg", "scr", "sct", "shs", "vbe", "vba", "wsf", "wsh",
    "wsl", "msc", "msi", "msp", "mst",
})  # fmt: skip
SEND_OPERATIONS = frozenset(
    {
        "send_email",
        "send_email_batch",
        "send_email_with_template",
        "send_email_batch_with_templates",
    }
)

#: _signature_and_inactive()'s statement by the number of recipients (texts only)
_SIGNATURE_AND_INACTIVE: dict[int, str] = {}

INACTIVE_MESSAGE = (
    "You tried to send to recipient(s) that have been marked as inactive. Found inactive "
    "addresses: {}. Inactive recipients are ones that have generated a hard bounce or a spam "
    "complaint, or that were suppressed manually."
)


class EmailHandlers(IcommktState):
    @staticmethod
    def _is_test(headers: Mapping[str, str]) -> bool:
        return (headers.get("x-trx-api-key") or "").strip().lower() == TEST_TOKEN.lower()

    def _check_common(
        self, body: Mapping[str, Any], conn: sqlite3.Connection
    ) -> tuple[Prepared, int]:
        _, from_email = parse_address(body["From"])
        if not is_email(from_email):
            raise IcommktError(300, f"Invalid 'From' address: '{body['From']}'.")
        # the recipients are read before the signature is looked up, so that one statement
        # finds both the signature and the suppressed recipients; their problems are still
        # raised after the signature's
        problem: Exception | None = None
        try:
            to = parse_addresses(body["To"], "To")
            cc = parse_addresses(body.get("Cc"), "Cc")
            bcc = parse_addresses(body.get("Bcc"), "Bcc")
        except Exception as exc:
            problem = exc
        stream = body.get("MessageStream") or "outbound"
        inactive: list[str] | None = None
        if problem is None and to and len(to) + len(cc) + len(bcc) <= MAX_RECIPIENTS:
            signature, inactive = self._signature_and_inactive(
                conn, from_email, stream, [addr.lower() for _, addr in (*to, *cc, *bcc)]
            )
        else:
            signature = self._signature(conn, from_email)
        if signature is None:
            raise IcommktError(
                400,
                f"The 'From' address you supplied ({from_email}) is not a Sender Signature on "
                "your account. Please add and confirm this address in order to be able to use "
                "it in the 'From' field of your messages.",
            )
        if not signature:
            raise IcommktError(
                401, f"The sender signature {from_email} has not been confirmed yet."
            )
        if problem is not None:
            raise problem
        if not to:
            raise IcommktError(300, "Invalid 'To' address: ''.")
        if len(to) + len(cc) + len(bcc) > MAX_RECIPIENTS:
            raise IcommktError(
                300,
                f"Invalid email request: a message may have at most {MAX_RECIPIENTS} recipients "
                "(To, Cc and Bcc together).",
            )
        size = 0
        for attachment in body.get("Attachments") or []:
            name = attachment["Name"]
            extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
            if extension in FORBIDDEN_EXTENSIONS:
                raise IcommktError(
                    411, f"The file type of the attachment isn't allowed: {attachment['Name']}."
                )
            size += len(attachment["Content"])
        if inactive:
            found = sorted(set(inactive))
            raise IcommktError(406, INACTIVE_MESSAGE.format(", ".join(found)))
        return Prepared(dict(body), from_email, to, cc, bcc, stream, "", None, None), size

    #: the confirmed flags of the signature entries that could cover an address: the address
    #: itself, and its whole domain (two lookups of the key: an IN list costs SQLite a table)
    _SIGNATURE_FLAGS = (
        "(SELECT confirmed FROM signatures WHERE email = ?),"
        " (SELECT confirmed FROM signatures WHERE email = ?)"
    )

    @staticmethod
    def _signature_keys(email: str) -> tuple[str, str]:
        email = email.lower()
        return email, "@" + email.rpartition("@")[2]

    @staticmethod
    def _signature_of(own: Any, domain: Any) -> bool | None:
        """True: a confirmed signature covers the address (its own entry or its domain's);
        False: only unconfirmed ones; None: none."""
        if own is None:
            return None if domain is None else bool(domain)
        return bool(own) if domain is None else bool(max(own, domain))

    def _signature(self, conn: sqlite3.Connection, email: str) -> bool | None:
        own, domain = conn.execute(
            f"SELECT {self._SIGNATURE_FLAGS}", self._signature_keys(email)
        ).fetchone()
        return self._signature_of(own, domain)

    def _signature_and_inactive(
        self, conn: sqlite3.Connection, email: str, stream: str, addresses: list[str]
    ) -> tuple[bool | None, list[str]]:
        """_signature() and the ``addresses`` suppressed in ``stream``, in one statement."""
        sql = _SIGNATURE_AND_INACTIVE.get(len(addresses))
        if sql is None:
            placeholders = ",".join("?" * len(addresses))
            sql = _SIGNATURE_AND_INACTIVE[len(addresses)] = (
                f"SELECT 0, {self._SIGNATURE_FLAGS} UNION ALL SELECT 1, email, NULL"
                f" FROM suppressions WHERE stream = ? AND email IN ({placeholders})"
            )
        own = domain = None
        inactive: list[str] = []
        for kind, first, second in conn.execute(
            sql, (*self._signature_keys(email), stream, *addresses)
        ).fetchall():
            if kind:
                inactive.append(first)
            else:
                own, domain = first, second
        return self._signature_of(own, domain), inactive

    def _prepare_plain(self, body: Mapping[str, Any], conn: sqlite3.Connection) -> Prepared:
        if not body.get("HtmlBody") and not body.get("TextBody"):
            raise IcommktError(300, "Provide either email TextBody or HtmlBody or both.")
        prepared, size = self._check_common(body, conn)
        prepared.subject = body.get("Subject") or ""
        prepared.html_body = body.get("HtmlBody")
        prepared.text_body = body.get("TextBody")
        self._check_size(prepared, size)
        return prepared

    def _prepare_templated(self, body: Mapping[str, Any], conn: sqlite3.Connection) -> Prepared:
        if "TemplateId" in body:
            template = self._template_by(conn, str(body["TemplateId"]))
        elif "TemplateAlias" in body:
            template = self._template_by(conn, body["TemplateAlias"])
        else:
            raise IcommktError(403, "A TemplateId or a TemplateAlias is required.")
        if template["type"] == "Layout":
            raise IcommktError(1123, "A layout template cannot be used to send an email.")
        prepared, size = self._check_common(body, conn)
        model = body["TemplateModel"]
        try:
            subject = render(template["subject"], model, escape=False) or ""
            html_body = render(template["html_body"], model, escape=True)
            text_body = render(template["text_body"], model, escape=False)
            if template["layout"]:
                layout = self._template_by(conn, template["layout"])
                html_body = self._wrap(layout["html_body"], html_body, model, escape=True)
                text_body = self._wrap(layout["text_body"], text_body, model, escape=False)
        except RecursionError as exc:
            raise IcommktError(1122, "The TemplateModel is nested too deeply.") from exc
        prepared.subject, prepared.html_body, prepared.text_body = subject, html_body, text_body
        self._check_size(prepared, size)
        return prepared

    @staticmethod
    def _check_size(prepared: Prepared, attachment_size: int) -> None:
        size = attachment_size
        for part in (prepared.html_body, prepared.text_body):
            if part:  # (an ASCII text is as many bytes as characters)
                size += len(part) if part.isascii() else len(part.encode())
        if size > MAX_MESSAGE_BYTES:
            raise IcommktError(300, "The message exceeds the 10 MB size limit.")

    def _send(self, call: Call, bodies: list[Any], templated: bool) -> list[dict[str, Any]]:
        test = self._is_test(call.headers)
        results: list[dict[str, Any]] = []
        prepare = self._prepare_templated if templated else self._prepare_plain
        with self.db.tx() as conn:
            for body in bodies:
                try:
                    prepared = prepare(body, conn)
                except IcommktError as exc:
                    results.append({"ErrorCode": exc.code, "Message": exc.message})
                    continue
                message_id = new_uuid()
                now = self.now_us()
                if not test:
                    self._store(conn, prepared, message_id, now)
                    kept = call if body is call.body else replace(call, body=body)
                    self.keep_request(conn, [message_id], kept)
                    self._last_us = max(self._last_us, now + 1)
                results.append(
                    {
                        "ErrorCode": 0,
                        "Message": "Test job accepted" if test else "OK",
                        "MessageID": message_id,
                        "SubmittedAt": stamp(now),
                        "To": body["To"],
                    }
                )
        return results

    @handles("send_email")
    def send_email(self, call: Call) -> Reply:
        return self._single(call, templated=False)

    @handles("send_email_with_template")
    def send_email_with_template(self, call: Call) -> Reply:
        return self._single(call, templated=True)

    def _single(self, call: Call, *, templated: bool) -> Reply:
        (result,) = self._send(call, [call.body], templated)
        if result["ErrorCode"]:
            raise IcommktError(result["ErrorCode"], result["Message"])
        return Reply(200, result)

    @handles("send_email_batch")
    def send_email_batch(self, call: Call) -> Reply:
        return Reply(200, self._send(call, list(call.body), templated=False))

    @handles("send_email_batch_with_templates")
    def send_email_batch_with_templates(self, call: Call) -> Reply:
        return Reply(200, self._send(call, list(call.body["Messages"]), templated=True))
