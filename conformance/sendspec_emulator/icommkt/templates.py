"""ICOMMKT `templates` operations (the spec's tag): list, create, get, edit, delete and
validate templates and layouts (rendering: rendering.py).

Templates: Name, Alias (unique, case-insensitive, 1100 when taken), Subject (required for
standard templates, 1120; refused on layouts, 1123), HtmlBody/TextBody (one required, 1120),
TemplateType (immutable), LayoutTemplate (an existing layout's alias, 1101; refused on layouts,
1123; "" removes it). A layout needs exactly one ``{{{@content}}}`` in each body it has (1131)
and cannot be deleted while templates use it (1130). Syntax errors are 1122. At most 300
templates (1105). Validate reports each given part with its errors (line and character) and its
rendering with the suggested model (``<name>_Value`` placeholders) overlaid with TestRenderModel.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from ..core import Call, Reply, handles
from .errors import IcommktError
from .records import SERVER_ID
from .rendering import (
    TemplateSyntaxError,
    _sanitize,
    merge,
    parse_template,
    render_nodes,
    suggest_model,
)
from .state import IcommktState

MAX_TEMPLATES = 300


class TemplateHandlers(IcommktState):
    @staticmethod
    def _summary(row: sqlite3.Row) -> dict[str, Any]:
        return {
            "Active": True,
            "TemplateId": row["id"],
            "Name": row["name"],
            "Alias": row["alias"],
            "TemplateType": row["type"],
            "LayoutTemplate": row["layout"],
        }

    def _check_template(
        self, conn: sqlite3.Connection, t: dict[str, Any], own_id: int | None
    ) -> None:
        if not t.get("html_body") and not t.get("text_body"):
            raise IcommktError(1120, "A required Template field is missing: HtmlBody or TextBody.")
        if t["type"] == "Layout":
            if t.get("subject") is not None:
                raise IcommktError(1123, "The Subject field is not allowed on a layout template.")
            if t.get("layout"):
                raise IcommktError(
                    1123, "The LayoutTemplate field is not allowed on a layout template."
                )
            for part in ("html_body", "text_body"):
                text = t.get(part)
                if text and len(re.findall(r"\{\{\{\s*@content\s*\}\}\}", text)) != 1:
                    raise IcommktError(
                        1131,
                        "The layout content placeholder must be present exactly once in "
                        "HtmlBody and TextBody.",
                    )
        else:
            if t.get("subject") is None:
                raise IcommktError(1120, "A required Template field is missing: Subject.")
            if t.get("layout"):
                layout = None if t["layout"].isdigit() else self._template_by(conn, t["layout"])
                if layout is None or layout["type"] != "Layout":
                    raise IcommktError(
                        1101,
                        "The TemplateId, LayoutTemplate, or Alias references a Template "
                        "that does not exist.",
                    )
                t["layout"] = layout["alias"]
        for part, label in (
            ("subject", "Subject"),
            ("html_body", "HtmlBody"),
            ("text_body", "TextBody"),
        ):
            if t.get(part):
                _, errors = parse_template(t[part])
                if errors:
                    raise IcommktError(
                        1122, f"The {label} field has a syntax error: {errors[0].message}"
                    )
        if t.get("alias"):
            clash = conn.execute(
                "SELECT id FROM templates WHERE alias_lower = ? AND id != ?",
                (t["alias"].lower(), own_id or 0),
            ).fetchone()
            if clash:
                raise IcommktError(
                    1100, f"The Alias '{t['alias']}' is already in use by another template."
                )

    @handles("list_templates")
    def list_templates(self, call: Call) -> Reply:
        q = call.query
        count, offset = self._window(q, 1100, ceiling=False)
        where, params = ["1 = 1"], []
        if q.get("TemplateType") in ("Standard", "Layout"):
            where.append("type = ?")
            params.append(q["TemplateType"])
        if q.get("LayoutTemplate"):
            where.append("lower(layout) = ?")
            params.append(q["LayoutTemplate"].lower())
        condition = " AND ".join(where)
        total, rows = self.db.page("templates", condition, params, "id", count, offset)
        return Reply(200, {"TotalCount": total, "Templates": [self._summary(r) for r in rows]})

    @handles("create_template")
    def create_template(self, call: Call) -> Reply:
        body = call.body
        t = {
            "name": body["Name"],
            "alias": body.get("Alias"),
            "subject": body.get("Subject"),
            "html_body": body.get("HtmlBody"),
            "text_body": body.get("TextBody"),
            "type": body.get("TemplateType") or "Standard",
            "layout": body.get("LayoutTemplate") or None,
        }
        with self.db.tx() as conn:
            if conn.execute("SELECT COUNT(*) FROM templates").fetchone()[0] >= MAX_TEMPLATES:
                raise IcommktError(1105, "Template limit would be exceeded.")
            self._check_template(conn, t, None)
            cur = conn.execute(
                "INSERT INTO templates (name, alias, alias_lower, subject, html_body, text_body,"
                " type, layout) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    t["name"], t["alias"], t["alias"].lower() if t["alias"] else None,
                    t["subject"], t["html_body"], t["text_body"], t["type"], t["layout"],
                ),
            )  # fmt: skip
            row = conn.execute("SELECT * FROM templates WHERE id = ?", (cur.lastrowid,)).fetchone()
        return Reply(200, self._summary(row))

    @handles("get_template")
    def get_template(self, call: Call) -> Reply:
        row = self._template_by(None, call.path_params["templateIdOrAlias"])
        return Reply(
            200,
            {
                "TemplateId": row["id"],
                "Name": row["name"],
                "Subject": row["subject"],
                "HtmlBody": row["html_body"],
                "TextBody": row["text_body"],
                "AssociatedServerId": SERVER_ID,
                "Active": True,
                "Alias": row["alias"],
                "TemplateType": row["type"],
                "LayoutTemplate": row["layout"],
            },
        )

    @handles("edit_template")
    def edit_template(self, call: Call) -> Reply:
        body = call.body
        with self.db.tx() as conn:
            row = self._template_by(conn, call.path_params["templateIdOrAlias"])
            t = {
                "name": body["Name"],
                "alias": body.get("Alias", row["alias"]),
                "subject": body.get("Subject", row["subject"]),
                "html_body": body.get("HtmlBody", row["html_body"]),
                "text_body": body.get("TextBody", row["text_body"]),
                "type": row["type"],
                "layout": body.get("LayoutTemplate", row["layout"]) or None,
            }
            self._check_template(conn, t, row["id"])
            conn.execute(
                "UPDATE templates SET name = ?, alias = ?, alias_lower = ?, subject = ?,"
                " html_body = ?, text_body = ?, layout = ? WHERE id = ?",
                (
                    t["name"], t["alias"], t["alias"].lower() if t["alias"] else None,
                    t["subject"], t["html_body"], t["text_body"], t["layout"], row["id"],
                ),
            )  # fmt: skip
            if row["type"] == "Layout" and row["alias"] and t["alias"] != row["alias"]:
                conn.execute(
                    "UPDATE templates SET layout = ? WHERE lower(layout) = ?",
                    (t["alias"], row["alias"].lower()),
                )
            fresh = conn.execute("SELECT * FROM templates WHERE id = ?", (row["id"],)).fetchone()
        return Reply(200, self._summary(fresh))

    @handles("delete_template")
    def delete_template(self, call: Call) -> Reply:
        with self.db.tx() as conn:
            row = self._template_by(conn, call.path_params["templateIdOrAlias"])
            if row["type"] == "Layout" and row["alias"]:
                users = conn.execute(
                    "SELECT COUNT(*) FROM templates WHERE lower(layout) = ?",
                    (row["alias"].lower(),),
                ).fetchone()[0]
                if users:
                    raise IcommktError(
                        1130,
                        "The layout template cannot be deleted because it has dependent "
                        "templates using it.",
                    )
            conn.execute("DELETE FROM templates WHERE id = ?", (row["id"],))
        return Reply(200, {"ErrorCode": 0, "Message": f"Template {row['id']} removed."})

    @handles("validate_template")
    def validate_template(self, call: Call) -> Reply:
        body = call.body
        parts = [p for p in ("Subject", "HtmlBody", "TextBody") if p in body]
        if not parts:
            raise IcommktError(1109, "Provide at least one of Subject, HtmlBody and TextBody.")
        template_type = body.get("TemplateType") or "Standard"
        if template_type == "Layout" and "Subject" in body:
            raise IcommktError(1123, "The Subject field is not allowed on a layout template.")
        layout = None
        if body.get("LayoutTemplate") and template_type == "Standard":
            layout = self._template_by(None, body["LayoutTemplate"])
        test_model = _sanitize(body.get("TestRenderModel") or {})
        try:
            parsed = {p: parse_template(body[p]) for p in parts}
            suggested: dict[str, Any] = {}
            for p in parts:
                suggest_model(parsed[p][0], [suggested])
            model = merge(suggested, test_model)
            out: dict[str, Any] = {"AllContentIsValid": True}
            for p in parts:
                nodes, errors = parsed[p]
                if template_type == "Layout" and p != "Subject":
                    found = len(re.findall(r"\{\{\{\s*@content\s*\}\}\}", body[p]))
                    if found != 1:
                        errors = [
                            *errors,
                            TemplateSyntaxError(
                                "The layout content placeholder must be present exactly once.",
                                1,
                                1,
                            ),
                        ]
                rendered = None
                if not errors:
                    rendered = render_nodes(nodes, [model], p == "HtmlBody")
                    if layout is not None and p != "Subject":
                        source = layout["html_body" if p == "HtmlBody" else "text_body"]
                        rendered = self._wrap(source, rendered, model, escape=p == "HtmlBody")
                out[p] = {
                    "ContentIsValid": not errors,
                    "ValidationErrors": [e.as_json() for e in errors],
                    "RenderedContent": rendered,
                }
                out["AllContentIsValid"] = out["AllContentIsValid"] and not errors
            out["SuggestedTemplateModel"] = merge(suggested, test_model)
        except RecursionError as exc:
            raise IcommktError(1122, "The template or its model is nested too deeply.") from exc
        return Reply(200, out)
